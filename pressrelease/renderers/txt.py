"""Plain-text wire copy: UTF-8, LF line ends, wrapped at 72 columns by default."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from typing_extensions import assert_never

from pressrelease.inline import Emphasis, Span, Strong, Text
from pressrelease.model import BulletList, Paragraph, Quote, Subheading, Table
from pressrelease.renderers import wording
from pressrelease.renderers._shared.wrapping import width, wrap

if TYPE_CHECKING:
    from pressrelease.model import Block, PressRelease
    from pressrelease.renderers.base import RenderOptions


def plain(spans: tuple[Span, ...]) -> str:
    """Spans as wire text: formatting dropped, a link's address after its words."""
    out: list[str] = []
    for span in spans:
        if isinstance(span, Text):
            out.append(span.text)
        elif isinstance(span, (Emphasis, Strong)):
            out.append(plain(span.children))
        else:
            label = plain(span.children)
            address = span.href.removeprefix("mailto:")
            shown = label.strip() in (address, span.href)
            out.append(address if shown else f"{label} ({address})")
    return "".join(out)


class TextRenderer:
    """Wire-ready plain text."""

    name: ClassVar[str] = "txt"
    extension: ClassVar[str] = "txt"
    media_type: ClassVar[str] = "text/plain; charset=utf-8"
    description: ClassVar[str] = "Plain-text wire copy, wrapped at 72 columns"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        return render_text(release, options.text_width).encode("utf-8")


def render_text(release: PressRelease, columns: int = 72) -> str:
    """The whole release as wire copy."""
    paragraphs: list[list[str]] = [wrap(wording.timing_line(release), columns)]
    paragraphs.append(wrap(release.headline, columns))
    paragraphs.extend(wrap(sub, columns) for sub in release.subheadlines)
    lead = release.lead_index
    if lead is None:
        paragraphs.append(wrap(wording.dateline_text(release.dateline), columns))
    for index, block in enumerate(release.body):
        prefix = ""
        if index == lead:
            prefix = wording.dateline_text(release.dateline)
            prefix += wording.dateline_separator(release.dateline)
        paragraphs.extend(_block(block, columns, prefix))
    for boilerplate in release.boilerplates:
        paragraphs.append(wrap(boilerplate.heading, columns))
        paragraphs.extend(wrap(plain(p.spans), columns) for p in boilerplate.paragraphs)
    for disclaimer in release.disclaimers:
        if disclaimer.heading:
            paragraphs.append(wrap(disclaimer.heading, columns))
        paragraphs.extend(wrap(plain(p.spans), columns) for p in disclaimer.paragraphs)
    paragraphs.extend(_contacts(release, columns))
    paragraphs.extend(_assets(release, columns))
    if release.end_mark:
        pad = max((columns - width(release.end_mark)) // 2, 0) if columns else 0
        paragraphs.append([" " * pad + release.end_mark])
    return "\n\n".join("\n".join(lines) for lines in paragraphs) + "\n"


def _block(block: Block, columns: int, prefix: str) -> list[list[str]]:
    if isinstance(block, Paragraph):
        return [wrap(prefix + plain(block.text.spans), columns)]
    if isinstance(block, Subheading):
        return [wrap(block.text, columns)]
    if isinstance(block, BulletList):
        lines: list[str] = []
        for number, item in enumerate(block.items, start=1):
            marker = f"{number}. " if block.ordered else "* "
            lines += wrap(plain(item.spans), columns, marker, " " * len(marker))
        return [lines]
    if isinstance(block, Quote):
        return [wrap(plain(wording.quote_spans(block)), columns)]
    if isinstance(block, Table):
        table = _table(block, columns)
        return [wrap(block.caption, columns), table] if block.caption else [table]
    assert_never(block)


def _table(table: Table, columns: int) -> list[str]:
    """Columns aligned by display width; cells wrap inside their column when too wide."""
    grid = [[plain(c.spans) for c in table.header]] + [
        [plain(c.spans) for c in row] for row in table.rows
    ]
    widths = [max(width(row[i]) for row in grid) for i in range(len(table.header))]
    gutter = 2
    if columns and sum(widths) + gutter * (len(widths) - 1) > columns:
        widths = _fit(widths, grid, columns - gutter * (len(widths) - 1))
    lines: list[str] = []
    for number, row in enumerate(grid):
        cells = [wrap(cell, w) if w else [cell] for cell, w in zip(row, widths, strict=True)]
        for depth in range(max(len(c) for c in cells)):
            parts = [
                (cell[depth] if depth < len(cell) else "")
                + " " * max(w - width(cell[depth] if depth < len(cell) else ""), 0)
                for cell, w in zip(cells, widths, strict=True)
            ]
            lines.append((" " * gutter).join(parts).rstrip())
        if number == 0:
            lines.append((" " * gutter).join("-" * w for w in widths))
    return lines


def _fit(widths: list[int], grid: list[list[str]], room: int) -> list[int]:
    """Shrink the widest columns until the table fits, never below its longest word."""
    floors = [
        max((width(word) for row in grid for word in row[i].split()), default=1)
        for i in range(len(widths))
    ]
    widths = list(widths)
    while sum(widths) > room:
        candidates = [i for i, w in enumerate(widths) if w > floors[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


def _contacts(release: PressRelease, columns: int) -> list[list[str]]:
    blocks = []
    for contact in release.contacts:
        lines = [f"{contact.role} contact:"]
        for line in wording.contact_lines(contact):
            lines += wrap(line, columns)
        blocks.append(lines)
    return blocks


def _assets(release: PressRelease, columns: int) -> list[list[str]]:
    if not release.assets:
        return []
    lines = ["Media assets:"]
    for asset in release.assets:
        text = asset.title + wording.asset_details(asset)
        lines += wrap(f"{text} {asset.url}", columns, "* ", "  ")
    return [lines]
