"""HTML -> units: a newsroom page or the HTML body of an e-mail, read with lxml.html.

The release is the page's ``<article>`` (else ``<main>``, else ``<body>``); scripts, styles,
navigation, footers, forms and asides are skipped, and so are hidden elements (an e-mail's
preview text) and a page's chrome by role or class (share buttons, breadcrumbs, related
stories, cookie banners). ``h1`` is the headline, ``h2``-``h6``
headings, ``p`` / ``div`` text paragraphs (a ``<br>`` ends a line), ``ul``/``ol`` lists, a
table of text cells a Table (a table holding paragraphs or tables is layout, read through),
``<address>`` a contact card; ``strong``/``b``, ``em``/``i`` and ``a href`` are kept as
inline markup. The classes the HTML output writes (``timing``, ``subheadline``, ``quote``,
``boilerplate``, ``disclaimer``, ``end-mark``, ``dateline``) are read as hints.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pressrelease.importing.rich import Collector, Meta, collapse, plain
from pressrelease.importing.text import NotAReleaseError, Run, Unit, display_width, meant_break

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_SKIP = frozenset(
    """script style nav footer aside form noscript template svg iframe button head title meta
    link img video audio canvas select input textarea object embed picture source map
    """.split()  # noqa: SIM905
)
_CONTAINERS = frozenset(
    """div section article main header blockquote figure center body html dl dd dt fieldset
    details summary hgroup""".split()  # noqa: SIM905
)
_PARAGRAPHS = frozenset(
    """p h1 h2 h3 h4 h5 h6 address pre figcaption caption li td th""".split()  # noqa: SIM905
)
_BLOCKS = _CONTAINERS | _PARAGRAPHS | {"ul", "ol", "table", "hr"}
_HEADINGS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
             "h6": "heading"}  # fmt: skip
_CLASS_HINTS = {
    "subheadline": "subtitle",
    "quote": "quote",
    "end-mark": "end",
    "contact": "contact",
}


def units(data: bytes | str, name: str) -> tuple[list[Unit], Meta]:
    """The page's units, and what its head says: ``<title>`` (a headline when the page
    has no ``h1``), ``lang``, keywords and the date it was published."""
    import lxml.html
    from lxml import etree

    try:
        if isinstance(data, bytes):
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = ""
            if text:
                parser = lxml.html.HTMLParser(encoding="utf-8")
                document = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
            else:
                document = lxml.html.document_fromstring(data)
        else:
            document = lxml.html.document_fromstring(
                data.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")
            )
    except (etree.ParserError, ValueError) as exc:
        raise NotAReleaseError(f"{name}: not an HTML page with text ({exc})") from None
    meta = _meta(document)
    root = None
    for path in (".//article", ".//main", ".//body"):
        root = document.find(path)
        if root is not None:
            break
    reader = _Reader(root if root is not None else document)
    return reader.collector.units, meta


def _meta(document: HtmlElement) -> Meta:
    import json

    meta = Meta(collapse(document.findtext(".//title") or "").strip(), "the page's <title>")
    meta.set_language(
        document.get("lang") or document.get("{http://www.w3.org/XML/1998/namespace}lang")
    )
    for element in document.iter("meta"):
        key = (element.get("name") or element.get("property") or "").lower()
        content = element.get("content")
        if key == "keywords":
            meta.set_keywords(content)
        elif key in ("article:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date"):
            meta.set_date(content)
    for script in document.iter("script"):
        if meta.date is None and (script.get("type") or "").lower() == "application/ld+json":
            try:
                found = json.loads(script.text or "")
            except ValueError:
                continue
            for item in (
                found
                if isinstance(found, list)
                else found.get("@graph", [found])
                if isinstance(found, dict)
                else []
            ):
                if isinstance(item, dict) and "datePublished" in item:
                    meta.set_date(item["datePublished"])
                    break
    if meta.date is None:
        for time in document.iter("time"):
            meta.set_date(time.get("datetime"))
            if meta.date is not None:
                break
    return meta


class _Reader:
    def __init__(self, root: HtmlElement) -> None:
        self.collector = Collector()
        self.pending: list[Run] = []
        self.pending_line = 0
        self.whole_page = root.tag in ("body", "html")
        self.paragraphs: list[tuple[list[Run], int, str]] = []
        self.blocks: list[Callable[[int], None]] = []
        """The blocks in order, drawn once the wrapping width is known."""
        self._container(root, "")
        self._flush("")
        columns = max(
            (
                display_width(line)
                for runs, _, hint in self.paragraphs
                if hint != "contact"
                for line in plain(tuple(runs)).split("\n")
                if " " in line.strip()
            ),
            default=0,
        )
        for block in self.blocks:
            block(columns)

    # -- blocks ----------------------------------------------------------------------------

    def _container(self, element: HtmlElement, hint: str) -> None:
        """Text and inline elements gather into a paragraph until a block element."""
        self._text(element.text, element)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if (
                not tag
                or tag in _SKIP
                or _hidden(child)
                or (tag == "header" and self._chrome(child))
            ):
                self._text(child.tail, element)
                continue
            if tag in _BLOCKS:
                self._flush(hint)
                self._block(child, tag, hint)
            else:
                self._inline(child, False, False, None)
            self._text(child.tail, element)

    def _chrome(self, header: HtmlElement) -> bool:
        """A site's header above the release (a page without ``<article>``): no ``h1``."""
        return self.whole_page and header.find(".//h1") is None

    def _block(self, element: HtmlElement, tag: str, hint: str) -> None:
        classes = set((element.get("class") or "").split())
        for name, value in _CLASS_HINTS.items():
            if name in classes:
                hint = value
        if tag == "section" and "disclaimer" in classes:
            hint = "disclaimer"
        elif tag == "section" and "boilerplate" in classes:
            hint = "boilerplate"
        line = element.sourceline or 0
        if tag in ("ul", "ol"):
            items = []
            for item in element.iterchildren("li"):  # a nested list stays inside its item
                self.pending = []
                self._inline_children(item, False, False, None)
                items.append(self.pending)
                self.pending = []
            ordered = tag == "ol"
            self.blocks.append(lambda _: self.collector.items(items, line, ordered))
        elif tag == "table":
            self._table(element, hint)
        elif tag in _HEADINGS:
            self.pending_line = line
            self._inline_children(element, False, False, None)
            heading = _HEADINGS[tag]
            if heading == "heading" and hint == "disclaimer":
                heading = "notice"
            elif heading == "heading" and hint == "boilerplate":
                heading = "boilerplate"
            self._flush(heading)
        elif tag == "address":
            self.pending_line = line
            self._inline_children(element, False, False, None)
            self._flush("contact")
        elif tag == "pre":
            self.pending_line = line
            self.pending.append(Run(element.text_content()))
            self._flush(hint)
        elif tag == "hr":
            return
        elif tag in _CONTAINERS or tag in ("li", "td", "th", "caption", "figcaption"):
            self._container(element, "" if hint == "boilerplate" else hint)
            self._flush("" if hint == "boilerplate" else hint)
        else:  # p
            self.pending_line = line
            self._container(element, hint)
            self._flush("" if hint == "boilerplate" else hint)

    def _table(self, table: HtmlElement, hint: str) -> None:
        rows = [row for row in table.iter("tr") if _owner(row) is table]
        cells = [[c for c in row if c.tag in ("td", "th")] for row in rows]
        layout = (
            len(rows) < 2
            or max((len(r) for r in cells), default=0) < 2
            or any(c.find(f".//{t}") is not None for r in cells for c in r for t in _LAYOUT)
        )
        if layout:  # a table for layout, as e-mails use them: read through its cells
            for row_cells in cells:
                for cell in row_cells:
                    self._container(cell, hint)
                    self._flush(hint)
            return
        grid = []
        for row_cells in cells:
            grid_row = []
            for cell in row_cells:
                self.pending = []
                self._inline_children(cell, False, False, None)
                grid_row.append(self.pending)
                span = (
                    int(cell.get("colspan") or 1) if (cell.get("colspan") or "1").isdigit() else 1
                )
                grid_row += [[] for _ in range(min(span, 50) - 1)]
            grid.append(grid_row)
        self.pending = []
        caption = table.find("caption")
        words = collapse(caption.text_content()).strip() if caption is not None else ""
        line = table.sourceline or 0
        self.blocks.append(lambda _: self.collector.table(grid, line, words))

    def _flush(self, hint: str) -> None:
        if self.pending:
            runs, self.pending = _spaced(self.pending), []
            line = self.pending_line
            self.paragraphs.append((runs, line, hint))
            self.blocks.append(lambda columns: self._paragraph(runs, line, hint, columns))

    def _paragraph(self, runs: list[Run], line: int, hint: str, columns: int) -> None:
        """A paragraph, or several: text typed with ``<br>`` line ends, as an e-mail
        client writes plain text, is read as plain text is: a blank line (``<br><br>``)
        ends a paragraph, and a line break where the next word would not have fitted on
        the line was wrapping (a contact card's short lines stay lines)."""
        if hint == "contact" or not any("\n" in run.text for run in runs):
            self.collector.paragraph(runs, line, hint)
            return
        groups: list[list[Run]] = [[]]
        previous: str | None = None
        for line_runs in _lines(runs):
            text = plain(tuple(line_runs)).strip()
            if not text:
                if groups[-1]:
                    groups.append([])
                previous = None
                continue
            if previous is not None:
                groups[-1].append(Run("\n" if meant_break(previous, text, columns) else " "))
            groups[-1].extend(line_runs)
            previous = text
        for group in groups:
            if group:
                self.collector.paragraph(group, line, hint)

    # -- inline ----------------------------------------------------------------------------

    def _text(self, text: str | None, element: HtmlElement) -> None:
        if text:
            if not self.pending:
                self.pending_line = element.sourceline or 0
            self.pending.append(Run(collapse(text)))

    def _inline_children(
        self, element: HtmlElement, strong: bool, em: bool, href: str | None
    ) -> None:
        if element.text:
            self.pending.append(Run(collapse(element.text), strong, em, href))
        for child in element:
            self._inline(child, strong, em, href)
            if child.tail:
                self.pending.append(Run(collapse(child.tail), strong, em, href))

    def _inline(self, element: HtmlElement, strong: bool, em: bool, href: str | None) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in _SKIP or _hidden(element):
            return
        if tag == "br":
            self.pending.append(Run("\n"))
            return
        if tag in _BLOCKS:  # a block inside inline text (a <p> in an <li>): a line break
            self.pending.append(Run("\n"))
            self._inline_children(element, strong, em, href)
            self.pending.append(Run("\n"))
            return
        classes = (element.get("class") or "").split()
        strong = strong or tag in ("strong", "b") or "dateline" in classes or "role" in classes
        em = em or tag in ("em", "i", "cite")
        if tag == "a" and element.get("href"):
            href = element.get("href", "").strip()
        self._inline_children(element, strong, em, href)


