"""The library's verbs: render a release in a format."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.registry import get_renderer
from pressrelease.renderers.base import RenderOptions

if TYPE_CHECKING:
    from pressrelease.model import PressRelease


def render(
    release: PressRelease, format: str = "txt", options: RenderOptions | None = None
) -> bytes:
    """The release as bytes of the named format (any installed renderer)."""
    return get_renderer(format).render(release, options or RenderOptions())
