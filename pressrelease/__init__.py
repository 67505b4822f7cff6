"""pressrelease: write a press release once as typed data, publish it in every format.

Importing this package is cheap: the model, loaders and renderers are imported on first
use, and no format library (python-docx, reportlab, ebooklib) is imported until a
renderer runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pressrelease._version import __version__

if TYPE_CHECKING:
    from pressrelease.api import render
    from pressrelease.errors import (
        InputError,
        InvalidReleaseError,
        PluginError,
        PressReleaseError,
        Problem,
        RenderError,
    )
    from pressrelease.inline import InlineText, escape_inline
    from pressrelease.loading import load, loads
    from pressrelease.model import (
        Asset,
        Boilerplate,
        BulletList,
        Contact,
        Dateline,
        Disclaimer,
        Embargo,
        Issuer,
        Listing,
        Paragraph,
        PressRelease,
        Quote,
        Speaker,
        Subheading,
        Table,
    )
    from pressrelease.registry import FormatInfo, available_formats, get_renderer
    from pressrelease.renderers.base import Renderer, RenderOptions

_EXPORTS = {
    "render": "pressrelease.api",
    "InputError": "pressrelease.errors",
    "InvalidReleaseError": "pressrelease.errors",
    "PluginError": "pressrelease.errors",
    "PressReleaseError": "pressrelease.errors",
    "Problem": "pressrelease.errors",
    "RenderError": "pressrelease.errors",
    "InlineText": "pressrelease.inline",
    "escape_inline": "pressrelease.inline",
    "load": "pressrelease.loading",
    "loads": "pressrelease.loading",
    "Asset": "pressrelease.model",
    "Boilerplate": "pressrelease.model",
    "BulletList": "pressrelease.model",
    "Contact": "pressrelease.model",
    "Dateline": "pressrelease.model",
    "Disclaimer": "pressrelease.model",
    "Embargo": "pressrelease.model",
    "Issuer": "pressrelease.model",
    "Listing": "pressrelease.model",
    "Paragraph": "pressrelease.model",
    "PressRelease": "pressrelease.model",
    "Quote": "pressrelease.model",
    "Speaker": "pressrelease.model",
    "Subheading": "pressrelease.model",
    "Table": "pressrelease.model",
    "FormatInfo": "pressrelease.registry",
    "available_formats": "pressrelease.registry",
    "get_renderer": "pressrelease.registry",
    "Renderer": "pressrelease.renderers.base",
    "RenderOptions": "pressrelease.renderers.base",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pressrelease' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
