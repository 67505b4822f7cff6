"""One self-contained HTML5 page: the release in the body of an e-mail, or on a newsroom.

Journalists want the text in the message itself, not only as an attachment. Mail clients
drop ``<link>``, scripts and often ``<style>``, so every element also carries its styles
inline, fonts are the ones every system has, and nothing is fetched from elsewhere. The
only script is the schema.org ``NewsArticle`` data block (JSON-LD), which never runs.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, ClassVar

from pressrelease.document import compose
from pressrelease.renderers._shared.direction import text_direction
from pressrelease.renderers._shared.escaping import escape_attr, escape_text
from pressrelease.renderers._shared.styles import FONT, release_styles, structure_styles
from pressrelease.renderers._shared.tree import serialize
from pressrelease.renderers._shared.xhtml import build

if TYPE_CHECKING:
    from pressrelease.document import Document
    from pressrelease.media import MediaImage
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions

STYLES: dict[str, str] = {
    "article": (
        f"max-width:40em;margin:0 auto;padding:16px;font-family:{FONT};"
        "font-size:16px;line-height:1.5;color:#1a1a1a;background-color:#ffffff"
    ),
    **release_styles("section.disclaimer"),
}
IMAGE_STYLES: dict[str, str] = {
    "img": "max-width:100%;height:auto;border:0",
    "p.logo": "margin:0 0 1em 0",
    "figure": "margin:0 0 1.2em 0",
    "figcaption": "font-size:14px;color:#333333;margin:0.3em 0 0 0",
}
"""Added to the page's styles only when it shows an image (a page without any is unchanged)."""
_EXTRA_CSS = (
    "body{margin:0;padding:0;background-color:#ffffff}"
    "@media (max-width:480px){h1{font-size:22px!important}table{font-size:13px!important}}"
)


class HtmlRenderer:
    """A self-contained HTML5 page with inline styles and embedded JSON-LD."""

    name: ClassVar[str] = "html"
    extension: ClassVar[str] = "html"
    media_type: ClassVar[str] = "text/html; charset=utf-8"
    description: ClassVar[str] = "Self-contained HTML5 page for an e-mail body or a newsroom"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        document = compose(release, options.timestamp, options.media, options.translations)
        return render_html(document).encode("utf-8")


def stylesheet(styles: dict[str, str] = STYLES) -> str:
    """The inline styles once more as a ``<style>`` sheet, for clients that keep it."""
    rules = "".join(f"{selector}{{{css}}}" for selector, css in styles.items())
    return _EXTRA_CSS + rules


def json_ld(document: Document) -> str:
    """The NewsArticle as script text: ``<``, ``>`` and ``&`` as JSON escapes, so no text
    can close the script element (or open a comment) and the data stays the same."""
    from pressrelease.renderers._shared.schema_org import news_article

    text = json.dumps(news_article(document), ensure_ascii=False, sort_keys=True, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def data_uri(image: MediaImage) -> str:
    """The web-size image inside the page itself: a page is one self-contained file."""
    import base64

    encoded = base64.b64encode(image.web.data).decode("ascii")
    return f"data:{image.web.media_type};base64,{encoded}"


def render_html(document: Document) -> str:
    """The whole page."""
    release = document.release
    built = build(document, data_uri)
    shows_images = document.logo is not None or bool(document.images)
    styles = {**STYLES, **IMAGE_STYLES} if shows_images else STYLES
    styles = {**styles, **structure_styles(document.parts)}
    root = f' lang="{escape_attr(release.language)}"'
    if text_direction(release.language) == "rtl":
        root += ' dir="rtl"'
    alternates = "".join(
        f'<link rel="alternate" hreflang="{escape_attr(other.language)}" '
        f'href="../{escape_attr(other.language)}/{escape_attr(other.slug)}.html">\n'
        for other in document.translations
    )
    keywords = ""
    if release.keywords:
        keywords = f'<meta name="keywords" content="{escape_attr(", ".join(release.keywords))}">\n'
    return (
        f"<!DOCTYPE html>\n<html{root}>\n<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape_text(release.headline)}</title>\n"
        f'<meta name="author" content="{escape_attr(document.words.issuers)}">\n'
        f"{keywords}{alternates}"
        f"<style>{stylesheet(styles)}</style>\n"
        f'<script type="application/ld+json">\n{json_ld(document)}\n</script>\n'
        '</head>\n<body style="margin:0;padding:0;background-color:#ffffff">\n'
        f"{serialize(built.article, xhtml=False, styles=styles)}"
        "</body>\n</html>\n"
    )
