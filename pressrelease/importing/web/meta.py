"""What a page's head says about the release: its ``<title>`` (a headline when the page has
no ``h1``), ``lang``, keywords, and the date it was published (from ``<meta>``, JSON-LD
``datePublished`` or the first ``<time datetime>``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.importing.rich import Meta, collapse

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def page_meta(document: HtmlElement) -> Meta:
    """The page's title, language, keywords and date, each where it states them."""
    import json

    meta = Meta(collapse(document.findtext(".//title") or "").strip(), "the page's <title>")
    meta.set_language(
        document.get("lang") or document.get("{http://www.w3.org/XML/1998/namespace}lang")
    )
    for element in document.iter("meta"):
        key = (element.get("name") or element.get("property") or "").lower()
        content = element.get("content")
        if key == "keywords":
            meta.set_keywords(content)
        elif key in ("article:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date"):
            meta.set_date(content)
    for script in document.iter("script"):
        if meta.date is None and (script.get("type") or "").lower() == "application/ld+json":
            try:
                found = json.loads(script.text or "")
            except ValueError:
                continue
            for item in (
                found
                if isinstance(found, list)
                else found.get("@graph", [found])
                if isinstance(found, dict)
                else []
            ):
                if isinstance(item, dict) and "datePublished" in item:
                    meta.set_date(item["datePublished"])
                    break
    if meta.date is None:
        for time in document.iter("time"):
            meta.set_date(time.get("datetime"))
            if meta.date is not None:
                break
    return meta
