"""The release as a schema.org ``NewsArticle`` object: the data the JSON-LD file holds and
the HTML page embeds, built once. Text fields are plain text: inline markup is dropped and a
link's address follows its words, exactly as in the wire copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.renderers import article, wording
from pressrelease.renderers.article import JsonObject, without_none

if TYPE_CHECKING:
    from pressrelease.model import Contact, PressRelease
    from pressrelease.renderers.base import RenderOptions


def news_article(release: PressRelease, options: RenderOptions) -> JsonObject:
    """The release as a schema.org NewsArticle, ready for ``json.dumps``."""
    issuer = _issuer(release)
    data: JsonObject = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "identifier": article.urn(release),
        "headline": release.headline,
        "genre": "Press Release",
        "datePublished": _published(release),
        "dateline": wording.dateline_text(release.dateline),
        "locationCreated": _place(release),
        "articleBody": article.body_text(release),
        "inLanguage": release.language,
        "author": dict(issuer),
        "publisher": _publisher(release, issuer),
        "about": dict(issuer),
    }
    if release.subheadlines:
        data["alternativeHeadline"] = list(release.subheadlines)
    if release.keywords:
        data["keywords"] = list(release.keywords)
    if release.assets:
        data["associatedMedia"] = [
            without_none(
                {
                    "@type": "MediaObject",
                    "contentUrl": asset.url,
                    "name": asset.title,
                    "description": asset.caption,
                    "creditText": asset.credit,
                }
            )
            for asset in release.assets
        ]
    return data


def _published(release: PressRelease) -> str:
    """The embargo moment with its own UTC offset, else the dateline's date (no invented time)."""
    if release.embargo is not None:
        return release.embargo.until.isoformat()
    return release.dateline.date.isoformat()


def _issuer(release: PressRelease) -> JsonObject:
    """The issuer; a Corporation when listed, since tickerSymbol belongs to Corporation."""
    issuer = release.issuer
    data: JsonObject = {
        "@type": "Corporation" if issuer.listings else "Organization",
        "name": issuer.name,
    }
    if issuer.website:
        data["url"] = issuer.website
    symbols = article.listing_symbols(issuer)
    if symbols:
        data["tickerSymbol"] = symbols[0] if len(symbols) == 1 else symbols
    return data


def _publisher(release: PressRelease, issuer: JsonObject) -> JsonObject:
    """The issuer again, with the release's contacts as its contact points."""
    if not release.contacts:
        return dict(issuer)
    return {**issuer, "contactPoint": [_contact_point(c) for c in release.contacts]}


def _contact_point(contact: Contact) -> JsonObject:
    who = ", ".join(p for p in (contact.name, contact.organization) if p) or None
    return without_none(
        {
            "@type": "ContactPoint",
            "contactType": contact.role,
            "name": who,
            "email": contact.email,
            "telephone": contact.phone,
            "url": contact.url,
        }
    )


def _place(release: PressRelease) -> JsonObject:
    dateline = release.dateline
    address = without_none(
        {
            "@type": "PostalAddress",
            "addressLocality": dateline.city,
            "addressRegion": dateline.region,
            "addressCountry": dateline.country,
        }
    )
    return {"@type": "Place", "name": article.located(release), "address": address}
