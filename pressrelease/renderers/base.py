"""What a renderer is, and the options every renderer receives.

A renderer is a pure function of (release, options) -> bytes: no files, no clock, no
environment. Everything it may need from outside (a reference document's bytes, the
build timestamp) arrives in ``RenderOptions``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, ClassVar, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from pressrelease.model import PressRelease

Paper = Literal["a4", "letter"]


@dataclass(frozen=True)
class RenderOptions:
    """Options shared by all renderers; plugins read their own from ``extra``."""

    text_width: int = 72
    """Wrap plain text at this many columns; 0 turns wrapping off."""
    paper: Paper = "a4"
    """Page size for paged formats."""
    more_marks: bool = False
    """Print the newsroom "- more -" at the foot of every page but the last."""
    docx_reference: bytes | None = None
    """A .docx whose styles and page setup the DOCX output takes (like pandoc's reference-doc)."""
    cjk_font: str | None = None
    """Path of a TrueType font for CJK text in PDF output; found on the system when unset."""
    timestamp: dt.datetime | None = None
    """Fixed build time (e.g. from SOURCE_DATE_EPOCH); default: derived from the release."""
    extra: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Free-form options for plugin renderers (``-O name=value`` on the command line)."""
    timeout: float = 120.0
    """Seconds a plugin renderer (run in a child process) may take before it is stopped; a
    release in a batch on several cores gets (formats + 1) times this long (``--timeout``)."""


@runtime_checkable
class Renderer(Protocol):
    """A format: metadata as class variables and a pure ``render``."""

    name: ClassVar[str]
    """Registry key and --format value, e.g. "docx"."""
    extension: ClassVar[str]
    """File extension without the dot."""
    media_type: ClassVar[str]
    """IANA media type of the output."""
    description: ClassVar[str]
    """One line for ``pressrelease formats``."""

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        """Return the release in this format."""
        ...
