"""The release as a list of platypus flowables, in reading order.

Wording (timing line, dateline, quote sentence, contact lines) comes from ``wording`` so the
PDF reads exactly like the wire text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import assert_never

from pressrelease.inline import Span, plain_text
from pressrelease.model import BulletList, Paragraph, Quote, Subheading, Table
from pressrelease.renderers import wording
from pressrelease.renderers.pdf import longtext
from pressrelease.renderers.pdf.fonts import REGULAR
from pressrelease.renderers.pdf.grid import (
    CELL_PAD,
    HEADER_REPEAT_MAX,
    column_widths,
    header_height,
)
from pressrelease.renderers.pdf.markup import spans_markup, text_link

FIT_CHARS = 250
"""At most this many characters a line of a ``fitted`` text (page header): far more than the
widest line holds, and under ``longtext.LONG`` for any number of lines the header allows."""

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from pressrelease.model import Block, PressRelease
    from pressrelease.renderers.pdf.fonts import Fonts
    from pressrelease.renderers.pdf.styles import Styles


class StoryBuilder:
    """Turns one release into flowables; holds the fonts and styles of this render."""

    def __init__(self, fonts: Fonts, styles: Styles, width: float) -> None:
        from reportlab.platypus import Paragraph as RLParagraph

        self.fonts = fonts
        self.styles = styles
        self.width = width
        self._paragraph = RLParagraph

    def para(
        self, markup: str, style: ParagraphStyle, plain: str = "", bullet: str | None = None
    ) -> Flowable:
        """A Paragraph; CJK line breaking when its text needs the CJK font."""
        if plain and self.fonts.has_cjk(plain):
            style = self.styles.cjk(style)
        return longtext.fit(self._paragraph(markup, style, bulletText=bullet))

    def text(self, text: str, style: ParagraphStyle) -> Flowable:
        """A paragraph of plain user text."""
        return self.para(self.fonts.markup(text), style, text)

    def fitted(self, text: str, style: ParagraphStyle, width: float, lines: int) -> Flowable:
        """Plain text in at most ``lines`` lines of ``width``, cut with an ellipsis if longer.

        Only the first ``FIT_CHARS`` characters a line are tried: more never fit, and so a
        name of 100,000 characters costs no more than one of 500.
        """
        shown = text[: lines * FIT_CHARS]
        paragraph = self.text(shown, style)
        if shown == text and self._lines(paragraph, width) <= lines:
            return paragraph
        low, high = 1, len(shown)  # the longest prefix that fits, by bisection
        while low < high:
            middle = (low + high + 1) // 2
            if self._lines(self.text(shown[:middle].rstrip() + "…", style), width) <= lines:
                low = middle
            else:
                high = middle - 1
        return self.text(shown[:low].rstrip() + "…", style)

    @staticmethod
    def _lines(paragraph: Flowable, width: float) -> int:
        paragraph.wrap(width, 1e6)
        return len(getattr(paragraph, "blPara").lines)  # noqa: B009 (set by wrap, not typed)

    def spans(
        self, spans: tuple[Span, ...], style: ParagraphStyle, plain: str, bullet: str | None = None
    ) -> Flowable:
        """A paragraph of inline spans."""
        return self.para(spans_markup(spans, self.fonts), style, plain, bullet)

    def build(self, release: PressRelease) -> list[Flowable]:
        """Every flowable of the release."""
        st = self.styles
        timing = st.embargo if release.embargo else st.timing
        story = [self.text(wording.timing_line(release), timing)]
        story.append(self.text(release.headline, st.headline))
        story.extend(self.text(sub, st.subheadline) for sub in release.subheadlines)
        story.append(self._spacer(10))
        dateline = wording.dateline_text(release.dateline)
        lead = release.lead_index
        if lead is None:
            story.append(self.para(f"<b>{self.fonts.markup(dateline)}</b>", st.body, dateline))
        for index, block in enumerate(release.body):
            if index == lead:
                assert isinstance(block, Paragraph)
                separator = wording.dateline_separator(release.dateline)
                markup = (
                    f"<b>{self.fonts.markup(dateline)}</b>{self.fonts.markup(separator)}"
                    + spans_markup(block.text.spans, self.fonts)
                )
                story.append(self.para(markup, st.body, dateline + block.text.plain))
            else:
                story.extend(self.block(block))
        story.extend(self.closing(release))
        return story

    def block(self, block: Block) -> list[Flowable]:
        """One body block."""
        st = self.styles
        if isinstance(block, Paragraph):
            return [self.spans(block.text.spans, st.body, block.text.plain)]
        if isinstance(block, Subheading):
            return [self.text(block.text, st.subheading)]
        if isinstance(block, BulletList):
            items = [
                self.spans(
                    item.spans,
                    st.bullet,
                    item.plain,
                    bullet=f"{number}." if block.ordered else "\u2022",
                )
                for number, item in enumerate(block.items, start=1)
            ]
            return [*items, self._spacer(5)]
        if isinstance(block, Quote):
            spans = wording.quote_spans(block)
            return [self.spans(spans, st.body, plain_text(spans))]
        if isinstance(block, Table):
            return self.table(block)
        assert_never(block)

    def table(self, table: Table) -> list[Flowable]:
        """Cells are paragraphs that wrap; rows split across pages; the header repeats."""
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        st = self.styles
        widths = column_widths(table, self.width)
        inside = [w - 2 * CELL_PAD for w in widths]  # a long cell: chunks of this width
        header = [
            longtext.cell(self.spans(c.spans, st.head_cell, c.plain), inside[i])
            for i, c in enumerate(table.header)
        ]
        rows = [
            [
                longtext.cell(self.spans(c.spans, st.cell, c.plain), inside[i])
                for i, c in enumerate(row)
            ]
            for row in table.rows
        ]
        repeat = 1 if header_height(header, inside) <= HEADER_REPEAT_MAX else 0
        grid = RLTable([header, *rows], colWidths=widths, repeatRows=repeat, splitInRow=1)
        grid.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), st.table_head),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.accent),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, st.rule),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica is set per cell
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ]
            )
        )
        flowables: list[Flowable] = []
        if table.caption:
            flowables.append(self.text(table.caption, st.caption))
        flowables += [grid, self._spacer(8)]
        return flowables

    def closing(self, release: PressRelease) -> list[Flowable]:
        """Boilerplates, disclaimers, contacts, assets and the end mark."""
        st = self.styles
        out: list[Flowable] = []
        for boilerplate in release.boilerplates:
            out.append(self.text(boilerplate.heading, st.section))
            out += [self.spans(p.spans, st.boilerplate, p.plain) for p in boilerplate.paragraphs]
        for disclaimer in release.disclaimers:
            if disclaimer.heading:
                out.append(self.text(disclaimer.heading, st.disclaimer_heading))
            out += [self.spans(p.spans, st.disclaimer, p.plain) for p in disclaimer.paragraphs]
        for contact in release.contacts:
            out.append(self.text(f"{contact.role} contact:", st.section))
            for line in wording.contact_lines(contact):
                if line == contact.email:
                    out.append(self.para(text_link(f"mailto:{line}", line, self.fonts), st.contact))
                elif line == contact.url:
                    out.append(self.para(text_link(line, line, self.fonts), st.contact))
                else:
                    out.append(self.text(line, st.contact))
        if release.assets:
            out.append(self.text("Media assets:", st.section))
            for asset in release.assets:
                text = asset.title + wording.asset_details(asset)
                markup = f"{self.fonts.markup(text)} {text_link(asset.url, asset.url, self.fonts)}"
                out.append(self.para(markup, st.bullet, text, "\u2022"))
        if release.end_mark:
            out.append(self.text(release.end_mark, st.end_mark))
        return out

    def _spacer(self, height: float) -> Flowable:
        from reportlab.platypus import Spacer

        return Spacer(1, height)
