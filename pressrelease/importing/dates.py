"""Dates and embargo times as wire copy writes them: 24 October 2021, Oct. 24, 2021, 2021-10-24;
and in the release's own language, through ``localdates``."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE = (
    rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
"""A regular expression (no groups) matching one written date."""
_DATE = re.compile(DATE)
_PARTS = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}(?=st|nd|rd|th|\b)|\d{4}|[A-Za-z]+\.?")


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` writes, or None (also for impossible dates such as 31 February)."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    month = day = year = None
    for token in _PARTS.findall(text):
        key = token.rstrip(".").lower()
        if token[0].isdigit():
            if len(token) == 4:
                year = int(token)
            else:
                day = int(token)
        elif key[:4] in _MONTHS or key[:3] in _MONTHS:
            month = _MONTHS.get(key[:4], _MONTHS.get(key[:3]))
    if month is None or day is None or year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, language: str = "en") -> tuple[dt.date, str] | None:
    """The first date written in ``text`` and the words that wrote it: as English wire copy
    writes dates, or as ``language`` does (``4. März 2025``, ``2025年3月4日``: see
    ``localdates``), whichever comes first."""
    english = next(
        (
            (match.start(), day, match.group())
            for match in _DATE.finditer(text)
            if (day := parse_date(match.group())) is not None
        ),
        None,
    )
    from pressrelease.locale import resolve

    if resolve(language) != "en":
        from pressrelease.importing.localdates import find_local

        local = find_local(text, language)
        if local is not None and (english is None or text.find(local[1]) < english[0]):
            return local
    return None if english is None else (english[1], english[2])


_TIME = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:UTC|GMT)\s*(?P<sign>[+-−])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?\)?"
    r"|\s*(?P<utc>UTC|GMT|Z)\b|\s*(?P<abbr>[ECMP][SD]T|CET|CEST|BST|JST|HKT|SGT|IST|AEST|AEDT)\b)?",
    re.IGNORECASE,
)
_ZONES = {
    "EST": ("America/New_York", -5), "EDT": ("America/New_York", -4),
    "CST": ("America/Chicago", -6), "CDT": ("America/Chicago", -5),
    "MST": ("America/Denver", -7), "MDT": ("America/Denver", -6),
    "PST": ("America/Los_Angeles", -8), "PDT": ("America/Los_Angeles", -7),
    "CET": ("Europe/Paris", 1), "CEST": ("Europe/Paris", 2), "BST": ("Europe/London", 1),
    "JST": ("Asia/Tokyo", 9), "HKT": ("Asia/Hong_Kong", 8), "SGT": ("Asia/Singapore", 8),
    "IST": ("Asia/Kolkata", 5.5), "AEST": ("Australia/Sydney", 10),
    "AEDT": ("Australia/Sydney", 11),
}  # fmt: skip


def parse_moment(text: str, language: str = "en") -> tuple[dt.datetime, str] | None:
    """An embargo's instant and an IANA zone to show it in, from e.g.
    ``09:00 (UTC+08:00), Sunday, 24 October 2021`` or ``Oct. 24, 2021 at 9 a.m. EDT``, and
    as ``language`` writes the moment: its date (``2024年5月2日星期四``), its clock with the
    day period CLDR prints before the time (``上午8:00``, ``오후 3:30``).
    Without a zone or offset there is no instant: None."""
    found = find_date(text, language)
    if found is None:
        return None
    day, written = found
    rest = text.replace(written, " ")
    for match in _TIME.finditer(rest):
        if not (match.group("m") or match.group("ampm")):
            continue
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        ampm = (match.group("ampm") or "").replace(".", "").lower()
        ampm = ampm or _period(rest, match, language)
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        if match.group("sign"):
            sign = -1 if match.group("sign") in "-−" else 1
            hours = int(match.group("oh")) + int(match.group("om") or 0) / 60
            return _at(day, hour, minute, sign * hours, None)
        if match.group("utc"):
            return _at(day, hour, minute, 0, "UTC")
        if match.group("abbr"):
            zone, hours = _ZONES[match.group("abbr").upper()]
            return _at(day, hour, minute, hours, zone)
        return None
    return None


def _period(text: str, time: re.Match[str], language: str) -> str:
    """``am`` or ``pm`` when the language's day period (CLDR's, through Babel: 上午, 午後,
    오전) stands right before the time, else nothing."""
    from pressrelease.locale import resolve

    if resolve(language) == "en":
        return ""
    from babel.dates import get_period_names

    from pressrelease.locale.dates import babel_locale

    before = text[: time.start()].rstrip()
    locale = babel_locale(language)
    for width in ("abbreviated", "wide", "narrow"):  # CLDR versions move 오후 between them
        names = get_period_names(width, "format", locale=locale)
        found = next((p for p in ("am", "pm") if p in names and before.endswith(names[p])), "")
        if found:
            return found
    return ""


def _at(
    day: dt.date, hour: int, minute: int, hours: float, zone: str | None
) -> tuple[dt.datetime, str] | None:
    offset = dt.timedelta(minutes=round(hours * 60))
    moment = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.timezone(offset))
    return moment, zone or zone_for(moment)


def zone_for(moment: dt.datetime) -> str:
    """An IANA zone that is at ``moment``'s UTC offset at that moment."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    if minutes % 60 == 0:
        return f"Etc/GMT{-minutes // 60:+d}"  # POSIX signs: Etc/GMT-8 is UTC+08:00
    from zoneinfo import ZoneInfo, available_timezones

    for name in sorted(available_timezones()):
        try:
            if moment.astimezone(ZoneInfo(name)).utcoffset() == offset:
                return name
        except Exception:
            continue
    return "UTC"
