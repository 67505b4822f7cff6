"""Lists in the DOCX: bulleted and numbered paragraphs, and sub-lists one level further in.

Bullets share the template's one instance; each numbered list and each sub-list is a new
``w:num`` (collected in ``Body.nums``) that restarts at 1, so the second list of a release
does not go on from the first. Sub-lists use definitions of our own (``Body.abstracts``),
added only to a document that has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.renderers.docx import styles

if TYPE_CHECKING:
    from pressrelease.document import ItemList
    from pressrelease.renderers.docx.body import Body


def items(body: Body, part: ItemList) -> str:
    """A list's paragraphs, each sub-list's right after the item it belongs to, one
    numbering level further in."""
    numbered = numbering(body, part.ordered, part.depth - 1)
    style = "ListNumber" if part.ordered else "ListBullet"
    out: list[str] = []
    for spans, nested in part.entries():
        out.append(body.para(style, body.runs(spans), numbered))
        if nested is not None:
            out.append(items(body, nested))
    return "".join(out)


def numbering(body: Body, ordered: bool, level: int = 0) -> str:
    """numPr for a new list: bullets share one instance, each numbered list starts at 1;
    a sub-list (``level`` 1 or 2) is an instance of our own definitions of its kind,
    counting from 1 at its level."""
    template = body.template
    if ordered or level:
        num_id = template.next_num + len(body.nums)
        abstract = _sub_list(body, ordered) if level else template.number_abstract
        body.nums.append(styles.num(num_id, abstract, restart=True, level=level))
    else:
        num_id = template.bullet_num
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def _sub_list(body: Body, ordered: bool) -> int:
    """The w:abstractNumId of sub-lists of this kind, defined on first use."""
    if ordered not in body.sub_lists:
        body.sub_lists[ordered] = body.template.next_abstract + len(body.abstracts)
        body.abstracts.append(styles.sub_list_definition(body.sub_lists[ordered], ordered))
    return body.sub_lists[ordered]
