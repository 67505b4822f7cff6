"""What a page's head says about the release: its ``<title>`` (a headline when the page has
no ``h1``), ``lang``, keywords, its author (``<meta name="author">``, the organisations its
JSON-LD names as ``author``), and the date it was published (from ``<meta>``, JSON-LD
``datePublished`` or the first ``<time datetime>``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
        elif key == "author":
            meta.set_author(content)
        elif key in ("article:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date"):
            meta.set_date(content)
    for script in document.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            found = json.loads(script.text or "")
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's stack
            continue
        items = found.get("@graph", [found]) if isinstance(found, dict) else found
        for item in items if isinstance(items, list) else [items]:  # "@graph": 5, null, {…}
            if isinstance(item, dict) and "datePublished" in item:  # the article
                if meta.date is None:
                    meta.set_date(item["datePublished"])
                if not meta.organisations:
                    meta.organisations = organisations(item.get("author"))
                break
    if meta.date is None:
        for time in document.iter("time"):
            meta.set_date(time.get("datetime"))
            if meta.date is not None:
                break
    return meta


def organisations(author: object) -> list[dict[str, Any]]:
    """schema.org ``author`` organisations as issuer fields: ``name``, ``url`` as
    ``website``, each ``tickerSymbol`` (``"OSE NWE"``) as a listing; people are left out."""
    found: list[dict[str, Any]] = []
    for item in author if isinstance(author, list) else [author]:
        if not isinstance(item, dict):
            continue
        name = item.get("name")
        if item.get("@type") not in ("Organization", "Corporation") or not isinstance(name, str):
            continue
        issuer: dict[str, Any] = {"name": " ".join(name.split())}
        if isinstance(url := item.get("url"), str) and url.startswith(("https://", "http://")):
            issuer["website"] = url
        symbols = item.get("tickerSymbol")
        listed: set[tuple[str, str]] = set()  # a symbol given twice is one listing
        for symbol in symbols if isinstance(symbols, list) else [symbols]:
            if isinstance(symbol, str) and len(symbol.split()) >= 2:
                exchange, code = symbol.strip().rsplit(None, 1)
                if (exchange, code) not in listed:
                    listed.add((exchange, code))
                    listing = {"exchange": exchange, "symbol": code}
                    issuer.setdefault("listings", []).append(listing)
        found.append(issuer)
    return found
