"""From a release's BCP 47 language tag to the catalogue entry that words it.

A release says ``language: de-AT`` or ``zh-HK``; the catalogue holds one entry per written
language (``de``, ``zh-Hant``). Resolution is plain string work on the tag, without Babel, so
that validating a release (which must stay fast) can tell which wording a release will get
without loading any locale data:

- the language subtag decides (``de-AT`` → ``de``, ``en-GB`` → ``en``); ``iw`` → ``he``;
- Chinese goes by its script subtag, else by region: ``zh-Hant-HK`` → ``zh-Hant``,
  ``zh-TW``/``zh-HK``/``zh-MO`` → ``zh-Hant``, ``zh``/``zh-CN``/``zh-SG`` → ``zh-Hans``;
- a language the catalogue lacks gets English, the library's original wording.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from pressrelease.locale import latin, other_scripts
from pressrelease.locale.phrases import ENGLISH, Phrases

if TYPE_CHECKING:
    from collections.abc import Mapping

CATALOGUE: Mapping[str, Phrases] = MappingProxyType(
    {
        "en": ENGLISH,
        "de": latin.GERMAN,
        "fr": latin.FRENCH,
        "es": latin.SPANISH,
        "it": latin.ITALIAN,
        "pt": latin.PORTUGUESE,
        "nl": latin.DUTCH,
        "sv": latin.SWEDISH,
        "pl": latin.POLISH,
        "ru": other_scripts.RUSSIAN,
        "ja": other_scripts.JAPANESE,
        "zh-Hans": other_scripts.SIMPLIFIED_CHINESE,
        "zh-Hant": other_scripts.TRADITIONAL_CHINESE,
        "ko": other_scripts.KOREAN,
        "ar": other_scripts.ARABIC,
        "he": other_scripts.HEBREW,
    }
)
"""Every worded language, keyed by the tag :func:`resolve` returns."""

LANGUAGES: tuple[str, ...] = tuple(CATALOGUE)
"""The catalogue's language keys."""

_ALIASES = {"iw": "he", "ji": "yi", "in": "id"}
"""Deprecated ISO 639 codes still seen in the wild."""
_TRADITIONAL_REGIONS = frozenset({"TW", "HK", "MO"})
_UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my", "bo", "yue", "wuu"})
"""Languages written without spaces between words (Korean spaces its words)."""


def _subtags(tag: str) -> list[str]:
    return [part for part in tag.replace("_", "-").split("-") if part]


def language_subtag(tag: str) -> str:
    """The primary language of a tag, lower case, deprecated codes replaced: ``iw-IL`` → ``he``."""
    parts = _subtags(tag)
    language = parts[0].lower() if parts else "en"
    return _ALIASES.get(language, language)


def script_subtag(tag: str) -> str | None:
    """The script subtag in title case (``Hant``), if the tag has one."""
    return next((p.title() for p in _subtags(tag)[1:] if len(p) == 4 and p.isalpha()), None)


def region_subtag(tag: str) -> str | None:
    """The region subtag in upper case (``HK``, ``419``), if the tag has one."""
    for part in _subtags(tag)[1:]:
        if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            return part.upper()
    return None


def resolve(tag: str) -> str:
    """The catalogue key that words a release in ``tag``; ``en`` when there is none."""
    language = language_subtag(tag)
    if language == "zh":
        script = script_subtag(tag)
        if script in ("Hans", "Hant"):
            return f"zh-{script}"
        return "zh-Hant" if region_subtag(tag) in _TRADITIONAL_REGIONS else "zh-Hans"
    return language if language in CATALOGUE else "en"


def lookup(tag: str) -> Phrases:
    """The phrases for a release in ``tag``, with BCP 47 fallback (see the module's rules)."""
    return CATALOGUE[resolve(tag)]


def writes_without_spaces(tag: str) -> bool:
    """Whether the language writes words without spaces between them (Chinese, Japanese, Thai).

    Plain text uses this for links: in English a link reads "our site (https://…)" inside
    the sentence, but in an unspaced script a parenthesised address breaks the line of
    characters and cannot be wrapped at a word. For these languages the txt output should
    keep the link text in the sentence and list the addresses after the paragraph, numbered
    ([1] https://…). Korean separates words with spaces, so it keeps the inline form.
    """
    return language_subtag(tag) in _UNSPACED
