"""Parts as a semantic (X)HTML element tree, shared by the EPUB, HTML and ninjs renderers.

They must say the same words in the same structure, so the tree is drawn once here; each
renderer wraps it in its own document and serialises it (``xhtml=True`` for EPUB and
ninjs, HTML5 with inline styles for the page).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from typing_extensions import assert_never

from pressrelease.document import (
    HEAD_PARTS,
    Assets,
    BlockQuotation,
    ClosingSection,
    ContactCard,
    Contacts,
    DatelineLine,
    Document,
    EndMark,
    Footnotes,
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
from pressrelease.inline import Emphasis, Link, NoteRef, Strong, Text
from pressrelease.renderers._shared import notes
from pressrelease.renderers._shared.escaping import href
from pressrelease.renderers._shared.tree import Element, Node, el

if TYPE_CHECKING:
    from pressrelease.document import AssetItem
    from pressrelease.media import MediaImage

ImageSource = Callable[["MediaImage"], str]
"""Where a format's page finds an image: a data: URI (HTML), a path in the package (EPUB)."""


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


def build(document: Document, source: ImageSource | None = None) -> Built:
    """The whole release as an ``<article>``: a ``<header>`` with the logo and the head
    parts, then the rest. Without ``source`` no image is drawn (assets stay links)."""
    head = [p for p in document.parts if isinstance(p, HEAD_PARTS)]
    rest = [p for p in document.parts if not isinstance(p, HEAD_PARTS)]
    outline = [OutlineEntry("release", document.release.headline)]
    logo: list[Node] = []
    if document.logo is not None and source is not None:
        image = _img(document.logo, source, document.release.issuer.name)
        logo = [el("p", {"class": "logo"}, image)]
    header = el("header", None, *logo, *nodes(head, outline, source))
    children = (header, *nodes(rest, outline, source))
    article = el("article", {"class": "release", "id": "release"}, *children)
    return Built(article, tuple(outline))


def nodes(
    parts: Iterable[Part],
    outline: list[OutlineEntry] | None = None,
    source: ImageSource | None = None,
) -> list[Node]:
    """The elements of ``parts``; navigation targets are added to ``outline`` if given;
    images are drawn where ``source`` tells where to find them."""
    targets: list[OutlineEntry] = [] if outline is None else outline
    out: list[Node] = []
    for part in parts:
        out.append(_part(part, targets, source))
    return out


def _img(image: MediaImage, source: ImageSource, alt: str) -> Element:
    web = image.web
    size = {"width": str(web.width), "height": str(web.height)}
    return el("img", {"src": source(image), "alt": alt, **size})


def _figure(item: AssetItem, image: MediaImage, source: ImageSource) -> Element:
    """A photo with its caption: title, caption and credit, and where to get the original."""
    words: list[Node] = [el("strong", None, item.title)]
    if item.details:
        words.append(item.details)
    if item.url:
        words += [" ", el("a", {"href": href(item.url)}, item.url)]
    caption = el("figcaption", None, *words)
    return el("figure", {"class": "asset"}, _img(image, source, item.alt or item.title), caption)


def _part(part: Part, outline: list[OutlineEntry], source: ImageSource | None = None) -> Node:
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
        case Heading(text=text, anchor=anchor, level=level):
            if level <= 2:  # navigation lists the sections, not the minor headings
                outline.append(OutlineEntry(anchor, text))
            return el("h3" if level >= 3 else "h2", {"id": anchor}, text)
        case ItemList():
            return _list(part)
        case QuoteSentence(spans=spans, in_paragraph=in_paragraph):
            return el("p", None if in_paragraph else {"class": "quote"}, *inline(spans))
        case BlockQuotation(paragraphs=texts, source=cited):
            quoted = el("blockquote", None, *(el("p", None, *inline(t)) for t in texts))
            if cited is None:
                return quoted
            # The source line stands outside the quotation: it is not the quoted words.
            caption = el("figcaption", {"class": "source"}, *inline(cited))
            return el("figure", {"class": "quotation"}, quoted, caption)
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
            figures: list[Node] = []
            entries: list[Node] = []
            for item in items:
                if item.image is not None and source is not None:
                    figures.append(_figure(item, item.image, source))
                    continue
                shown: Node = item.title
                if item.url:
                    shown = el("a", {"href": href(item.url)}, item.title)
                details = [item.details] if item.details else []
                where = [f" ({item.file})"] if not item.url and item.file else []
                entries.append(el("li", None, shown, *details, *where))
            heading_node = el("p", {"class": "label"}, label)
            listed = [el("ul", None, *entries)] if entries else []
            return el(
                "section",
                {"class": "assets", "id": "assets"},
                heading_node,
                *figures,
                *listed,
            )
        case Footnotes(heading=heading, anchor=anchor):
            if heading:
                outline.append(OutlineEntry(anchor, heading))
            return notes.section(part, inline)
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
        elif isinstance(span, NoteRef):
            out.append(notes.reference(span))
        else:
            assert_never(span)
    return tuple(out)


def _list(items: ItemList) -> Element:
    """``<ul>`` or ``<ol>``; a sub-list inside the ``<li>`` of the item it belongs to."""
    entries = [
        el("li", None, *inline(text), *([_list(nested)] if nested is not None else []))
        for text, nested in items.entries()
    ]
    attrs = {"class": "sub"} if items.depth > 1 else None
    return el("ol" if items.ordered else "ul", attrs, *entries)


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
