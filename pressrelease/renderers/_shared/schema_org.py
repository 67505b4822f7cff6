"""The release as a schema.org ``NewsArticle`` object: the data the JSON-LD file holds and
the HTML page embeds, built once. Text fields are plain text: inline markup is dropped and a
link's address follows its words, exactly as in the wire copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.document import Assets, Contacts
from pressrelease.locale import writes_without_spaces
from pressrelease.renderers._shared.metadata import (
    JsonObject,
    listing_symbols,
    slug_urn,
    urn,
    without_none,
)
from pressrelease.renderers._shared.wire import body_text

if TYPE_CHECKING:
    from pressrelease.document import AssetItem, ContactCard, Document, Translation
    from pressrelease.model import Asset, Issuer, PressRelease


def news_article(document: Document) -> JsonObject:
    """The release as a schema.org NewsArticle, ready for ``json.dumps``."""
    release = document.release
    issuers = [_issuer(issuer) for issuer in release.issuers]
    publishers = [_publisher(document, issuers[0]), *issuers[1:]]
    data: JsonObject = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "identifier": urn(release),
        "headline": release.headline,
        "genre": "Press Release",
        "datePublished": _published(release),
        "dateline": document.words.dateline,
        "locationCreated": _place(document),
        "articleBody": body_text(document.body, writes_without_spaces(release.language)),
        "inLanguage": release.language,
        "author": _one_or_list(issuers),
        "publisher": _one_or_list(publishers),
        "about": _one_or_list([dict(issuer) for issuer in issuers]),
    }
    if release.subheadlines:
        data["alternativeHeadline"] = list(release.subheadlines)
    originals = [t for t in document.translations if t.original]
    if originals:  # this release translates the group's first
        data["translationOfWork"] = _work(originals[0])
    elif document.translations:
        data["workTranslation"] = [_work(t) for t in document.translations]
    if release.keywords:
        data["keywords"] = list(release.keywords)
    items = [item for part in document.parts if isinstance(part, Assets) for item in part.items]
    images = [
        _image(asset, item) for asset, item in zip(release.assets, items, strict=True) if item.image
    ]
    if images:
        data["image"] = images
    if release.assets:
        data["associatedMedia"] = [
            without_none(
                {
                    "@type": "MediaObject",
                    "contentUrl": asset.url or item.file,
                    "name": asset.title,
                    "description": asset.caption,
                    "creditText": asset.credit,
                }
            )
            for asset, item in zip(release.assets, items, strict=True)
        ]
    return data


def _image(asset: Asset, item: AssetItem) -> JsonObject:
    """A photo as an ImageObject: its hosted address or its name in the distribution pack
    (relative, so it resolves next to the page in the pack), caption, credit and alt text."""
    image = item.image
    assert image is not None
    return without_none(
        {
            "@type": "ImageObject",
            "contentUrl": asset.url or image.pack_name,
            "name": asset.title,
            "caption": asset.caption,
            "creditText": asset.credit,
            "description": asset.alt,
            "encodingFormat": image.original.media_type,
            "width": image.original.width,
            "height": image.original.height,
        }
    )


def _published(release: PressRelease) -> str:
    """The embargo moment with its own UTC offset, else the dateline's date (no invented time)."""
    if release.embargo is not None:
        return release.embargo.until.isoformat()
    return release.dateline.date.isoformat()


def _one_or_list(items: list[JsonObject]) -> JsonObject | list[JsonObject]:
    """One object as itself, several (a joint release's issuers) as a list."""
    return items[0] if len(items) == 1 else items


def _issuer(issuer: Issuer) -> JsonObject:
    """An issuer; a Corporation when listed, since tickerSymbol belongs to Corporation."""
    data: JsonObject = {
        "@type": "Corporation" if issuer.listings else "Organization",
        "name": issuer.name,
    }
    if issuer.website:
        data["url"] = issuer.website
    symbols = listing_symbols(issuer)
    if symbols:
        data["tickerSymbol"] = symbols[0] if len(symbols) == 1 else symbols
    return data


def _publisher(document: Document, issuer: JsonObject) -> JsonObject:
    """The (lead) issuer again, with its logo and the release's contacts as its contact
    points."""
    cards = [card for part in document.parts if isinstance(part, Contacts) for card in part.cards]
    publisher = dict(issuer)
    if document.logo is not None:
        logo = document.logo.original
        publisher["logo"] = {
            "@type": "ImageObject",
            "contentUrl": document.logo.pack_name,
            "encodingFormat": logo.media_type,
            "width": logo.width,
            "height": logo.height,
        }
    if not cards:
        return publisher
    return {**publisher, "contactPoint": [_contact_point(card) for card in cards]}


def _contact_point(card: ContactCard) -> JsonObject:
    return without_none(
        {
            "@type": "ContactPoint",
            "contactType": card.role,
            "name": card.who,
            "email": card.email,
            "telephone": card.phone,
            "url": card.url,
        }
    )


def _place(document: Document) -> JsonObject:
    dateline = document.release.dateline
    address = without_none(
        {
            "@type": "PostalAddress",
            "addressLocality": dateline.city,
            "addressRegion": dateline.region,
            "addressCountry": dateline.country,
        }
    )
    return {"@type": "Place", "name": document.words.located, "address": address}


def _work(translation: Translation) -> JsonObject:
    """Another language's NewsArticle, by its identifier."""
    return {
        "@type": "NewsArticle",
        "identifier": slug_urn(translation.slug),
        "inLanguage": translation.language,
    }
