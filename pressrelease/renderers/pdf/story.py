"""The release as a list of platypus flowables, in reading order.

It draws the composed document (``pressrelease.document``), so the PDF says exactly what the
other formats say, in the same order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import assert_never

from pressrelease.document import (
    HEAD_PARTS,
    Assets,
    BlockQuotation,
    ClosingSection,
    Contacts,
    DatelineLine,
    Document,
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
from pressrelease.inline import plain_text
from pressrelease.renderers.pdf import longtext, rtl
from pressrelease.renderers.pdf.fonts import BOLD, BOLD_ITALIC, REGULAR, embolden
from pressrelease.renderers.pdf.grid import (
    CELL_PAD,
    HEADER_REPEAT_MAX,
    column_widths,
    header_height,
)
from pressrelease.renderers.pdf.markup import note_mark, spans_markup, text_link

FIT_CHARS = 250
"""At most this many characters a line of a ``fitted`` text (page header): far more than the
widest line holds, and under ``longtext.LONG`` for any number of lines the header allows."""

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from pressrelease.document import AssetItem
    from pressrelease.media import MediaImage
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
        """A Paragraph; CJK line breaking when its text needs the CJK font; set flush right
        when its base direction is right to left, its lines reordered when drawn (``rtl``)."""
        paragraph: type[Any] = self._paragraph
        if self.fonts.fallbacks:
            markup = embolden(markup, style.fontName in (BOLD, BOLD_ITALIC))
        if plain and self.fonts.has_cjk(plain):
            style = self.styles.cjk(style)
        if plain and (self.fonts.rtl or rtl.has_rtl(plain)):
            base = rtl.base_direction(plain, self.fonts.rtl)
            if base == "R":
                style = self.styles.rtl(style)
            if rtl.has_rtl(plain):
                paragraph = rtl.paragraph_class(base)
        return longtext.fit(paragraph(markup, style, bulletText=bullet))

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

    def centred(self, text: str, size: float, color: Any) -> Flowable:
        """One centred line of page furniture (the page number, "- more -")."""
        from reportlab.lib.styles import ParagraphStyle

        style = ParagraphStyle(
            f"pr-centred-{size}",
            parent=self.styles.body,
            fontSize=size,
            leading=size * 1.25,
            alignment=1,
            textColor=color,
            spaceAfter=0,
        )
        return self.text(text, style)

    @staticmethod
    def _lines(paragraph: Flowable, width: float) -> int:
        paragraph.wrap(width, 1e6)
        return len(getattr(paragraph, "blPara").lines)  # noqa: B009 (set by wrap, not typed)

    def spans(
        self, spans: Spans, style: ParagraphStyle, plain: str, bullet: str | None = None
    ) -> Flowable:
        """A paragraph of inline spans."""
        return self.para(spans_markup(spans, self.fonts), style, plain, bullet)

    def build(self, document: Document) -> list[Flowable]:
        """Every flowable of the release; a little space between the head and the body."""
        story: list[Flowable] = []
        in_head = True
        for part in document.parts:
            if in_head and not isinstance(part, HEAD_PARTS):
                story.append(self._spacer(10))
                in_head = False
            story.extend(self.part(part))
        return story

    def part(self, part: Part) -> list[Flowable]:
        """One part as flowables."""
        st = self.styles
        markup = self.fonts.markup
        match part:
            case Preamble(lines=lines):
                rows = "<br/>".join(markup(line) for line in lines)
                return [self.para(rows, st.timing, " ".join(lines))]
            case TimingLine(text=text, embargoed=embargoed):
                return [self.text(text, st.embargo if embargoed else st.timing)]
            case Headline(text=text):
                return [self.text(text, st.headline)]
            case Subheadline(text=text):
                return [self.text(text, st.subheadline)]
            case DatelineLine(text=text):
                return [self.para(f"<b>{markup(text)}</b>", st.body, text)]
            case Lead(dateline=dateline, separator=separator, spans=spans):
                lead = f"<b>{markup(dateline)}</b>{markup(separator)}" + spans_markup(
                    spans, self.fonts
                )
                return [self.para(lead, st.body, dateline + plain_text(spans))]
            case Para(spans=spans) | QuoteSentence(spans=spans):
                return [self.spans(spans, st.body, plain_text(spans))]
            case Heading(text=text, level=level):
                return [self.text(text, st.minor_heading if level >= 3 else st.subheading)]
            case ItemList():
                return [*self.items(part), self._spacer(5)]
            case BlockQuotation(paragraphs=texts, source=source):
                quoted = [self.spans(t, st.excerpt, plain_text(t)) for t in texts]
                if source:
                    quoted.append(self.spans(source, st.excerpt_source, plain_text(source)))
                return quoted
            case TablePart():
                return self.table(part)
            case ClosingSection(kind="boilerplate", heading=heading, paragraphs=texts):
                title = [self.text(heading, st.section)] if heading else []
                return title + [self.spans(t, st.boilerplate, plain_text(t)) for t in texts]
            case ClosingSection(heading=heading, paragraphs=texts):
                title = [self.text(heading, st.disclaimer_heading)] if heading else []
                return title + [self.spans(t, st.disclaimer, plain_text(t)) for t in texts]
            case Contacts(heading=heading, cards=cards):
                out: list[Flowable] = [self.text(heading, st.section)] if heading else []
                for card in cards:
                    if card.heading:
                        out.append(self.text(card.heading, st.section))
                    out += [self.spans(line, st.contact, plain_text(line)) for line in card.lines]
                return out
            case Assets(label=label, items=items):
                out = [self.text(label, st.section)]
                for item in items:
                    if item.image is not None:
                        out.append(self.figure(item, item.image))
                        continue
                    words = item.title + item.details
                    link = (
                        text_link(item.url, item.url, self.fonts)
                        if item.url
                        else markup(item.where)
                    )
                    out.append(self.para(f"{markup(words)} {link}", st.bullet, words, "\u2022"))
                return out
            case Footnotes(heading=heading, notes=notes):
                out = [self.text(heading, st.disclaimer_heading)] if heading else []
                for note in notes:
                    mark = note_mark(note.marker, note.backlink, note.anchor, self.fonts)
                    body = spans_markup(note.spans, self.fonts)
                    out.append(self.para(f"{mark} {body}", st.disclaimer, plain_text(note.spans)))
                return out
            case EndMark(text=text):
                return [self.text(text, st.end_mark)]
            case _:
                assert_never(part)

    def items(self, part: ItemList) -> list[Flowable]:
        """A list's items, each sub-list's right after its item and set in one step."""
        style = self.styles.nested(self.styles.bullet, part.depth)
        bullet = "\u2022" if part.depth == 1 else "\u2013"
        out: list[Flowable] = []
        for number, (spans, nested) in enumerate(part.entries(), start=1):
            marker = f"{number}." if part.ordered else bullet
            out.append(self.spans(spans, style, plain_text(spans), marker))
            if nested is not None:
                out += self.items(nested)
        return out

    def figure(self, item: AssetItem, image: MediaImage) -> Flowable:
        """A photo (its web-size image, at most the text width and 90 mm tall, never
        enlarged beyond 150 dpi) kept together with its caption and where to get it."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import KeepTogether

        from pressrelease.renderers.pdf.styles import MM

        style = ParagraphStyle(
            "figure-caption",
            parent=self.styles.caption,
            fontName=REGULAR,
            keepWithNext=0,
            spaceBefore=3,
            spaceAfter=10,
        )
        words = item.title + item.details
        caption = f"<b>{self.fonts.markup(item.title)}</b>{self.fonts.markup(item.details)}"
        if item.url:
            caption += " " + text_link(item.url, item.url, self.fonts)
        picture = image_flowable(image, self.width, 90 * MM)
        return KeepTogether([picture, self.para(caption, style, words)])

    def table(self, table: TablePart) -> list[Flowable]:
        """Cells are paragraphs that wrap; rows split across pages; the header repeats."""
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        st = self.styles
        align = table.align or ("left",) * table.columns
        widths = column_widths(table, self.width)
        inside = [w - 2 * CELL_PAD for w in widths]  # a long cell: chunks of this width

        def cell(spans: Spans, column: int, heading: bool) -> Any:
            style = st.aligned(st.head_cell if heading else st.cell, align[column])
            return longtext.cell(self.spans(spans, style, plain_text(spans)), inside[column])

        header = [[cell(c, i, True) for i, c in enumerate(row)] for row in table.header]
        lead = table.row_headers
        rows = [[cell(c, i, lead and i == 0) for i, c in enumerate(row)] for row in table.rows]
        heads = len(header)
        tall = any(header_height(row, inside) > HEADER_REPEAT_MAX for row in header)
        repeat = 0 if tall else heads
        if self.fonts.rtl:  # a right-to-left release reads its columns from the right
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

        start = [self.text(table.caption, st.caption)] if table.caption else []
        need = sum(part.wrap(self.width, 1e6)[1] + 8 for part in start)
        need += sum(header_height(row, inside) + 7 for row in [*header, *rows[:2]])
        flowables: list[Flowable] = [CondPageBreak(need), *start, grid, self._spacer(8)]
        return flowables

    def _spacer(self, height: float) -> Flowable:
        from reportlab.platypus import Spacer

        return Spacer(1, height)


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
