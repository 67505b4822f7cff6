"""The HTML body of the e-mail: the shared parts tree inside a layout mail clients render.

Outlook for Windows draws HTML with Word's engine: no ``max-width``, no flexbox, little
CSS beyond what sits on each element. So the release sits in a centred 600-pixel
``<table role="presentation">`` (the screen reader announces no table; phones narrow it to
their width, Outlook holds it at 600 pixels through a conditional comment), every element
carries its styles inline, sectioning elements Word does not know become ``<div>``, and
nothing is fetched from elsewhere: no scripts, no stylesheets, no fonts, and images (the
logo, photos) only as inline parts of the message itself (``cid:``).

The words and their order come from ``_shared.xhtml.build``, like the HTML page's; only
the wrapper and the styles are the e-mail's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.renderers._shared.direction import text_direction
from pressrelease.renderers._shared.escaping import escape_attr, escape_text
from pressrelease.renderers._shared.styles import FONT, release_styles, structure_styles
from pressrelease.renderers._shared.tree import Element, Node, serialize
from pressrelease.renderers._shared.xhtml import build

if TYPE_CHECKING:
    from pressrelease.document import Document
    from pressrelease.renderers._shared.xhtml import ImageSource

WIDTH = 600
"""The width of the message in pixels: what every mail client shows without scrolling."""

_TEXT = f"font-family:{FONT};font-size:16px;line-height:1.5;color:#1a1a1a"
STYLES: dict[str, str] = {
    **release_styles("div.disclaimer"),
    "h1": "font-size:24px;line-height:1.25;margin:0 0 0.4em 0;font-weight:bold",
    "img": "display:block;max-width:100%;height:auto;border:0;outline:none;text-decoration:none",
    "p.logo": "margin:0 0 1em 0",
    "figure": "margin:0 0 1.2em 0",
    "figcaption": "font-size:14px;color:#333333;margin:0.3em 0 0 0",
}
"""Inline styles by ``tag`` or ``tag.class``, written on every element (``tree.serialize``)."""
IMAGE_WIDTH = WIDTH - 48
"""The widest an image is drawn: the column less its padding (Outlook for Windows ignores
``max-width`` and takes the ``width`` attribute)."""

# Outlook for Windows ignores max-width: in its conditional comments (which every other
# client skips) the column is held to WIDTH pixels, while phones narrow the inner table.
_OUTLOOK_OPEN = (
    "<!--[if mso]>"
    f'<table role="presentation" width="{WIDTH}" align="center" cellpadding="0" '
    'cellspacing="0" border="0"><tr><td>'
    "<![endif]-->\n"
)
_OUTLOOK_CLOSE = "<!--[if mso]></td></tr></table><![endif]-->\n"

_AS_DIV = frozenset({"article", "header", "section", "nav", "footer"})


def for_mail(node: Node) -> Node:
    """The tree with HTML5 sectioning elements as ``<div>`` (class and id kept), which
    every mail client lays out as a block."""
    if isinstance(node, str):
        return node
    if node.tag == "img":
        return _fitted(node)
    tag = "div" if node.tag in _AS_DIV else node.tag
    return Element(tag, node.attrs, tuple(for_mail(child) for child in node.children))


def _fitted(image: Element) -> Element:
    """An image no wider than the column, in its attributes (what Outlook obeys)."""
    attrs = dict(image.attrs)
    width, height = int(attrs.get("width", "0")), int(attrs.get("height", "0"))
    if width > IMAGE_WIDTH and height:
        attrs["width"], attrs["height"] = str(IMAGE_WIDTH), str(height * IMAGE_WIDTH // width)
    return Element("img", tuple(attrs.items()), image.children)


def render_body(document: Document, source: ImageSource | None = None) -> str:
    """The whole HTML document of the e-mail's text/html part; ``source`` names each image
    (``cid:…``, the inline parts of the message)."""
    release = document.release
    language = escape_attr(release.language)
    direction = ' dir="rtl"' if text_direction(release.language) == "rtl" else ""
    styles = {**STYLES, **structure_styles(document.parts)}
    article = serialize(for_mail(build(document, source).article), xhtml=False, styles=styles)
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"{direction}>\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="x-apple-disable-message-reformatting">\n'
        f"<title>{escape_text(release.headline)}</title>\n"
        "</head>\n"
        '<body style="margin:0;padding:0;background-color:#f2f2f2">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'style="border-collapse:collapse;background-color:#f2f2f2">\n'
        '<tr><td align="center" style="padding:16px 8px">\n'
        f"{_OUTLOOK_OPEN}"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'align="center" style="border-collapse:collapse;width:100%;max-width:{WIDTH}px;'
        'background-color:#ffffff">\n'
        f'<tr><td lang="{language}"{direction} style="padding:24px;{_TEXT}">\n'
        f"{article}"
        "</td></tr>\n</table>\n"
        f"{_OUTLOOK_CLOSE}"
        "</td></tr>\n</table>\n"
        "</body>\n</html>\n"
    )