_LAYOUT = ("p", "div", "table", "h1", "h2", "h3", "ul", "ol")
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|breadcrumbs?|related|cookies?|consent|subscribe|"
    r"newsletter|comments?|sidebar|menu|navbar|nav|advert|ads|promo|preheader|skip-link)"
    r"(?:$|[\s_-])",
    re.I,
)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0", re.I)


def _hidden(element: HtmlElement) -> bool:
    """Not part of the release: hidden (an e-mail's preview text), or a page's chrome by
    its role or class (share buttons, breadcrumbs, related stories, cookie banners)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if _NONE.search(element.get("style") or ""):
        return True
    if (element.get("role") or "") in _CHROME_ROLES:
        return True
    names = element.get("class") or ""  # not the id: ours come from headings' words
    return (
        bool(names)
        and element.tag in ("div", "section", "ul", "ol", "p", "span")
        and bool(_CHROME.search(names))
    )


def _owner(row: HtmlElement) -> HtmlElement | None:
    parent = row.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _lines(runs: list[Run]) -> list[list[Run]]:
    """The runs cut at line breaks, empty lines kept."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        for number, piece in enumerate(run.text.split("\n")):
            if number:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.strong, run.em, run.href))
    return lines


def _spaced(runs: list[Run]) -> list[Run]:
    """Whitespace collapsed across runs too: no double space where two runs meet."""
    out: list[Run] = []
    last = "\n"
    for run in runs:
        text = run.text
        if last in " \n" and text.startswith(" "):
            text = text[1:]
        if text.startswith("\n") and out and out[-1].text.endswith(" "):
            previous = out[-1]
            out[-1] = Run(previous.text[:-1], previous.strong, previous.em, previous.href)
        if text:
            out.append(Run(text, run.strong, run.em, run.href))
            last = text[-1]
    return out
