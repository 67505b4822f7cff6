"""The words the library adds outside the flow of parts: page numbering, "- more -", the
title of a table of contents, the document properties' subject and author, the page header's
listings, and every phrase of the release's language for the edges.

``compose`` fills them in from ``wording`` (the one place words are made) and hands them on in
``Document.words``; paged formats and edges print them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressrelease.locale import Phrases


@dataclass(frozen=True, slots=True)
class PageWords:
    """How paged formats number pages: ``before`` N ``middle`` TOTAL ``after``, or TOTAL
    before N when ``total_first`` (Korean "3쪽 중 1쪽")."""

    before: str
    middle: str
    after: str
    total_first: bool = False

    def page(self, number: int, total: int) -> str:
        """E.g. "Page 2 of 3"."""
        first, second = (total, number) if self.total_first else (number, total)
        return f"{self.before}{first}{self.middle}{second}{self.after}"


@dataclass(frozen=True, slots=True)
class Words:
    """The words the library adds outside the flow of parts."""

    page: PageWords
    more: str
    """The newsroom's "- more -" at the foot of a page that continues."""
    contents: str
    """The title of a table of contents."""
    subject: str
    """A one-line description of the release (document properties)."""
    listings: tuple[str, ...]
    """The issuers' stock listings as printed in a page header: "HKEX: 00853"."""
    located: str
    """Where the release was issued from, as the dateline names it: "Suzhou, China"."""
    dateline: str
    """The dateline as printed, without its separator: "Suzhou, China, 24 October 2021"."""
    phrases: Phrases
    """Every phrase in the release's language, its own wording (``phrases``) in place: what
    an edge adds around the formats (the pack's README) comes from here, never from the
    catalogue directly."""
    issuers: str = ""
    """The issuers' names as one author (page header, document properties): the issuer's
    name, or the names joined the language's way ("Acme and Beta", "Acme und Beta")."""
