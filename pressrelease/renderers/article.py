"""The release's text below the headline, for the metadata formats (ninjs, JSON-LD).

Metadata formats carry the headline, timing and dateline in fields of their own, but their
body text must read exactly like the wire copy. So the body is the txt renderer's output,
unwrapped, with its head (timing line, headline, subheadlines) and end mark taken off:
one wording for every format, composed in one place.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from pressrelease.errors import RenderError
from pressrelease.renderers import wording
from pressrelease.renderers._shared.wrapping import wrap
from pressrelease.renderers.txt import render_text

if TYPE_CHECKING:
    from pressrelease.model import Issuer, PressRelease

JsonObject = dict[str, object]
"""A JSON object as built by the metadata renderers."""


def body_text(release: PressRelease) -> str:
    """Dateline-led body, boilerplates, disclaimers, contacts and assets; paragraphs unwrapped.

    Paragraphs are separated by a blank line; there is no trailing newline.
    """
    text = render_text(release.model_copy(update={"end_mark": None}), 0)
    head_lines = [wording.timing_line(release), release.headline, *release.subheadlines]
    head = "".join(wrap(line, 0)[0] + "\n\n" for line in head_lines)
    if not text.startswith(head):  # pragma: no cover - the txt renderer changed its head
        raise RenderError(
            "internal error: the plain-text body no longer starts with the timing line and "
            "headline; please report this bug"
        )
    return text[len(head) :].rstrip("\n")


def listing_symbols(issuer: Issuer) -> list[str]:
    """Each listing as schema.org writes a ticker: exchange, a space, symbol ("HKEX 00853")."""
    return [f"{listing.exchange} {listing.symbol}" for listing in issuer.listings]


def located(release: PressRelease) -> str:
    """Where the release was issued from, as the dateline names it: "Suzhou, China"."""
    dateline = release.dateline
    return ", ".join(p for p in (dateline.city, dateline.region, dateline.country) if p)


def urn(release: PressRelease) -> str:
    """A stable identifier derived from the slug: urn:pressrelease:<slug>."""
    return f"urn:pressrelease:{release.slug}"


def without_none(data: dict[str, object | None]) -> JsonObject:
    """The object without its absent (None) members: JSON formats omit unknown fields."""
    return {key: value for key, value in data.items() if value is not None}


def dumps(data: object) -> str:
    """Deterministic JSON text: sorted keys, two-space indent, real UTF-8 characters."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
