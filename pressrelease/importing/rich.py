"""Formatted documents -> units: what the Markdown, DOCX and HTML readers share.

A reader walks its document and hands each paragraph, list and table to a
:class:`Collector` as runs of text with their formatting (strong, emphasis, a link) and a
hint saying what the document's structure makes of it (a title, a heading, a quote, a
contact card). The collector makes the same :class:`~pressrelease.importing.text.Unit`
objects the plain-text reader makes, so one set of recognisers reads every source kind;
:func:`markup` turns a unit's runs back into the inline markup of the release file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pressrelease.importing.docmeta import Meta as Meta
from pressrelease.importing.text import Run, Runs, Unit
from pressrelease.inline import InlineText, check_link, escape_inline

__all__ = ["Collector", "Meta", "Run", "Runs", "markup", "plain", "tidy"]

_SPACES = re.compile(r"[ \t\r\n\f]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DEST_UNSAFE = re.compile(r"[\s()<>]")


def collapse(text: str) -> str:
    """HTML and Markdown whitespace: any run of spaces and line ends is one space
    (a no-break space stays)."""
    return _SPACES.sub(" ", text)


def tidy(runs: Iterable[Run]) -> Runs:
    """Runs without control characters, NFC, neighbours of the same format merged, the
    paragraph's outer spaces trimmed, empty runs dropped."""
    merged: list[Run] = []
    for run in runs:
        text = unicodedata.normalize("NFC", _CONTROL.sub("", run.text.replace("\t", " ")))
        if not text:
            continue
        if merged and (merged[-1].strong, merged[-1].em, merged[-1].href) == (
            run.strong,
            run.em,
            run.href,
        ):
            merged[-1] = Run(merged[-1].text + text, run.strong, run.em, run.href)
        else:
            merged.append(Run(text, run.strong, run.em, run.href))
    while merged and not merged[0].text.strip():
        merged.pop(0)
    while merged and not merged[-1].text.strip():
        merged.pop()
    if merged:
        first, last = merged[0], merged[-1]
        merged[0] = Run(first.text.lstrip(), first.strong, first.em, first.href)
        last = merged[-1]
        merged[-1] = Run(last.text.rstrip(), last.strong, last.em, last.href)
    return tuple(merged)


def plain(runs: Runs) -> str:
    return "".join(run.text for run in runs)


def split_lines(runs: Runs) -> list[Runs]:
    """A paragraph's runs cut at its line breaks (``\\n`` in a run's text)."""
    if not any("\n" in run.text for run in runs):
        return [runs] if runs else []
    lines: list[list[Run]] = [[]]
    for run in runs:
        pieces = run.text.split("\n")
        for number, piece in enumerate(pieces):
            if number:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.strong, run.em, run.href))
    return [tidied for line in lines if (tidied := tidy(line))]


def markup(runs: Runs, start: int = 0, end: int | None = None) -> str:
    """Inline markup showing ``plain(runs)[start:end]`` with its emphasis and links.

    The markup is checked: it must show exactly the text; when a delimiter would not parse
    (``**"x"**y``) the emphasis is dropped, then the links, never the words.
    """
    from pressrelease.importing.state import inline

    runs = _slice(runs, start, end)
    text = plain(runs)
    if not any(run.strong or run.em or run.href for run in runs):
        return inline(text)  # plain text: escaped, web addresses linked, checked once
    for emphasis, links in ((True, True), (False, True)):
        source = _markup(runs, emphasis, links)
        try:
            if InlineText(source).plain == text:
                return source
        except ValueError:
            continue
    return inline(text)


def _slice(runs: Runs, start: int, end: int | None) -> Runs:
    out: list[Run] = []
    offset = 0
    stop = len(plain(runs)) if end is None else end
    for run in runs:
        after = offset + len(run.text)
        if after > start and offset < stop:
            piece = run.text[max(start - offset, 0) : stop - offset]
            out.append(Run(piece, run.strong, run.em, run.href))
        offset = after
    return tidy(out)


def _markup(runs: Runs, emphasis: bool, links: bool) -> str:
    from pressrelease.importing.state import inline

    out: list[str] = []
    index = 0
    while index < len(runs):
        href = runs[index].href if links else None
        group: list[Run] = []
        while index < len(runs) and (runs[index].href if links else None) == href:
            group.append(runs[index])
            index += 1
        if href is None:
            out.append(_emphasised(group, emphasis, _escape))
            continue
        label_text = plain(tuple(group))
        if _valid(href) is None:
            out.append(_emphasised(group, emphasis, inline))
        elif label_text in (href, href.removeprefix("mailto:")) and not any(
            r.strong or r.em for r in group
        ):
            out.append(f"<{href}>")
        else:
            label = _emphasised(group, emphasis, escape_inline)
            dest = f"<{href}>" if _DEST_UNSAFE.search(href) else href
            out.append(f"[{label}]({dest})")
    return "".join(out)


