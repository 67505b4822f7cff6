"""What the metadata formats (ninjs, schema.org JSON-LD) share: JSON objects written the same
deterministic way, the release's identifier and its tickers."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressrelease.model import Issuer, PressRelease

JsonObject = dict[str, object]
"""A JSON object as built by the metadata renderers."""


def listing_symbols(issuer: Issuer) -> list[str]:
    """Each listing as schema.org writes a ticker: exchange, a space, symbol ("HKEX 00853")."""
    return [f"{listing.exchange} {listing.symbol}" for listing in issuer.listings]


def urn(release: PressRelease) -> str:
    """A stable identifier derived from the slug: urn:pressrelease:<slug>."""
    return slug_urn(release.slug)


def slug_urn(slug: str) -> str:
    """The identifier of the release with that slug (its translations link it this way)."""
    return f"urn:pressrelease:{slug}"


def without_none(data: dict[str, object | None]) -> JsonObject:
    """The object without its absent (None) members: JSON formats omit unknown fields."""
    return {key: value for key, value in data.items() if value is not None}


def dumps(data: object) -> str:
    """Deterministic JSON text: sorted keys, two-space indent, real UTF-8 characters."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
