"""The ``Document``: a release composed for drawing, what ``compose`` returns and every
renderer draws: its parts in reading order, its added words, the one timestamp outputs may
carry, its translations in the same pack and the issuer's logo.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressrelease.document.parts import HEAD_PARTS, Assets, EndMark

if TYPE_CHECKING:
    from pressrelease.document.parts import AssetItem, Part
    from pressrelease.document.words import Words
    from pressrelease.media import MediaImage
    from pressrelease.model import PressRelease


@dataclass(frozen=True, slots=True)
class Translation:
    """The same release in another language, in the same distribution pack."""

    language: str
    slug: str
    original: bool
    """True for the release the others translate (the first of its group)."""


@dataclass(frozen=True, slots=True)
class Document:
    """A release composed for drawing: its parts in reading order and its added words.

    ``release`` stays available for metadata (slug, language, issuer, keywords, the embargo
    instant); everything a reader sees in the flow of the release is in ``parts``.
    """

    release: PressRelease
    parts: tuple[Part, ...]
    words: Words
    moment: dt.datetime
    """The one timestamp outputs may carry (UTC): the option, the embargo, or the date."""
    translations: tuple[Translation, ...] = ()
    """The release in its other languages, when it is packed with them (cross-links)."""
    logo: MediaImage | None = None
    """The issuer's logo, when its file was read: at the top of the page or in its header."""

    @property
    def images(self) -> tuple[AssetItem, ...]:
        """The offered assets whose image is embedded, in order."""
        return tuple(
            item
            for part in self.parts
            if isinstance(part, Assets)
            for item in part.items
            if item.image is not None
        )

    @property
    def body(self) -> tuple[Part, ...]:
        """The parts below the headline, without the end mark: what metadata formats call
        the body of the article."""
        return tuple(p for p in self.parts if not isinstance(p, (*HEAD_PARTS, EndMark)))
