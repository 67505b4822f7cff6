"""compose(release) -> Document: the one place that knows the reading order of a release.

Timing line, headline, subheadlines; the body, whose first paragraph opens with the
dateline; the boilerplates, disclaimers, contacts and media assets; the end mark. Each
part leaves here fully worded (``wording``), so every format says the same thing in the
same order, and a change of order or wording is made here once.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from typing_extensions import assert_never

from pressrelease.document import wording
from pressrelease.document.parts import (
    AssetItem,
    Assets,
    ClosingSection,
    ContactCard,
    ContactLine,
    Contacts,
    DatelineLine,
    Document,
    EndMark,
    Heading,
    Headline,
    ItemList,
    Lead,
    PageWords,
    Para,
    Part,
    QuoteSentence,
    Subheadline,
    TablePart,
    TimingLine,
    Words,
)
from pressrelease.model import BulletList, Paragraph, Quote, Subheading, Table

if TYPE_CHECKING:
    from pressrelease.model import Block, Contact, PressRelease


def compose(release: PressRelease, timestamp: dt.datetime | None = None) -> Document:
    """The release as worded parts in reading order.

    ``timestamp`` fixes the build time (``RenderOptions.timestamp``, SOURCE_DATE_EPOCH);
    without it the document is dated by its embargo or its release date.
    """
    language = release.language
    words = wording.phrases(language)
    return Document(
        release=release,
        parts=tuple(_parts(release)),
        words=Words(
            page=PageWords(*wording.page_words(language)),
            more=words.more,
            contents=words.contents,
            subject=wording.subject(release),
            listings=tuple(wording.listing_text(x) for x in release.issuer.listings),
            located=wording.located(release.dateline),
            dateline=wording.dateline_text(release.dateline, language),
        ),
        moment=wording.release_time(release, timestamp),
    )


def _parts(release: PressRelease) -> list[Part]:
    language = release.language
    parts: list[Part] = [
        TimingLine(wording.timing_line(release), embargoed=release.embargo is not None),
        Headline(release.headline),
        *(Subheadline(sub) for sub in release.subheadlines),
    ]
    dateline = wording.dateline_text(release.dateline, language)
    lead = release.lead_index
    if lead is None:
        parts.append(DatelineLine(dateline))
    for index, block in enumerate(release.body):
        if index == lead and isinstance(block, Paragraph):
            separator = wording.dateline_separator(release.dateline)
            parts.append(Lead(dateline, separator, block.text.spans))
        else:
            parts.append(_block(block, index, language))
    for number, boilerplate in enumerate(release.boilerplates, start=1):
        paragraphs = tuple(p.spans for p in boilerplate.paragraphs)
        anchor = f"about-{number}"
        parts.append(ClosingSection("boilerplate", boilerplate.heading, paragraphs, anchor))
    for number, disclaimer in enumerate(release.disclaimers, start=1):
        paragraphs = tuple(p.spans for p in disclaimer.paragraphs)
        anchor = f"disclaimer-{number}"
        parts.append(ClosingSection("disclaimer", disclaimer.heading, paragraphs, anchor))
    if release.contacts:
        cards = tuple(_card(contact, language) for contact in release.contacts)
        parts.append(Contacts(wording.contacts_label(release.contacts, language), cards))
    if release.assets:
        items = tuple(
            AssetItem(asset.title, wording.asset_details(asset), asset.url)
            for asset in release.assets
        )
        parts.append(Assets(wording.phrases(language).media_assets, items))
    if release.end_mark:
        parts.append(EndMark(release.end_mark))
    return parts


def _block(block: Block, index: int, language: str) -> Part:
    if isinstance(block, Paragraph):
        return Para(block.text.spans)
    if isinstance(block, Subheading):
        return Heading(block.text, f"section-{index + 1}")
    if isinstance(block, BulletList):
        return ItemList(block.ordered, tuple(item.spans for item in block.items))
    if isinstance(block, Quote):
        return QuoteSentence(wording.quote_spans(block, language))
    if isinstance(block, Table):
        header = tuple(cell.spans for cell in block.header)
        rows = tuple(tuple(cell.spans for cell in row) for row in block.rows)
        return TablePart(block.caption, header, rows)
    assert_never(block)


def _card(contact: Contact, language: str) -> ContactCard:
    """A business card: name (person, organisation), e-mail, phone, web address."""
    lines: list[ContactLine] = []
    name = wording.contact_name(contact)
    if name:
        lines.append(ContactLine("name", name))
    if contact.email:
        lines.append(ContactLine("email", contact.email, f"mailto:{contact.email}"))
    if contact.phone:
        lines.append(ContactLine("phone", contact.phone))
    if contact.url:
        lines.append(ContactLine("url", contact.url, contact.url))
    label = wording.contact_label(contact, language)
    heading = wording.contact_heading(contact, language)
    return ContactCard(contact.role, label, heading, tuple(lines))
