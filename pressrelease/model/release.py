"""The release itself, and what closes it: boilerplates, disclaimers, contacts, the issuer and
its listings, media assets."""

from __future__ import annotations

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from pressrelease.inline import InlineText
from pressrelease.model.base import (
    _BCP47,
    _EMAIL,
    _SLUG,
    _WINDOWS_RESERVED,
    PlainText,
    WebAddress,
    _Model,
)
from pressrelease.model.blocks import Block, Paragraph
from pressrelease.model.timing import Dateline, Embargo


class Boilerplate(_Model):
    """An "About …" section describing an organisation."""

    heading: PlainText
    """E.g. About MicroPort Institute of Health (MIH)."""
    paragraphs: list[InlineText] = Field(min_length=1)
    """The boilerplate text."""


class Disclaimer(_Model):
    """Legal text such as a forward-looking statements notice."""

    heading: PlainText | None = None
    """E.g. Forward-Looking Statements."""
    paragraphs: list[InlineText] = Field(min_length=1)
    """The disclaimer text."""


class Contact(_Model):
    """Someone journalists or investors can reach."""

    role: PlainText = "Media"
    """Who this contact is for: Media, Investors, …"""
    name: PlainText | None = None
    """The person's name."""
    organization: PlainText | None = None
    """The person's organisation or agency."""
    email: PlainText | None = None
    """E-mail address."""
    phone: PlainText | None = None
    """Telephone number, as it should be written."""
    url: WebAddress | None = None
    """A web page, e.g. the newsroom."""

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.match(value):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value

    @model_validator(mode="after")
    def _reachable(self) -> Contact:
        if not (self.name or self.organization or self.email or self.phone or self.url):
            raise ValueError("a contact needs at least a name, organization, email, phone or url")
        return self


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


class Asset(_Model):
    """A photo, logo or video offered with the release."""

    url: WebAddress
    """Where the asset can be downloaded."""
    title: PlainText
    """A short title."""
    caption: PlainText | None = None
    """The caption to print with it."""
    credit: PlainText | None = None
    """Photo credit."""


class PressRelease(_Model):
    """A press release: everything needed to publish it in any format."""

    slug: str
    """File-name-safe identifier: lowercase letters, digits, '.', '_' and '-'."""
    language: str = "en"
    """BCP 47 language tag of the text, e.g. en, en-GB, zh-Hans."""
    embargo: Embargo | None = None
    """When set, the release is embargoed; otherwise it is for immediate release."""
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
    issuer: Issuer
    """The organisation issuing the release."""
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

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if not _BCP47.match(value):
            raise ValueError(f"{value!r} is not a BCP 47 language tag (e.g. en, en-GB, zh-Hans)")
        return value

    @property
    def lead_index(self) -> int | None:
        """Index of the first paragraph in the body: where the dateline goes."""
        for index, block in enumerate(self.body):
            if isinstance(block, Paragraph):
                return index
        return None
