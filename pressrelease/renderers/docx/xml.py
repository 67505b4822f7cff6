"""Namespaces and escaping for WordprocessingML written as text.

The body is built as strings, not through python-docx's object layer: that is what keeps a
render under ten milliseconds. Every piece of user text passes through ``text`` or ``attr``:
the XML escaping the EPUB and HTML renderers use, so there is one implementation to get right.
"""

from __future__ import annotations

from pressrelease.renderers._shared.escaping import escape_attr as attr
from pressrelease.renderers._shared.escaping import escape_text as text

__all__ = ["CT", "DECLARATION", "NS", "PKG_RELS", "RT", "R", "W", "attr", "text", "w"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument."
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS = f'xmlns:w="{W}" xmlns:r="{R}"'


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute, for lxml."""
    return f"{{{W}}}{tag}"
