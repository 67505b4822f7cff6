"""Parts as a semantic (X)HTML element tree, shared by the EPUB, HTML and ninjs renderers.

They must say the same words in the same structure, so the tree is drawn once here; each
renderer wraps it in its own document and serialises it (``xhtml=True`` for EPUB and
ninjs, HTML5 with inline styles for the page).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from typing_extensions import assert_never

from pressrelease.document import (
    HEAD_PARTS,
    Assets,
    ClosingSection,
    ContactCard,
    Contacts,
    DatelineLine,
    Document,
    EndMark,
    Heading,
    Headline,
    ItemList,
    Lead,
    Para,
    Part,
    Preamble,
    QuoteSentence,
    Spans,
    Subheadline,
    TablePart,
    TimingLine,
)
from pressrelease.inline import Emphasis, Link, Strong, Text
from pressrelease.renderers._shared.escaping import href
from pressrelease.renderers._shared.tree import Element, Node, el


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


def build(document: Document) -> Built:
    """The whole release as an ``<article>``: a ``<header>`` with the head parts, then the rest."""
    head = [p for p in document.parts if isinstance(p, HEAD_PARTS)]
    rest = [p for p in document.parts if not isinstance(p, HEAD_PARTS)]
    outline = [OutlineEntry("release", document.release.headline)]
    header = el("header", None, *nodes(head, outline))
    children = (header, *nodes(rest, outline))
    article = el("article", {"class": "release", "id": "release"}, *children)
    return Built(article, tuple(outline))


def nodes(parts: Iterable[Part], outline: list[OutlineEntry] | None = None) -> list[Node]:
    """The elements of ``parts``; navigation targets are added to ``outline`` if given."""
    targets: list[OutlineEntry] = [] if outline is None else outline
    out: list[Node] = []
    for part in parts:
        out.append(_part(part, targets))
    return out


def _part(part: Part, outline: list[OutlineEntry]) -> Node:
    match part:
        case Preamble(lines=lines):
            rows: list[Node] = []
            for line in lines:
                rows += [el("br"), line] if rows else [line]
            return el("p", {"class": "preamble"}, *rows)
        case TimingLine(text=text):
            return el("p", {"class": "timing"}, text)
        case Headline(text=text):
            return el("h1", {"id": "headline"}, text)
        case Subheadline(text=text):
            return el("p", {"class": "subheadline"}, text)
        case DatelineLine(text=text):
            return el("p", {"class": "dateline"}, text)
        case Lead(dateline=dateline, separator=separator, spans=spans):
            stamp = el("span", {"class": "dateline"}, dateline)
            return el("p", {"class": "lead"}, stamp, separator, *inline(spans))
        case Para(spans=spans):
            return el("p", None, *inline(spans))
        case Heading(text=text, anchor=anchor):
            outline.append(OutlineEntry(anchor, text))
            return el("h2", {"id": anchor}, text)
        case ItemList(ordered=ordered, items=items):
            return el("ol" if ordered else "ul", None, *(el("li", None, *inline(i)) for i in items))
        case QuoteSentence(spans=spans):
            return el("p", {"class": "quote"}, *inline(spans))
        case TablePart():
            return _table(part)
        case ClosingSection(kind=kind, heading=heading, paragraphs=texts, anchor=anchor):
            children: list[Node] = [el("p", None, *inline(text)) for text in texts]
            if heading:
                outline.append(OutlineEntry(anchor, heading))
                children.insert(0, el("h2", None, heading))
            return el("section", {"class": kind, "id": anchor}, *children)
        case Contacts(label=label, heading=heading, cards=cards):
            earlier = sum(entry.id.startswith("contacts") for entry in outline)
            target = f"contacts-{earlier + 1}" if earlier else "contacts"
            outline.append(OutlineEntry(target, label))
            section: list[Node] = [el("h2", None, heading)] if heading else []
            section += [_card(card) for card in cards]
            return el("section", {"class": "contacts", "id": target}, *section)
        case Assets(label=label, items=items):
            entries: list[Node] = []
            for item in items:
                link = el("a", {"href": href(item.url)}, item.title)
                entries.append(el("li", None, link, *([item.details] if item.details else [])))
            heading_node = el("p", {"class": "label"}, label)
            return el(
                "section",
                {"class": "assets", "id": "assets"},
                heading_node,
                el("ul", None, *entries),
            )
        case EndMark(text=text):
            return el("p", {"class": "end-mark"}, text)
        case _:
            assert_never(part)


def inline(spans: Spans) -> tuple[Node, ...]:
    """Inline spans as nodes: em, strong and a (http, https or mailto only)."""
    out: list[Node] = []
    for span in spans:
        if isinstance(span, Text):
            first, *rest = span.text.split("\n")  # a line break inside a paragraph is kept
            out.append(first)
            for line in rest:
                out += [el("br"), line]
        elif isinstance(span, Emphasis):
            out.append(Element("em", (), inline(span.children)))
        elif isinstance(span, Strong):
            out.append(Element("strong", (), inline(span.children)))
        elif isinstance(span, Link):
            out.append(Element("a", (("href", href(span.href)),), inline(span.children)))
        else:
            assert_never(span)
    return tuple(out)


def _table(table: TablePart) -> Element:
    """Header rows in <thead>, row headers as <th scope="row">, aligned columns by class
    (num: right, center), so the page's and the e-book's styles line numbers up."""
    align = table.align or ("left",) * table.columns

    def cell(tag: str, spans: Spans, column: int, scope: str | None) -> Element:
        attrs = {"scope": scope} if scope else {}
        if align[column] != "left":
            attrs["class"] = "num" if align[column] == "right" else "center"
        return el(tag, attrs, *inline(spans))

    head = [
        el("tr", None, *(cell("th", c, i, "col") for i, c in enumerate(row)))
        for row in table.header
    ]
    body = [
        el(
            "tr",
            None,
            *(
                cell("th", c, i, "row") if i == 0 and table.row_headers else cell("td", c, i, None)
                for i, c in enumerate(row)
            ),
        )
        for row in table.rows
    ]
    caption = [el("caption", None, table.caption)] if table.caption else []
    return el("table", None, *caption, el("thead", None, *head), el("tbody", None, *body))


def _card(card: ContactCard) -> Element:
    """A business card: its heading, then one line each; e-mail and web address linked."""
    lines: list[Node] = [el("span", {"class": "role"}, card.heading)] if card.heading else []
    for line in card.lines:
        lines += [el("br"), *inline(line)] if lines else list(inline(line))
    return el("address", {"class": "contact"}, *lines)
