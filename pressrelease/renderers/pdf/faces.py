"""Every font the PDF embeds, registered with reportlab once per process.

The bundled Liberation Sans family is the body font, the bundled DejaVu Sans the first
fallback; any other TrueType file (given with ``--font-fallback`` or found on the system) is
registered under a name of its own. reportlab's font registry is global, so registration
happens under one lock and each font is parsed once; reading font files is the only I/O the
PDF renderer does.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressrelease.errors import RenderError
from pressrelease.renderers.pdf.ttfont import fast_font_class, utf16_to_unicode_maps

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

    utf16_to_unicode_maps()
    with _lock:
        regular = fast_font_class()(REGULAR, str(FONT_DIR / _FILES[REGULAR]), asciiReadable=1)
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(
            fast_font_class()(BOLD, str(FONT_DIR / _FILES[BOLD]), asciiReadable=1)
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
                fast_font_class()(name, str(FONT_DIR / _FILES[name]), asciiReadable=1)
            )


def face_file(name: str) -> Path:
    """The bundled file of a face (REGULAR, BOLD, ITALIC or BOLD_ITALIC)."""
    return FONT_DIR / _FILES[name]


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
    return fast_font_class()(name, str(FONT_DIR / _FILES[name]), asciiReadable=1)
