"""Plain-text wire copy: UTF-8, LF line ends, wrapped at 72 columns by default."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pressrelease.document import compose
from pressrelease.locale import writes_without_spaces
from pressrelease.renderers._shared.wire import paragraphs

if TYPE_CHECKING:
    from pressrelease.document import Document
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions


class TextRenderer:
    """Wire-ready plain text."""

    name: ClassVar[str] = "txt"
    extension: ClassVar[str] = "txt"
    media_type: ClassVar[str] = "text/plain; charset=utf-8"
    description: ClassVar[str] = "Plain-text wire copy, wrapped at 72 columns"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        return wire_text(
            compose(release, options.timestamp, options.media), options.text_width
        ).encode("utf-8")


def wire_text(document: Document, columns: int = 72) -> str:
    """The whole release as wire copy: paragraphs separated by a blank line."""
    unspaced = writes_without_spaces(document.release.language)
    text = paragraphs(document.parts, columns, unspaced)
    return "\n\n".join("\n".join(lines) for lines in text) + "\n"
