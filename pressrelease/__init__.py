"""pressrelease: write a press release once as typed data, publish it in every format.

Importing this package is cheap: the model, loaders and renderers are imported on first
use, and no format library (python-docx, reportlab, ebooklib) is imported until a
renderer runs. Type checkers see every public name through the explicit re-exports below
(``import X as X`` and the literal ``__all__``), so ``from pressrelease import load`` passes
``mypy --strict`` and pyright's strict mode.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pressrelease._version import __version__ as __version__

if TYPE_CHECKING:
    from pressrelease.api import render as render
    from pressrelease.dumping import dumps as dumps
    from pressrelease.errors import InputError as InputError
    from pressrelease.errors import InvalidReleaseError as InvalidReleaseError
    from pressrelease.errors import OutputError as OutputError
    from pressrelease.errors import PluginError as PluginError
    from pressrelease.errors import PressReleaseError as PressReleaseError
    from pressrelease.errors import Problem as Problem
    from pressrelease.errors import RenderError as RenderError
    from pressrelease.inline import InlineText as InlineText
    from pressrelease.inline import escape_inline as escape_inline
    from pressrelease.loading import load as load
    from pressrelease.loading import loads as loads
    from pressrelease.media import Media as Media
    from pressrelease.media import read_media as read_media
    from pressrelease.model import Asset as Asset
    from pressrelease.model import Block as Block
    from pressrelease.model import BlockQuote as BlockQuote
    from pressrelease.model import Boilerplate as Boilerplate
    from pressrelease.model import BulletList as BulletList
    from pressrelease.model import Contact as Contact
    from pressrelease.model import Dateline as Dateline
    from pressrelease.model import Disclaimer as Disclaimer
    from pressrelease.model import Embargo as Embargo
    from pressrelease.model import Issuer as Issuer
    from pressrelease.model import Listing as Listing
    from pressrelease.model import ListItem as ListItem
    from pressrelease.model import Paragraph as Paragraph
    from pressrelease.model import PressRelease as PressRelease
    from pressrelease.model import Quote as Quote
    from pressrelease.model import Speaker as Speaker
    from pressrelease.model import Subheading as Subheading
    from pressrelease.model import Table as Table
    from pressrelease.pack import build_pack as build_pack
    from pressrelease.pack import write_pack as write_pack
    from pressrelease.pipeline import Rendered as Rendered
    from pressrelease.pipeline import render_all as render_all
    from pressrelease.registry import FormatInfo as FormatInfo
    from pressrelease.registry import available_formats as available_formats
    from pressrelease.registry import get_renderer as get_renderer
    from pressrelease.renderers.base import Renderer as Renderer
    from pressrelease.renderers.base import RenderOptions as RenderOptions

__all__ = [
    "Asset",
    "Block",
    "BlockQuote",
    "Boilerplate",
    "BulletList",
    "Contact",
    "Dateline",
    "Disclaimer",
    "Embargo",
    "FormatInfo",
    "InlineText",
    "InputError",
    "InvalidReleaseError",
    "Issuer",
    "ListItem",
    "Listing",
    "Media",
    "OutputError",
    "Paragraph",
    "PluginError",
    "PressRelease",
    "PressReleaseError",
    "Problem",
    "Quote",
    "RenderError",
    "RenderOptions",
    "Rendered",
    "Renderer",
    "Speaker",
    "Subheading",
    "Table",
    "__version__",
    "available_formats",
    "build_pack",
    "dumps",
    "escape_inline",
    "get_renderer",
    "load",
    "loads",
    "read_media",
    "render",
    "render_all",
    "write_pack",
]

_EXPORTS = {
    "render": "pressrelease.api",
    "dumps": "pressrelease.dumping",
    "InputError": "pressrelease.errors",
    "InvalidReleaseError": "pressrelease.errors",
    "OutputError": "pressrelease.errors",
    "PluginError": "pressrelease.errors",
    "PressReleaseError": "pressrelease.errors",
    "Problem": "pressrelease.errors",
    "RenderError": "pressrelease.errors",
    "InlineText": "pressrelease.inline",
    "escape_inline": "pressrelease.inline",
    "load": "pressrelease.loading",
    "loads": "pressrelease.loading",
    "Media": "pressrelease.media",
    "read_media": "pressrelease.media",
    "Asset": "pressrelease.model",
    "Block": "pressrelease.model",
    "BlockQuote": "pressrelease.model",
    "Boilerplate": "pressrelease.model",
    "BulletList": "pressrelease.model",
    "Contact": "pressrelease.model",
    "Dateline": "pressrelease.model",
    "Disclaimer": "pressrelease.model",
    "Embargo": "pressrelease.model",
    "Issuer": "pressrelease.model",
    "ListItem": "pressrelease.model",
    "Listing": "pressrelease.model",
    "Paragraph": "pressrelease.model",
    "PressRelease": "pressrelease.model",
    "Quote": "pressrelease.model",
    "Speaker": "pressrelease.model",
    "Subheading": "pressrelease.model",
    "Table": "pressrelease.model",
    "build_pack": "pressrelease.pack",
    "write_pack": "pressrelease.pack",
    "Rendered": "pressrelease.pipeline",
    "render_all": "pressrelease.pipeline",
    "FormatInfo": "pressrelease.registry",
    "available_formats": "pressrelease.registry",
    "get_renderer": "pressrelease.registry",
    "Renderer": "pressrelease.renderers.base",
    "RenderOptions": "pressrelease.renderers.base",
}
"""Where each lazily imported public name lives (``tests/test_api.py`` checks that this,
``__all__`` and the ``TYPE_CHECKING`` imports agree)."""


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pressrelease' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
