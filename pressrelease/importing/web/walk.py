"""The walk over a page's elements: block elements become paragraphs, lists, tables and
headings for the :class:`~pressrelease.importing.rich.Collector`, inline elements runs of
text with their emphasis and links; a paragraph typed with ``<br>`` line ends is read the
way plain text is, once the page's line width is known."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pressrelease.importing.rich import Collector, collapse, plain
from pressrelease.importing.text import Run, display_width, meant_break, superscript
from pressrelease.importing.web.chrome import SKIP, hidden

if TYPE_CHECKING:
    from lxml.html import HtmlElement

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


class Reader:
    """Walks one root element; its units are in ``collector``."""

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
            if not tag or tag in SKIP or hidden(child) or (tag == "header" and self._chrome(child)):
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
        if tag == "blockquote" or (tag == "figure" and "quotation" in classes):
            hint = "blockquote"
        elif tag == "figcaption" and hint == "blockquote":
            hint = "blockquote-source"
        if tag == "section" and "disclaimer" in classes:
            hint = "disclaimer"
        elif tag == "section" and "boilerplate" in classes:
            hint = "boilerplate"
        line = element.sourceline or 0
        if tag in ("ul", "ol"):
            items: list[list[Run]] = []
            levels: list[tuple[int, bool]] = []
            self._list(element, 0, items, levels)
            ordered = tag == "ol"
            self.blocks.append(lambda _: self.collector.items(items, line, ordered, levels))
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
            self._flush(heading, 3 if tag in ("h3", "h4", "h5", "h6") else 2)
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

    def _list(
        self,
        element: HtmlElement,
        depth: int,
        items: list[list[Run]],
        levels: list[tuple[int, bool]],
    ) -> None:
        """The items of ``<ul>``/``<ol>``, each ``<ul>``/``<ol>`` inside an ``<li>`` its
        sub-list (the item's words are what stands outside it)."""
        ordered = element.tag == "ol"
        for item in element.iterchildren("li"):
            self.pending = []
            subs = [c for c in item if c.tag in ("ul", "ol")]
            if item.text:
                self.pending.append(Run(collapse(item.text)))
            for child in item:
                if child.tag not in ("ul", "ol"):
                    self._inline(child, False, False, None)
                if child.tail:
                    self.pending.append(Run(collapse(child.tail)))
            items.append(self.pending)
            levels.append((depth, ordered))
            self.pending = []
            for sub in subs:
                self._list(sub, depth + 1, items, levels)

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

    def _flush(self, hint: str, level: int = 2) -> None:
        if self.pending:
            runs, self.pending = _spaced(self.pending), []
            line = self.pending_line
            self.paragraphs.append((runs, line, hint))
            self.blocks.append(lambda columns: self._paragraph(runs, line, hint, columns, level))

    def _paragraph(
        self, runs: list[Run], line: int, hint: str, columns: int, level: int = 2
    ) -> None:
        """A paragraph, or several: text typed with ``<br>`` line ends, as an e-mail
        client writes plain text, is read as plain text is: a blank line (``<br><br>``)
        ends a paragraph, and a line break where the next word would not have fitted on
        the line was wrapping (a contact card's short lines stay lines)."""
        if hint == "contact" or not any("\n" in run.text for run in runs):
            self.collector.paragraph(runs, line, hint, level=level)
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
        if not tag or tag in SKIP or hidden(element):
            return
        if tag == "br":
            self.pending.append(Run("\n"))
            return
        if tag in _BLOCKS:  # a block inside inline text (a <p> in an <li>): a line break
            self.pending.append(Run("\n"))
            self._inline_children(element, strong, em, href)
            self.pending.append(Run("\n"))
            return
        if tag == "sup" and self._marker(element, strong, em):
            return
        classes = (element.get("class") or "").split()
        strong = strong or tag in ("strong", "b") or "dateline" in classes or "role" in classes
        em = em or tag in ("em", "i", "cite")
        if tag == "a" and element.get("href"):
            href = element.get("href", "").strip()
        self._inline_children(element, strong, em, href)

    def _marker(self, sup: HtmlElement, strong: bool, em: bool) -> bool:
        """A note's marker, ``<sup><a href="#fn-1">1</a></sup>`` (or digits set in
        ``<sup>``), as wire copy prints it: ``¹``, ``†``; the link to the note is dropped
        (the importer links markers and notes again as ``[^id]`` references)."""
        words = collapse(sup.text_content()).strip()
        link = sup.find(".//a")
        to_note = link is not None and (link.get("href") or "").startswith("#")
        if not words or len(words) > 4 or not (words.isdigit() or to_note):
            return False
        self.pending.append(Run(superscript(words) if words.isdigit() else words, strong, em))
        return True


_LAYOUT = ("p", "div", "table", "h1", "h2", "h3", "ul", "ol")


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
