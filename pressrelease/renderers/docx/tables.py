"""Tables in the DOCX: full width in the template's table style, header rows repeated on
every page, rows never split, columns as wide as their content asks (within limits) and each
column aligned as the release asks; a right-to-left release reads its columns from the right
(``w:bidiVisual``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.renderers.docx.xml import attr

if TYPE_CHECKING:
    from pressrelease.document import Spans, TablePart
    from pressrelease.renderers.docx.body import Body


def table(body: Body, table: TablePart, width: int) -> str:
    """A full-width table; header rows repeat on every page; columns as wide as their
    content asks (within limits); numbers right-aligned."""
    widths = column_widths(table, width)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    align = table.align or ("left",) * table.columns
    rows = [_row(body, row, widths, align, header=True) for row in table.header]
    rows += [_row(body, row, widths, align, lead=table.row_headers) for row in table.rows]
    props = (
        f'<w:tblStyle w:val="{attr(body.ids["ReleaseTable"])}"/>'
        + ("<w:bidiVisual/>" if body.rtl else "")
        + '<w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" '
        'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
    )
    return f"<w:tbl><w:tblPr>{props}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def _row(
    body: Body,
    cells: tuple[Spans, ...],
    widths: list[int],
    align: tuple[str, ...],
    header: bool = False,
    lead: bool = False,
) -> str:
    trpr = "<w:cantSplit/><w:tblHeader/>" if header else "<w:cantSplit/>"
    out = [f"<w:tr><w:trPr>{trpr}</w:trPr>"]
    for index, cell in enumerate(cells):
        justify = align[index] if align[index] != "left" else ""
        runs = body.runs(cell, strong=lead and index == 0)
        paragraph = body.para("Normal", runs, justify=justify)
        out.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/></w:tcPr>{paragraph}</w:tc>'
        )
    return "".join(out) + "</w:tr>"


def column_widths(table: TablePart, width: int) -> list[int]:
    """Column widths in twips, shared out by the longest cell of each column (a floor of
    four characters, a ceiling of forty, so one long label cannot starve the numbers)."""
    from pressrelease.inline import plain_text

    weights = [
        min(max(len(plain_text(row[i])) for row in (*table.header, *table.rows)), 40) + 4
        for i in range(table.columns)
    ]
    total = sum(weights)
    widths = [width * w // total for w in weights]
    if table.columns > 1 and len(set(weights)) == 1:
        return [width // table.columns] * table.columns  # equal columns stay exactly equal
    return widths
