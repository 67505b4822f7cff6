"""Before anything is laid out: can the fonts draw every character of the release?

A missing glyph must never become a box or a gap on the page, so the whole release is
checked up front and every unprintable character is reported with the fields it is in.
Arabic is checked as it will be drawn: joined into presentation forms. Fallback fonts are
only looked for (and parsed) while characters remain that no earlier font has.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from pressrelease.errors import RenderError
from pressrelease.inline import Emphasis, NoteRef, Span, Text
from pressrelease.renderers._shared.fields import inline_fields, text_fields
from pressrelease.renderers.pdf.fonts import (
    BODY_FAMILY,
    FallbackFont,
    Fonts,
    body_coverage,
    discover_cjk,
    discover_emoji,
    fallback_hint,
    italic_faces,
    kind,
    load_fallback,
    symbol_font,
)
from pressrelease.renderers.pdf.rtl import shape

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions

NOT_DRAWN = frozenset({"slug", "language", "keywords", "kind", "position", "style", "timezone"})
"""Fields that never reach the page (keywords go to the metadata, which is Unicode text)."""
_MAX_CHARS = 20
_MAX_PATHS = 6


def drawn_fields(release: PressRelease) -> list[tuple[str, str]]:
    """``(path, text)`` of every field that may be printed."""
    return [
        (path, text) for path, text in text_fields(release) if _field_name(path) not in NOT_DRAWN
    ]


def _field_name(path: str) -> str:
    """The name in a path such as ``keywords.0`` or ``body.2.text``: keywords, text."""
    return next(part for part in reversed(path.split(".")) if not part.isdigit())


def resolve_fonts(release: PressRelease, options: RenderOptions) -> Fonts:
    """The fonts for this release; RenderError naming every character none of them has."""
    from pressrelease.renderers._shared.direction import text_direction

    body = body_coverage()
    if needs_italic(release):
        italic_faces()
    rtl = text_direction(release.language) == "rtl"
    fields = [(path, shape(text)) for path, text in drawn_fields(release)]
    outside: set[str] = set()
    for _, text in fields:
        if not text.isascii():
            outside.update(c for c in set(text).difference(body) if kind(c) == "glyph")
    if not outside:
        return Fonts(body, rtl=rtl)
    chain: list[FallbackFont] = []
    tried: list[str] = []
    paths = (*options.font_fallback, *([options.cjk_font] if options.cjk_font else []))
    finders: list[Callable[[], FallbackFont | None]] = [
        *(functools.partial(load_fallback, path) for path in paths),
        symbol_font,
        discover_cjk,
        discover_emoji,
    ]
    for find in finders:
        if not outside:
            break
        font = find()
        if font is None:
            continue
        if font.path not in tried:
            tried.append(font.path)
        if font.covered.isdisjoint(outside):
            continue
        chain.append(font)
        outside.difference_update(font.covered)
    if outside:
        raise RenderError(_message(outside, fields, tried))
    return Fonts(body, tuple(chain), rtl=rtl)


def needs_italic(release: PressRelease) -> bool:
    """Whether anything is set in italic: the subheadlines or any emphasis."""
    return bool(release.subheadlines) or any(
        _emphasis(text.spans) for _, text in inline_fields(release)
    )


def _emphasis(spans: tuple[Span, ...]) -> bool:
    return any(
        isinstance(span, Emphasis)
        or (not isinstance(span, (Text, NoteRef)) and _emphasis(span.children))
        for span in spans
    )


def _message(missing: set[str], fields: list[tuple[str, str]], tried: list[str]) -> str:
    fonts = ", ".join([f"{BODY_FAMILY} (bundled)", *tried])
    fonts += "; no other font on this system that the PDF library can use has them"
    chars = sorted(missing)
    lines = [
        f"the PDF cannot show {len(chars)} character{'s' if len(chars) != 1 else ''}: "
        f"no font has a glyph for {'them' if len(chars) != 1 else 'it'} (fonts: {fonts})"
    ]
    for char in chars[:_MAX_CHARS]:
        paths = [path for path, text in fields if char in text]
        where = ", ".join(paths[:_MAX_PATHS])
        if len(paths) > _MAX_PATHS:
            where += f" and {len(paths) - _MAX_PATHS} more fields"
        lines.append(f"  U+{ord(char):04X} {char} in {where}")
    if len(chars) > _MAX_CHARS:
        lines.append(f"  … and {len(chars) - _MAX_CHARS} more characters")
    lines.append(fallback_hint(chars, tried))
    return "\n".join(lines)
