"""compose(release) -> Document: the one place that knows the reading order of a release.

Timing line, headline, subheadlines; the body, whose first paragraph opens with the
dateline; the boilerplates, disclaimers, contacts and media assets; the end mark. Each
part leaves here fully worded (``wording``), so every format says the same thing in the
same order, and a change of order or wording is made here once.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal, cast

from typing_extensions import assert_never

from pressrelease.document import wording
from pressrelease.document.doc import Document, Translation
from pressrelease.document.notes import NoteIndex
from pressrelease.document.parts import (
    AssetItem,
    Assets,
    BlockQuotation,
    ClosingSection,
    ContactCard,
    Contacts,
    DatelineLine,
    EndMark,
    Heading,
    Headline,
    ItemList,
    Lead,
    Para,
    Part,
    Preamble,
    QuoteSentence,
    Spans,
    Subheadline,
    TablePart,
    TimingLine,
)
from pressrelease.document.words import Words
from pressrelease.inline import InlineText, Link, Span, Text, merge_text
from pressrelease.media import NO_MEDIA, Media
from pressrelease.model import (
    BlockQuote,
    Boilerplate,
    BulletList,
    ContactsSection,
    Disclaimer,
    EndMarkHere,
    FootnotesSection,
    ListItem,
    Notes,
    Paragraph,
    Quote,
    Subheading,
    Table,
)

if TYPE_CHECKING:
    from pressrelease.model import Asset, Block, Contact, ListEntry, OwnPhrases, PressRelease


def compose(
    release: PressRelease,
    timestamp: dt.datetime | None = None,
    media: Media = NO_MEDIA,
    translations: tuple[Translation, ...] = (),
) -> Document:
    """The release as worded parts in reading order.

    ``timestamp`` fixes the build time (``RenderOptions.timestamp``, SOURCE_DATE_EPOCH);
    without it the document is dated by its embargo or its release date. ``media``
    (``RenderOptions.media``) holds the logo and photo files read with the release;
    ``translations`` are the release's other languages packed with it, for the formats that
    link them.
    """
    language = release.language
    words = wording.phrases(language, release.phrases)
    return Document(
        release=release,
        parts=tuple(_parts(release, media)),
        words=Words(
            page=wording.page_words(language, release.phrases),
            more=words.more,
            contents=words.contents,
            subject=wording.subject(release),
            listings=tuple(
                wording.listing_text(x) for issuer in release.issuers for x in issuer.listings
            ),
            located=wording.located(release.dateline),
            dateline=wording.dateline_text(release.dateline, language),
            phrases=words,
            issuers=wording.issuer_names(release),
        ),
        moment=wording.release_time(release, timestamp),
        translations=translations,
        logo=media.get(release.issuer.logo),
    )


def _parts(release: PressRelease, media: Media) -> list[Part]:
    language = release.language
    parts: list[Part] = [Preamble(tuple(release.preamble))] if release.preamble else []
    timing = wording.timing_line(release)
    timing_part = [TimingLine(timing, release.embargo is not None)] if timing else []
    head: list[Part] = [Headline(release.headline)]
    head += [Subheadline(sub) for sub in release.subheadlines]
    if release.timing_position == "top":
        parts += [*timing_part, *head]
    else:
        parts += [*head, *timing_part]
    dateline = wording.dateline_text(release.dateline, language)
    lead = release.lead_index
    if lead is None:
        parts.append(DatelineLine(dateline))
    for index, block in enumerate(release.body):
        if index == lead and isinstance(block, Paragraph):
            separator = wording.dateline_separator(release.dateline)
            parts.append(Lead(dateline, separator, block.text.spans))
        else:
            parts.append(_block(block, f"section-{index + 1}", language, release.phrases))
    notes = NoteIndex(release)
    parts += _closing(release, language, media, notes)
    if release.end_mark and not any(isinstance(s, EndMarkHere) for s in release.sections):
        parts.append(EndMark(release.end_mark))
    return notes.resolve(parts)


def _closing(release: PressRelease, language: str, media: Media, notes: NoteIndex) -> list[Part]:
    """The sections after the body, in the order the release prints them."""
    parts: list[Part] = []
    counts: dict[str, int] = {}
    for section in release.sections:
        number = counts[section.kind] = counts.get(section.kind, 0) + 1
        if isinstance(section, Boilerplate):
            paragraphs = tuple(p.spans for p in section.paragraphs)
            anchor = f"about-{number}"
            parts.append(ClosingSection("boilerplate", section.heading, paragraphs, anchor))
        elif isinstance(section, Disclaimer):
            paragraphs = tuple(p.spans for p in section.paragraphs)
            anchor = f"disclaimer-{number}"
            parts.append(ClosingSection("disclaimer", section.heading, paragraphs, anchor))
        elif isinstance(section, ContactsSection):
            cards = tuple(_card(contact, language, release.phrases) for contact in section.contacts)
            label = wording.contacts_label(section, language, release.phrases)
            parts.append(Contacts(label, section.heading, cards))
        elif isinstance(section, Notes):
            anchor = f"notes-{number}"
            if section.heading:
                parts.append(Heading(section.heading, anchor))
            for index, block in enumerate(section.blocks, start=1):
                parts.append(_block(block, f"{anchor}-{index}", language, release.phrases))
        elif isinstance(section, FootnotesSection):
            parts.append(notes.section(section, f"footnotes-{number}"))
        elif isinstance(section, EndMarkHere):
            parts.append(EndMark(release.end_mark or ""))
        else:
            assert_never(section)
    if release.assets:
        items = tuple(_asset(asset, language, media) for asset in release.assets)
        label = wording.phrases(language, release.phrases).media_assets
        parts.append(Assets(label, items))
    return parts


def _asset(asset: Asset, language: str, media: Media) -> AssetItem:
    image = media.get(asset.file)
    return AssetItem(
        title=asset.title,
        details=wording.asset_details(asset, language),
        url=asset.url,
        file=image.pack_name if image is not None else asset.file,
        alt=asset.alt,
        image=image,
    )


def _block(block: Block, anchor: str, language: str, own: OwnPhrases | None) -> Part:
    if isinstance(block, Paragraph):
        return Para(block.text.spans)
    if isinstance(block, Subheading):
        return Heading(block.text, anchor, block.level)
    if isinstance(block, BulletList):
        return _list(block.ordered, block.items, 1)
    if isinstance(block, Quote):
        in_paragraph = block.lead is not None or block.tail is not None
        return QuoteSentence(wording.quote_paragraph(block, language, own), in_paragraph)
    if isinstance(block, BlockQuote):
        source = block.source.spans if block.source is not None else None
        return BlockQuotation(tuple(p.spans for p in block.paragraphs), source)
    if isinstance(block, Table):
        header = tuple(_cells(row) for row in block.header_rows)
        rows = tuple(_cells(row) for row in block.rows)
        align = tuple(cast("Align", a) for a in block.alignment)
        return TablePart(block.caption, header, rows, block.row_headers, align)
    assert_never(block)


Align = Literal["left", "right", "center"]


def _list(ordered: bool, items: list[ListEntry], depth: int) -> ItemList:
    """A list and, under its items, their sub-lists (``nested`` stays empty without any)."""
    texts = tuple(item.text.spans if isinstance(item, ListItem) else item.spans for item in items)
    nested = tuple(
        _list(item.ordered, item.items, depth + 1) if isinstance(item, ListItem) else None
        for item in items
    )
    return ItemList(ordered, texts, nested if any(nested) else (), depth)


def _cells(row: list[InlineText | None]) -> tuple[Spans, ...]:
    return tuple(cell.spans if cell is not None else () for cell in row)


def _card(contact: Contact, language: str, own: OwnPhrases | None) -> ContactCard:
    """A business card: its lines as published, or composed from its fields (name and
    organisation, e-mail, phone, web address), with mail and web addresses linked."""
    who = wording.contact_name(contact)
    if contact.lines is not None:
        lines = tuple(_linked(line.spans, contact) for line in contact.lines)
    else:
        composed: list[Spans] = [(Text(who),)] if who else []
        if contact.email:
            composed.append((Link(f"mailto:{contact.email}", (Text(contact.email),)),))
        if contact.phone:
            composed.append((Text(contact.phone),))
        if contact.url:
            composed.append((Link(contact.url, (Text(contact.url),)),))
        lines = tuple(composed)
    return ContactCard(
        role=contact.role,
        label=wording.contact_label(contact, language, own),
        heading=wording.contact_heading(contact, language, own),
        lines=lines,
        who=who,
        email=contact.email,
        phone=contact.phone,
        url=contact.url,
    )


def _linked(spans: Spans, contact: Contact) -> Spans:
    """A printed card line with the contact's e-mail and web address made links, where the
    author did not link them already."""
    targets = [(contact.email, f"mailto:{contact.email}")] if contact.email else []
    if contact.url:
        bare = contact.url.split("://", 1)[-1].rstrip("/")
        targets += [(contact.url, contact.url), (bare, contact.url)]
    out: list[Span] = []
    for span in spans:
        if not isinstance(span, Text):
            out.append(span)
            continue
        out.extend(_link_text(span.text, targets))
    return merge_text(out)


def _link_text(text: str, targets: list[tuple[str, str]]) -> list[Span]:
    for shown, href in targets:
        at = text.find(shown)
        if at >= 0:
            before, after = text[:at], text[at + len(shown) :]
            return [
                *_link_text(before, targets),
                Link(href, (Text(shown),)),
                *_link_text(after, targets),
            ]
    return [Text(text)] if text else []
