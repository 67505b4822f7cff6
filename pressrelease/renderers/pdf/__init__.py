"""Print-ready PDF: embedded TrueType fonts, real metadata, no silent missing glyphs.

Rendered with reportlab's platypus. Every character is checked against the fonts before
layout (a missing glyph is a RenderError naming the characters and fields, never a box),
user text is escaped before it meets reportlab's paragraph markup, and the bytes depend
only on the release and the options. reportlab is imported when rendering, not before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pressrelease.errors import RenderError

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions


class PdfRenderer:
    """A4 or US Letter PDF with header, "Page X of Y" footer and optional "- more -" marks."""

    name: ClassVar[str] = "pdf"
    extension: ClassVar[str] = "pdf"
    media_type: ClassVar[str] = "application/pdf"
    description: ClassVar[str] = "Print-ready PDF with embedded fonts (A4 or US Letter)"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        from pressrelease.lazy_patterns import import_platypus

        import_platypus()
        from reportlab.platypus.doctemplate import LayoutError

        try:
            return _render(release, options)
        except LayoutError as exc:  # should not happen: long words and rows split
            raise RenderError(f"the PDF layout failed: {exc}") from None


def _render(release: PressRelease, options: RenderOptions) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.platypus import SimpleDocTemplate

    from pressrelease._version import __version__
    from pressrelease.document import compose
    from pressrelease.renderers.pdf.blocks import image_flowable
    from pressrelease.renderers.pdf.coverage import resolve_fonts
    from pressrelease.renderers.pdf.fonts import REGULAR
    from pressrelease.renderers.pdf.grid import check_tables
    from pressrelease.renderers.pdf.page import (
        HEADER_LEFT,
        HEADER_LINES,
        HEADER_RIGHT,
        LOGO_GAP,
        LOGO_HEIGHT,
        LOGO_SHARE,
        Furniture,
        canvas_maker,
        fingerprint,
    )
    from pressrelease.renderers.pdf.story import StoryBuilder
    from pressrelease.renderers.pdf.styles import (
        FRAME_PAD,
        MARGIN_BOTTOM,
        MARGIN_TOP,
        MARGIN_X,
        styles,
    )

    document = compose(release, options.timestamp, options.media)
    fonts = resolve_fonts(release, options)
    st = styles()
    page_size = LETTER if options.paper == "letter" else A4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=release.headline,
        author=document.words.issuers,
        subject=document.words.subject,
        keywords=list(release.keywords),
        creator=f"pressrelease {__version__}",
        lang=release.language,
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        displayDocTitle=1,
    )
    inner = doc.width - 2 * FRAME_PAD
    check_tables(document, inner, options.paper)
    builder = StoryBuilder(fonts, st, inner)
    listings = " · ".join(document.words.listings)
    moment = document.moment
    logo, name_width = None, inner * HEADER_LEFT
    if document.logo is not None:
        logo = image_flowable(document.logo, inner * LOGO_SHARE, LOGO_HEIGHT)
        name_width -= logo.wrap(inner, LOGO_HEIGHT)[0] + LOGO_GAP
    furniture = Furniture(
        header_left=builder.fitted(document.words.issuers, st.header, name_width, HEADER_LINES),
        header_right=builder.fitted(listings, st.header_right, inner * HEADER_RIGHT, HEADER_LINES)
        if listings
        else None,
        more_marks=options.more_marks,
        words=document.words,
        page_size=page_size,
        styles=st,
        pdf_date=f"D:{moment:%Y%m%d%H%M%S}+00'00'",
        fingerprint=fingerprint(release.slug, release.headline, moment.isoformat()),
        paragraph=builder.centred,
        logo=logo,
    )
    doc.build(builder.build(document), canvasmaker=canvas_maker(furniture))
    return buffer.getvalue()
