"""The release as the body of word/document.xml: styled paragraphs, lists, tables, links.

Structure is carried by styles only; the one exception is a link that is also emphasised,
which keeps the Hyperlink style and adds bold or italic directly (a run has one style).
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
from pressrelease.renderers.docx import notes, styles
from pressrelease.renderers.docx.xml import attr, text

if TYPE_CHECKING:
    from pressrelease.media import MediaImage
    from pressrelease.renderers.docx.template import Template

EMU_PER_TWIP = 635
EMU_PER_PIXEL = 9525
"""At 96 pixels an inch, Word's own measure for a picture without a resolution."""
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def media_name(image: MediaImage) -> str:
    """The image's part name under word/: media/photos-ceo.jpg."""
    return f"media/{image.file_stem}.{image.web.extension}"


def picture(image: MediaImage, rid: str, alt: str, number: int, box: tuple[int, int]) -> str:
    """An inline picture run: the web-size image, scaled down (never up) to fit ``box``
    (width, height in EMU), with its alt text as the description Word reads aloud."""
    web = image.web
    cx, cy = web.width * EMU_PER_PIXEL, web.height * EMU_PER_PIXEL
    scale = min(1.0, box[0] / cx, box[1] / cy)
    cx, cy = max(1, int(cx * scale)), max(1, int(cy * scale))
    name = attr(media_name(image)[6:])
    described = f'name="Picture {number}" descr="{attr(alt)}"'
    return (
        f'<w:r><w:drawing><wp:inline xmlns:wp="{_WP}" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{number}" {described}/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{_A}" noChangeAspect="1"/>'
        f'</wp:cNvGraphicFramePr><a:graphic xmlns:a="{_A}"><a:graphicData uri="{_PIC}">'
        f'<pic:pic xmlns:pic="{_PIC}"><pic:nvPicPr><pic:cNvPr id="{number}" name="{name}" '
        f'descr="{attr(alt)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
        f'<a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )


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
        self._pr = "<w:bidi/>" if rtl else ""
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
        ppr = pstyle + numbering + self._pr + (f'<w:jc w:val="{justify}"/>' if justify else "")
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
                return self.items(part)
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
                return heading + self.table(part, width) + self.para("AfterTable", "")
            case ClosingSection(kind="boilerplate", heading=heading, paragraphs=texts):
                title = self.para("Heading1", self.run(heading)) if heading else ""
                return title + "".join(self.para("Normal", self.runs(t)) for t in texts)
            case ClosingSection(heading=heading, paragraphs=texts):
                title = self.para("Heading2", self.run(heading)) if heading else ""
                return title + "".join(self.para("Disclaimer", self.runs(t)) for t in texts)
            case Contacts(heading=heading, cards=cards):
                title = self.para("Heading2", self.run(heading)) if heading else ""
                return title + "".join(self.para("Contact", self.contact(c)) for c in cards)
            case Assets(label=label, items=items):
                out = [self.para("Contact", self.run(label, strong=True))]
                bullet = ""
                for item in items:
                    if item.image is not None:
                        out.append(self.figure(item.image, item.alt or item.title, width))
                        caption = self.run(item.title, strong=True) + self.run(item.details)
                        if item.url:
                            link = self.hyperlink(item.url, self.run(item.url, link=True))
                            caption += self.run(" ") + link
                        out.append(self.para("Caption", caption))
                        continue
                    bullet = bullet or self._numbering(ordered=False)
                    if item.url:
                        link = self.hyperlink(item.url, self.run(item.url, link=True))
                    else:
                        link = self.run(item.where)
                    words = self.run(f"{item.title}{item.details} ") + link
                    out.append(self.para("ListBullet", words, bullet))
                return "".join(out)
            case Footnotes():
                return notes.footnotes(self, part)
            case EndMark(text=text):
                return self.para("EndMark", self.run(text))
            case _:
                assert_never(part)

    def figure(self, image: MediaImage, alt: str, width: int) -> str:
        """A paragraph holding the picture, kept with its caption, at most the text width
        (``width`` in twips) wide and 4 inches tall."""
        name = media_name(image)
        rid = self.images.setdefault(name, (f"rIdImage{len(self.images) + 1}", image))[0]
        box = (width * EMU_PER_TWIP, 4 * 914400)
        self.pictures += 1
        run = picture(image, rid, alt, 100 + self.pictures, box)
        return f"<w:p><w:pPr><w:keepNext/>{self._pr}</w:pPr>{run}</w:p>"

    def items(self, part: ItemList) -> str:
        """A list's paragraphs, each sub-list's right after the item it belongs to, one
        numbering level further in."""
        numbering = self._numbering(part.ordered, part.depth - 1)
        style = "ListNumber" if part.ordered else "ListBullet"
        out: list[str] = []
        for spans, nested in part.entries():
            out.append(self.para(style, self.runs(spans), numbering))
            if nested is not None:
                out.append(self.items(nested))
        return "".join(out)

    def _numbering(self, ordered: bool, level: int = 0) -> str:
        """numPr for a new list: bullets share one instance, each numbered list starts at 1;
        a sub-list (``level`` 1 or 2) is an instance of our own definitions of its kind,
        counting from 1 at its level."""
        template = self.template
        if ordered or level:
            num_id = template.next_num + len(self.nums)
            abstract = self._sub_list(ordered) if level else template.number_abstract
            self.nums.append(styles.num(num_id, abstract, restart=True, level=level))
        else:
            num_id = template.bullet_num
        return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'

    def _sub_list(self, ordered: bool) -> int:
        """The w:abstractNumId of sub-lists of this kind, defined on first use."""
        if ordered not in self.sub_lists:
            self.sub_lists[ordered] = self.template.next_abstract + len(self.abstracts)
            self.abstracts.append(styles.sub_list_definition(self.sub_lists[ordered], ordered))
        return self.sub_lists[ordered]

    def table(self, table: TablePart, width: int) -> str:
        """A full-width table; header rows repeat on every page; columns as wide as their
        content asks (within limits); numbers right-aligned."""
        widths = _column_widths(table, width)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        align = table.align or ("left",) * table.columns
        rows = [self._row(row, widths, align, header=True) for row in table.header]
        rows += [self._row(row, widths, align, lead=table.row_headers) for row in table.rows]
        props = (
            f'<w:tblStyle w:val="{attr(self.ids["ReleaseTable"])}"/>'
            + ("<w:bidiVisual/>" if self.rtl else "")
            + '<w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" '
            'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        )
        return (
            f"<w:tbl><w:tblPr>{props}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )

    def _row(
        self,
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
            runs = self.runs(cell, strong=lead and index == 0)
            paragraph = self.para("Normal", runs, justify=justify)
            out.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/></w:tcPr>'
                f"{paragraph}</w:tc>"
            )
        return "".join(out) + "</w:tr>"

    def contact(self, card: ContactCard) -> str:
        """A business card in one paragraph: heading, then one line each; mail and web linked."""
        out = [self.run(card.heading, strong=True)] if card.heading else []
        for line in card.lines:
            if out:
                out.append("<w:r><w:br/></w:r>")
            out.append(self.runs(line))
        return "".join(out)


def _column_widths(table: TablePart, width: int) -> list[int]:
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
