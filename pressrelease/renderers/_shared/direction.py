"""Writing direction of a language and of a piece of text, for every format that lays out
right-to-left scripts (HTML and EPUB ``dir``, DOCX ``w:bidi``)."""

from __future__ import annotations

import re

_RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "lrc"}) | {
    *("mzn", "nqo", "ps", "sd", "syr", "ug", "ur", "yi")
}
_RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr"})
RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
"""Hebrew, Arabic, Syriac, Thaana and N'Ko letters and their presentation forms."""


def text_direction(language: str) -> str:
    """Writing direction from a BCP 47 tag: a script subtag decides (az-Arab, ku-Latn),
    else the language (ar, he, fa, ur… are right to left)."""
    subtags = language.lower().split("-")
    for subtag in subtags[1:]:
        if len(subtag) == 4 and subtag.isalpha():
            return "rtl" if subtag in _RTL_SCRIPTS else "ltr"
    return "rtl" if subtags[0] in _RTL_LANGUAGES else "ltr"
