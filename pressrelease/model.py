"""The press release as typed data. It knows nothing of any output format.

Every model is frozen and refuses unknown fields, so a typo in a YAML key is an error,
not a silently missing paragraph. Text is NFC and XML-safe (see ``textcheck``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, Union

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from pressrelease.inline import InlineText, check_link, web_address_problem
from pressrelease.textcheck import clean_text

PlainText = Annotated[str, Field(min_length=1), AfterValidator(clean_text)]
"""A non-empty text field without markup."""

_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$")
# Windows device names: neither "con" nor "con.<anything>" can be a file name there, and a
# release's files are named <slug>.<extension>.
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)")
_BCP47 = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _url(value: str) -> str:
    value = clean_text(value)
    if not value.lower().startswith(("http://", "https://")):
        raise ValueError(f"{value!r} is not a web address: it must start with http:// or https://")
    if any(char.isspace() for char in value):
        raise ValueError(f"{value!r} is not a web address: it contains spaces or line breaks")
    problem = web_address_problem(value)
    if problem:
        raise ValueError(f"{value!r} is not a web address: {problem}")
    return value


WebAddress = Annotated[str, AfterValidator(_url)]
"""An http or https URL."""


class _Model(BaseModel):
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        coerce_numbers_to_str=True,
        defer_build=True,
    )


class Embargo(_Model):
    """The release may not be published before ``until``."""

    until: AwareDatetime
    """The moment the embargo lifts, with its UTC offset (e.g. 2021-10-24T09:00:00+08:00)."""
    timezone: str = "UTC"
    """The IANA time zone in which to show the local time (e.g. Asia/Shanghai)."""

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

    city: PlainText
    """The city the release is issued from."""
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
    printed: PlainText | None = None
    """The dateline exactly as the wire printed it, when composing it from the fields above
    cannot (e.g. CHICAGO–(BUSINESS WIRE), no date; --News Direct--, no place); it then replaces
    the composed text, and city, date and the rest only describe the release."""
    separator: DatelineSeparator | None = None
    """What joins the dateline to the lead's first word as printed, spaces included (e.g. "–"
    for CHICAGO–(BUSINESS WIRE)–On); default: " — " for ap style, " - " for international."""


def _quote_mark(value: str) -> str:
    value = clean_text(value)
    if any(char in value for char in "\n\t\r") or len(value) > 5 or not value.strip():
        raise ValueError(
            f"{value!r} is not a quotation mark: use up to 5 characters on one line, "
            'spaces kept (e.g. "« " and " »")'
        )
    return value


QuoteMark = Annotated[
    str, StringConstraints(strip_whitespace=False, min_length=1), AfterValidator(_quote_mark)
]
"""A quotation mark as printed, with any no-break space that belongs to it."""


class Speaker(_Model):
    """The person a quote is attributed to."""

    name: PlainText
    """The speaker's name as published, e.g. Dr. Chengyun Yue."""
    title: PlainText | None = None
    """Job title, e.g. Chief Executive Officer."""
    organization: PlainText | None = None
    """The speaker's organisation."""


class Paragraph(_Model):
    """A paragraph of body text."""

    kind: Literal["paragraph"] = "paragraph"
    """Block type."""
    text: InlineText
    """The paragraph, with inline markup."""


class Subheading(_Model):
    """A heading inside the body."""

    kind: Literal["subheading"] = "subheading"
    """Block type."""
    text: PlainText
    """The heading text."""


class BulletList(_Model):
    """A bulleted or numbered list."""

    kind: Literal["list"] = "list"
    """Block type."""
    ordered: bool = False
    """True for a numbered list."""
    items: list[InlineText] = Field(min_length=1)
    """The list items, with inline markup."""


class Quote(_Model):
    """A quotation, kept in the exact wording it was published in.

    ``before``: ``{attribution}, {verb}, “{text}”``;
    ``after``: ``“{text},” {verb} {attribution}. “{continued}”`` (or ``{attribution} {verb}``).
    """

    kind: Literal["quote"] = "quote"
    """Block type."""
    text: InlineText
    """The quoted words, without the quotation marks."""
    speaker: Speaker
    """Who said it."""
    verb: PlainText | None = None
    """The attribution verb as published: said, commented, added, noted…; default: the
    language's own (said, sagte, a déclaré, 表示…)."""
    position: Literal["before", "after"] = "after"
    """Whether the attribution comes before the quote or after its first part."""
    attribution: PlainText | None = None
    """The words naming the speaker as published; default: name, title of organization."""
    verb_first: bool = True
    """For ``after``: "said Jane Doe" (true) or "Jane Doe said" (false)."""
    continued: InlineText | None = None
    """For ``after``: quoted words that follow the attribution sentence."""
    marks: tuple[QuoteMark, QuoteMark] | None = None
    """Opening and closing quotation marks as published, spaces kept (e.g. ["« ", " »"]);
    default: the language's own (“…” en, „…“ de, « … » fr, 「…」 ja and zh-Hant)."""
    continued_intro: PlainText | None = None
    """Words introducing ``continued`` as published, e.g. "He added," (then: He added, “…”);
    with it, a ``before`` quote may be continued too."""

    @model_validator(mode="after")
    def _continued_needs_after(self) -> Quote:
        if self.continued_intro is not None and self.continued is None:
            raise ValueError("'continued_intro' needs 'continued': the words it introduces")
        if self.continued is not None and self.position != "after" and not self.continued_intro:
            raise ValueError(
                "'continued' is only possible when position is 'after', or with "
                "'continued_intro' (e.g. He added,)"
            )
        return self


class Table(_Model):
    """A table with one header row."""

    kind: Literal["table"] = "table"
    """Block type."""
    caption: PlainText | None = None
    """A title shown with the table."""
    header: list[InlineText] = Field(min_length=1)
    """The column headings."""
    rows: list[list[InlineText]] = Field(min_length=1)
    """The rows; each has as many cells as the header."""

    @model_validator(mode="after")
    def _rectangular(self) -> Table:
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.header):
                raise ValueError(
                    f"row {number} has {len(row)} cells but the header has {len(self.header)}"
                )
        return self


def _shorthand_paragraph(value: object) -> object:
    return {"kind": "paragraph", "text": value} if isinstance(value, str) else value


Block = Annotated[
    Paragraph | Subheading | BulletList | Quote | Table,
    Field(discriminator="kind"),
    BeforeValidator(
        _shorthand_paragraph,
        json_schema_input_type=Union[str, Paragraph, Subheading, BulletList, Quote, Table],  # noqa: UP007
    ),
]
"""One body block; a bare string is a paragraph."""


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


__all__ = [
    "Asset",
    "Block",
    "Boilerplate",
    "BulletList",
    "Contact",
    "Dateline",
    "Disclaimer",
    "Embargo",
    "InlineText",
    "Issuer",
    "Listing",
    "Paragraph",
    "PressRelease",
    "Quote",
    "Speaker",
    "Subheading",
    "Table",
    "check_link",
]
