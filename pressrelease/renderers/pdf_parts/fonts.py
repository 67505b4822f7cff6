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
from dataclasses import dataclass, field
from pathlib import Path
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
def body_coverage() -> frozenset[int]:
    """Register the bundled family once; the code points all four faces can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    covered: frozenset[int] | None = None
    with _lock:
        for name, filename in _FILES.items():
            font = TTFont(name, str(FONT_DIR / filename))
            pdfmetrics.registerFont(font)
            cmap = frozenset(font.face.charToGlyph)
            covered = cmap if covered is None else covered & cmap
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    assert covered is not None
    return covered


@dataclass(frozen=True)
class CjkFont:
    """A registered CJK font: its reportlab name, where it came from, what it covers."""

    name: str
    path: str
    covered: frozenset[int]


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
        loaded = CjkFont(name, path, frozenset(font.face.charToGlyph))
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
        if any(code in font.covered for code in _CJK_PROBES):
            return font
    return None


def kind(char: str) -> str:
    """ "space" and "invisible" characters are no glyph problem; others need a glyph."""
    category = unicodedata.category(char)
    if category == "Cc" or category[0] == "Z":
        return "space"
    if category == "Cf":
        return "invisible"
    return "glyph"


@dataclass(frozen=True)
class Fonts:
    """The fonts of one render: turns text into escaped markup, switching font per character."""

    body: frozenset[int]
    cjk: CjkFont | None = None
    _memo: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def draws(self, char: str) -> bool:
        """Whether some font of this render has a glyph for ``char``."""
        code = ord(char)
        return code in self.body or (self.cjk is not None and code in self.cjk.covered)

    def markup(self, text: str) -> str:
        """``text`` escaped for reportlab's paragraph markup, CJK runs in the CJK font.

        Spaces and controls no font has become a plain space; invisible format characters
        no font has (zero-width space, soft hyphen, …) are left out; anything else that no
        font can draw raises RenderError (the up-front check should have caught it).
        """
        if text.isascii():
            return escape(text)
        memo = self._memo.get(text)
        if memo is not None:
            return memo
        out: list[str] = []
        run: list[str] = []
        run_font: str | None = None
        for char in text:
            code = ord(char)
            font: str | None = None
            if code == 0xAD:  # a soft hyphen is invisible unless a line breaks there
                continue
            if code not in self.body:
                if self.cjk is not None and code in self.cjk.covered:
                    font = self.cjk.name
                elif kind(char) == "space":
                    char = " "
                elif kind(char) == "invisible":
                    continue
                else:
                    raise RenderError(f"no font can draw U+{code:04X} {char!r}. {ADD_FONT_HINT}")
            if font != run_font and run:
                out.append(_run(run, run_font))
                run = []
            run_font = font
            run.append(char)
        if run:
            out.append(_run(run, run_font))
        result = "".join(out)
        self._memo[text] = result
        return result

    def has_cjk(self, text: str) -> bool:
        """Whether ``text`` needs the CJK font (and so CJK line breaking)."""
        if self.cjk is None or text.isascii():
            return False
        return any(ord(c) not in self.body and ord(c) in self.cjk.covered for c in text)


def _run(chars: list[str], font: str | None) -> str:
    text = escape("".join(chars))
    return f'<font name="{font}">{text}</font>' if font else text
