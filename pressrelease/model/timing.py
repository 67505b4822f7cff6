"""When and where: the embargo and the dateline."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    StringConstraints,
    field_validator,
    model_validator,
)

from pressrelease.model.base import PlainText, _Model
from pressrelease.textcheck import clean_text


class Embargo(_Model):
    """The release may not be published before ``until``."""

    until: AwareDatetime
    """The moment the embargo lifts, with its UTC offset (e.g. 2021-10-24T09:00:00+08:00)."""
    timezone: str = "UTC"
    """The IANA time zone in which to show the local time (e.g. Asia/Shanghai)."""
    printed: PlainText | None = None
    """The embargo line exactly as published ("Embargoed until 9:00 a.m. ET / 3:00 p.m. CET,
    Tuesday, May 6, 2025"); it replaces the worded notice, ``until`` keeps the meaning."""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(value)
        except Exception:
            raise ValueError(
                f"{value!r} is not an IANA time zone name (e.g. Europe/Paris, Asia/Shanghai)"
            ) from None
        return value

    @model_validator(mode="after")
    def _representable(self) -> Embargo:
        """Refuse instants that exist in one zone but overflow the calendar in another."""
        from zoneinfo import ZoneInfo

        try:
            self.until.astimezone(dt.timezone.utc)
            local = self.until.astimezone(ZoneInfo(self.timezone))
        except OverflowError:
            raise ValueError(
                f"{self.until.isoformat()} is too close to the year 1 or 9999 to be shown "
                "in UTC and in the release's time zone"
            ) from None
        offset, expected = self.until.utcoffset(), local.utcoffset()
        if offset and offset != expected:  # UTC (Z, +00:00) is always a fine way to write it
            raise ValueError(
                f"{self.until.isoformat()} has the UTC offset {_hours(offset)}, but "
                f"{self.timezone} is at {_hours(expected)} at that moment (summer time?); "
                f"write the local time with {_hours(expected)}, or the time in UTC with Z"
            )
        return self


def _separator(value: str) -> str:
    value = clean_text(value)
    if any(char in value for char in "\n\t") or len(value) > 5:
        raise ValueError(
            f"{value!r} is not a dateline separator: use up to 5 characters on one line"
        )
    return value


DatelineSeparator = Annotated[
    str,
    StringConstraints(strip_whitespace=False, min_length=1),
    AfterValidator(_separator),
]
"""A short one-line joiner whose spaces are kept, e.g. " — " or "–"."""


def _hours(offset: dt.timedelta | None) -> str:
    minutes = int((offset or dt.timedelta(0)).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class Dateline(_Model):
    """Where and when the news was released, written at the start of the lead paragraph."""

    city: PlainText | None = None
    """The city the release is issued from (some wires print none)."""
    region: PlainText | None = None
    """State, province or region, as it should be written (e.g. Ohio, Calif.)."""
    country: PlainText | None = None
    """The country, as it should be written."""
    date: dt.date
    """The release date."""
    style: Literal["international", "ap"] = "international"
    """international: "Suzhou, China, 24 October 2021 -"; ap: "SUZHOU, China, Oct. 24, 2021 —"."""
    credit: PlainText | None = None
    """A wire credit written after the date, e.g. /PRNewswire/ or (GLOBE NEWSWIRE)."""
    wire: (
        Literal[
            "prnewswire",
            "globenewswire",
            "businesswire",
            "accesswire",
            "newmediawire",
            "newsdirect",
        ]
        | None
    ) = None
    """The wire whose dateline style to compose: prnewswire "ANNA, Ohio, July 21, 2025
    /PRNewswire/ --", globenewswire "MIAMI, FL, Aug. 25, 2025 (GLOBE NEWSWIRE) --",
    businesswire "CHICAGO--(BUSINESS WIRE)--", accesswire "AUSTIN, TX / ACCESSWIRE / May 1,
    2024 /", newmediawire "MIAMI, FL - (NewMediaWire) - May 1, 2024 -", newsdirect
    "--News Direct--"."""
    show_date: bool | None = None
    """Whether the printed dateline states the date; default: as the style or wire does
    (Business Wire and News Direct datelines carry none)."""
    printed: PlainText | None = None
    """The dateline exactly as the wire printed it, when composing it from the fields above
    cannot (e.g. CHICAGO–(BUSINESS WIRE), no date; --News Direct--, no place); it then replaces
    the composed text, and city, date and the rest only describe the release."""
    separator: DatelineSeparator | None = None
    """What joins the dateline to the lead's first word as printed, spaces included (e.g. "–"
    for CHICAGO–(BUSINESS WIRE)–On); default: " — " for ap style, " - " for international."""
