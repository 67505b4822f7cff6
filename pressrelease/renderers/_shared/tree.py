"""A small (X)HTML element tree and its serialiser, for every format that writes markup.

User text only ever becomes a ``str`` child or an attribute value, and the serialiser
escapes both, so nothing a release says can become markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Union

from pressrelease.renderers._shared.direction import RTL_CHARS
from pressrelease.renderers._shared.escaping import escape_attr, escape_text

Node = Union["Element", str]

VOID = frozenset({"br", "meta", "link", "img"})
# Line breaks after these tags keep the source readable; they fall where whitespace is inert.
_OPEN_NEWLINE = frozenset({"html", "head", "body", "article", "header", "section", "nav"}) | {
    *("ul", "ol", "table", "thead", "tbody", "tr", "footer", "blockquote")
}
_CLOSE_NEWLINE = _OPEN_NEWLINE | {"p", "h1", "h2", "h3", "li", "th", "td", "caption", "address"}
_CLOSE_NEWLINE |= {"title"}
_CLOSE_NEWLINE |= {"figure", "figcaption"}


@dataclass(frozen=True, slots=True)
class Element:
    """An element: tag, attributes in output order, children (elements or text)."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    children: tuple[Node, ...] = ()


def el(tag: str, attrs: Mapping[str, str] | None = None, *children: Node) -> Element:
    """Shorthand for an element."""
    return Element(tag, tuple(attrs.items()) if attrs else (), children)


def serialize(node: Node, *, xhtml: bool, styles: Mapping[str, str] | None = None) -> str:
    """Markup for ``node``. XHTML adds ``xml:lang`` to ``lang`` and closes void elements.

    ``styles`` maps ``tag`` or ``tag.class`` to CSS declarations written as inline
    ``style`` attributes, which survive mail clients that drop ``<style>`` blocks.
    """
    out: list[str] = []
    _write(node, out, xhtml, styles or {})
    return "".join(out)


_BLOCKS = frozenset({"p", "li", "td", "th", "h1", "h2", "h3", "caption", "address"})


def _plain(node: Node) -> str:
    return node if isinstance(node, str) else "".join(_plain(c) for c in node.children)


def _write(node: Node, out: list[str], xhtml: bool, styles: Mapping[str, str]) -> None:
    if isinstance(node, str):
        out.append(escape_text(node))
        return
    tag = node.tag
    out.append("<" + tag)
    if tag in _BLOCKS and RTL_CHARS.search(_plain(node)):
        out.append(' dir="auto"')  # a Hebrew or Arabic paragraph reads right to left
    css = ""
    for name, value in node.attrs:
        out.append(f' {name}="{escape_attr(value)}"')
        if name == "lang" and xhtml:
            out.append(f' xml:lang="{escape_attr(value)}"')
        elif name == "class" and styles:
            css = styles.get(f"{tag}.{value}", "")
    if styles:
        css = ";".join(part for part in (styles.get(tag, ""), css) if part)
        if css:
            out.append(f' style="{escape_attr(css)}"')
    if tag in VOID:
        out.append("/>" if xhtml else ">")
        if tag == "br":
            out.append("\n")
        return
    out.append(">\n" if tag in _OPEN_NEWLINE else ">")
    for child in node.children:
        _write(child, out, xhtml, styles)
    out.append(f"</{tag}>\n" if tag in _CLOSE_NEWLINE else f"</{tag}>")
