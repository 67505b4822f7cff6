"""Dates written in a release's own language, read with CLDR's date patterns and month names.

``4. März 2025``, ``le 3 mars 2025``, ``3 de marzo de 2025``, ``4 marca 2025``, ``2025年3月4日``,
``2025년 3월 4일``: each language writes a date its own way, and CLDR says how (the full, long
and medium date patterns: ``d. MMMM y``, ``d 'de' MMMM 'de' y``, ``y年M月d日``) and with
which month and weekday names. Babel carries that data, so no month table is written here:
each pattern becomes a regular expression, its month field the language's month names
(wide and abbreviated, in the forms CLDR gives for dates and on their own, as Polish
``marca`` and ``marzec``), its numbers digits.

Babel and a locale's data cost a few tens of milliseconds, so English dates stay with
``dates``' pure-Python patterns, and these are built (once per language) only for a release
in another language, or for a dateline the English patterns do not read.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

_DAY_SUFFIX = r"(?:er|º|ª|°)?"
"""What writers put after the first of the month where CLDR prints a plain number: French
``1er mars``, Spanish and Portuguese ``1º de marzo``."""
_Token = tuple[str, str | tuple[str, int]]
"""What ``babel.dates.tokenize_pattern`` gives: ("chars", text) or ("field", (letter, count))."""
_FIELDS = ("full", "long", "medium")
"""CLDR's written date patterns (``short`` writes a two-digit year: not a release date)."""


@dataclass(frozen=True)
class _Reader:
    """One language's date patterns, compiled, and its month names -> month numbers."""

    patterns: tuple[re.Pattern[str], ...]
    """Each CLDR pattern with named groups ``d``, ``m``, ``y``, in the order tried."""
    search: str
    """All of them as one expression without groups, for a dateline or a search."""
    months: dict[str, int]
    """Every month name, case-folded and without a final full stop."""


def date_pattern(tag: str) -> str:
    """A regular expression (no groups) matching a date as ``tag``'s language writes it."""
    return _reader(tag).search


def parse_local(text: str, tag: str) -> dt.date | None:
    """The date ``text`` writes in ``tag``'s language, or None (also for 31 February)."""
    reader = _reader(tag)
    text = text.strip()
    for pattern in reader.patterns:
        match = pattern.fullmatch(text)
        if match is not None:
            return _date(match, reader)
    return None


def find_local(text: str, tag: str) -> tuple[dt.date, str] | None:
    """The first date written in ``text`` in ``tag``'s language, and the words that wrote it."""
    reader = _reader(tag)
    for match in re.finditer(reader.search, text):
        day = parse_local(match.group(), tag)
        if day is not None:
            return day, match.group()
    return None


def _date(match: re.Match[str], reader: _Reader) -> dt.date | None:
    month = match.group("m")
    number = int(month) if month.isdigit() else reader.months.get(month.casefold().rstrip("."))
    if number is None:
        return None
    try:
        return dt.date(int(match.group("y")), number, int(match.group("d")))
    except ValueError:
        return None


@functools.lru_cache(maxsize=32)
def _reader(tag: str) -> _Reader:
    from babel.dates import tokenize_pattern

    from pressrelease.locale import babel_locale

    locale = babel_locale(tag)
    months: dict[str, int] = {}
    month_names: list[tuple[str, bool]] = []
    weekday_names: list[tuple[str, bool]] = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            dot = width == "abbreviated"  # "Sept." and "Sept", "déc." and "déc"
            for number, name in locale.months[context][width].items():
                months.setdefault(name.casefold().rstrip("."), number)
                month_names.append(_name(name, dot))
            weekday_names.extend(_name(n, dot) for n in locale.days[context][width].values())
    months_re, weekdays_re = _alternation(month_names), _alternation(weekday_names)
    named: list[str] = []
    for field in _FIELDS:
        tokens = tokenize_pattern(locale.date_formats[field].pattern)
        for variant in (tokens, _core(tokens)):
            source = _expression(variant, months_re, weekdays_re)
            if source is not None and source not in named:
                named.append(source)
    named.sort(key=len, reverse=True)  # the longest first: a weekday, a trailing "г."
    patterns = tuple(re.compile(source, re.IGNORECASE) for source in named)
    search = "|".join(re.sub(r"\(\?P<\w+>", "(?:", source) for source in named)
    return _Reader(patterns, f"(?i:{search})", months)


def _core(tokens: list[_Token]) -> list[_Token]:
    """The pattern without the words after its last field: ``3 марта 2025`` as well as
    ``3 марта 2025 г.``."""
    end = max(i for i, (kind, _) in enumerate(tokens) if kind == "field")
    return tokens[: end + 1]


def _expression(tokens: list[_Token], months: str, weekdays: str) -> str | None:
    """A CLDR pattern as a regular expression, or None when it has a field no release date
    is written with (an era, a two-digit year)."""
    out: list[str] = []
    for _kind, value in tokens:
        if isinstance(value, str):  # kind "chars": the pattern's own words and marks
            out.extend(r"\s+" if part.isspace() else re.escape(part) for part in _runs(value))
            continue
        letter, count = value
        if letter == "d":
            out.append(rf"(?P<d>\d{{1,2}}){_DAY_SUFFIX}")
        elif letter in "ML" and count >= 3:
            out.append(f"(?P<m>{months})")
        elif letter in "ML":
            out.append(r"(?P<m>\d{1,2})")
        elif letter == "y" and count != 2:
            out.append(r"(?P<y>\d{4})")
        elif letter in "Ec":
            out.append(f"(?:{weekdays})")
        else:
            return None
    return "".join(out)


def _runs(text: str) -> list[str]:
    """``text`` cut into runs of white space and single other characters."""
    return re.findall(r"\s+|\S", text)


def _name(name: str, abbreviated: bool) -> tuple[str, bool]:
    """A month or weekday name, and whether it is an abbreviation (written with or without
    its full stop: ``Sept.`` and ``Sept``, ``déc.`` and ``déc``)."""
    return name.rstrip(".") if abbreviated else name, abbreviated


def _alternation(names: list[tuple[str, bool]]) -> str:
    """The names as one alternation, the longest first (``火曜日`` before ``火``)."""
    ordered = sorted(set(names), key=lambda pair: (-len(pair[0]), pair))
    return "|".join(re.escape(name) + ("\\.?" if dot else "") for name, dot in ordered)
