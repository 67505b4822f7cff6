"""Paragraph styles and page geometry of the PDF, built once per process.

A clear hierarchy in one family: a small caps-like timing line, a large bold headline,
a grey italic deck, 10.5 pt body text with generous leading, smaller boilerplate and
smaller still disclaimers.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pressrelease.renderers.pdf.fonts import BOLD, ITALIC, REGULAR, body_coverage

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.lib.styles import ParagraphStyle

MM = 72 / 25.4
MARGIN_X = 22 * MM
MARGIN_TOP = 26 * MM
MARGIN_BOTTOM = 26 * MM
FRAME_PAD = 6.0
"""reportlab's frame padding: the body text starts this far inside the margins."""
INK = "#1A1A1A"
GREY = "#555555"
ACCENT = "#1F3B73"
EMBARGO = "#9B1C1C"
LINK = "#1F4E9A"
RULE = "#B8BCC4"
TABLE_HEAD = "#E9ECF2"


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the renderer uses."""

    timing: ParagraphStyle
    embargo: ParagraphStyle
    headline: ParagraphStyle
    subheadline: ParagraphStyle
    body: ParagraphStyle
    subheading: ParagraphStyle
    minor_heading: ParagraphStyle
    bullet: ParagraphStyle
    excerpt: ParagraphStyle
    excerpt_source: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    section: ParagraphStyle
    boilerplate: ParagraphStyle
    disclaimer_heading: ParagraphStyle
    disclaimer: ParagraphStyle
    contact: ParagraphStyle
    end_mark: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle
    ink: Color
    grey: Color
    accent: Color
    rule: Color
    table_head: Color

    def cjk(self, style: ParagraphStyle) -> ParagraphStyle:
        """The same style with line breaks allowed between CJK characters."""
        return _cjk_variant(style)

    def rtl(self, style: ParagraphStyle) -> ParagraphStyle:
        """The same style for a right-to-left paragraph: flush right unless centred or already
        right, its indents (and a list item's bullet) on the other side."""
        return _rtl_variant(style)

    def nested(self, style: ParagraphStyle, depth: int) -> ParagraphStyle:
        """A list item's style for a sub-list ``depth`` levels down (1: the body's list),
        bullet and text set in one step further each level."""
        return style if depth <= 1 else _nested_variant(style, depth)

    def aligned(self, style: ParagraphStyle, how: str) -> ParagraphStyle:
        """The same style aligned right or centred (a table column of numbers); left as is."""
        return style if how == "left" else _aligned_variant(style, how)


@functools.lru_cache(maxsize=64)
def _cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


@functools.lru_cache(maxsize=64)
def _rtl_variant(style: ParagraphStyle) -> ParagraphStyle:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        f"{style.name}-rtl",
        parent=style,
        alignment=TA_RIGHT if style.alignment == TA_LEFT else style.alignment,
        leftIndent=style.rightIndent,
        rightIndent=style.leftIndent,
    )


LIST_STEP = 14.0
"""How far each list level is set in from the one above it, in points."""


@functools.lru_cache(maxsize=64)
def _nested_variant(style: ParagraphStyle, depth: int) -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    step = LIST_STEP * (depth - 1)
    return ParagraphStyle(
        f"{style.name}-{depth}",
        parent=style,
        leftIndent=style.leftIndent + step,
        bulletIndent=style.bulletIndent + step,
    )


@functools.lru_cache(maxsize=64)
def _aligned_variant(style: ParagraphStyle, how: str) -> ParagraphStyle:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    # reportlab draws only its integer constants (the stubs also allow words it then refuses)
    alignment: Literal[1, 2] = TA_RIGHT if how == "right" else TA_CENTER
    return ParagraphStyle(f"{style.name}-{how}", parent=style, alignment=alignment)


@functools.lru_cache(maxsize=1)
def styles() -> Styles:
    """The styles, created once (fonts registered first)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    body_coverage()
    ink, grey, accent = HexColor(INK), HexColor(GREY), HexColor(ACCENT)
    base = ParagraphStyle(
        "pr-base",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=10.5,
        leading=15.2,
        textColor=ink,
        alignment=TA_LEFT,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(f"pr-{name}", parent=base, **kw)

    body = style("body", spaceAfter=8)
    return Styles(
        timing=style(
            "timing", fontName=BOLD, fontSize=9, leading=12, textColor=accent, spaceAfter=14
        ),
        embargo=style(
            "embargo",
            fontName=BOLD,
            fontSize=9,
            leading=12,
            textColor=HexColor(EMBARGO),
            spaceAfter=14,
        ),
        headline=style("headline", fontName=BOLD, fontSize=20, leading=25, spaceAfter=8),
        subheadline=style(
            "subheadline", fontName=ITALIC, fontSize=12.5, leading=17, textColor=grey, spaceAfter=4
        ),
        body=body,
        subheading=style(
            "subheading",
            fontName=BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=8,
            spaceAfter=5,
            keepWithNext=1,
        ),
        minor_heading=style(
            "minor-heading",
            fontName=BOLD,
            fontSize=10.5,
            leading=14.5,
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        ),
        bullet=style("bullet", leftIndent=16, bulletIndent=4, spaceAfter=3),
        excerpt=style("excerpt", leftIndent=18, rightIndent=18, spaceAfter=6),
        excerpt_source=style(
            "excerpt-source",
            fontSize=9.5,
            leading=13,
            leftIndent=18,
            rightIndent=18,
            spaceAfter=8,
            textColor=grey,
        ),
        caption=style(
            "caption",
            fontName=BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=4,
            spaceAfter=4,
        ),
        cell=style("cell", fontSize=9, leading=12),
        head_cell=style("head-cell", fontName=BOLD, fontSize=9, leading=12),
        section=style(
            "section",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        boilerplate=style("boilerplate", fontSize=9.5, leading=13.5, spaceAfter=6),
        disclaimer_heading=style(
            "disclaimer-heading",
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
            textColor=grey,
        ),
        disclaimer=style("disclaimer", fontSize=8, leading=10.8, spaceAfter=4, textColor=grey),
        contact=style("contact", fontSize=9.5, leading=13.2),
        end_mark=style("end-mark", alignment=TA_CENTER, spaceBefore=14),
        header=style("header", fontName=BOLD, fontSize=8.5, leading=10.5, textColor=accent),
        header_right=style(
            "header-right", fontSize=8.5, leading=10.5, textColor=grey, alignment=TA_RIGHT
        ),
        ink=ink,
        grey=grey,
        accent=accent,
        rule=HexColor(RULE),
        table_head=HexColor(TABLE_HEAD),
    )
