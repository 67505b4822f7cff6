"""The release's own wording of the phrases the library adds (issue "Every release in its own
language": as published beats generated).

``phrases:`` maps a phrase of the catalogue (``pressrelease.locale.Phrases``) to the words
this release prints instead: ``page: "Seite {number}/{total}"``, ``media_assets:
"Bildmaterial:"``. One field per phrase, so a misspelt name is refused with the valid names
(and the schema lists them, described), and a template keeps exactly its placeholders. The
catalogue is imported only to check a template that a release actually words, so validating a
release without ``phrases`` loads no locale data.
"""

from __future__ import annotations

from pydantic import ValidationInfo, field_validator

from pressrelease.model.base import PlainText, _Model

MAX_PHRASE = 200
"""Characters a phrase may hold (the catalogue's longest is under 100): the library prints a
phrase wherever it words that thing, once per quote (said) or contact or page, so a long one
would multiply the release's size (a 1 MB said over 5 MB of quotes is gigabytes)."""


class OwnPhrases(_Model):
    """Phrases the release words itself, in place of its language's catalogue entry; each is
    one line of plain text. A template keeps its placeholders ({when}, {number} …) exactly,
    with {{ and }} for a brace; any other phrase is printed exactly as written."""

    immediate: PlainText | None = None
    """The timing line of a release without embargo (FOR IMMEDIATE RELEASE). The release's
    ``timing`` field, when set, still wins."""
    embargoed_until: PlainText | None = None
    """The embargo notice, a template: EMBARGOED UNTIL {when}. ``embargo.printed`` still
    wins."""
    do_not_publish: PlainText | None = None
    """After the embargo notice in the pack's README: Do not publish before then."""
    date_time: PlainText | None = None
    """Joins the worded date and time of the embargo, a template: {time}, {date}."""
    time_zone: PlainText | None = None
    """Joins a clock time and its zone in the embargo notice, a template: {time} {zone}."""
    page: PlainText | None = None
    """Page numbers in the PDF and DOCX footer, a template: Page {number} of {total}."""
    more: PlainText | None = None
    """At the foot of every PDF page but the last, with ``--more-marks``: - more -."""
    contact_heading: PlainText | None = None
    """Heading of a contact by its role, a template: {role} contact:. A contact's
    ``heading`` still wins."""
    media_contact: PlainText | None = None
    """Heading of a contact whose role is Media or Press: Media contact:."""
    investor_contact: PlainText | None = None
    """Heading of a contact whose role is Investors, Investor Relations or IR: Investor
    contact:."""
    contacts: PlainText | None = None
    """Names the contacts in navigation and metadata (EPUB and HTML contents, vCards):
    Contacts."""
    media_assets: PlainText | None = None
    """Heading of the media assets, in every format and the pack's README: Media assets:."""
    contents: PlainText | None = None
    """Title of the EPUB's table of contents: Contents."""
    press_release: PlainText | None = None
    """What the document is, in the PDF's subject when there is no subheadline: Press
    release."""
    said: PlainText | None = None
    """The verb of a quote that names none: said. A quote's ``verb`` still wins."""
    pack_intro: PlainText | None = None
    """First sentence of the pack's README."""
    pack_files: PlainText | None = None
    """Heading of the file list in the pack's README: Files:."""
    pack_guide: PlainText | None = None
    """What README.txt is, in the pack's file list and manifest: This guide."""
    pack_index: PlainText | None = None
    """What manifest.json is, in the pack's file list: Machine-readable index …"""
    pack_contacts: PlainText | None = None
    """Heading of the contact list in the pack's README: Contacts:."""
    pack_vcards: PlainText | None = None
    """What contacts.vcf is, in the pack's file list and manifest: Contacts as vCards."""
    file_txt: PlainText | None = None
    """What the plain-text file is, in the pack's file list: The release as plain text …"""
    file_docx: PlainText | None = None
    """What the Word document is, in the pack's file list: The release as a Word document …"""
    file_pdf: PlainText | None = None
    """What the PDF is, in the pack's file list: The release as a print-ready PDF."""
    file_epub: PlainText | None = None
    """What the e-book is, in the pack's file list: The release as an e-book …"""
    file_html: PlainText | None = None
    """What the web page is, in the pack's file list: The release as a web page …"""
    file_ninjs: PlainText | None = None
    """What the IPTC ninjs file is, in the pack's file list: News item for agencies …"""
    file_jsonld: PlainText | None = None
    """What the JSON-LD file is, in the pack's file list: Structured data for search …"""
    file_eml: PlainText | None = None
    """What the e-mail message is, in the pack's file list: The release as an e-mail …"""
    landmarks: PlainText | None = None
    """Title of the EPUB's landmarks in its navigation document: Guide."""

    @field_validator("*")
    @classmethod
    def _one_line_template(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        if "\n" in value:
            raise ValueError("a phrase is one line: remove the line break")
        if len(value) > MAX_PHRASE:
            raise ValueError(
                f"the phrase has {len(value):,} characters, over the limit of {MAX_PHRASE}: "
                "a phrase is printed wherever the library words that thing"
            )
        from pressrelease.locale.phrases import template_problem

        problem = template_problem(str(info.field_name), value)
        if problem:
            raise ValueError(problem)
        return value

    def given(self) -> dict[str, str]:
        """The phrases this release words, by name."""
        return {name: value for name, value in self if value is not None}


def unknown_phrase(name: str) -> str:
    """The message for a name that is no phrase: the closest phrase, and all of them."""
    import difflib

    names = list(OwnPhrases.model_fields)
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"no phrase is called {name!r}; {hint}the phrases are {', '.join(names)}"
