"""Parts as wire text: paragraphs of lines, wrapped by display columns (0: unwrapped).

The txt renderer prints these paragraphs; the metadata formats (ninjs, JSON-LD) carry the
body unwrapped as their plain text, so their words are exactly the wire copy's.
"""

from __future__ import annotations

from collections.abc import Iterable

from typing_extensions import assert_never

from pressrelease.document import (
    Assets,
    BlockQuotation,
    ClosingSection,
    Contacts,
    DatelineLine,
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
from pressrelease.inline import Emphasis, NoteRef, Strong, Text
from pressrelease.renderers._shared.notes import wire_marker
from pressrelease.renderers._shared.wrapping import width, wrap


def plain(spans: Spans, unspaced: bool = False) -> str:
    """Spans as wire text: formatting dropped, a link's address after its words.

    In languages written without spaces (Chinese, Japanese) an address in the middle of a
    sentence would break it, so there the addresses follow the paragraph, in full-width
    parentheses: 詳細はウェブサイトをご覧ください。（https://example.jp）
    """
    addresses: list[str] = []
    text = _plain(spans, addresses if unspaced else None)
    return text + "".join(f"（{address}）" for address in addresses)


def _plain(spans: Spans, deferred: list[str] | None) -> str:
    out: list[str] = []
    for span in spans:
        if isinstance(span, Text):
            out.append(span.text)
        elif isinstance(span, (Emphasis, Strong)):
            out.append(_plain(span.children, deferred))
        elif isinstance(span, NoteRef):
            out.append(wire_marker(span.marker))
        else:
            label = _plain(span.children, deferred)
            address = span.href.removeprefix("mailto:")
            if label.strip() in (address, span.href):
                out.append(address)
            elif deferred is not None:
                out.append(label)
                deferred.append(address)
            else:
                out.append(f"{label} ({address})")
    return "".join(out)


def paragraphs(parts: Iterable[Part], columns: int, unspaced: bool = False) -> list[list[str]]:
    """Each part as one or more paragraphs of lines; ``unspaced`` for a language written
    without spaces (``pressrelease.locale.writes_without_spaces``)."""
    out: list[list[str]] = []
    for part in parts:
        out.extend(_part(part, columns, unspaced))
    return out


def body_text(parts: Iterable[Part], unspaced: bool = False) -> str:
    """Parts unwrapped, paragraphs separated by a blank line, no trailing newline."""
    return "\n\n".join("\n".join(lines) for lines in paragraphs(parts, 0, unspaced))


def _part(part: Part, columns: int, unspaced: bool) -> list[list[str]]:
    match part:
        case TimingLine(text=text) | Headline(text=text) | Subheadline(text=text):
            return [wrap(text, columns)]
        case Preamble(lines=printed):
            return [[row for line in printed for row in wrap(line, columns)]]
        case DatelineLine(text=text) | Heading(text=text):
            return [wrap(text, columns)]
        case Lead(dateline=dateline, separator=separator, spans=spans):
            return [wrap(dateline + separator + plain(spans, unspaced), columns)]
        case Para(spans=spans) | QuoteSentence(spans=spans):
            return [wrap(plain(spans, unspaced), columns)]
        case ItemList():
            return [_list(part, columns, unspaced, "")]
        case BlockQuotation(paragraphs=texts, source=source):
            quoted = [*texts, source] if source else list(texts)
            return [wrap(plain(text, unspaced), columns, QUOTE_INDENT) for text in quoted]
        case TablePart(caption=caption):
            table = _table(part, columns, unspaced)
            return [wrap(caption, columns), table] if caption else [table]
        case ClosingSection(heading=heading, paragraphs=texts):
            heading_lines = [wrap(heading, columns)] if heading else []
            return heading_lines + [wrap(plain(text, unspaced), columns) for text in texts]
        case Contacts(heading=heading, cards=cards):
            blocks = [wrap(heading, columns)] if heading else []
            for card in cards:
                card_lines = [card.heading] if card.heading else []
                for line in card.lines:
                    card_lines += wrap(plain(line, unspaced), columns)
                blocks.append(card_lines)
            return blocks
        case Assets(label=label, items=assets):
            asset_lines = [label]
            for asset in assets:
                text = f"{asset.title}{asset.details} {asset.where}"
                asset_lines += wrap(text, columns, "* ", "  ")
            return [asset_lines]
        case Footnotes(heading=heading, notes=notes):
            note_lines: list[str] = []
            for note in notes:
                mark = wire_marker(note.marker) + " "
                text = plain(note.spans, unspaced)
                note_lines += wrap(text, columns, mark, " " * width(mark))
            return [wrap(heading, columns), note_lines] if heading else [note_lines]
        case EndMark(text=text):
            pad = max((columns - width(text)) // 2, 0) if columns else 0
            return [[" " * pad + text]]
        case _:
            assert_never(part)


QUOTE_INDENT = " " * 4
"""How far a block quotation is set in, as wire copy sets off a quoted passage."""


def _list(items: ItemList, columns: int, unspaced: bool, indent: str) -> list[str]:
    """A list's lines: "1. " or "* " before each item ("- " in a sub-list), a sub-list
    indented under its item's words, every line wrapped inside ``columns``."""
    lines: list[str] = []
    for number, (item, nested) in enumerate(items.entries(), start=1):
        marker = f"{number}. " if items.ordered else "* " if items.depth == 1 else "- "
        hanging = indent + " " * len(marker)
        lines += wrap(plain(item, unspaced), columns, indent + marker, hanging)
        if nested is not None:
            lines += _list(nested, columns, unspaced, hanging)
    return lines


def _table(table: TablePart, columns: int, unspaced: bool) -> list[str]:
    """Columns aligned by display width (numbers to the right); cells wrap inside their column
    when too wide; a rule of dashes under the header rows."""
    heads = len(table.header)
    grid = [[plain(cell, unspaced) for cell in row] for row in (*table.header, *table.rows)]
    widths = [max(width(row[i]) for row in grid) for i in range(table.columns)]
    gutter = 2
    if columns and sum(widths) + gutter * (len(widths) - 1) > columns:
        widths = _fit(widths, grid, columns - gutter * (len(widths) - 1), heads)
    align = table.align or ("left",) * table.columns
    lines: list[str] = []
    for number, row in enumerate(grid):
        cells = [wrap(cell, w) if w else [cell] for cell, w in zip(row, widths, strict=True)]
        for depth in range(max(len(c) for c in cells)):
            parts = [
                _pad(cell[depth] if depth < len(cell) else "", w, how)
                for cell, w, how in zip(cells, widths, align, strict=True)
            ]
            lines.append((" " * gutter).join(parts).rstrip())
        if number == heads - 1:
            lines.append((" " * gutter).join("-" * w for w in widths))
    return lines


def _pad(text: str, room: int, how: str) -> str:
    gap = max(room - width(text), 0)
    if how == "right":
        return " " * gap + text
    if how == "center":
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def _fit(widths: list[int], grid: list[list[str]], room: int, heads: int = 1) -> list[int]:
    """Shrink the table until it fits, never below a column's longest word: first the columns
    only a header cell made wide (a header wraps more gracefully than a row label), then the
    widest."""
    floors = [
        max((width(word) for row in grid for word in row[i].split()), default=1)
        for i in range(len(widths))
    ]
    body = [max((width(row[i]) for row in grid[heads:]), default=1) for i in range(len(widths))]
    widths = list(widths)
    while sum(widths) > room:
        header_made = [i for i, w in enumerate(widths) if w > max(floors[i], body[i])]
        candidates = header_made or [i for i, w in enumerate(widths) if w > floors[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i] - (body[i] if header_made else 0))
        widths[widest] -= 1
    return widths
