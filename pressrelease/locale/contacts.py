"""Contact headings and card labels in every catalogue language, for reading releases back.

The phrases the library adds give one heading per role (``Pressekontakt:``, ``Contact
presse :``); releases in the wild print many more (``Pressekontakte``, ``Relations presse``,
``【報道関係者お問い合わせ先】``) and label a card's lines in their own words (``Tel.``,
``Téléphone``, ``Courriel``, ``E-post``, ``電話``). These functions join the catalogue's
phrases and :mod:`pressrelease.locale.contact_words` into what the importer looks up, for
every catalogue language at once: a heading is one whatever the text around it, and a
release too short to tell its language is common.
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from pressrelease.locale.contact_words import WORDS
from pressrelease.locale.tags import CATALOGUE

if TYPE_CHECKING:
    from collections.abc import Mapping

Role = Literal["Media", "Investor"]
Label = Literal["phone", "email", "url", "name"]

_COLONS = ":：\u00a0\u202f "
_BRACKETS = dict(zip("【＜〈［《<[(（", "】＞〉］》>])）", strict=True))
_BULLETS = "■□●◆◇▼▽▶►・"


def heading_key(text: str) -> str:
    """A heading as the words are compared: one space between words, no capitals, no colon,
    straight apostrophes, no brackets or bullet around it (``【お問い合わせ先】``,
    ``■お問い合わせ``)."""
    key = " ".join(text.split()).casefold().replace("’", "'").rstrip(_COLONS)
    key = key.lstrip(_BULLETS + " ")
    if len(key) > 2 and _BRACKETS.get(key[0]) == key[-1]:
        key = key[1:-1].strip()
    return key.rstrip(_COLONS)


@functools.cache
def heading_roles() -> Mapping[str, Role | None]:
    """Every contact heading the catalogue knows, as :func:`heading_key` writes it, and the
    role its words state (None: they state none)."""
    roles: dict[str, Role | None] = {}
    for key, phrases in CATALOGUE.items():
        words = WORDS[key]
        by_role: tuple[tuple[Role | None, tuple[str, ...]], ...] = (
            (None, (phrases.contacts, phrases.pack_contacts, *words.general)),
            ("Media", (phrases.media_contact, *words.media)),
            ("Investor", (phrases.investor_contact, *words.investor)),
        )
        for role, headings in by_role:
            roles.update((heading_key(heading), role) for heading in headings)
    return MappingProxyType(roles)


@functools.cache
def heading_templates() -> tuple[tuple[str, str], ...]:
    """The words around ``{role}`` in each language's heading for any other role
    (``Kontakt {role}:`` gives ``("kontakt ", "")``), as :func:`heading_key` writes them."""
    found = set()
    for phrases in CATALOGUE.values():
        before, _, after = phrases.contact_heading.partition("{role}")
        spaced = " " if before[-1:].isspace() else ""
        found.add((" ".join(before.split()).casefold() + spaced, heading_key(after)))
    return tuple(sorted(found))


@functools.cache
def labels() -> Mapping[str, Label]:
    """Every label of a card's line in the catalogue (casefolded, no full stop) and what
    the value after it is."""
    found: dict[str, Label] = {}
    for words in WORDS.values():
        by_kind: tuple[tuple[Label, tuple[str, ...]], ...] = (
            ("phone", words.phone),
            ("email", words.email),
            ("url", words.web),
            ("name", words.name),
        )
        for kind, names in by_kind:
            for name in names:
                found.setdefault(name.casefold().rstrip("."), kind)
    return MappingProxyType(found)


@functools.cache
def name_particles() -> frozenset[str]:
    """The lower-case words a person's name may hold, in any catalogue language."""
    return frozenset(p for words in WORDS.values() for p in words.particles)


@functools.cache
def organisation_words() -> tuple[str, ...]:
    """The words that make a line without capitals an organisation's."""
    return tuple(w for words in WORDS.values() for w in words.organisation)
