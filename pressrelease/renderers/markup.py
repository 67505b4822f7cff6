"""The release as a semantic (X)HTML element tree, shared by the EPUB and HTML renderers.

Both formats must say the same words in the same structure, so the tree is built once
here from the model and the ``wording`` helpers; each renderer only wraps it in its own
document and serialises it (``xhtml=True`` for EPUB, HTML5 with inline styles for mail).
User text only ever becomes a ``str`` child or an attribute value, and the serialiser
escapes both, so nothing a release says can become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from typing_extensions import assert_never

from pressrelease.inline import Emphasis, Link, Span, Strong, Text
from pressrelease.model import BulletList, Paragraph, Quote, Subheading, Table
from pressrelease.renderers import wording
from pressrelease.renderers._shared.escaping import href
from pressrelease.renderers._shared.tree import Element, Node, el

if TYPE_CHECKING:
    from pressrelease.model import Block, Contact, PressRelease


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A navigation target inside the release: element id and the words to show."""

    id: str
    label: str


@dataclass(frozen=True)
class Built:
    """The release article and its outline (for an EPUB navigation document)."""

    article: Element
    outline: tuple[OutlineEntry, ...] = field(default=())


def inline(spans: tuple[Span, ...]) -> tuple[Node, ...]:
    """Inline spans as nodes: em, strong and a (http, https or mailto only)."""
    nodes: list[Node] = []
    for span in spans:
        if isinstance(span, Text):
            nodes.append(span.text)
        elif isinstance(span, Emphasis):
            nodes.append(Element("em", (), inline(span.children)))
        elif isinstance(span, Strong):
            nodes.append(Element("strong", (), inline(span.children)))
        elif isinstance(span, Link):
            nodes.append(Element("a", (("href", href(span.href)),), inline(span.children)))
        else:
            assert_never(span)
    return tuple(nodes)


def build(release: PressRelease) -> Built:
    """The whole release as an ``<article>``, in the order and words of the txt output."""
    outline = [OutlineEntry("release", release.headline)]
    header: list[Node] = [
        el("p", {"class": "timing"}, wording.timing_line(release)),
        el("h1", {"id": "headline"}, release.headline),
    ]
    header += [el("p", {"class": "subheadline"}, sub) for sub in release.subheadlines]
    parts: list[Node] = [el("header", None, *header)]
    lead = release.lead_index
    dateline = wording.dateline_text(release.dateline)
    if lead is None:
        parts.append(el("p", {"class": "dateline"}, dateline))
    for index, block in enumerate(release.body):
        if index == lead and isinstance(block, Paragraph):
            separator = wording.dateline_separator(release.dateline)
            stamp = el("span", {"class": "dateline"}, dateline)
            parts.append(el("p", {"class": "lead"}, stamp, separator, *inline(block.text.spans)))
            continue
        parts.extend(_block(block, index, outline))
    for number, boilerplate in enumerate(release.boilerplates, start=1):
        anchor = f"about-{number}"
        outline.append(OutlineEntry(anchor, boilerplate.heading))
        paragraphs = [el("p", None, *inline(p.spans)) for p in boilerplate.paragraphs]
        heading = el("h2", None, boilerplate.heading)
        parts.append(el("section", {"class": "boilerplate", "id": anchor}, heading, *paragraphs))
    for number, disclaimer in enumerate(release.disclaimers, start=1):
        anchor = f"disclaimer-{number}"
        children: list[Node] = [el("p", None, *inline(p.spans)) for p in disclaimer.paragraphs]
        if disclaimer.heading:
            outline.append(OutlineEntry(anchor, disclaimer.heading))
            children.insert(0, el("h2", None, disclaimer.heading))
        parts.append(el("section", {"class": "disclaimer", "id": anchor}, *children))
    if release.contacts:
        roles = [f"{c.role} contact" for c in release.contacts]
        outline.append(OutlineEntry("contacts", roles[0] if len(roles) == 1 else "Contacts"))
        cards = [_contact(contact) for contact in release.contacts]
        parts.append(el("section", {"class": "contacts", "id": "contacts"}, *cards))
    if release.assets:
        parts.append(_assets(release))
    if release.end_mark:
        parts.append(el("p", {"class": "end-mark"}, release.end_mark))
    article = el("article", {"class": "release", "id": "release"}, *parts)
    return Built(article, tuple(outline))


def _block(block: Block, index: int, outline: list[OutlineEntry]) -> list[Node]:
    if isinstance(block, Paragraph):
        return [el("p", None, *inline(block.text.spans))]
    if isinstance(block, Subheading):
        anchor = f"section-{index + 1}"
        outline.append(OutlineEntry(anchor, block.text))
        return [el("h2", {"id": anchor}, block.text)]
    if isinstance(block, BulletList):
        items = [el("li", None, *inline(item.spans)) for item in block.items]
        return [el("ol" if block.ordered else "ul", None, *items)]
    if isinstance(block, Quote):
        return [el("p", {"class": "quote"}, *inline(wording.quote_spans(block)))]
    if isinstance(block, Table):
        head = el("tr", None, *(el("th", {"scope": "col"}, *inline(c.spans)) for c in block.header))
        rows = [
            el("tr", None, *(el("td", None, *inline(c.spans)) for c in row)) for row in block.rows
        ]
        caption = [el("caption", None, block.caption)] if block.caption else []
        return [el("table", None, *caption, el("thead", None, head), el("tbody", None, *rows))]
    assert_never(block)


def _contact(contact: Contact) -> Element:
    """A business card: role, then name, e-mail, phone and web address, one per line."""
    lines: list[Node] = [el("span", {"class": "role"}, f"{contact.role} contact:")]
    for line in wording.contact_lines(contact):
        node: Node = line
        if line == contact.email:
            node = el("a", {"href": href(f"mailto:{line}")}, line)
        elif line == contact.url:
            node = el("a", {"href": href(line)}, line)
        lines += [el("br"), node]
    return el("address", {"class": "contact"}, *lines)


def _assets(release: PressRelease) -> Element:
    items: list[Node] = []
    for asset in release.assets:
        link = el("a", {"href": href(asset.url)}, asset.title)
        details = wording.asset_details(asset)
        items.append(el("li", None, link, *([details] if details else [])))
    label = el("p", {"class": "label"}, "Media assets:")
    return el("section", {"class": "assets", "id": "assets"}, label, el("ul", None, *items))
