"""Before anything is laid out: can the fonts draw every character of the release?

A missing glyph must never become a box or a gap on the page, so the whole release is
checked up front and every unprintable character is reported with the fields it is in.
Right-to-left text is refused too: without a bidi library reportlab prints it reversed.
The CJK font is only looked for (and parsed) when the body font is not enough.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from pressrelease.errors import RenderError
from pressrelease.inline import Emphasis, Span, Text
from pressrelease.renderers._shared.fields import inline_fields, text_fields
from pressrelease.renderers.pdf.fonts import (
    ADD_FONT_HINT,
    BODY_FAMILY,
    CjkFont,
    Fonts,
    body_coverage,
    discover_cjk,
    italic_faces,
    kind,
    load_cjk,
)

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
    body = body_coverage()
    if needs_italic(release):
        italic_faces()
    fields = drawn_fields(release)
    outside: set[str] = set()
    rtl: list[str] = []
    for path, text in fields:
        if not text.isascii():
            chars = set(text)
            outside.update(c for c in chars.difference(body) if kind(c) == "glyph")
            if any(unicodedata.bidirectional(c) in ("R", "AL") for c in chars):
                rtl.append(path)
    if rtl:
        raise RenderError(_rtl_message(rtl))
    if not outside:
        return Fonts(body)
    cjk = load_cjk(options.cjk_font) if options.cjk_font else discover_cjk()
    missing = outside if cjk is None else outside.difference(cjk.covered)
    if missing:
        raise RenderError(_message(missing, fields, cjk))
    return Fonts(body, cjk)


def _rtl_message(paths: list[str]) -> str:
    where = ", ".join(paths[:_MAX_PATHS])
    if len(paths) > _MAX_PATHS:
        where += f" and {len(paths) - _MAX_PATHS} more fields"
    return (
        f"right-to-left text (Hebrew, Arabic, …) in {where}: the PDF library lays text out "
        "left to right only, so it would print these words in reverse order. Publish this "
        "release as DOCX, EPUB or HTML, which handle right-to-left text."
    )


def needs_italic(release: PressRelease) -> bool:
    """Whether anything is set in italic: the subheadlines or any emphasis."""
    return bool(release.subheadlines) or any(
        _emphasis(text.spans) for _, text in inline_fields(release)
    )


def _emphasis(spans: tuple[Span, ...]) -> bool:
    return any(
        isinstance(span, Emphasis) or (not isinstance(span, Text) and _emphasis(span.children))
        for span in spans
    )


def _message(missing: set[str], fields: list[tuple[str, str]], cjk: CjkFont | None) -> str:
    if cjk is not None:
        fonts = f"{BODY_FAMILY} (bundled) and {cjk.path}"
    else:
        fonts = f"{BODY_FAMILY} (bundled); no CJK TrueType font was found on this system"
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
    lines.append(ADD_FONT_HINT)
    return "\n".join(lines)
