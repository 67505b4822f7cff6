"""Dates, times and time zones in the release's language, from CLDR through Babel.

Month and weekday names, date patterns and time-zone abbreviations exist for hundreds of
languages in CLDR; Babel carries that data, so no name is hand-written here except the
English ones the library has always printed. Babel is imported inside the functions: its
import and the first locale's data cost about a tenth of a second, and a command that does
not word a date (``pressrelease validate``) must not pay it.

English keeps its own rules so English outputs stay byte-identical: a bare ``en`` (and
``en-GB``) prints the international "24 October 2021" in pure Python, without Babel; other
English regions (``en-US``, ``en-AU``) follow CLDR, and ``en-US`` prints AP clock times.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Literal

from pressrelease.locale.tags import lookup, region_subtag, resolve

if TYPE_CHECKING:
    from babel import Locale

    from pressrelease.locale.phrases import Phrases

EmbargoStyle = Literal["wire", "local"]
"""``wire``: local time with its UTC offset, then UTC (the English line since the start);
``local``: the weekday, date and local time with the zone's name, as a newsroom writes it."""

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UTC_ZONES = ("UTC", "Etc/UTC")


def international_english(tag: str) -> bool:
    """Whether ``tag`` gets the library's own English: ``en``, ``en-GB`` or an unknown language."""
    return resolve(tag) == "en" and region_subtag(tag) in (None, "GB")


@functools.lru_cache(maxsize=64)
def babel_locale(tag: str) -> Locale:
    """The Babel locale for ``tag``: its own region's data when Babel has it (``de-AT`` says
    "Jänner"), else the catalogue language's (``en`` → ``en_GB``, unknown → ``en_GB``)."""
    from babel import Locale, UnknownLocaleError

    key = resolve(tag)
    if key == "en" and region_subtag(tag) is None:
        return Locale.parse("en_GB")
    fallback = Locale.parse("en_GB" if key == "en" else key.replace("-", "_"))
    try:
        own = Locale.parse(tag.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError):
        return fallback
    if own.language != fallback.language or (key.startswith("zh") and own.script != key[3:]):
        return fallback
    return own


def ap_date(day: dt.date) -> str:
    """AP style, as US wire copy writes it: Oct. 24, 2021."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def long_date(day: dt.date, tag: str = "en") -> str:
    """CLDR's long date: 24 October 2021 (en), October 24, 2021 (en-US), 2. Mai 2024 (de),
    2 mai 2024 (fr), 2020年10月26日 (ja, zh)."""
    if international_english(tag):
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date

    return format_date(day, "long", locale=babel_locale(tag))


def weekday_date(day: dt.date, tag: str = "en") -> str:
    """CLDR's full date: Sunday, 24 October 2021 (en), Donnerstag, 2. Mai 2024 (de),
    jeudi 2 mai 2024 (fr), 2024年5月2日木曜日 (ja)."""
    if international_english(tag):
        return f"{WEEKDAYS[day.weekday()]}, {long_date(day)}"
    from babel.dates import format_date

    return format_date(day, "full", locale=babel_locale(tag))


def utc_offset(moment: dt.datetime) -> str:
    """The moment's offset from UTC, written the same in every language: UTC+08:00."""
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _ap_clock(moment: dt.datetime) -> str:
    if (moment.hour, moment.minute) == (12, 0):
        return "noon"
    if (moment.hour, moment.minute) == (0, 0):
        return "midnight"
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'a.m.' if moment.hour < 12 else 'p.m.'}"


def clock(moment: dt.datetime, tag: str = "en") -> str:
    """The time of day without zone: 09:00 (en, de), 9:00 a.m. (en-US, AP), 上午9:00 (zh-Hant)."""
    if international_english(tag):
        return f"{moment:%H:%M}"
    if resolve(tag) == "en" and region_subtag(tag) == "US":
        return _ap_clock(moment)
    from babel.dates import format_time

    return format_time(moment, "short", locale=babel_locale(tag))


def zone_name(moment: dt.datetime, tag: str = "en") -> str:
    """The short name of the moment's zone in the language (CEST, MESZ, EDT, JST), or UTC+02:00.

    CLDR gives short names only where readers of that language know them; elsewhere Babel
    falls back to a bare offset ("+0800") or a long name ("Eastern Daylight Time"), which
    would not fit a timing line. Those become the unambiguous "UTC+08:00". UTC itself is
    "UTC" in every language, as wire services write it.
    """
    key = getattr(moment.tzinfo, "key", None)
    if key in _UTC_ZONES or (key is None and moment.utcoffset() == dt.timedelta(0)):
        return "UTC"
    from babel.dates import get_timezone_name

    name = get_timezone_name(moment, "short", locale=babel_locale(tag))
    if not name or any(c.isdigit() or c.isspace() for c in name):
        return utc_offset(moment)
    return name


def time_with_zone(
    moment: dt.datetime, zone: str, tag: str = "en", *, phrases: Phrases | None = None
) -> str:
    """The moment on the clocks of ``zone`` (an IANA name), zone named: 9:00 a.m. EDT (en-US),
    09:00 Uhr MESZ (de), 09:00 CEST (en, fr falls back to 09:00 UTC+02:00). ``phrases``
    words it instead of the tag's catalogue entry (a release's own wording)."""
    from zoneinfo import ZoneInfo

    local = moment.astimezone(ZoneInfo(zone))
    words = phrases or lookup(tag)
    return words.time_zone.format(time=clock(local, tag), zone=zone_name(local, tag))


def embargo_line(
    until: dt.datetime,
    zone: str,
    tag: str = "en",
    style: EmbargoStyle | None = None,
    *,
    phrases: Phrases | None = None,
) -> str:
    """The timing line of an embargoed release.

    ``style`` defaults to ``wire`` for English (exactly the line English releases have
    always carried: "EMBARGOED UNTIL 09:00 (UTC+08:00), Sunday, 24 October 2021 / 01:00 UTC")
    and to ``local`` for every other language ("SPERRFRIST: Donnerstag, 2. Mai 2024, 09:00
    Uhr MESZ"). ``until`` must carry its offset; ``zone`` is the IANA zone it is read in.
    ``phrases`` words it instead of the tag's catalogue entry (a release's own wording).
    """
    from zoneinfo import ZoneInfo

    if until.utcoffset() is None:
        raise ValueError("the embargo moment needs a UTC offset")
    phrases = phrases or lookup(tag)
    if style is None:
        style = "wire" if resolve(tag) == "en" else "local"
    local = until.astimezone(ZoneInfo(zone))
    if style == "local":
        when = phrases.date_time.format(
            date=weekday_date(local.date(), tag),
            time=time_with_zone(until, zone, tag, phrases=phrases),
        )
        return phrases.embargoed_until.format(when=when)
    utc = until.astimezone(dt.timezone.utc)
    day = weekday_date(local.date(), tag)
    if local.utcoffset() == dt.timedelta(0) and zone in _UTC_ZONES:
        return phrases.embargoed_until.format(
            when=phrases.date_time.format(time=f"{utc:%H:%M} UTC", date=day)
        )
    when = phrases.date_time.format(time=f"{local:%H:%M} ({utc_offset(local)})", date=day)
    if utc.date() != local.date():
        utc_when = phrases.date_time.format(
            time=f"{utc:%H:%M} UTC", date=weekday_date(utc.date(), tag)
        )
    else:
        utc_when = f"{utc:%H:%M} UTC"
    return phrases.embargoed_until.format(when=f"{when} / {utc_when}")
