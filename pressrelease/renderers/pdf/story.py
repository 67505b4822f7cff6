"""The release as a list of platypus flowables, in reading order.

It draws the composed document (``pressrelease.document``), so the PDF says exactly what the
other formats say, in the same order. ``StoryBuilder`` sets every paragraph and picks the
flowables for each part; tables, photos and spacers are built in ``blocks``.
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
from pressrelease.renderers.pdf import blocks, longtext, rtl
from pressrelease.renderers.pdf.fonts import BOLD, BOLD_ITALIC, embolden
from pressrelease.renderers.pdf.markup import note_mark, spans_markup, text_link

FIT_CHARS = 250
"""At most this many characters a line of a ``fitted`` text (page header): far more than the
widest line holds, and under ``longtext.LONG`` for any number of lines the header allows."""

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

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
                story.append(blocks.spacer(10))
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
                return [*self.items(part), blocks.spacer(5)]
            case BlockQuotation(paragraphs=texts, source=source):
                quoted = [self.spans(t, st.excerpt, plain_text(t)) for t in texts]
                if source:
                    quoted.append(self.spans(source, st.excerpt_source, plain_text(source)))
                return quoted
            case TablePart():
                return blocks.table(self, part)
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
                        out.append(blocks.figure(self, item, item.image))
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
