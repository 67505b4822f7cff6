"""Bold for fallback fonts that have no bold face: a real bold sibling where one is installed,
else a faux bold drawn by stroking the glyphs.

A fallback font (a CJK font above all) is registered as one face for every style, so
``**強調**`` came out regular. Now its bold style maps to:

1. its bold sibling file (``msyh.ttc`` → ``msyhbd.ttc``, ``NanumGothic.ttf`` →
   ``NanumGothicBold.ttf``, ``…-Regular.ttc`` → ``…-Bold.ttc``) when that file exists and
   reportlab can read it (TrueType outlines: Noto Sans CJK's CFF-based collections are
   refused, like its regular face); or
2. an alias of the regular face, ``<name>-FauxBold``: the same font object under a second
   name, so nothing is embedded twice. The text object of the page canvas
   (``text_object_class``) sets text render mode 2 (fill, then stroke) with a stroke of
   ``STROKE`` × the font size in the fill colour whenever it switches to an alias, and mode 0
   when it switches to any other font. Because the mode follows the font of each fragment,
   it holds across line and page breaks and never leaks into the next run; every paragraph
   is drawn inside its own saved graphics state, which restores the line width.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

FAUX_BOLD_SUFFIX = "-FauxBold"
"""The suffix of a faux-bold alias's font name."""
STROKE = 0.03
"""The stroke width as a share of the font size: about the weight difference of a bold face."""
_SIBLINGS = (
    (re.compile(r"(?i)regular(\.tt[cf])$"), r"Bold\1"),
    (re.compile(r"(?i)^(msyh|malgun|simsun|msgothic)(\.tt[cf])$"), r"\1bd\2"),
    (re.compile(r"(?i)^(NanumGothic|NanumMyeongjo|TakaoPGothic)(\.tt[cf])$"), r"\1Bold\2"),
)
_faux: set[str] = set()


def bold_siblings(path: str) -> list[str]:
    """The files next to ``path`` that would be its bold face, by the usual naming."""
    file = Path(path)
    found = []
    for pattern, replacement in _SIBLINGS:
        name, count = pattern.subn(replacement, file.name)
        if count:
            found.append(str(file.with_name(name)))
    return found


def bold_face(name: str, path: str, font: Any) -> str:
    """The font name bold text in the fallback font ``name`` (loaded from ``path``) is set
    in: its bold sibling, registered as ``<name>-Bold``, or a faux-bold alias of ``font``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for sibling in bold_siblings(path):
        if not Path(sibling).is_file():
            continue
        try:
            bold = TTFont(f"{name}-Bold", sibling, subfontIndex=0)
        except Exception:
            continue
        pdfmetrics.registerFont(bold)
        return str(bold.fontName)
    alias = f"{name}{FAUX_BOLD_SUFFIX}"
    fonts: dict[str, Any] = getattr(pdfmetrics, "_fonts")  # noqa: B009 (no public alias API)
    fonts[alias] = font  # the same face under a second name: embedded once
    _faux.add(alias)
    return alias


def is_faux_bold(font_name: str | None) -> bool:
    """Whether ``font_name`` is a faux-bold alias."""
    return font_name in _faux


@functools.lru_cache(maxsize=1)
def text_object_class() -> type[Any]:
    """reportlab's text object, stroking the glyphs of faux-bold aliases."""
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfgen.textobject import PDFTextObject

    parent: Any = PDFTextObject  # its state (_code, _textRenderMode, …) is not in the stubs

    class FauxBoldText(parent):  # type: ignore[misc]
        """Switches text render mode with the font: 2 (fill and stroke) for an alias."""

        def _embolden(self, font_name: str, size: float) -> None:
            if is_faux_bold(font_name):
                fill = getattr(self, "_fillColorObj", None) or self._canvas._fillColorObj
                self.setStrokeColor(fill)
                self._code.append(f"{fp_str(size * STROKE)} w")
                self.setTextRenderMode(2)
            elif self._textRenderMode == 2:
                self.setTextRenderMode(0)

        def _setFont(self, psfontname: str, size: float) -> None:
            super()._setFont(psfontname, size)
            self._embolden(psfontname, size)

        def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
            super().setFont(psfontname, size, leading)
            self._embolden(psfontname, size)

        def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
            super().setFillColor(aColor, alpha)
            if self._textRenderMode == 2:  # the stroke keeps the colour of the text
                self.setStrokeColor(self._fillColorObj)

    return FauxBoldText
