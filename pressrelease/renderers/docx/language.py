"""Which languages Word should assume: proofing, East Asian fonts, right-to-left layout.

Word wants a language with a region (en-US, zh-CN) where a release may say just "en" or
"zh-Hant", so bare and script-only tags get the usual region; a region given is kept.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pressrelease.renderers._shared.direction import text_direction

_REGIONS = {
    "ar": "ar-SA",
    "da": "da-DK",
    "de": "de-DE",
    "en": "en-US",
    "es": "es-ES",
    "fa": "fa-IR",
    "fi": "fi-FI",
    "fr": "fr-FR",
    "he": "he-IL",
    "it": "it-IT",
    "ja": "ja-JP",
    "ko": "ko-KR",
    "nb": "nb-NO",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "pt": "pt-BR",
    "ru": "ru-RU",
    "sv": "sv-SE",
    "tr": "tr-TR",
    "uk": "uk-UA",
    "ur": "ur-PK",
    "zh": "zh-CN",
}
_SCRIPTS = {"hans": "CN", "hant": "TW"}
EAST_ASIAN_FONTS = {
    "zh-TW": "Microsoft JhengHei",
    "zh-HK": "Microsoft JhengHei",
    "zh-MO": "Microsoft JhengHei",
    "ja": "Yu Gothic",
    "ko": "Malgun Gothic",
    "zh": "Microsoft YaHei",
}
"""The East Asian font Word uses for each language (first prefix that matches)."""

_SCRIPTS_USED = {
    "hangul": "[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]",
    "kana": "[\u3040-\u30ff\u31f0-\u31ff]",
    "han": "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]",
    "hebrew": "[\u0590-\u05ff]",
    "arabic": "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]",
}
"""Character classes of the scripts that change what Word is told. Compiled on first use:
``re`` expands a range of thousands of characters one by one (~10 ms for these five on a slow
machine), and a text with nothing beyond U+058F cannot contain any of them."""
_FIRST_SCRIPT_CHAR = "\u0590"
"""Only characters from here on can belong to the scripts above; a release has few distinct
ones (typographic quotation marks, dashes), so the script classes search those instead of
the whole text."""


@functools.cache
def _script(name: str) -> re.Pattern[str]:
    return re.compile(_SCRIPTS_USED[name])


@dataclass(frozen=True)
class Languages:
    """The w:lang values and layout choices for one release."""

    main: str
    east_asian: str | None
    bidi: str | None
    rtl: bool

    @property
    def east_asian_font(self) -> str | None:
        """The font for CJK characters, or None when the release has none."""
        if self.east_asian is None:
            return None
        for prefix, font in EAST_ASIAN_FONTS.items():
            if self.east_asian.startswith(prefix):
                return font
        return EAST_ASIAN_FONTS["zh"]


def word_language(tag: str) -> str:
    """A BCP 47 tag as Word writes it: zh-Hant -> zh-TW, en -> en-US, en-GB stays."""
    parts = tag.split("-")
    primary = parts[0].lower()
    rest = [p for p in parts[1:] if p.lower() not in _SCRIPTS]
    region = next((p.upper() for p in rest if len(p) == 2 or p.isdigit()), None)
    if region is None:
        script = next((_SCRIPTS[p.lower()] for p in parts[1:] if p.lower() in _SCRIPTS), None)
        if script is not None:
            return f"{primary}-{script}"
        return _REGIONS.get(primary, primary)
    return f"{primary}-{region}"


def languages(tag: str, text: str) -> Languages:
    """Languages for a release in ``tag`` whose text (all of it) is ``text``."""
    main = word_language(tag)
    primary = main.split("-")[0]
    beyond = "".join(c for c in set(text) if c >= _FIRST_SCRIPT_CHAR)  # often just ’ “ ” —

    def has(script: str) -> bool:
        return bool(beyond) and _script(script).search(beyond) is not None

    east_asian = None
    if primary in ("zh", "ja", "ko"):
        east_asian = main
    elif has("hangul"):
        east_asian = "ko-KR"
    elif has("kana"):
        east_asian = "ja-JP"
    elif has("han"):
        east_asian = "zh-CN"
    rtl = text_direction(tag) == "rtl"  # the rule the EPUB and HTML renderers follow
    bidi = main if rtl else None
    if bidi is None and has("hebrew"):
        bidi = "he-IL"
    elif bidi is None and has("arabic"):
        bidi = "ar-SA"
    return Languages(main=main, east_asian=east_asian, bidi=bidi, rtl=rtl)
