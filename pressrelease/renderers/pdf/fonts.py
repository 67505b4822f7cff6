"""The PDF's fonts: the bundled Liberation Sans family, a chain of fallback TrueType fonts
for the characters it lacks, and which characters each can draw.

The fallback chain, in order: the fonts given with ``--font-fallback`` (``--cjk-font``), the
bundled DejaVu Sans (symbols, arrows, Arabic, Hebrew, some emoji), an installed CJK font,
an installed TrueType-outline emoji or symbol font. Each character is drawn in the first font
of the body font and the chain that has it; fonts later in the chain are only looked for
when the earlier ones leave characters undrawn.

reportlab's 14 standard fonts silently draw boxes for anything outside Windows-1252, so only
embedded TrueType fonts are used. Fonts are parsed and registered once per process (reportlab's
font registry is global); reading font files is the only I/O the PDF renderer does.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressrelease.errors import RenderError
from pressrelease.renderers._shared.escaping import escape_text
from pressrelease.renderers.pdf.rtl import has_rtl, shape

FONT_DIR = Path(__file__).resolve().parent / "fontfiles"
BODY_FAMILY = "Liberation Sans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    "PressRelease-Sans",
    "PressRelease-Sans-Bold",
    "PressRelease-Sans-Italic",
    "PressRelease-Sans-BoldItalic",
)
SYMBOL_FAMILY = "DejaVu Sans"
SYMBOLS, SYMBOLS_BOLD = "PressRelease-Symbols", "PressRelease-Symbols-Bold"
_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
    SYMBOLS: "DejaVuSans.ttf",
    SYMBOLS_BOLD: "DejaVuSans-Bold.ttf",
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
"""TrueType-outline CJK fonts looked for, in order, when the release needs one."""
_CJK_PROBES = (0x4E2D, 0x3042, 0xAC00)  # 中, あ, 가: a CJK font has at least one

EMOJI_CANDIDATES = (
    "/usr/share/fonts/truetype/noto/NotoEmoji-Regular.ttf",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola.ttf",
    "/usr/share/fonts/truetype/symbola/Symbola.ttf",
    "C:/Windows/Fonts/seguiemj.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
)
"""TrueType-outline emoji and symbol fonts looked for last. Colour emoji fonts made of
bitmaps (Noto Color Emoji, Apple Color Emoji) cannot be used by the PDF library."""
_EMOJI_PROBES = (0x1F600, 0x1F680, 0x2764)

ADD_FONT_HINT = (
    "Give a TrueType-outline font (.ttf/.ttc; not a CFF-based .otf, not a bitmap colour emoji "
    "font such as Noto Color Emoji, which the PDF library cannot use) that has them with "
    "--font-fallback FILE (RenderOptions.font_fallback); or remove the characters."
)
_CJK_HINT = (
    " For Chinese, Japanese or Korean: `apt-get install fonts-wqy-zenhei`, then "
    "--font-fallback /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc."
)
_EMOJI_HINT = (
    " For emoji: `apt-get install fonts-symbola` (then found by itself), or --font-fallback "
    "with another monochrome outline emoji font such as Noto Emoji (NotoEmoji-Regular.ttf)."
)


def fallback_hint(missing: Iterable[str], in_use: Iterable[str] = ()) -> str:
    """The fix for characters no font has: a font that could have them, never one already
    in use (``in_use``: paths of the fonts tried)."""
    chars = list(missing)
    used = set(in_use)
    hint = ADD_FONT_HINT
    cjk = any(unicodedata.east_asian_width(c) in ("W", "F") and ord(c) < 0x1F000 for c in chars)
    if cjk and "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc" not in used:
        hint += _CJK_HINT
    if any(ord(c) >= 0x1F000 or unicodedata.category(c) == "So" for c in chars):
        hint += _EMOJI_HINT
    return hint


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

    _utf16_to_unicode_maps()
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
def _utf16_to_unicode_maps() -> None:
    """Make reportlab write characters beyond U+FFFF (emoji) into a font's ToUnicode map as
    UTF-16 surrogate pairs, as the PDF format requires; it writes ``<1F600>``, which readers
    reject, so an emoji drawn correctly could not be copied or extracted. Characters up to
    U+FFFF are written exactly as before."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap: str = original(fontname, subset)
        for code, value in enumerate(subset):
            if value > 0xFFFF:
                high, low = divmod(value - 0x10000, 0x400)
                cmap = cmap.replace(
                    f"<{code:02X}> <{value:04X}>",
                    f"<{code:02X}> <{0xD800 + high:04X}{0xDC00 + low:04X}>",
                )
        return cmap

    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


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
class FallbackFont:
    """A registered fallback font: its reportlab name, where it came from, what it covers."""

    name: str
    path: str
    covered: frozenset[str]


