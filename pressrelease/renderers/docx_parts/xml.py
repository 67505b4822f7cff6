"""Namespaces and escaping for WordprocessingML written as text.

The body is built as strings, not through python-docx's object layer: that is what keeps a
render under ten milliseconds. Every piece of user text passes through ``text`` or ``attr``.
"""

from __future__ import annotations

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


def text(value: str) -> str:
    """Escape character data; ``]]>`` cannot survive because ``>`` is escaped too."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(value: str) -> str:
    """Escape an attribute value written between double quotes."""
    return text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
