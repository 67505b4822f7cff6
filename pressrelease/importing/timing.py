"""The timing line: ``FOR IMMEDIATE RELEASE`` or an embargo notice, as English wire copy
words it and as the catalogue prints it in every language (``即時発表``, ``禁發時間：2024年
5月2日星期四 上午8:00 UTC+08:00``, ``보도 시점: … 이후``, ``SPERRFRIST: …``).

The catalogue's lines are read from its own phrases (``immediate`` and the
``embargoed_until`` template around ``{when}``), so a language added there is read back
without a pattern written here; a colon in a template may be printed half- or full-width
(``報道解禁:`` for ``報道解禁：``). The words of the moment are read by
:func:`pressrelease.importing.dates.parse_moment` in the release's language.
"""

from __future__ import annotations

import functools
import re

IMMEDIATE = re.compile(
    r"^(?:for immediate release|immediate release|for release immediately)\.?:?$", re.I
)
EMBARGO = re.compile(
    r"^(?:embargoed?|embargo|hold for release|for release)"
    r"\s*(?:until|till|:|at|on)?\s*:?\s*(?P<when>.+)$",
    re.I,
)


def _words(phrase: str) -> str:
    """``phrase`` as a pattern: its colons either width, its spaces any run of spaces."""
    out = []
    for part in re.split(r"(\s+|[:：])", phrase):
        if part in (":", "："):
            out.append(r"\s*[:：]\s*")
        elif part.isspace():
            out.append(r"\s+")
        elif part:
            out.append(re.escape(part))
    return "".join(out)


@functools.cache
def _catalogue() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """Every catalogue language's ``immediate`` line as one pattern, and its embargo
    templates, each with the group ``when``."""
    from pressrelease.document.wording import phrases
    from pressrelease.locale import LANGUAGES

    every = [phrases(language) for language in LANGUAGES]
    immediate = sorted({_words(p.immediate) for p in every}, key=len, reverse=True)
    embargoes = []
    for template in dict.fromkeys(p.embargoed_until for p in every):
        before, _, after = template.partition("{when}")
        head = _words(before.rstrip()) + (r"\s*" if before else "")
        tail = (r"\s*" + _words(after.lstrip())) if after.strip() else ""
        embargoes.append(re.compile(rf"^{head}(?P<when>.+?){tail}$", re.I))
    return re.compile(rf"^(?:{'|'.join(immediate)})$", re.I), tuple(embargoes)


def timing(text: str) -> str | None:
    """``immediate``, the embargo's words (holding a digit), or None if ``text`` is no
    timing line."""
    text = text.strip()
    immediate, embargoes = _catalogue()
    if IMMEDIATE.match(text) or immediate.match(text):
        return "immediate"
    for pattern in (EMBARGO, *embargoes):
        match = pattern.match(text)
        if match and re.search(r"\d", match.group("when")):
            return match.group("when")
    return None