def _escape(text: str) -> str:
    """Text between formatted runs: escaped, and web addresses in it linked."""
    from pressrelease.importing.state import inline

    return inline(text) if "://" in text else escape_inline(text)


def _valid(href: str) -> str | None:
    try:
        return check_link(href)
    except ValueError:
        return None


def _emphasised(group: list[Run], emphasis: bool, escape: object) -> str:
    assert callable(escape)
    out: list[str] = []
    index = 0
    while index < len(group):
        key = (group[index].strong, group[index].em) if emphasis else (False, False)
        text = ""
        while (
            index < len(group)
            and ((group[index].strong, group[index].em) if emphasis else (False, False)) == key
        ):
            text += group[index].text
            index += 1
        core = text.strip()
        if not core or key == (False, False):
            out.append(str(escape(text)))
            continue
        before = text[: len(text) - len(text.lstrip())]
        after = text[len(text.rstrip()) :]
        mark = {(True, False): "**", (False, True): "*", (True, True): "***"}[key]
        out.append(f"{before}{mark}{escape_inline(core)}{mark}{after}")
    return "".join(out)


class Collector:
    """The units of one document, in reading order."""

    def __init__(self) -> None:
        self.units: list[Unit] = []
        self._block = 0

    def paragraph(
        self, runs: Iterable[Run], line: int, hint: str = "", lead: int = 0, level: int = 2
    ) -> None:
        """A paragraph; each line of it (after a line break) becomes a unit of one block,
        as the lines of a contact card do in plain text. ``level``: a heading's (2 or 3)."""
        lines = split_lines(tidy(runs))
        if not hint and len(lines) == 1 and all(r.strong and not r.href for r in lines[0]):
            from pressrelease.importing.parts import heading_like

            if heading_like(plain(lines[0])):  # a paragraph all in bold: a heading
                hint = "heading"
        for number, line_runs in enumerate(lines):
            text = plain(line_runs)
            first = number == 0
            self.units.append(
                Unit(
                    line + number,
                    text,
                    [text],
                    block=self._block,
                    runs=line_runs,
                    hint=hint,
                    lead=(lead or _lead(line_runs)) if first else 0,
                    level=level,
                )
            )
        if lines:
            self._block += 1

    def items(
        self,
        items: Iterable[Iterable[Run]],
        line: int,
        ordered: bool,
        levels: list[tuple[int, bool]] | None = None,
    ) -> None:
        """A bulleted or numbered list (an item's line breaks are kept as spaces);
        ``levels``: each item's depth and whether its own list is numbered, for a nested
        list (see :mod:`~pressrelease.importing.nesting`)."""
        items = list(items)
        depths = levels if levels is not None else [(0, ordered)] * len(items)
        pairs = [(_flat(item), level) for item, level in zip(items, depths, strict=True)]
        pairs = [(item, level) for item, level in pairs if item]
        if not pairs:
            return
        item_runs = [item for item, _ in pairs]
        nested = [level for _, level in pairs] if levels is not None else None
        if nested is not None and all(depth == 0 for depth, _ in nested):
            nested = None
        texts = [plain(item) for item in item_runs]
        self.units.append(
            Unit(
                line,
                "\n".join(texts),
                list(texts),
                texts,
                ordered,
                block=self._block,
                item_runs=item_runs,
                levels=nested,
            )
        )
        self._block += 1

    def table(self, rows: Iterable[Iterable[Iterable[Run]]], line: int, caption: str = "") -> None:
        """A table: rows of cells, the first row the header."""
        grid = [
            [
                tidy(Run(r.text.replace("\n", " "), r.strong, r.em, r.href) for r in cell)
                for cell in row
            ]
            for row in rows
        ]
        grid = [row for row in grid if any(row)]
        if not grid:
            return
        if caption.strip():
            self.paragraph([Run(caption)], line, "caption")
        words = " ".join(plain(cell) for row in grid for cell in row if cell)
        self.units.append(Unit(line, words, [words], block=self._block, table=grid))
        self._block += 1

    def text(self) -> str:
        """The plain text of every unit, paragraphs separated by a blank line: what the
        recognisers that read the whole text (tickers, dates, names) look through."""
        return "\n\n".join(unit.text for unit in self.units)


def _flat(runs: Iterable[Run]) -> Runs:
    """Runs on one line: line breaks become spaces (a list item or a table cell)."""
    return tidy(Run(r.text.replace("\n", " "), r.strong, r.em, r.href) for r in runs)


def _lead(runs: Runs) -> int:
    """The length of a bold run starting a paragraph that goes on after it."""
    if len(runs) > 1 and runs[0].strong and not runs[0].href and len(runs[0].text.split()) <= 12:
        return len(runs[0].text)
    return 0
