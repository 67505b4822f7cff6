"""Fallback fonts on the system: where the usual CJK and emoji fonts are installed, how to
tell one is usable, and what to tell a user whose text no font can draw.

Only TrueType-outline fonts qualify (reportlab refuses CFF-based .otf files and cannot draw
bitmap colour emoji). Each place is looked at once per process, and only when the release
has characters no earlier font of the chain draws.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from pressrelease.errors import RenderError
from pressrelease.renderers.pdf.faces import FallbackFont, load_fallback

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
CJK_PROBES = (0x4E2D, 0x3042, 0xAC00)  # 中, あ, 가: a CJK font has at least one

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
    return _discover(CJK_CANDIDATES, CJK_PROBES)


@functools.lru_cache(maxsize=1)
def discover_emoji() -> FallbackFont | None:
    """The first usable TrueType-outline emoji font among the usual system places, or None."""
    return _discover(EMOJI_CANDIDATES, _EMOJI_PROBES)
