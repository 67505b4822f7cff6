"""The language of an imported release, when neither ``--language`` nor the document states it.

Text in a script of its own (Han, kana, Hangul, Arabic, Hebrew, Cyrillic, Greek) says its
language by its letters. Latin-script text is read by CLD2 (Chromium's Compact Language
Detector, through ``pycld2``): a naive Bayes over letter n-grams and common words, compiled
C++ with its tables inside (a 10 MB wheel, imported in about 4 ms, about 2 ms for 2,000
words; deterministic; Apache-2.0), which tells how much of the text each language it finds
takes, and whether it is sure.

Chosen over the alternatives measured for this (docs/import.md, "Language"): py3langid
needs numpy and a second to unpack its model; lingua is exact but a 96 MB wheel that takes
a fifth of a second to load its models; CLD3 (``cld3-py``) is as small and fast but calls
"Ocean Spray" Swedish, reliably, and does not see an English half in a German text; and the
evidence CLDR can give (a dateline's month name, an ``Über …`` heading, the catalogue's
phrases) is missing from many releases (a numeric date, no About section), ambiguous where
present (``mars`` is French and Swedish, ``Sobre`` Spanish and Portuguese) and costs Babel's
locale data for every text.

Only languages the catalogue words (pressrelease/locale/) are taken, and never from a few
words: a text of fewer than ``MIN_WORDS`` words, one whose leading language holds less than
``MIN_SHARE`` per cent of it, or one CLD2 is unsure of stays English, with a line in the
report saying why and that ``--language`` settles it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MIN_WORDS = 40
"""Fewer words than this tell no language: a headline and a sentence stay English."""
MIN_SHARE = 80
"""The per cent of the text the leading language must hold; less is a mixed text."""
_READ = 50_000
"""How much of a long text is read: a release says its language long before."""
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Language:
    """A release's language as read from its text, and what the report says about it."""

    tag: str
    """A catalogue tag: ``en``, ``de``, ``ja`` …"""
    why: str | None = None
    """The report's line: what the tag was based on, or why the text stayed English;
    None for English read confidently from English words."""


def detect(text: str) -> Language:
    """The language ``text`` is written in (see the module's rules)."""
    script = _script(text)
    if script == "zh":
        return _chinese(text[:_READ])
    if script is not None:
        return Language(script, f'language "{script}" from the script of the text')
    words = len(_WORD.findall(text[:_READ]))
    if words < MIN_WORDS:
        return Language(
            "en",
            f'language "en": {words} words are too few to tell the language of the text; '
            "give --language if it is not English",
        )
    return _words(text[:_READ])


def _words(text: str) -> Language:
    import pycld2  # type: ignore[import-untyped]

    from pressrelease.locale import resolve

    try:
        reliable, _, found = pycld2.detect(text, isPlainText=True)
    except pycld2.error:  # bytes CLD2 refuses (some control characters)
        reliable, found = False, ()
    shares = [(code, name.title(), share) for name, code, share, _ in found if code != "un"]
    if not reliable or not shares:
        return Language(
            "en",
            'language "en": the words do not tell the language reliably; '
            "give --language if it is not English",
        )
    code, name, share = shares[0]
    if share < MIN_SHARE:
        mixed = ", ".join(f"{n} {s}%" for _, n, s in shares)
        return Language(
            "en",
            f'language "en": the text mixes languages ({mixed}); give --language to choose one',
        )
    if resolve(code) != code:  # a language the catalogue lacks resolves to English
        return Language(
            "en",
            f'language "en": the words read as {name}, a language the catalogue does not '
            "word; give --language to keep its tag",
        )
    if code == "en":
        return Language("en")
    return Language(code, f'language "{code}" from the words: {name}, {share}% of the text')


_CHINESE = {"zh": "zh-Hans", "zh-Hant": "zh-Hant"}
"""CLD2's codes for Chinese in simplified (``Chinese``) and traditional (``ChineseT``)
characters -> the catalogue's tags."""


def _chinese(text: str) -> Language:
    """Simplified or Traditional Chinese, told apart by CLD2: the two share most characters
    but not their frequent ones (发/發, 这/這, 们/們), which CLD2's Chinese models weigh.
    The first Chinese it finds counts, whatever English names the text also holds; when
    it finds none it is sure of, the text stays Simplified Chinese and the report says so."""
    import pycld2

    try:
        reliable, _, found = pycld2.detect(text, isPlainText=True)
    except pycld2.error:
        reliable, found = False, ()
    chinese = next(((code, share) for _, code, share, _ in found if code in _CHINESE), None)
    if not reliable or chinese is None:
        return Language(
            "zh-Hans",
            'language "zh-Hans" from the script of the text (Han); its characters do not '
            "tell Simplified from Traditional reliably: give --language zh-Hant if it is",
        )
    code, share = chinese
    tag = _CHINESE[code]
    written = "Traditional" if tag == "zh-Hant" else "Simplified"
    return Language(
        tag,
        f'language "{tag}" from the script of the text: Han in {written} characters '
        f"({share}% of the text)",
    )


def _script(text: str) -> str | None:
    """A tag from the script most letters are written in, or None for Latin script."""
    counts: dict[str, int] = {}
    letters = 0
    for char, number in Counter(text[:5000]).items():  # each distinct character once
        if not char.isalpha():
            continue
        letters += number
        script = _script_of(ord(char))
        if script is not None:
            counts[script] = counts.get(script, 0) + number
    if not counts or not letters:
        return None
    if counts.get("ja") and counts.get("ja", 0) + counts.get("zh", 0) > letters * 0.3:
        return "ja"  # Japanese mixes kana with kanji
    script, number = max(counts.items(), key=lambda item: item[1])
    return script if number > letters * 0.3 else None


def _script_of(code: int) -> str | None:
    if 0x3040 <= code <= 0x30FF:
        return "ja"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
        return "ko"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "zh"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
        return "ar"
    if 0x0590 <= code <= 0x05FF:
        return "he"
    if 0x0400 <= code <= 0x04FF:
        return "ru"
    if 0x0370 <= code <= 0x03FF:
        return "el"
    return None
