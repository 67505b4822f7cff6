"""The release as the body of word/document.xml: styled paragraphs, lists, tables, links.

Structure is carried by styles only; the one exception is a link that is also emphasised,
which keeps the Hyperlink style and adds bold or italic directly (a run has one style).

``Body`` draws runs, links and paragraphs and picks the drawing for each part; lists
(``lists``), tables (``tables``), pictures (``figures``) and footnotes (``notes``) have
modules of their own, which draw through it and record in it what the package needs (list
instances, pictures, bookmarks).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from typing_extensions import assert_never

from pressrelease.document import (
    Assets,
    BlockQuotation,
    ClosingSection,
    ContactCard,
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
from pressrelease.inline import Emphasis, Link, NoteRef, Strong, Text
from pressrelease.renderers._shared.escaping import href as safe_href
from pressrelease.renderers.docx import figures, lists, notes, tables
from pressrelease.renderers.docx.xml import attr, text

if TYPE_CHECKING:
    from pressrelease.media import MediaImage
    from pressrelease.renderers.docx.template import Template

_SPECIAL = re.compile(r"(\n|\t)")


class Body:
    """Builds the body of one document; collects its hyperlinks and list instances."""

    def __init__(self, template: Template, rtl: bool) -> None:
        self.template = template
        self.ids = template.ids
        self.rtl = rtl
        self.links: dict[str, str] = {}
        """Link target -> relationship id."""
        self.nums: list[str] = []
        """The w:num elements of this document's numbered lists and sub-lists."""
        self.abstracts: list[str] = []
        """The w:abstractNum elements of this document's sub-lists (none without any)."""
        self.sub_lists: dict[bool, int] = {}
        """Ordered or not -> the w:abstractNumId of that kind of sub-list."""
        self.images: dict[str, tuple[str, MediaImage]] = {}
        """Part name under word/ -> (relationship id, image) of the pictures in the body."""
        self.pictures = 0
        """Pictures drawn so far: each has its own drawing id."""
        self.bookmarks = 0
        """Bookmarks (footnote markers) set so far: each has its own id."""
        self.pr = "<w:bidi/>" if rtl else ""
        """What every paragraph's w:pPr carries besides its style: w:bidi when right to left."""
        self._run_pr = "<w:rtl/>" if rtl else ""

    # -- inline ---------------------------------------------------------------------------

    def runs(self, spans: Spans, em: bool = False, strong: bool = False, link: bool = False) -> str:
        """Spans as runs; a link becomes a w:hyperlink pointing at an external relationship."""
        out: list[str] = []
        for span in spans:
            if isinstance(span, Text):
                out.append(self.run(span.text, em=em, strong=strong, link=link))
            elif isinstance(span, Emphasis):
                out.append(self.runs(span.children, True, strong, link))
            elif isinstance(span, Strong):
                out.append(self.runs(span.children, em, True, link))
            elif isinstance(span, Link):
                inner = self.runs(span.children, em, strong, True)
                out.append(self.hyperlink(span.href, inner))
            elif isinstance(span, NoteRef):
                out.append(notes.reference(self, span))
            else:
                assert_never(span)
        return "".join(out)

    def run(
        self,
        value: str,
        style: str | None = None,
        em: bool = False,
        strong: bool = False,
        link: bool = False,
    ) -> str:
        """One run; tabs and line breaks become w:tab and w:br."""
        if not value:
            return ""
        if style is None:
            style = "Hyperlink" if link else "Strong" if strong else "Emphasis" if em else None
        props = f'<w:rStyle w:val="{attr(self.ids[style])}"/>' if style else ""
        if strong and style != "Strong":
            props += "<w:b/><w:bCs/>"
        if em and style != "Emphasis":
            props += "<w:i/><w:iCs/>"
        props += self._run_pr
        content = []
        for piece in _SPECIAL.split(value):
            if piece == "\n":
                content.append("<w:br/>")
            elif piece == "\t":
                content.append("<w:tab/>")
            elif piece:
                content.append(f'<w:t xml:space="preserve">{text(piece)}</w:t>')
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        return f"<w:r>{rpr}{''.join(content)}</w:r>"

    def hyperlink(self, href: str, inner: str) -> str:
        """A real hyperlink: Word and LibreOffice open ``href`` when it is clicked."""
        target = safe_href(href)  # the same %-encoding as the EPUB and HTML links
        rid = self.links.setdefault(target, f"rIdLink{len(self.links) + 1}")
        return f'<w:hyperlink r:id="{rid}" w:history="1">{inner}</w:hyperlink>'

    # -- blocks ---------------------------------------------------------------------------

    def para(self, style: str, content: str, numbering: str = "", justify: str = "") -> str:
        """A paragraph in one of our styles (mapped to the template's id); ``justify`` is a
        w:jc value (right, center), written where the schema orders it, after w:bidi."""
        sid = self.ids[style]
        pstyle = "" if style == "Normal" else f'<w:pStyle w:val="{attr(sid)}"/>'
        ppr = pstyle + numbering + self.pr + (f'<w:jc w:val="{justify}"/>' if justify else "")
        return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{content}</w:p>"

    def document(self, document: Document, width: int) -> str:
        """Every paragraph and table of the release, in reading order."""
        return "".join(self.part(part, width) for part in document.parts)

    def part(self, part: Part, width: int) -> str:
        """One part as WordprocessingML: paragraphs in named styles, or a table."""
        match part:
            case Preamble(lines=lines):
                rows = "<w:r><w:br/></w:r>".join(self.run(line) for line in lines)
                return self.para("Normal", rows)
            case TimingLine(text=text):
                return self.para("ReleaseTiming", self.run(text))
            case Headline(text=text):
                return self.para("Title", self.run(text))
            case Subheadline(text=text):
                return self.para("Subtitle", self.run(text))
            case DatelineLine(text=text):
                return self.para("Normal", self.run(text, style="Dateline"))
            case Lead(dateline=dateline, separator=separator, spans=spans):
                stamp = self.run(dateline, style="Dateline") + self.run(separator)
                return self.para("Normal", stamp + self.runs(spans))
            case Para(spans=spans):
                return self.para("Normal", self.runs(spans))
            case Heading(text=text, level=level):
                return self.para("Heading2" if level >= 3 else "Heading1", self.run(text))
            case ItemList():
                return lists.items(self, part)
            case QuoteSentence(spans=spans, in_paragraph=in_paragraph):
                return self.para("Normal" if in_paragraph else "Quote", self.runs(spans))
            case BlockQuotation(paragraphs=texts, source=source):
                # Word's Quote style sets it off; the source line under it, flush right.
                quoted = "".join(self.para("Quote", self.runs(t)) for t in texts)
                cited = self.para("Quote", self.runs(source), justify="right") if source else ""
                return quoted + cited
            case TablePart(caption=caption):
                heading = self.para("Caption", self.run(caption)) if caption else ""
                # A table has no spacing of its own: a small empty paragraph keeps the next off it.
                return heading + tables.table(self, part, width) + self.para("AfterTable", "")
            case ClosingSection(kind="boilerplate", heading=heading, paragraphs=texts):
                title = self.para("Heading1", self.run(heading)) if heading else ""
                return title + "".join(self.para("Normal", self.runs(t)) for t in texts)
            case ClosingSection(heading=heading, paragraphs=texts):
                title = self.para("Heading2", self.run(heading)) if heading else ""
                return title + "".join(self.para("Disclaimer", self.runs(t)) for t in texts)
            case Contacts(heading=heading, cards=cards):
                title = self.para("Heading2", self.run(heading)) if heading else ""
                return title + "".join(self.para("Contact", self.contact(c)) for c in cards)
            case Assets():
                return figures.assets(self, part, width)
            case Footnotes():
                return notes.footnotes(self, part)
            case EndMark(text=text):
                return self.para("EndMark", self.run(text))
            case _:
                assert_never(part)

    def contact(self, card: ContactCard) -> str:
        """A business card in one paragraph: heading, then one line each; mail and web linked."""
        out = [self.run(card.heading, strong=True)] if card.heading else []
        for line in card.lines:
            if out:
                out.append("<w:r><w:br/></w:r>")
            out.append(self.runs(line))
        return "".join(out)
