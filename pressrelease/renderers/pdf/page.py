"""Page furniture (header, "Page X of Y", "- more -") and the document's fixed identity.

The total page count is only known at the end, so each finished page is kept and its
furniture drawn when the document is saved (the usual reportlab "numbered canvas").
The canvas also pins the creation date and the file identifier to the release, so the
bytes never depend on the clock or the environment (reportlab itself reads
SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pressrelease.renderers.pdf.boldface import text_object_class
from pressrelease.renderers.pdf.fonts import REGULAR
from pressrelease.renderers.pdf.styles import FRAME_PAD, MARGIN_BOTTOM, MARGIN_X, MM

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from pressrelease.document import Words
    from pressrelease.renderers.pdf.styles import Styles


HEADER_LEFT = 0.62
"""Share of the text width for the issuer's name in the header."""
HEADER_RIGHT = 0.36
"""Share of the text width for the listings in the header."""
HEADER_LINES = 2
"""At most this many lines for each side of the header; longer text ends in an ellipsis."""
LOGO_HEIGHT = 9 * MM
"""The tallest the logo stands in the header."""
LOGO_SHARE = 0.2
"""The widest the logo stands in the header, as a share of the text width."""
LOGO_GAP = 3 * MM
"""Between the logo and the issuer's name."""


@dataclass(frozen=True)
class Furniture:
    """What every page carries besides the story."""

    header_left: Flowable
    header_right: Flowable | None
    more_marks: bool
    words: Words
    """The page numbering and the "- more -" mark, in the release's language."""
    page_size: tuple[float, float]
    styles: Styles
    pdf_date: str
    """Creation and modification date, PDF syntax (D:YYYYMMDDhhmmss+00'00')."""
    fingerprint: bytes
    """Seeds the file identifier: the same release gives the same /ID."""
    paragraph: Callable[[str, float, Color], Flowable] | None = None
    """A centred paragraph of ``text`` in that size and colour, for page words that need more
    than the body font can do alone (fallback fonts, right-to-left text)."""
    logo: Flowable | None = None
    """The issuer's logo, left of its name above the rule (at most LOGO_HEIGHT tall)."""

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        """Header, rules and page number of page ``number`` of ``total``."""
        width, height = self.page_size
        st = self.styles
        canvas.saveState()
        rule = height - 19 * MM
        left = MARGIN_X + FRAME_PAD  # where the text of the body starts
        right = width - left
        inner = right - left
        # Anchored on the rule: a name that needs two lines grows up into the margin.
        name_left, name_width = left, inner * HEADER_LEFT
        if self.logo is not None:
            logo_width, _ = self.logo.wrapOn(canvas, inner * LOGO_SHARE, LOGO_HEIGHT)
            self.logo.drawOn(canvas, left, rule + 4)
            name_left += logo_width + LOGO_GAP
            name_width -= logo_width + LOGO_GAP
        self.header_left.wrapOn(canvas, name_width, 60)
        self.header_left.drawOn(canvas, name_left, rule + 6)
        if self.header_right is not None:
            self.header_right.wrapOn(canvas, inner * HEADER_RIGHT, 60)
            self.header_right.drawOn(canvas, right - inner * HEADER_RIGHT, rule + 6)
        canvas.setStrokeColor(st.rule)
        canvas.setLineWidth(0.6)
        canvas.line(left, rule, right, rule)
        canvas.line(left, 16 * MM, right, 16 * MM)
        page = self.words.page.page(number, total)
        self._centred(canvas, page, 8, st.grey, 10.5 * MM, left, inner)
        if self.more_marks and number < total:
            self._centred(
                canvas, self.words.more, 9.5, st.ink, MARGIN_BOTTOM - 6.5 * MM, left, inner
            )
        canvas.restoreState()

    def _centred(
        self,
        canvas: Canvas,
        text: str,
        size: float,
        color: Color,
        y: float,
        left: float,
        inner: float,
    ) -> None:
        """``text`` centred on the page, its baseline at ``y``."""
        if text.isascii() or self.paragraph is None:
            canvas.setFillColor(color)
            canvas.setFont(REGULAR, size)
            canvas.drawCentredString(self.page_size[0] / 2, y, text)
            return
        line = self.paragraph(text, size, color)
        _, height = line.wrapOn(canvas, inner, 100)
        line.drawOn(canvas, left, y - height + size)  # reportlab's first baseline: font size down


def fingerprint(*parts: str) -> bytes:
    """A stable digest of the identifying strings of a release."""
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).digest()


@functools.lru_cache(maxsize=1)
def canvas_class() -> type[Canvas]:
    """The Canvas subclass, defined once reportlab is imported."""
    from reportlab.pdfgen.canvas import Canvas

    class PageCanvas(Canvas):
        """Keeps pages until save to draw "Page X of Y"; fixes date and identifier."""

        def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._furniture = furniture
            self._pending: list[dict[str, Any]] = []
            doc: Any = getattr(self, "_doc")  # noqa: B009 (private, not in the stubs)
            doc.signature = hashlib.md5(furniture.fingerprint, usedforsecurity=False)
            self.setDateFormatter(lambda *_: furniture.pdf_date)

        def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:
            """A text object that draws faux bold (``boldface``)."""
            return text_object_class()(self, x, y, direction=direction)

        def showPage(self) -> None:
            self._pending.append(dict(self.__dict__))
            getattr(self, "_startPage")()  # noqa: B009 (private, not in the stubs)

        def save(self) -> None:
            total = len(self._pending)
            for number, state in enumerate(self._pending, start=1):
                self.__dict__.update(state)
                self._furniture.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PageCanvas


def canvas_maker(furniture: Furniture) -> Any:
    """What ``doc.build(canvasmaker=…)`` calls to create the canvas."""
    maker: Any = canvas_class()
    return functools.partial(maker, furniture=furniture)
