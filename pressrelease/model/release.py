"""The release itself, and what closes it: boilerplates, disclaimers, contacts, footnotes, the
issuers and their listings, media assets."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    field_validator,
    model_validator,
)

from pressrelease.model.base import (
    _BCP47,
    _SLUG,
    _WINDOWS_RESERVED,
    PlainText,
    WebAddress,
    _Model,
)
from pressrelease.model.blocks import Block, Paragraph
from pressrelease.model.closing import (
    Boilerplate,
    ClosingSection,
    Contact,
    ContactsSection,
    Disclaimer,
    EndMarkHere,
)
from pressrelease.model.notes import Footnote, FootnotesSection, check, notes_of, references
from pressrelease.model.phrases import OwnPhrases
from pressrelease.model.timing import Dateline, Embargo


def _media_path(value: str) -> str:
    """A path relative to the release file that stays in its folder (checked again, with
    symbolic links resolved, when the file is read)."""
    if not value or value != value.strip():
        raise ValueError("a media path is a file name relative to the release file")
    if value.startswith(("/", "\\")) or PureWindowsPath(value).drive or "\\" in value:
        raise ValueError(
            f"{value!r} is an absolute path; give a path relative to the release file, with /"
        )
    if ".." in PurePosixPath(value).parts:
        raise ValueError(f"{value!r} leaves the release's folder ('..'); keep media next to it")
    if PurePosixPath(value).suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise ValueError(f"{value!r} is not a .png, .jpg or .jpeg file")
    return str(PurePosixPath(value))


MediaPath = Annotated[str, AfterValidator(_media_path)]
"""A PNG or JPEG file next to the release file, by a relative path."""


class Listing(_Model):
    """A stock listing of the issuer."""

    exchange: PlainText
    """The exchange, e.g. NYSE, Nasdaq, HKEX."""
    symbol: PlainText
    """The ticker symbol on that exchange."""


class Issuer(_Model):
    """The organisation issuing the release."""

    name: PlainText
    """Its name as it should appear as author and publisher."""
    website: WebAddress | None = None
    """Its web site."""
    listings: list[Listing] = []
    """Its stock listings."""
    logo: MediaPath | None = None
    """Its logo: a PNG or JPEG file, relative to the release file (``logo.png``); printed at
    the top of HTML and EPUB and in the PDF and DOCX page header."""


class Asset(_Model):
    """A photo, logo or video offered with the release: a file next to the release (drawn
    in every format and shipped in the pack), a web address, or both."""

    file: MediaPath | None = None
    """A PNG or JPEG file, relative to the release file (``photos/ceo.jpg``)."""
    url: WebAddress | None = None
    """Where the asset can be downloaded."""
    title: PlainText
    """A short title."""
    caption: PlainText | None = None
    """The caption to print with it."""
    credit: PlainText | None = None
    """Photo credit."""
    alt: PlainText | None = None
    """What the image shows, for readers who cannot see it; required with ``file``."""

    @model_validator(mode="after")
    def _file_or_url(self) -> Asset:
        if self.file is None and self.url is None:
            raise ValueError("give the asset a 'file' next to the release, a 'url', or both")
        if self.file is not None and not self.alt:
            raise ValueError(
                f"'alt' is required with 'file' ({self.file}): say what the image shows, for "
                "readers who cannot see it"
            )
        return self


def issuer_named_twice(issuers: list[Issuer]) -> str | None:
    """Why ``issuers`` name one organisation twice (the same name, or the same web site),
    or None: the rule a release's issuers obey, which the importer checks before it takes
    the issuers a document states."""
    seen: dict[str, str] = {}
    for issuer in issuers:
        keys = [issuer.name.casefold()]
        if issuer.website:
            keys.append(issuer.website.split("://", 1)[-1].rstrip("/").casefold())
        for key in keys:
            if key in seen:
                return (
                    f"{issuer.name!r} is named twice among the issuers (as {seen[key]!r}); "
                    "list each organisation once, the lead in 'issuer' and the others in "
                    "'co_issuers'"
                )
            seen[key] = issuer.name
    return None


class PressRelease(_Model):
    """A press release: everything needed to publish it in any format."""

    slug: str
    """File-name-safe identifier: lowercase letters, digits, '.', '_' and '-'."""
    group: str | None = None
    """Releases sharing a group are one release in several languages (each file written by
    the author; nothing is translated): ``pack`` puts them in one ZIP, a folder per
    language, cross-linked. Same characters as a slug."""
    language: str = "en"
    """BCP 47 language tag of the text, e.g. en, en-GB, zh-Hans."""
    phrases: OwnPhrases | None = None
    """The release's own wording of phrases the library adds in its language ("Page
    {number} of {total}", "Media assets:" …), by phrase name; see docs/languages.md."""
    embargo: Embargo | None = None
    """When set, the release is embargoed; otherwise it is for immediate release."""
    timing: PlainText | Literal[False] | None = None
    """The timing line of a release for immediate release as published ("For Immediate
    Release"), or false when the release prints none; default: the language's own (FOR
    IMMEDIATE RELEASE). An embargoed release prints ``embargo.printed`` or the worded notice."""
    timing_position: Literal["top", "after_headline"] = "top"
    """Where the timing line stands: above the headline (usual), or under the headline and
    subheadlines."""
    preamble: list[PlainText] = []
    """Lines the release prints above everything else, e.g. the Japanese 報道関係者各位 /
    プレスリリース / date / organisation."""
    headline: PlainText
    """The headline."""
    subheadlines: list[PlainText] = []
    """Lines printed under the headline."""
    dateline: Dateline
    """City and date, printed at the start of the lead paragraph."""
    body: list[Block] = Field(min_length=1)
    """The body: paragraphs, subheadings, lists, quotes and tables, in order."""
    boilerplates: list[Boilerplate] = []
    """The "About …" sections."""
    disclaimers: list[Disclaimer] = []
    """Legal notices such as forward-looking statements."""
    contacts: list[Contact] = []
    """Media and investor contacts."""
    closing: list[ClosingSection] = []
    """The sections after the body in the order the release prints them, instead of
    ``boilerplates``, ``disclaimers`` and ``contacts`` (which print in that order): ``about``,
    ``disclaimer``, ``contacts`` (a heading over cards), ``notes`` (blocks such as financial
    tables), ``footnotes`` (the notes referenced with [^id]) and ``end_mark`` (where ###
    stands when it precedes other sections)."""
    footnotes: list[Footnote] = []
    """The footnotes the text references with ``[^id]``, printed after the closing sections
    (to print them elsewhere, give them as a ``footnotes`` section in ``closing`` instead)."""
    issuer: Issuer
    """The organisation issuing the release (the first, when several issue it together)."""
    co_issuers: list[Issuer] = []
    """The other organisations issuing a joint release, in the order the release names them;
    each with its own web site and listings (their logos are not printed: give the lead
    issuer's)."""
    keywords: list[PlainText] = []
    """Subject keywords for metadata."""
    assets: list[Asset] = []
    """Photos, logos and videos offered with the release."""
    end_mark: PlainText | None = "###"
    """The mark that ends the release (###, -30-), or null for none."""

    @field_validator("slug")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError(
                f"{value!r} is not a valid slug: use 1-100 lowercase letters, digits, '.', '_' "
                "or '-', starting and ending with a letter or digit"
            )
        reserved = _WINDOWS_RESERVED.match(value)
        if reserved:
            raise ValueError(
                f"{value!r} is not a valid slug: {reserved.group(1)!r} is a device name on "
                f"Windows, where files named {reserved.group(1)}.<anything> cannot be created; "
                "choose another slug"
            )
        return value

    @field_validator("group")
    @classmethod
    def _group(cls, value: str | None) -> str | None:
        if value is not None and not _SLUG.match(value):
            raise ValueError(
                f"{value!r} is not a valid group: use 1-100 lowercase letters, digits, '.', '_' "
                "or '-', like a slug"
            )
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if not _BCP47.match(value):
            raise ValueError(f"{value!r} is not a BCP 47 language tag (e.g. en, en-GB, zh-Hans)")
        return value

    @model_validator(mode="after")
    def _one_way_to_close(self) -> PressRelease:
        if self.closing and (self.boilerplates or self.disclaimers or self.contacts):
            raise ValueError(
                "give the closing sections either in 'closing' (in published order) or in "
                "'boilerplates', 'disclaimers' and 'contacts', not both"
            )
        if any(isinstance(section, EndMarkHere) for section in self.closing) and not self.end_mark:
            raise ValueError("'closing' places the end mark, but 'end_mark' is null")
        return self

    @model_validator(mode="after")
    def _footnotes(self) -> PressRelease:
        placed = any(isinstance(section, FootnotesSection) for section in self.closing)
        if self.footnotes and placed:
            raise ValueError(
                "give the footnotes either in 'footnotes' (printed at the end) or as a "
                "'footnotes' section in 'closing' (printed there), not both"
            )
        sections = self.sections
        texts = [s for s in sections if not isinstance(s, FootnotesSection)]
        check(notes_of(sections), references([self.body, texts]))
        return self

    @model_validator(mode="after")
    def _distinct_issuers(self) -> PressRelease:
        twice = issuer_named_twice(self.issuers)
        if twice is not None:
            raise ValueError(twice)
        for number, issuer in enumerate(self.issuers):
            if number and issuer.logo:
                raise ValueError(
                    f"co-issuer {issuer.name!r} has a logo, but only the lead issuer's logo is "
                    "printed; remove it (or make it the lead 'issuer')"
                )
        return self

    @property
    def issuers(self) -> list[Issuer]:
        """Every organisation issuing the release: the lead, then the co-issuers."""
        return [self.issuer, *self.co_issuers]

    @property
    def sections(self) -> list[ClosingSection]:
        """The closing sections in printed order (``closing``, or the classic fields)."""
        sections: list[ClosingSection]
        if self.closing:
            sections = list(self.closing)
        else:
            sections = [*self.boilerplates, *self.disclaimers]
            if self.contacts:
                sections.append(ContactsSection(contacts=self.contacts))
        if self.footnotes:
            sections.append(FootnotesSection(notes=self.footnotes))
        return sections

    @property
    def all_contacts(self) -> list[Contact]:
        """Every contact card, wherever the release prints it."""
        return [c for s in self.sections if isinstance(s, ContactsSection) for c in s.contacts]

    @property
    def lead_index(self) -> int | None:
        """Index of the first paragraph in the body: where the dateline goes."""
        for index, block in enumerate(self.body):
            if isinstance(block, Paragraph):
                return index
        return None
