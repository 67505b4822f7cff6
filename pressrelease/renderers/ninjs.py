"""IPTC ninjs 3.1 (News in JSON): the release as news agencies and newsroom systems ingest it.

The output validates against the official ninjs 3.1 JSON Schema (tests/schemas/). Fields
are documented in docs/ninjs.md. The body comes twice, as IPTC's own examples do: plain
text worded exactly like the wire copy, and XHTML that keeps links and emphasis. ninjs has
no place for a press contact as such, so the contacts become ``infoSources``: parties
that "supplied the content or provided some information", each with its e-mail,
telephone and web address as ``contactInfo``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar
from urllib.parse import quote

from pressrelease.document import Assets, Contacts, TimingLine, compose, utc_stamp
from pressrelease.locale import writes_without_spaces
from pressrelease.model import Quote
from pressrelease.renderers._shared.metadata import JsonObject, dumps, slug_urn, urn, without_none
from pressrelease.renderers._shared.tree import serialize
from pressrelease.renderers._shared.wire import body_text
from pressrelease.renderers._shared.xhtml import nodes

if TYPE_CHECKING:
    from pressrelease.document import AssetItem, ContactCard, Document
    from pressrelease.model import Asset, Issuer, PressRelease
    from pressrelease.renderers.base import RenderOptions

NINJS_VERSION = "3.1"
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
GENRE_PRESS_RELEASE: JsonObject = {
    "name": "Press Release",
    "uri": "http://cv.iptc.org/newscodes/genre/Press_Release",
}
"""IPTC Genre NewsCodes: "promotional material or information provided to a news organisation"."""


def ninjs_item(document: Document) -> JsonObject:
    """The release as a ninjs 3.1 news item, ready for ``json.dumps``."""
    release = document.release
    created = utc_stamp(document.moment)
    body = body_text(document.body, writes_without_spaces(release.language))
    item: JsonObject = {
        "uri": urn(release),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        "slugline": release.slug,
        "firstCreated": created,
        "versionCreated": created,
        "pubStatus": "usable",
        "language": release.language,
        "genres": [dict(GENRE_PRESS_RELEASE)],
        "headlines": [
            {"role": "main", "value": release.headline},
            *({"role": "subhead", "value": sub} for sub in release.subheadlines),
        ],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/plain",
                "value": body,
                "charCount": len(body),
                "wordCount": len(body.split()),
            },
            {
                "role": "richtext",
                "contentType": "application/xhtml+xml",
                "value": _body_xhtml(document),
            },
        ],
        "by": document.words.issuers,
        "located": document.words.located,
        "organisations": [_issuer(issuer) for issuer in release.issuers],
    }
    if release.embargo is not None:
        item["embargoedUntil"] = release.embargo.until.isoformat()
        item["edNote"] = next(
            (p.text for p in document.parts if isinstance(p, TimingLine)),
            release.embargo.until.isoformat(),
        )
    people = _quoted_people(release)
    if people:
        item["people"] = people
    if release.keywords:
        item["subjects"] = [{"name": keyword} for keyword in release.keywords]
    cards = [card for part in document.parts if isinstance(part, Contacts) for card in part.cards]
    if cards:
        item["infoSources"] = [_info_source(card) for card in cards]
    associations: list[JsonObject] = [
        {
            "name": f"translation-{translation.language}",
            "rel": "translation",
            "uri": slug_urn(translation.slug),
            "language": translation.language,
        }
        for translation in document.translations
    ]
    items = [item for part in document.parts if isinstance(part, Assets) for item in part.items]
    if items:
        associations += [
            _association(release, number, asset, shown)
            for number, (asset, shown) in enumerate(
                zip(release.assets, items, strict=True), start=1
            )
        ]
    if associations:
        item["associations"] = associations
    return item


def _association(release: PressRelease, number: int, asset: Asset, shown: AssetItem) -> JsonObject:
    """An offered asset; an image read with the release has its original and web-size
    renditions (their names in the distribution pack as titles, sizes in pixels)."""
    image = shown.image
    renditions: list[JsonObject] = []
    if image is not None:
        for name, rendition, where in (
            ("original", image.original, image.pack_name),
            ("web", image.web, image.web_name),
        ):
            renditions.append(
                without_none(
                    {
                        "name": name,
                        "href": asset.url if name == "original" else None,
                        "title": where,
                        "contentType": rendition.media_type,
                        "width": rendition.width,
                        "height": rendition.height,
                        "sizeInBytes": len(rendition.data),
                    }
                )
            )
    elif asset.url:
        renditions.append({"name": "original", "href": asset.url})
    descriptions = [{"role": "caption", "value": asset.caption}] if asset.caption else []
    if asset.alt:
        descriptions.append({"role": "alt", "value": asset.alt})
    uri = asset.url or f"{urn(release)}:media:{quote(asset.file or str(number))}"
    return without_none(
        {
            "name": f"asset-{number}",
            "rel": "asset",
            "uri": uri,
            "type": "picture" if image is not None else None,
            "title": asset.title,
            "by": asset.credit,
            "descriptions": descriptions or None,
            "renditions": renditions or None,
        }
    )


class NinjsRenderer:
    """IPTC ninjs 3.1 news item."""

    name: ClassVar[str] = "ninjs"
    extension: ClassVar[str] = "ninjs.json"
    media_type: ClassVar[str] = "application/json"
    description: ClassVar[str] = "IPTC ninjs 3.1 news item (News in JSON) for agencies and CMSs"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        document = compose(release, options.timestamp, options.media, options.translations)
        return dumps(ninjs_item(document)).encode("utf-8")


def _body_xhtml(document: Document) -> str:
    """The same body as XHTML elements (links and emphasis kept), drawn by the tree the EPUB
    and HTML renderers use; the head (timing, headline) is left to ninjs fields."""
    return "".join(serialize(node, xhtml=True) for node in nodes(document.body)).strip()


def _issuer(issuer: Issuer) -> JsonObject:
    """An issuing organisation (each of a joint release's), with its web site and tickers."""
    return without_none(
        {
            "name": issuer.name,
            "rel": "issuer",
            "uri": issuer.website,
            "symbols": [
                {"exchange": listing.exchange, "symbol": listing.symbol}
                for listing in issuer.listings
            ]
            or None,
        }
    )


def _quoted_people(release: PressRelease) -> list[JsonObject]:
    """Everyone quoted, once each, in order of appearance."""
    seen: dict[str, JsonObject] = {}
    for block in release.body:
        if isinstance(block, Quote) and block.speaker.name not in seen:
            seen[block.speaker.name] = {"name": block.speaker.name, "rel": "quoted"}
    return list(seen.values())


def _info_source(card: ContactCard) -> JsonObject:
    channels = (("email", card.email), ("phone", card.phone), ("web", card.url))
    methods = [{"type": kind, "value": value} for kind, value in channels if value]
    return without_none({"name": card.who, "role": card.label, "contactInfo": methods or None})
