"""Every word the library adds to a release, written once: ``compose`` is its only caller.

The timing line, the dateline, the published sentence of a quote, contact headings, asset
labels and page numbering must read the same in every format, so they are worded here and
nowhere else.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pressrelease.inline import Span, Text, merge_text

if TYPE_CHECKING:
    from pressrelease.model import (
        Asset,
        Contact,
        Dateline,
        Embargo,
        Listing,
        PressRelease,
        Quote,
    )

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
IMMEDIATE = "FOR IMMEDIATE RELEASE"


def long_date(day: dt.date) -> str:
    """International style: 24 October 2021."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def ap_date(day: dt.date) -> str:
    """AP style: Oct. 24, 2021."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _utc_offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def embargo_line(embargo: Embargo) -> str:
    """EMBARGOED UNTIL 09:00 (UTC+08:00), Sunday, 24 October 2021 / 01:00 UTC."""
    from zoneinfo import ZoneInfo

    local = embargo.until.astimezone(ZoneInfo(embargo.timezone))
    utc = embargo.until.astimezone(dt.timezone.utc)
    day = f"{WEEKDAYS[local.weekday()]}, {long_date(local.date())}"
    if local.utcoffset() == dt.timedelta(0) and embargo.timezone in ("UTC", "Etc/UTC"):
        return f"EMBARGOED UNTIL {utc:%H:%M} UTC, {day}"
    line = f"EMBARGOED UNTIL {local:%H:%M} ({_utc_offset(local)}), {day} / {utc:%H:%M} UTC"
    if utc.date() != local.date():
        line += f", {WEEKDAYS[utc.weekday()]}, {long_date(utc.date())}"
    return line


def timing_line(release: PressRelease) -> str:
    """FOR IMMEDIATE RELEASE, or the embargo line."""
    return embargo_line(release.embargo) if release.embargo else IMMEDIATE


def dateline_text(dateline: Dateline) -> str:
    """The dateline without its closing dash: "Suzhou, China, 24 October 2021"."""
    if dateline.printed:
        return dateline.printed
    if dateline.style == "ap":
        parts = [dateline.city.upper(), dateline.region, dateline.country, ap_date(dateline.date)]
    else:
        parts = [dateline.city, dateline.region, dateline.country, long_date(dateline.date)]
    text = ", ".join(p for p in parts if p)
    return f"{text} {dateline.credit}" if dateline.credit else text


def dateline_separator(dateline: Dateline) -> str:
    """What joins the dateline to the lead paragraph's first word."""
    if dateline.separator is not None:
        return dateline.separator
    return " — " if dateline.style == "ap" else " - "


def attribution(quote: Quote) -> str:
    """The words naming the speaker: as published, or name, title of organization."""
    if quote.attribution:
        return quote.attribution
    speaker = quote.speaker
    text = speaker.name
    if speaker.title and speaker.organization:
        text += f", {speaker.title} of {speaker.organization}"
    elif speaker.title or speaker.organization:
        text += f", {speaker.title or speaker.organization}"
    return text


def quote_spans(quote: Quote) -> tuple[Span, ...]:
    """The quote as the sentence it was published in, inline formatting kept."""
    who = attribution(quote)
    opening, closing = quote.marks
    words = quote.text.spans
    if quote.position == "before":
        joiner = ", " if "," in who else " "
        first = (Text(f"{who}{joiner}{quote.verb}, {opening}"), *words, Text(closing))
        if quote.continued is None:
            return first
        intro = f" {quote.continued_intro} {opening}"
        return merge_text((*first, Text(intro), *quote.continued.spans, Text(closing)))
    ends_itself = quote.text.plain.rstrip().endswith(("?", "!", ",", "…"))
    said = f"{quote.verb} {who}" if quote.verb_first else f"{who} {quote.verb}"
    spans: tuple[Span, ...] = (
        Text(opening),
        *words,
        Text(f"{'' if ends_itself else ','}{closing} {said}."),
    )
    if quote.continued is not None:
        intro = f" {quote.continued_intro}" if quote.continued_intro else ""
        spans += (Text(f"{intro} {opening}"), *quote.continued.spans, Text(closing))
    return merge_text(spans)


def asset_details(asset: Asset) -> str:
    """What follows an asset's title: ": caption (credit)", or nothing."""
    text = f": {asset.caption}" if asset.caption else ""
    return text + (f" ({asset.credit})" if asset.credit else "")


def utc_stamp(moment: dt.datetime) -> str:
    """2021-10-24T01:00:00Z: a moment in UTC, as EPUB, OOXML, ninjs and manifests write it."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def listing_text(listing: Listing) -> str:
    """HKEX: 00853."""
    return f"{listing.exchange}: {listing.symbol}"


def contact_label(contact: Contact) -> str:
    """What a contact card is called: "Media contact"."""
    return f"{contact.role} contact"


def contact_heading(contact: Contact) -> str:
    """The card's printed heading: "Media contact:"."""
    return f"{contact_label(contact)}:"


def contacts_label(contacts: list[Contact]) -> str:
    """The contacts' title in a table of contents: the one card's label, or "Contacts"."""
    return contact_label(contacts[0]) if len(contacts) == 1 else "Contacts"


def contact_name(contact: Contact) -> str | None:
    """The card's first line: "Jane Roe, Acme", or None when it names nobody."""
    return ", ".join(p for p in (contact.name, contact.organization) if p) or None


MEDIA_ASSETS = "Media assets:"
CONTENTS = "Contents"
MORE = "- more -"
PAGE_WORDS = {
    "de": ("Seite ", " von ", ""),
    "en": ("Page ", " of ", ""),
    "es": ("Página ", " de ", ""),
    "fr": ("Page ", " sur ", ""),
    "it": ("Pagina ", " di ", ""),
    "ja": ("", " / ", " ページ"),
    "nl": ("Pagina ", " van ", ""),
    "pt": ("Página ", " de ", ""),
    "zh": ("第 ", " 页，共 ", " 页"),
}
"""How "Page X of Y" reads in a few languages; any other language gets "X / Y"."""


def page_words(language: str) -> tuple[str, str, str]:
    """The words around the page number and the page count, for ``language``."""
    return PAGE_WORDS.get(language.split("-")[0].lower(), ("", " / ", ""))


def subject(release: PressRelease) -> str:
    """The first subheadline, else what and where: "Press release, Suzhou, China, 24 …"."""
    if release.subheadlines:
        return release.subheadlines[0]
    return f"Press release, {dateline_text(release.dateline)}"


def located(dateline: Dateline) -> str:
    """Where the release was issued from, as the dateline names it: "Suzhou, China"."""
    return ", ".join(p for p in (dateline.city, dateline.region, dateline.country) if p)


def release_time(release: PressRelease, timestamp: dt.datetime | None) -> dt.datetime:
    """The one timestamp outputs may carry: the given one, the embargo, or the release date."""
    if timestamp is not None:
        return timestamp.astimezone(dt.timezone.utc)
    if release.embargo is not None:
        return release.embargo.until.astimezone(dt.timezone.utc)
    day = release.dateline.date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
