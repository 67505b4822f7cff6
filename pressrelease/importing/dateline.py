"""The dateline at the start of the lead, in the wire styles: international, AP, PR Newswire,
GlobeNewswire, Business Wire, and a credit on its own line (``--News Direct--``).

The fields are read from it, and when composing them again would not give the printed
words back exactly, the printed words are kept in ``printed`` (and the joiner in
``separator``), so the text stays word for word.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from pressrelease.importing.dates import DATE, parse_date

_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’]|[-&](?=[^\W\d_]))*"
"""A word of a place's name: ``St.``, ``Winston-Salem``, ``AT&T``; a hyphen or ``&`` only
between letters, so ``NEW YORK--(BUSINESS WIRE)`` ends the name at ``YORK``."""
_PART = rf"{_WORD}(?:\s{_WORD})*"
_PLACES = rf"{_PART}(?:\s+&\s+{_PART})*"
"""One place, or several joined by ``&`` (``LONDON & NEW YORK``): the city is the first."""
_CREDIT = r"/[^/\n]{2,40}/|\((?:[A-Z][A-Za-z.&-]*)(?: [A-Z][A-Za-z.&-]*){0,4}\)"
_COMMA = r"[,、，]\s*"
"""What separates a dateline's parts: a comma, or the Japanese and Chinese ones."""
_ON = r"(?:[^\W\d_]{1,3}\s+)?"
"""A short word some languages put before the date: French ``le``, German ``den``."""
_AFTER_YEAR = r"(?:\s[^\W\d_]{1,2}\.)?"
"""The abbreviation of "year" some languages write after it: Polish ``r.``, Russian ``г.``."""


def _dateline(date: str) -> re.Pattern[str]:
    """The dateline with dates as ``date`` (a regular expression without groups) writes them."""
    return re.compile(
        rf"^(?P<printed>(?P<city>{_PLACES})(?:{_COMMA}(?P<p2>{_PART}))?(?:{_COMMA}(?P<p3>{_PART}))?"
        rf"(?:{_COMMA}(?P<date>{date})(?:\s*(?P<credit>{_CREDIT}))?"
        rf"|(?:\s*|--|–|—)(?P<credit2>{_CREDIT})))"
        r"(?P<sep>\s*(?:--|—|–|-|:)\s*|\s+)(?=\S)"
    )


_DATELINE = _dateline(DATE)
_ALONE = re.compile(r"^(?P<printed>--\s*\S[^\n]{0,40}?\s*--|/[^/\n]{2,40}/)(?P<sep>\s+)(?=\S)")
_CREDIT_ALONE = re.compile(rf"^(?:--\s*\S.{{0,40}}?\s*--|{_CREDIT})$")
_US_REGIONS = frozenset(
    """
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich.
    Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D.
    Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C. AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY
    LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV
    WI WY DC Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma
    Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
    Ontario Quebec Alberta Manitoba Saskatchewan
    """.split()  # noqa: SIM905 (a word list reads better as words)
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "British Columbia",
     "Nova Scotia"}  # fmt: skip


@dataclass
class FoundDateline:
    """A dateline read from the text: the model's fields and what is left of the lead."""

    fields: dict[str, Any]
    """city, region, country, date, style, credit, printed, separator (as set)."""
    printed: str
    """The dateline as printed, for the report."""
    rest: str
    """The lead paragraph after the dateline."""
    dated: bool
    """Whether the dateline itself states the date."""
    others: tuple[str, ...] = ()
    """Places named after the city (``LONDON & NEW YORK``): kept in the printed words."""


def credit_alone(text: str) -> bool:
    """``--News Direct--`` or ``/PRNewswire/`` on a line of its own."""
    return bool(_CREDIT_ALONE.match(text.strip()))


def find(text: str, language: str = "en") -> FoundDateline | None:
    """The dateline starting ``text`` (a lead paragraph), or None. Its date may be written
    as English wire copy writes it or in ``language`` (``BERLIN, 4. März 2025 –``); a date
    in another language of the catalogue is read too when the lead starts with a year."""
    alone = _ALONE.match(text)
    if alone:
        as_printed = {"printed": alone.group("printed"), "separator": alone.group("sep")}
        return FoundDateline(as_printed, alone.group("printed"), text[alone.end() :], False)
    match = _DATELINE.match(text)
    if match is not None and (match.group("date") or not _YEAR.match(text)):
        return _read(match, text, language, None)
    for tag in _date_languages(language, text):
        local = _local_dateline(tag).match(text)
        if local is not None:
            return _read(local, text, language, tag)
    return None if match is None else _read(match, text, language, None)


