"""What a renderer is, and the options every renderer receives.

A renderer is a pure function of (release, options) -> bytes: no files, no clock, no
environment. Everything it may need from outside (a reference document's bytes, the
build timestamp) arrives in ``RenderOptions``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, TypeVar, runtime_checkable

from pressrelease.errors import InputError
from pressrelease.media import NO_MEDIA, Media

if TYPE_CHECKING:
    from pydantic import BaseModel

    from pressrelease.document import Translation
    from pressrelease.model import PressRelease

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")
"""The page sizes paged formats know."""
MAX_TEXT_WIDTH = 1000
"""The widest ``text_width`` accepted, in columns."""

_Options = TypeVar("_Options", bound="BaseModel")


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
    """The older name of one ``font_fallback`` font (``--cjk-font``), tried after them."""
    font_fallback: tuple[str, ...] = ()
    """Paths of TrueType fonts for the characters the PDF's body font lacks, tried in order
    before the bundled DejaVu Sans and the CJK and emoji fonts found on the system."""
    timestamp: dt.datetime | None = None
    """Fixed build time (e.g. from SOURCE_DATE_EPOCH); default: derived from the release."""
    extra: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Free-form options for plugin renderers (``-O name=value`` on the command line); a
    renderer that declares an ``Options`` model reads ``format_options`` instead."""
    timeout: float = 120.0
    """Seconds a plugin renderer (run in a child process) may take before it is stopped; a
    release in a batch on several cores gets (formats + 1) times this long (``--timeout``)."""
    format_options: Mapping[str, Mapping[str, Any]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    """Each format's own options by format name (``-O pdf.key=value``), checked against the
    renderer's ``Options`` model; a renderer reads them with ``options.of(name, Options)``."""
    use: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Formats the user chose to have drawn by another renderer (``--use pdf=corp-pdf``)."""
    translations: tuple[Translation, ...] = ()
    """The release's other languages in the same pack (set by ``build_group_pack``): HTML,
    JSON-LD and ninjs link them."""
    media: Media = NO_MEDIA
    """The release's logo and photo files, read and checked at load time
    (``pressrelease.media.read_media``): renderers embed them, the pack ships them."""

    def __post_init__(self) -> None:
        """Refuse options no renderer can honour, with a message naming the option."""
        width = self.text_width
        if isinstance(width, bool) or not isinstance(width, int):
            raise InputError(f"text_width must be a whole number of columns, not {width!r}")
        if not 0 <= width <= MAX_TEXT_WIDTH:
            raise InputError(
                f"text_width must be 0 (no wrapping) or a number of columns up to "
                f"{MAX_TEXT_WIDTH}, not {width}"
            )
        if self.paper not in PAPERS:
            raise InputError(
                f"paper {self.paper!r} is not a known paper size; use one of: {', '.join(PAPERS)}"
            )
        if self.timestamp is not None:
            if not isinstance(self.timestamp, dt.datetime):
                raise InputError(f"timestamp must be a datetime, not {self.timestamp!r}")
            if self.timestamp.utcoffset() is None:
                raise InputError(
                    f"timestamp {self.timestamp.isoformat()} has no time zone, so the output "
                    "would depend on the machine's; give it one (e.g. tzinfo=datetime.timezone.utc)"
                )
        if isinstance(self.timeout, bool) or not isinstance(self.timeout, (int, float)):
            raise InputError(f"timeout must be a number of seconds, not {self.timeout!r}")
        if not (self.timeout > 0 and math.isfinite(self.timeout)):
            raise InputError(f"timeout must be a positive number of seconds, not {self.timeout}")
        if isinstance(self.font_fallback, str) or not all(
            isinstance(path, str) for path in self.font_fallback
        ):
            raise InputError(f"font_fallback must be a tuple of paths, not {self.font_fallback!r}")
        if self.docx_reference is not None and not isinstance(self.docx_reference, bytes):
            raise InputError("docx_reference must be the bytes of a .docx document")
        for name, value in self.extra.items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise InputError(f"extra options are text: {name!r}={value!r}")
        if not isinstance(self.media, Media):
            raise InputError("media must be a pressrelease.media.Media (read_media)")
        for name, value in self.use.items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise InputError(f"use: format names are text: {name!r}={value!r}")

    def of(self, name: str, model: type[_Options]) -> _Options:
        """Format ``name``'s own options, validated into its ``Options`` model.

        ``InputError`` names each bad option as it is written on the command line
        (``-O name.key``)."""
        from pydantic import ValidationError

        try:
            return model.model_validate(dict(self.format_options.get(name, {})))
        except ValidationError as exc:
            raise InputError(options_problems(name, exc)) from None


def options_problems(name: str, exc: Exception) -> str:
    """A pydantic error of a format's options as lines naming ``-O name.key``."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError):
        return f"-O {name}.…: {exc}"
    lines = []
    for error in exc.errors(include_url=False):
        key = ".".join(str(part) for part in error["loc"]) or "…"
        if error["type"] == "extra_forbidden":
            lines.append(f"-O {name}.{key}: {name} has no such option")
        elif error["type"] == "missing":
            lines.append(f"-O {name}.{key}: this option is required")
        else:
            message = str(error["msg"]).removeprefix("Value error, ")
            lines.append(f"-O {name}.{key}: {message} (found {error.get('input')!r})")
    return "\n".join(lines)


def options_model(renderer: type[Renderer]) -> type[BaseModel] | None:
    """The renderer's ``Options`` model, or None when it declares no options of its own."""
    from pydantic import BaseModel

    model = getattr(renderer, "Options", None)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return model
    return None


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

    # A renderer may also declare ``Options: ClassVar[type[pydantic.BaseModel]]``, the options
    # of its own (``-O name.key=value``): a small model whose fields have defaults and
    # docstrings, ideally with ``extra="forbid"``. A field typed ``bytes`` is a file: the
    # command line reads the file named and passes its bytes. It reads them with
    # ``options.of(self.name, self.Options)``. (Not part of the protocol, so that renderers
    # without options still match it.)

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        """Return the release in this format."""
        ...
