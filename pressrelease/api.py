"""The library's verbs: render a release in a format."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.pipeline import render_one

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions


def render(
    release: PressRelease, format: str = "txt", options: RenderOptions | None = None
) -> bytes:
    """The release as bytes of the named format (any installed renderer).

    Goes through the same crash wrapper as ``build`` and ``pack``: a failure is a
    ``RenderError`` naming the format (and the package at fault when it is a bug).
    """
    return render_one(release, format, options)
