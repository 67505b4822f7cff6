"""The PDF's fonts: the bundled Liberation Sans family, an optional CJK TrueType font, and
which characters each can draw.

reportlab's 14 standard fonts silently draw boxes for anything outside Windows-1252, so only
embedded TrueType fonts are used. Fonts are parsed and registered once per process (reportlab's
font registry is global); reading font files is the only I/O the PDF renderer does.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pressrelease.errors import RenderError

FONT_DIR = Path(__file__).resolve().parent / "fontfiles"
BODY_FAMILY = "Liberation Sans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    "PressRelease-Sans",
    "PressRelease-Sans-Bold",
    "PressRelease-Sans-Italic",
    "PressRelease-Sans-BoldItalic",
)
_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}

CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
    "C:/Windows/Fonts/malgun.ttf",
)
"""TrueType-outline CJK fonts looked for, in order, when no --cjk-font is given."""
_CJK_PROBES = (0x4E2D, 0x3042, 0xAC00)  # 中, あ, 가: a CJK font has at least one

ADD_FONT_HINT = (
    "Give a TrueType (.ttf/.ttc, not CFF .otf) font that has them with --cjk-font FILE "
    "(RenderOptions.cjk_font), e.g. after `apt-get install fonts-wqy-zenhei`: "
    "--cjk-font /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc; or remove the characters."
)

_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def body_coverage() -> frozenset[str]:
    """Register the upright faces once; the characters the bundled family can draw.

    The four Liberation Sans faces map the same characters (a test checks it), so the
    regular face's map stands for all; the italic faces are parsed only when a release
    uses them (``italic_faces``): each face costs ~8 ms of process start.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        regular = _fast_font_class()(REGULAR, str(FONT_DIR / _FILES[REGULAR]), asciiReadable=1)
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(
            _fast_font_class()(BOLD, str(FONT_DIR / _FILES[BOLD]), asciiReadable=1)
        )
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return frozenset(map(chr, regular.face.charToGlyph))


@functools.lru_cache(maxsize=1)
def italic_faces() -> None:
    """Register the italic and bold italic faces, once."""
    from reportlab.pdfbase import pdfmetrics

    body_coverage()
    with _lock:
        for name in (ITALIC, BOLD_ITALIC):
            pdfmetrics.registerFont(
                _fast_font_class()(name, str(FONT_DIR / _FILES[name]), asciiReadable=1)
            )


def face_file(name: str) -> Path:
    """The bundled file of a face (REGULAR, BOLD, ITALIC or BOLD_ITALIC)."""
    return FONT_DIR / _FILES[name]


@functools.lru_cache(maxsize=1)
def _fast_font_class() -> Any:
    """reportlab's TTFont with a fast path for text whose characters are already encoded.

    reportlab encodes every drawn string into subset codes with a Python loop per character
    (~2 ms a render). Once each character has its code in this document, the string is a
    list lookup away; the first sighting of a character still takes reportlab's own path.
    """
    from reportlab.pdfbase.ttfonts import TTFont

    class FastTTFont(TTFont):
        def splitString(
            self, text: str | bytes, doc: Any, encoding: str = "utf-8"
        ) -> list[tuple[int, bytes]]:
            state: Any = self.state.get(doc)
            if state is not None and isinstance(text, str) and text:
                assignments = state.assignments
                try:
                    codes = [assignments[code] for code in map(ord, text)]
                except KeyError:  # a new character (or NBSP, which reportlab maps to space)
                    pass
                else:
                    if max(codes) < 256:
                        return [(0, bytes(codes))]
            result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
            return result

    return FastTTFont


@dataclass(frozen=True)
class CjkFont:
    """A registered CJK font: its reportlab name, where it came from, what it covers."""

    name: str
    path: str
    covered: frozenset[str]


_cjk_fonts: dict[str, CjkFont] = {}


def load_cjk(path: str) -> CjkFont:
    """Register the TrueType font at ``path`` (first face of a collection) once per process."""
    with _lock:
        known = _cjk_fonts.get(path)
        if known is not None:
            return known
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        name = f"PressRelease-CJK-{len(_cjk_fonts) + 1}"
        if not Path(path).is_file():
            raise RenderError(f"the CJK font {path!r} does not exist (given with --cjk-font)")
        try:
            font = TTFont(name, path, subfontIndex=0)
        except Exception as exc:  # reportlab raises TTFError, OSError, struct.error, …
            raise RenderError(
                f"the CJK font {path!r} cannot be used: {exc}. It must be a TrueType font "
                "(.ttf or .ttc with TrueType outlines); CFF-based .otf fonts such as Noto Sans "
                "CJK .otf are not supported by the PDF library."
            ) from None
        pdfmetrics.registerFont(font)
        # One face for every style: CJK fonts rarely come with bold and italic.
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, name)
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 1, name)
        loaded = CjkFont(name, path, frozenset(map(chr, font.face.charToGlyph)))
        _cjk_fonts[path] = loaded
        return loaded


@functools.lru_cache(maxsize=1)
def discover_cjk() -> CjkFont | None:
    """The first usable CJK TrueType font among the usual system places, or None."""
    for candidate in CJK_CANDIDATES:
        if not Path(candidate).is_file():
            continue
        try:
            font = load_cjk(candidate)
        except RenderError:
            continue
        if any(chr(code) in font.covered for code in _CJK_PROBES):
            return font
    return None


def kind(char: str) -> str:
    """Classify a character: a "space" or an "invisible" one is no glyph problem, a "glyph"
    one must be in some font."""
    category = unicodedata.category(char)
    if category == "Cc" or category[0] == "Z":
        return "space"
    if category == "Cf":
        return "invisible"
    return "glyph"


@dataclass(frozen=True)
class Fonts:
    """The fonts of one render: turns text into escaped markup, switching font per character."""

    body: frozenset[str]
    cjk: CjkFont | None = None

    def markup(self, text: str) -> str:
        """``text`` escaped for reportlab's paragraph markup, CJK runs in the CJK font.

        Spaces and controls no font has become a plain space; invisible format characters
        no font has (zero-width joiner, BOM, …) and soft hyphens are left out; anything else
        that no font can draw raises RenderError (the up-front check should have caught it).
        """
        if text.isascii() or (self.body.issuperset(text) and "\xad" not in text):
            return escape(text)
        out: list[str] = []
        run: list[str] = []
        run_font: str | None = None
        for char in text:
            font: str | None = None
            if char == "\xad":  # a soft hyphen is invisible unless a line breaks there
                continue
            if char not in self.body:
                if self.cjk is not None and char in self.cjk.covered:
                    font = self.cjk.name
                elif kind(char) == "space":
                    char = " "
                elif kind(char) == "invisible":
                    continue
                else:
                    raise RenderError(
                        f"no font can draw U+{ord(char):04X} {char!r}. {ADD_FONT_HINT}"
                    )
            if font != run_font and run:
                out.append(_run(run, run_font))
                run = []
            run_font = font
            run.append(char)
        if run:
            out.append(_run(run, run_font))
        return "".join(out)

    def has_cjk(self, text: str) -> bool:
        """Whether ``text`` needs the CJK font (and so CJK line breaking)."""
        if self.cjk is None or text.isascii():
            return False
        return any(c not in self.body and c in self.cjk.covered for c in text)


def _run(chars: list[str], font: str | None) -> str:
    text = escape("".join(chars))
    return f'<font name="{font}">{text}</font>' if font else text
