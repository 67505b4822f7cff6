"""The flowables of a release that are more than a paragraph: the table, the photo with its
caption, an image, a spacer.

``story.StoryBuilder`` decides which part becomes what and sets every paragraph; the
reportlab objects built here take their paragraphs (cells, captions) from it, so CJK line
breaking, right-to-left text and font fallback work in them the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressrelease.inline import plain_text
from pressrelease.renderers.pdf import longtext
from pressrelease.renderers.pdf.fonts import REGULAR
from pressrelease.renderers.pdf.grid import (
    CELL_PAD,
    HEADER_REPEAT_MAX,
    column_widths,
    header_height,
)
from pressrelease.renderers.pdf.markup import text_link

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from pressrelease.document import AssetItem, Spans, TablePart
    from pressrelease.media import MediaImage
    from pressrelease.renderers.pdf.story import StoryBuilder


def table(builder: StoryBuilder, table: TablePart) -> list[Flowable]:
    """Cells are paragraphs that wrap; rows split across pages; the header repeats."""
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    st = builder.styles
    align = table.align or ("left",) * table.columns
    widths = column_widths(table, builder.width)
    inside = [w - 2 * CELL_PAD for w in widths]  # a long cell: chunks of this width

    def cell(spans: Spans, column: int, heading: bool) -> Any:
        style = st.aligned(st.head_cell if heading else st.cell, align[column])
        return longtext.cell(builder.spans(spans, style, plain_text(spans)), inside[column])

    header = [[cell(c, i, True) for i, c in enumerate(row)] for row in table.header]
    lead = table.row_headers
    rows = [[cell(c, i, lead and i == 0) for i, c in enumerate(row)] for row in table.rows]
    heads = len(header)
    tall = any(header_height(row, inside) > HEADER_REPEAT_MAX for row in header)
    repeat = 0 if tall else heads
    if builder.fonts.rtl:  # a right-to-left release reads its columns from the right
        header, rows = [r[::-1] for r in header], [r[::-1] for r in rows]
        widths = widths[::-1]
    grid = RLTable([*header, *rows], colWidths=widths, repeatRows=repeat, splitInRow=1)
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, heads - 1), st.table_head),
                ("LINEBELOW", (0, heads - 1), (-1, heads - 1), 0.8, st.accent),
                ("LINEBELOW", (0, heads), (-1, -1), 0.4, st.rule),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica is set per cell
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ]
        )
    )
    # The table splits across pages by rows (its header rows repeat); a page break comes
    # first only when the caption, the header and two rows do not fit, so a table never
    # jumps whole to the next page and leaves the rest of this one blank.
    from reportlab.platypus import CondPageBreak

    start = [builder.text(table.caption, st.caption)] if table.caption else []
    need = sum(part.wrap(builder.width, 1e6)[1] + 8 for part in start)
    need += sum(header_height(row, inside) + 7 for row in [*header, *rows[:2]])
    flowables: list[Flowable] = [CondPageBreak(need), *start, grid, spacer(8)]
    return flowables


def figure(builder: StoryBuilder, item: AssetItem, image: MediaImage) -> Flowable:
    """A photo (its web-size image, at most the text width and 90 mm tall, never
    enlarged beyond 150 dpi) kept together with its caption and where to get it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether

    from pressrelease.renderers.pdf.styles import MM

    style = ParagraphStyle(
        "figure-caption",
        parent=builder.styles.caption,
        fontName=REGULAR,
        keepWithNext=0,
        spaceBefore=3,
        spaceAfter=10,
    )
    fonts = builder.fonts
    words = item.title + item.details
    caption = f"<b>{fonts.markup(item.title)}</b>{fonts.markup(item.details)}"
    if item.url:
        caption += " " + text_link(item.url, item.url, fonts)
    picture = image_flowable(image, builder.width, 90 * MM)
    return KeepTogether([picture, builder.para(caption, style, words)])


def image_flowable(image: MediaImage, width: float, height: float) -> Flowable:
    """The web-size image as a PDF image object, scaled down to fit ``width`` × ``height``
    points and never printed larger than 150 dpi (a small image stays small)."""
    import io

    from reportlab.platypus import Image

    web = image.web
    scale = min(width / web.width, height / web.height, 72 / 150)
    picture = Image(io.BytesIO(web.data), web.width * scale, web.height * scale)
    picture.hAlign = "LEFT"
    return picture


def spacer(height: float) -> Flowable:
    """Vertical space of ``height`` points."""
    from reportlab.platypus import Spacer

    return Spacer(1, height)
