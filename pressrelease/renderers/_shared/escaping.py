"""Escaping user text for XML and HTML, and encoding link addresses: one implementation for
every markup format (XHTML in EPUB and ninjs, HTML, WordprocessingML in DOCX)."""

from __future__ import annotations

import re
from urllib.parse import quote

_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def href(address: str) -> str:
    """An address safe in an href: spaces, quotes, stray ``%`` and a second ``#`` %-encoded."""
    address = _BARE_PERCENT.sub("%25", address)
    base, hash_, fragment = address.partition("#")
    return quote(base, safe=_URL_SAFE) + hash_ + quote(fragment, safe=_URL_SAFE.replace("#", ""))


def escape_text(text: str) -> str:
    """Text content: &, < and > escaped (so ``]]>`` cannot end anything either)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    """An attribute value in double quotes; tabs and line breaks as character references,
    which XML would otherwise normalise to spaces."""
    return escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