CjkFont = FallbackFont
"""The older name: a CJK font is one fallback font."""

_fallbacks: dict[str, FallbackFont] = {}


def load_fallback(path: str) -> FallbackFont:
    """Register the TrueType font at ``path`` (first face of a collection) once per process."""
    with _lock:
        known = _fallbacks.get(path)
        if known is not None:
            return known
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        name = f"PressRelease-Fallback-{len(_fallbacks) + 1}"
        if not Path(path).is_file():
            raise RenderError(
                f"the fallback font {path!r} does not exist (given with --font-fallback)"
            )
        try:
            font = TTFont(name, path, subfontIndex=0)
        except Exception as exc:  # reportlab raises TTFError, OSError, struct.error, …
            raise RenderError(
                f"the fallback font {path!r} cannot be used: {exc}. It must be a TrueType "
                "font (.ttf or .ttc with TrueType outlines); CFF-based .otf fonts such as Noto "
                "Sans CJK .otf and bitmap colour emoji fonts such as Noto Color Emoji are not "
                "supported by the PDF library."
            ) from None
        pdfmetrics.registerFont(font)
        from pressrelease.renderers.pdf.boldface import bold_face

        _one_face_for_all_styles(name, bold_face(name, path, font))
        loaded = FallbackFont(name, path, frozenset(map(chr, font.face.charToGlyph)))
        _fallbacks[path] = loaded
        return loaded


load_cjk = load_fallback


def _one_face_for_all_styles(name: str, bold: str) -> None:
    """Bold text in ``bold``, everything else in ``name``: fallback fonts rarely come with
    italic faces (and CJK fonts rarely with bold)."""
    from reportlab.lib.fonts import addMapping

    addMapping(name, 0, 0, name)
    addMapping(name, 1, 0, bold)
    addMapping(name, 0, 1, name)
    addMapping(name, 1, 1, bold)


@functools.lru_cache(maxsize=1)
def symbol_font() -> FallbackFont:
    """The bundled DejaVu Sans (regular and bold), registered once: what it and its bold face
    both draw."""
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        faces = [_bundled_face(name) for name in (SYMBOLS, SYMBOLS_BOLD)]
        for face in faces:
            pdfmetrics.registerFont(face)
        _one_face_for_all_styles(SYMBOLS, SYMBOLS_BOLD)
    covered = frozenset(faces[0].face.charToGlyph).intersection(faces[1].face.charToGlyph)
    return FallbackFont(SYMBOLS, f"{SYMBOL_FAMILY} (bundled)", frozenset(map(chr, covered)))


def _bundled_face(name: str) -> Any:
    """A bundled face as a reportlab font."""
    return _fast_font_class()(name, str(FONT_DIR / _FILES[name]), asciiReadable=1)


def _discover(candidates: tuple[str, ...], probes: tuple[int, ...]) -> FallbackFont | None:
    for candidate in candidates:
        if not Path(candidate).is_file():
            continue
        try:
            font = load_fallback(candidate)
        except RenderError:
            continue
        if any(chr(code) in font.covered for code in probes):
            return font
    return None


