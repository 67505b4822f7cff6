"""The dateline at the start of the lead, in the wire styles: international, AP, PR Newswire,
GlobeNewswire, Business Wire, and a credit on its own line (``--News Direct--``).

The fields are read from it, and when composing them again would not give the printed
words back exactly, the printed words are kept in ``printed`` (and the joiner in
``separator``), so the text stays word for word.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pressrelease.importing.dates import DATE, parse_date

_PART = r"[^\W\d_](?:[^\W\d_]|[.'’&-]|\s(?=[^\W\d_&]))*"
_CREDIT = r"/[^/\n]{2,40}/|\((?:[A-Z][A-Za-z.&-]*)(?: [A-Z][A-Za-z.&-]*){0,4}\)"
_DATELINE = re.compile(
    rf"^(?P<printed>(?P<city>{_PART})(?:,\s*(?P<p2>{_PART}))?(?:,\s*(?P<p3>{_PART}))?"
    rf"(?:,\s*(?P<date>{DATE})(?:\s*(?P<credit>{_CREDIT}))?|(?:\s*|--|–|—)(?P<credit2>{_CREDIT})))"
    r"(?P<sep>\s*(?:--|—|–|-|:)\s*|\s+)(?=\S)"
)
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


def credit_alone(text: str) -> bool:
    """``--News Direct--`` or ``/PRNewswire/`` on a line of its own."""
    return bool(_CREDIT_ALONE.match(text.strip()))


def find(text: str, language: str = "en") -> FoundDateline | None:
    """The dateline starting ``text`` (a lead paragraph), or None."""
    from pressrelease.document.wording import dateline_separator, dateline_text

    alone = _ALONE.match(text)
    if alone:
        as_printed = {"printed": alone.group("printed"), "separator": alone.group("sep")}
        return FoundDateline(as_printed, alone.group("printed"), text[alone.end() :], False)
    match = _DATELINE.match(text)
    if match is None:
        return None
    credit = match.group("credit") or match.group("credit2")
    if len(match.group("city").split()) > 4:
        return None
    day = parse_date(match.group("date")) if match.group("date") else None
    if match.group("date") and day is None:
        return None
    printed = match.group("printed")
    city = match.group("city")
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
    month_first = bool(match.group("date")) and not match.group("date").strip()[0].isdigit()
    style = "ap" if upper or month_first else "international"
    fields["style"] = style
    if credit:
        fields["credit"] = credit
    from pressrelease.model import Dateline

    candidate = Dateline.model_construct(**fields)  # no validator build: see quotes.construct
    if day is None or dateline_text(candidate, language) != printed:
        fields["printed"] = printed
    if dateline_separator(candidate) != match.group("sep"):
        fields["separator"] = match.group("sep")
    return FoundDateline(fields, printed, text[match.end() :], day is not None)


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
    """SUZHOU -> Suzhou, NEW YORK -> New York, ST. LOUIS -> St. Louis."""
    return " ".join(word[:1] + word[1:].lower() for word in city.split())
