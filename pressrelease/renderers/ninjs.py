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

from pressrelease.model import Quote
from pressrelease.renderers import article, markup, wording
from pressrelease.renderers._shared.tree import Element, serialize
from pressrelease.renderers.article import JsonObject, dumps, without_none

if TYPE_CHECKING:
    from pressrelease.model import Contact, PressRelease
    from pressrelease.renderers.base import RenderOptions

NINJS_VERSION = "3.1"
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
GENRE_PRESS_RELEASE: JsonObject = {
    "name": "Press Release",
    "uri": "http://cv.iptc.org/newscodes/genre/Press_Release",
}
"""IPTC Genre NewsCodes: "promotional material or information provided to a news organisation"."""


def ninjs_item(release: PressRelease, options: RenderOptions) -> JsonObject:
    """The release as a ninjs 3.1 news item, ready for ``json.dumps``."""
    created = _utc(wording.release_time(release, options))
    body = article.body_text(release)
    item: JsonObject = {
        "uri": article.urn(release),
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
                "value": _body_xhtml(release),
            },
        ],
        "by": release.issuer.name,
        "located": article.located(release),
        "organisations": [_issuer(release)],
    }
    if release.embargo is not None:
        item["embargoedUntil"] = release.embargo.until.isoformat()
        item["edNote"] = wording.timing_line(release)
    people = _quoted_people(release)
    if people:
        item["people"] = people
    if release.keywords:
        item["subjects"] = [{"name": keyword} for keyword in release.keywords]
    if release.contacts:
        item["infoSources"] = [_info_source(contact) for contact in release.contacts]
    if release.assets:
        item["associations"] = [
            without_none(
                {
                    "name": f"asset-{number}",
                    "rel": "asset",
                    "uri": asset.url,
                    "title": asset.title,
                    "by": asset.credit,
                    "descriptions": (
                        [{"role": "caption", "value": asset.caption}] if asset.caption else None
                    ),
                    "renditions": [{"name": "original", "href": asset.url}],
                }
            )
            for number, asset in enumerate(release.assets, start=1)
        ]
    return item


class NinjsRenderer:
    """IPTC ninjs 3.1 news item."""

    name: ClassVar[str] = "ninjs"
    extension: ClassVar[str] = "ninjs.json"
    media_type: ClassVar[str] = "application/json"
    description: ClassVar[str] = "IPTC ninjs 3.1 news item (News in JSON) for agencies and CMSs"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        return dumps(ninjs_item(release, options)).encode("utf-8")


_utc = wording.utc_stamp


def _body_xhtml(release: PressRelease) -> str:
    """The same body as XHTML elements (links and emphasis kept), from the shared markup tree
    the EPUB and HTML renderers use; the header (timing, headline) is left to ninjs fields."""
    built = markup.build(release.model_copy(update={"end_mark": None}))
    parts = [
        child
        for child in built.article.children
        if not (isinstance(child, Element) and child.tag == "header")
    ]
    return "".join(serialize(part, xhtml=True) for part in parts).strip()


def _issuer(release: PressRelease) -> JsonObject:
    issuer = release.issuer
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


def _info_source(contact: Contact) -> JsonObject:
    channels = (("email", contact.email), ("phone", contact.phone), ("web", contact.url))
    methods = [{"type": kind, "value": value} for kind, value in channels if value]
    who = ", ".join(p for p in (contact.name, contact.organization) if p) or None
    return without_none(
        {"name": who, "role": f"{contact.role} contact", "contactInfo": methods or None}
    )