_YEAR = re.compile(r"^[^\n]{0,80}?\d{4}")
"""A year near the start of a lead: a dateline whose date the English patterns did not read."""


def _date_languages(language: str, text: str) -> list[str]:
    """The languages whose dates a dateline may be written in, the release's first."""
    from pressrelease.locale import resolve

    own = resolve(language)
    if not _YEAR.match(text):
        return []
    if own != "en":
        return [own]
    return [tag for tag in _LATIN if tag != own]


_LATIN = ("de", "fr", "es", "it", "pt", "nl", "sv", "pl")
"""The catalogue's languages written in Latin letters besides English: a short text read as
English may still carry a dateline in one of them (other scripts tell their language)."""


@functools.lru_cache(maxsize=16)
def _local_dateline(tag: str) -> re.Pattern[str]:
    from pressrelease.importing.localdates import date_pattern

    return _dateline(f"{_ON}(?:{date_pattern(tag)}|{DATE}){_AFTER_YEAR}")


def _read(match: re.Match[str], text: str, language: str, tag: str | None) -> FoundDateline | None:
    """The fields of a dateline ``match``; ``tag``: the language its date is written in
    (None: as English wire copy writes it)."""
    from pressrelease.document.wording import dateline_separator, dateline_text

    credit = match.group("credit") or match.group("credit2")
    places = re.split(r"\s+&\s+", match.group("city"))
    if any(len(place.split()) > 4 for place in places):
        return None
    written = match.group("date")
    day = _parse(written, tag) if written else None
    if written and day is None:
        return None
    printed = match.group("printed")
    city = places[0]
    upper = city.isupper() and len(city) > 1
    p2, p3 = match.group("p2"), match.group("p3")
    region = country = None
    if p2 and p3:
        region, country = p2, p3
    elif p2:
        region, country = (p2, None) if p2 in _US_REGIONS else (None, p2)
    fields: dict[str, Any] = {"city": _title(city) if upper else city}
    if region:
        fields["region"] = region
    if country:
        fields["country"] = country
    fields["date"] = day or dt.date(1970, 1, 1)
    month_first = bool(written) and tag is None and not written.strip()[0].isdigit()
    fields["style"] = "ap" if (upper and tag is None) or month_first else "international"
    if credit:
        fields["credit"] = credit
    from pressrelease.model import Dateline

    candidate = Dateline.model_construct(**fields)  # no validator build: see quotes.construct
    if day is None or len(places) > 1 or dateline_text(candidate, language) != printed:
        fields["printed"] = printed
    if dateline_separator(candidate) != match.group("sep"):
        fields["separator"] = match.group("sep")
    others = tuple(_title(p) if p.isupper() else p for p in places[1:])
    return FoundDateline(fields, printed, text[match.end() :], day is not None, others)


def _parse(written: str, tag: str | None) -> dt.date | None:
    if tag is None:
        return parse_date(written)
    from pressrelease.importing.localdates import find_local

    found = find_local(written, tag)
    return found[0] if found is not None else parse_date(written)


_AFTER_BOLD = re.compile(r"\s*(?:--|—|–|-|:)?\s*")


def bold(text: str, length: int) -> FoundDateline | None:
    """The first ``length`` characters of ``text``, printed in bold, as a dateline the
    patterns do not know (``SUZHOU —``, ``Paris/Berlin, le 3 mars :``): kept as printed."""
    printed = text[:length].rstrip(" -–—:")
    if not printed.strip() or len(printed.split()) > 12:
        return None
    match = _AFTER_BOLD.match(text, len(printed))
    assert match is not None
    rest = text[match.end() :]
    if not rest or not match.group():
        return None
    fields = {"printed": printed, "separator": match.group()}
    return FoundDateline(fields, printed, rest, False)


def _title(city: str) -> str:
    """SUZHOU -> Suzhou, NEW YORK -> New York, ST. LOUIS -> St. Louis, WINSTON-SALEM ->
    Winston-Salem."""
    return re.sub(r"[^\W\d_]+", lambda word: word[0][:1] + word[0][1:].lower(), city)
