"""The PDF's fonts for one render: which font draws each character, as reportlab markup.

The fallback chain, in order: the fonts given with ``--font-fallback`` (``--cjk-font``), the
bundled DejaVu Sans (symbols, arrows, Arabic, Hebrew, some emoji), an installed CJK font,
an installed TrueType-outline emoji or symbol font. Each character is drawn in the first font
of the body font and the chain that has it; fonts later in the chain are only looked for
when the earlier ones leave characters undrawn.

reportlab's 14 standard fonts silently draw boxes for anything outside Windows-1252, so only
embedded TrueType fonts are used. Registering them with reportlab is ``faces``' job, finding
them on the system ``discovery``'s; the names both define are re-exported here, where the
renderer and its tests have always imported them from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pressrelease.errors import RenderError
from pressrelease.renderers._shared.escaping import escape_text
from pressrelease.renderers.pdf.discovery import (
    ADD_FONT_HINT,
    CJK_CANDIDATES,
    CJK_PROBES,
    EMOJI_CANDIDATES,
    discover_cjk,
    discover_emoji,
    fallback_hint,
)
from pressrelease.renderers.pdf.faces import (
    BODY_FAMILY,
    BOLD,
    BOLD_ITALIC,
    FONT_DIR,
    ITALIC,
    REGULAR,
    SYMBOL_FAMILY,
    SYMBOLS,
    SYMBOLS_BOLD,
    CjkFont,
    FallbackFont,
    body_coverage,
    face_file,
    italic_faces,
    load_cjk,
    load_fallback,
    symbol_font,
)
from pressrelease.renderers.pdf.rtl import has_rtl, shape

__all__ = [
    "ADD_FONT_HINT",
    "BODY_FAMILY",
    "BOLD",
    "BOLD_ITALIC",
    "CJK_CANDIDATES",
    "EMOJI_CANDIDATES",
    "FONT_DIR",
    "ITALIC",
    "REGULAR",
    "SYMBOLS",
    "SYMBOLS_BOLD",
    "SYMBOL_FAMILY",
    "CjkFont",
    "FallbackFont",
    "Fonts",
    "body_coverage",
    "discover_cjk",
    "discover_emoji",
    "embolden",
    "face_file",
    "fallback_hint",
    "italic_faces",
    "kind",
    "load_cjk",
    "load_fallback",
    "symbol_font",
]


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
            (f for f in self.fallbacks if any(chr(c) in f.covered for c in CJK_PROBES)), None
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
