"""Every word the library adds to a release, written once, in the release's language.

The timing line, the dateline, the published sentence of a quote, contact headings, asset
labels and page numbering must read the same in every format, so they are worded here and
nowhere else; ``compose`` is the only caller. The phrases, CLDR dates and quotation rules
come from ``pressrelease.locale``; what the release itself prints (a ``printed`` dateline, a
quote's ``attribution``, ``marks`` or ``verb``) always wins over what would be generated, and
its ``phrases`` win over the catalogue's: every phrase is looked up through :func:`phrases`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import string
from typing import TYPE_CHECKING

from pressrelease import locale
from pressrelease.document.words import PageWords
from pressrelease.inline import Span, Text, merge_text
from pressrelease.locale.dates import WEEKDAYS

if TYPE_CHECKING:
    from pressrelease.locale import Phrases
    from pressrelease.model import (
        Asset,
        Contact,
        ContactsSection,
        Dateline,
        Embargo,
        Listing,
        OwnPhrases,
        PressRelease,
        Quote,
    )


def phrases(language: str, own: OwnPhrases | None = None) -> Phrases:
    """The phrases a release prints: the catalogue's for its BCP 47 language tag (English
    when unknown), with the release's own wording (``own``, its ``phrases``) in their place.

    Every phrase the library adds is looked up here, so a release's own wording reaches
    every format and edge alike (they read it from the composed ``Document``)."""
    words = locale.lookup(language)
    given = own.given() if own is not None else {}
    return dataclasses.replace(words, **given) if given else words


def embargo_line(
    embargo: Embargo, language: str, ap: bool = False, own: OwnPhrases | None = None
) -> str:
    """The embargo notice. English: "EMBARGOED UNTIL 09:00 (UTC+08:00), Sunday, 24 October
    2021 / 01:00 UTC"; other languages name the local time and zone their own way. A release
    with an AP-style dateline gets AP style here too ("EMBARGOED UNTIL 7:00 a.m. EDT, Tuesday,
    Aug. 5, 2025"), so the two never disagree."""
    words = phrases(language, own)
    if ap and locale.resolve(language) == "en":
        from zoneinfo import ZoneInfo

        local = embargo.until.astimezone(ZoneInfo(embargo.timezone))
        day = f"{WEEKDAYS[local.weekday()]}, {locale.ap_date(local.date())}"
        time = locale.time_with_zone(embargo.until, embargo.timezone, "en-US", phrases=words)
        return words.embargoed_until.format(when=words.date_time.format(time=time, date=day))
    return locale.embargo_line(embargo.until, embargo.timezone, language, phrases=words)


def timing_line(release: PressRelease) -> str | None:
    """The timing line as published, else FOR IMMEDIATE RELEASE in the release's language or
    the worded embargo notice; None when the release prints none."""
    if release.embargo is not None:
        if release.embargo.printed:
            return release.embargo.printed
        ap = release.dateline.style == "ap"
        return embargo_line(release.embargo, release.language, ap, release.phrases)
    if release.timing is False:
        return None
    return release.timing or phrases(release.language, release.phrases).immediate


def list_separator(language: str) -> str:
    """What separates the parts of a dateline: ", ", Arabic "، ", Chinese and Japanese "、"."""
    if locale.writes_without_spaces(language):
        return "、"
    return "، " if locale.language_subtag(language) in ("ar", "fa", "ur") else ", "


def dateline_text(dateline: Dateline, language: str) -> str:
    """The dateline without its closing separator: "Suzhou, China, 24 October 2021", a wire's
    own style ("ANNA, Ohio, July 21, 2025 /PRNewswire/"), or as printed."""
    if dateline.printed:
        return dateline.printed
    if dateline.wire is not None:
        return _wire_dateline(dateline)
    show = dateline.show_date is not False
    if dateline.style == "ap":
        day = locale.ap_date(dateline.date) if show else None
        city = dateline.city.upper() if dateline.city else None
        parts = [city, dateline.region, dateline.country, day]
    else:
        day = locale.long_date(dateline.date, language) if show else None
        parts = [dateline.city, dateline.region, dateline.country, day]
    text = list_separator(language).join(p for p in parts if p)
    return f"{text} {dateline.credit}".strip() if dateline.credit else text


_WIRES = {
    # wire: (shows the date by default, separator to the lead)
    "prnewswire": (True, " -- "),
    "globenewswire": (True, " -- "),
    "businesswire": (False, ""),
    "accesswire": (True, " "),
    "newmediawire": (True, " - "),
    "newsdirect": (False, " "),
}
"""The wires whose dateline styles are composed, with their defaults."""


def _wire_dateline(dateline: Dateline) -> str:
    """A wire's dateline: the place (CITY, Region, Country; the city in capitals), the AP date
    and the wire's credit, each wire its own way."""
    wire = dateline.wire or "prnewswire"
    city = dateline.city.upper() if dateline.city else None
    place = ", ".join(p for p in (city, dateline.region, dateline.country) if p)
    dated = _WIRES[wire][0] if dateline.show_date is None else dateline.show_date
    day = locale.ap_date(dateline.date) if dated else ""
    head = ", ".join(p for p in (place, day) if p)
    if wire == "prnewswire":
        return f"{head} /PRNewswire/".strip()
    if wire == "globenewswire":
        return f"{head} (GLOBE NEWSWIRE)".strip()
    if wire == "businesswire":
        return f"{head}--(BUSINESS WIRE)--"
    if wire == "accesswire":
        return " / ".join(p for p in (place, "ACCESSWIRE", day) if p) + " /"
    if wire == "newmediawire":
        return " - ".join(p for p in (place, "(NewMediaWire)", day) if p)
    return f"{head}--News Direct--"


def dateline_separator(dateline: Dateline) -> str:
    """What joins the dateline to the lead paragraph's first word."""
    if dateline.separator is not None:
        return dateline.separator
    if dateline.wire is not None and not dateline.printed:
        return _WIRES[dateline.wire][1]
    return " — " if dateline.style == "ap" else " - "


def attribution(quote: Quote, language: str) -> str:
    """The words naming the speaker: as published, or name, title and organisation as the
    language joins them ("Jane Roe, CEO of Acme")."""
    if quote.attribution:
        return quote.attribution
    speaker = quote.speaker
    return locale.speaker_text(language, speaker.name, speaker.title, speaker.organization)


def quote_spans(quote: Quote, language: str, own: OwnPhrases | None = None) -> tuple[Span, ...]:
    """The quote as the sentence it was published in, inline formatting kept."""
    verb = quote.verb or phrases(language, own).said
    marks = quote.marks
    frame = locale.quote_frame(
        language,
        quote.text.plain,
        attribution(quote, language),
        verb,
        quote.position,
        verb_first=quote.verb_first,
        marks=marks,
        comma=quote.comma,
        separator=quote.separator,
    )
    spans: tuple[Span, ...] = (Text(frame.before), *quote.text.spans, Text(frame.after))
    if quote.continued is not None:
        more = locale.continued_frame(language, quote.continued_intro, marks=marks)
        spans += (Text(more.before), *quote.continued.spans, Text(more.after))
    return merge_text(spans)


def quote_paragraph(quote: Quote, language: str, own: OwnPhrases | None = None) -> tuple[Span, ...]:
    """The paragraph a quote was published in: its ``lead`` narrative, the quote sentence,
    its ``tail``, joined by one space (by nothing in languages written without spaces)."""
    space = "" if locale.writes_without_spaces(language) else " "
    spans = quote_spans(quote, language, own)
    if quote.lead is not None:
        spans = (*quote.lead.spans, Text(space), *spans)
    if quote.tail is not None:
        spans = (*spans, Text(space), *quote.tail.spans)
    return merge_text(spans)


def asset_details(asset: Asset, language: str) -> str:
    """What follows an asset's title: ": caption (credit)" (full-width in Chinese and
    Japanese: "：caption（credit）"), or nothing."""
    if locale.writes_without_spaces(language):
        text = f"：{asset.caption}" if asset.caption else ""
        return text + (f"（{asset.credit}）" if asset.credit else "")
    text = f": {asset.caption}" if asset.caption else ""
    return text + (f" ({asset.credit})" if asset.credit else "")


def utc_stamp(moment: dt.datetime) -> str:
    """2021-10-24T01:00:00Z: a moment in UTC, as EPUB, OOXML, ninjs and manifests write it."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def issuer_names(release: PressRelease) -> str:
    """The issuers as one author: "Acme", or "Acme and Beta" in the release's language."""
    return locale.name_list([issuer.name for issuer in release.issuers], release.language)


def listing_text(listing: Listing) -> str:
    """HKEX: 00853."""
    return f"{listing.exchange}: {listing.symbol}"


def contact_heading(contact: Contact, language: str, own: OwnPhrases | None = None) -> str | None:
    """The card's printed heading: as published, else "Media contact:", "Pressekontakt:",
    "媒体联系人：" from its role; None when the card prints no heading. English prints a
    role as written ("Press contact:") unless the release words that role's heading."""
    if contact.heading is False:
        return None
    if contact.heading:
        return contact.heading
    if contact.role is None:
        return None
    usual = locale.role_phrase(contact.role)
    worded = usual is not None and own is not None and getattr(own, usual) is not None
    idiomatic = worded or locale.resolve(language) != "en"
    return locale.role_heading(phrases(language, own), contact.role, idiomatic=idiomatic)


def contact_label(contact: Contact, language: str, own: OwnPhrases | None = None) -> str:
    """What a contact card is called in a table of contents and metadata: its heading without
    the colon, or the language's "Contacts" when it has none."""
    heading = contact_heading(contact, language, own)
    if heading is None:
        return phrases(language, own).contacts
    return heading.rstrip().rstrip(":：").rstrip()


def contacts_label(section: ContactsSection, language: str, own: OwnPhrases | None = None) -> str:
    """The contacts' title in a table of contents: the section's own heading, else the one
    card's label, else "Contacts"."""
    if section.heading:
        return section.heading.rstrip().rstrip(":：").rstrip()
    if len(section.contacts) == 1:
        return contact_label(section.contacts[0], language, own)
    return phrases(language, own).contacts


def contact_name(contact: Contact) -> str | None:
    """The card's first line: "Jane Roe, Acme", or None when it names nobody."""
    return ", ".join(p for p in (contact.name, contact.organization) if p) or None


def page_words(language: str, own: OwnPhrases | None = None) -> PageWords:
    """The words around the page number and the page count: ("Page ", " of ", "") from
    "Page {number} of {total}"; the count first where the language puts it first (Korean
    "{total}쪽 중 {number}쪽")."""
    texts = [""]
    order: list[str] = []
    for literal, name, _, _ in string.Formatter().parse(phrases(language, own).page):
        texts[-1] += literal  # a doubled brace splits the literal text in two pieces
        if name is not None:
            order.append(name)
            texts.append("")
    before, middle, after = texts
    return PageWords(before, middle, after, total_first=order == ["total", "number"])


def subject(release: PressRelease) -> str:
    """The first subheadline, else what and where: "Press release, Suzhou, China, 24 …"."""
    if release.subheadlines:
        return release.subheadlines[0]
    words = phrases(release.language, release.phrases).press_release
    return f"{words}, {dateline_text(release.dateline, release.language)}"


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