@functools.lru_cache(maxsize=1)
def discover_cjk() -> FallbackFont | None:
    """The first usable CJK TrueType font among the usual system places, or None."""
    return _discover(CJK_CANDIDATES, _CJK_PROBES)


@functools.lru_cache(maxsize=1)
def discover_emoji() -> FallbackFont | None:
    """The first usable TrueType-outline emoji font among the usual system places, or None."""
    return _discover(EMOJI_CANDIDATES, _EMOJI_PROBES)


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
    fallbacks: tuple[FallbackFont, ...] = ()
    rtl: bool = False
    """The release is written right to left: every paragraph is set right to left."""

    @property
    def cjk(self) -> FallbackFont | None:
        """The first fallback font with CJK characters, if any."""
        return next(
            (f for f in self.fallbacks if any(chr(c) in f.covered for c in _CJK_PROBES)), None
        )

    def font_of(self, char: str) -> str | None:
        """The fallback font that draws ``char`` (None: the body font or none)."""
        return next((f.name for f in self.fallbacks if char in f.covered), None)

    def markup(self, text: str) -> str:
        """``text`` escaped for reportlab's paragraph markup, runs of characters the body font
        lacks in the first fallback font that has them; Arabic joined (``rtl.shape``).

        Spaces and controls no font has become a plain space; invisible format characters
        no font has (zero-width joiner, BOM, …) and soft hyphens are left out; anything else
        that no font can draw raises RenderError (the up-front check should have caught it).
        """
        if text.isascii():
            return escape_text(text)
        text = shape(text)
        if self.body.issuperset(text) and "\xad" not in text:
            return escape_text(text)
        out: list[str] = []
        run: list[str] = []
        run_font: str | None = None
        # Spaces between right-to-left words stay in their font: a text extractor reads a
        # right-to-left run back to front only while it is not cut by another font.
        keep_spaces = has_rtl(text)
        for char in text:
            font: str | None = None
            if char == "\xad":  # a soft hyphen is invisible unless a line breaks there
                continue
            if keep_spaces and char == " " and run_font is not None:
                font = run_font
            elif char not in self.body:
                font = self.font_of(char)
                if font is not None:
                    pass
                elif kind(char) == "space":
                    char = " "
                elif kind(char) == "invisible":
                    continue
                else:
                    raise RenderError(
                        f"no font can draw U+{ord(char):04X} {char!r}. {fallback_hint(char)}"
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
        cjk = self.cjk
        if cjk is None or text.isascii():
            return False
        return any(c not in self.body and self.font_of(c) == cjk.name for c in text)


_TAGS = re.compile(r'<b>|</b>|<font name="[^"]+">[^<]*</font>')


def embolden(markup: str, bold: bool) -> str:
    """``markup`` with the fallback-font runs inside bold text marked bold as well.

    reportlab's ``<font name>`` resets a run to the font's regular face, so a fallback run in
    a bold style or inside ``<b>`` would be set regular; an inner ``<b>`` picks the font's
    bold face (DejaVu Sans Bold; a fallback font without one keeps its only face)."""
    if "<font" not in markup:
        return markup
    depth = 1 if bold else 0
    out: list[str] = []
    last = 0
    for match in _TAGS.finditer(markup):
        tag = match.group()
        out.append(markup[last : match.start()])
        last = match.end()
        if tag == "<b>":
            depth += 1
        elif tag == "</b>":
            depth -= 1
        elif depth > 0:
            start = tag.index(">") + 1
            tag = f"{tag[:start]}<b>{tag[start:-7]}</b></font>"
        out.append(tag)
    out.append(markup[last:])
    return "".join(out)


def _run(chars: list[str], font: str | None) -> str:
    text = escape_text("".join(chars))
    return f'<font name="{font}">{text}</font>' if font else text
