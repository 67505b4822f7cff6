"""What on a page is not the release: elements that hold no text (scripts, styles, media,
forms), hidden elements (an e-mail's preview text), and a site's chrome by its role or class
(navigation, share buttons, breadcrumbs, related stories, cookie banners)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

SKIP = frozenset(
    """script style nav footer aside form noscript template svg iframe button head title meta
    link img video audio canvas select input textarea object embed picture source map
    """.split()  # noqa: SIM905
)
"""Elements never read, with everything inside them."""
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|breadcrumbs?|related|cookies?|consent|subscribe|"
    r"newsletter|comments?|sidebar|menu|navbar|nav|advert|ads|promo|preheader|skip-link)"
    r"(?:$|[\s_-])",
    re.I,
)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0", re.I)


def hidden(element: HtmlElement) -> bool:
    """Not part of the release: hidden (an e-mail's preview text), or a page's chrome by
    its role or class (share buttons, breadcrumbs, related stories, cookie banners)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if _NONE.search(element.get("style") or ""):
        return True
    if (element.get("role") or "") in _CHROME_ROLES:
        return True
    names = element.get("class") or ""  # not the id: ours come from headings' words
    return (
        bool(names)
        and element.tag in ("div", "section", "ul", "ol", "p", "span")
        and bool(_CHROME.search(names))
    )
