"""The verbs newsrooms print for "said" in languages whose quote sentence reads by its
template, not by letter case (Chinese, Japanese, Korean): what reading a quote back
accepts besides the catalogue's own ``said`` phrase (``述べています``, ``表示``,
``말했다``), and the punctuation printed there besides the template's own.

Each list holds the forms releases commonly print, polite and plain past (``語りました``,
``語った``), the -ている form (``述べています``), the Traditional and Simplified
characters of one verb (``說``, ``说``). :mod:`pressrelease.importing.said_cjk` reads them.
"""

from __future__ import annotations

from types import MappingProxyType

_JAPANESE = (
    "述べています", "述べました", "述べた", "述べている",
    "語っています", "語りました", "語った", "話しています", "話しました", "話した",
    "コメントしています", "コメントしました", "説明しています", "説明しました",
    "強調しています", "強調しました", "強調した", "明らかにしました", "明らかにした",
)  # fmt: skip
_SIMPLIFIED = ("表示", "说", "说道", "指出", "称", "强调", "认为", "介绍", "谈到", "补充说")
_TRADITIONAL = ("表示", "說", "說道", "指出", "稱", "強調", "認為", "介紹", "談到", "補充說")
_KOREAN = (
    "말했다", "밝혔다", "강조했다", "설명했다", "전했다", "덧붙였다",
    "말했습니다", "밝혔습니다", "강조했습니다", "설명했습니다",
)  # fmt: skip

SAID_WORDS = MappingProxyType(
    {"ja": _JAPANESE, "zh-Hans": _SIMPLIFIED, "zh-Hant": _TRADITIONAL, "ko": _KOREAN}
)
"""Catalogue language -> the verbs its releases print for "said"."""

SEPARATORS = MappingProxyType(
    {"ja": ("、", ""), "zh-Hans": ("，", "：", ":"), "zh-Hant": ("，", "：", ":")}
)
"""Catalogue language -> what its newsrooms print where the quote template writes
``{separator}``: Japanese ``」と、山田は`` or ``」と山田は``; Chinese ``表示，「`` or
``表示：「``."""


def said_words(tag: str) -> tuple[str, ...]:
    """The verbs read as "said" in ``tag``'s language, the catalogue's phrase first; none
    for a language whose quotes are read by letter case."""
    from pressrelease.locale import lookup, resolve

    words = SAID_WORDS.get(resolve(tag), ())
    return tuple(dict.fromkeys([lookup(tag).said, *words])) if words else ()
