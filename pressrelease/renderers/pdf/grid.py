"""How wide each column of a table is, and which tables cannot fit the page at all.

Columns share the text width in proportion to their longest cell (capped, so one long cell
does not starve the others). Every column keeps ``MIN_TEXT`` points of text inside its padding:
a digit of the 9 pt cell font fits and a wider letter stays inside the column, reaching into
the padding. A table with more columns than the page has room for at that minimum (30 on A4,
31 on US Letter) is refused before layout with a RenderError naming the table, instead of
reaching reportlab with a negative cell width (which it reports as a ValueError: a crash).
Setting such a table in a smaller font was considered and left out: at that many columns a
column holds one or two characters a line, so a smaller font would only turn a clear error
into an unreadable table; HTML, DOCX and EPUB can show it (their tables scroll or reflow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressrelease.document import TablePart
from pressrelease.errors import RenderError
from pressrelease.inline import plain_text

if TYPE_CHECKING:
    from pressrelease.document import Document

CELL_PAD = 5.0
"""Left and right padding inside every cell, points."""
MIN_TEXT = 5.0
"""The narrowest text a column may get, points: a digit of the 9 pt cell font."""
MIN_COLUMN = MIN_TEXT + 2 * CELL_PAD
HEADER_REPEAT_MAX = 200.0
"""A header row taller than this (points) is not repeated on every page: a repeated header
must fit a page with room to spare, or reportlab cannot lay the table out at all."""


def max_columns(width: float) -> int:
    """How many columns fit a text width of ``width`` points."""
    return int(width // MIN_COLUMN)


def check_tables(document: Document, width: float, paper: str) -> None:
    """RenderError for the first table with more columns than ``width`` can hold."""
    limit = max_columns(width)
    paper = {"a4": "A4", "letter": "US Letter"}.get(paper, paper)
    tables = [part for part in document.parts if isinstance(part, TablePart)]
    for number, table in enumerate(tables, start=1):
        if table.columns > limit:
            name = f"table {number}" + (f" ({table.caption})" if table.caption else "")
            raise RenderError(
                f"{name}: a table of {table.columns} columns does not fit the page "
                f"width (at most {limit} columns on {paper} paper, each at least "
                f"{MIN_COLUMN:g} pt wide); split it into tables of fewer columns, turn it so "
                "that columns become rows, or publish it as HTML, DOCX or EPUB"
            )


def column_widths(table: TablePart, width: float) -> list[float]:
    """Widths in proportion to the longest cell of each column (at most 40 characters count),
    none narrower than MIN_COLUMN while the table fits (``check_tables``)."""
    weights = [
        min(max(len(plain_text(row[i])) for row in (*table.header, *table.rows)), 40) + 4
        for i in range(table.columns)
    ]
    widths = [width * w / sum(weights) for w in weights]
    floor = min(MIN_COLUMN, width / len(weights))  # a table wider than the page: equal columns
    narrow: set[int] = set()
    while True:
        more = {i for i, w in enumerate(widths) if w < floor and i not in narrow}
        if not more:
            return widths
        narrow |= more
        rest = width - floor * len(narrow)
        free = sum(w for i, w in enumerate(weights) if i not in narrow)
        if not free:
            return [floor] * len(weights)
        widths = [floor if i in narrow else rest * w / free for i, w in enumerate(weights)]


def header_height(cells: list[Any], widths: list[float]) -> float:
    """The height of the header row's text: its tallest cell (a flowable or a list of them)."""
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=True):
        parts = cell if isinstance(cell, list) else [cell]
        tallest = max(tallest, sum(part.wrap(width, 1e9)[1] for part in parts))
    return tallest
