"""The composed release: fully worded parts in reading order, and nothing about any format.

Every word a reader will see is decided before a renderer runs: the timing line, the
dateline with its separator, the published sentence of each quote, the contact headings,
the asset labels, the page wording. A renderer only draws: it walks ``Document.parts`` with
``match part: … case _: assert_never(part)``, so a part it forgets is a type error.

Inline text stays as spans (``pressrelease.inline``): emphasis, strong and links are drawn
by each format its own way. The ``Document`` that holds the parts is in ``doc``, the words
added outside their flow in ``words``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Union

from pressrelease.inline import Span

if TYPE_CHECKING:
    from pressrelease.media import MediaImage

Spans = tuple[Span, ...]
"""A run of inline text: Text, Emphasis, Strong, Link and NoteRef spans."""


@dataclass(frozen=True, slots=True)
class Preamble:
    """Lines printed above everything else, as published (報道関係者各位 / プレスリリース)."""

    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimingLine:
    """FOR IMMEDIATE RELEASE, or the embargo notice; first line of the release."""

    text: str
    embargoed: bool


@dataclass(frozen=True, slots=True)
class Headline:
    """The headline."""

    text: str


@dataclass(frozen=True, slots=True)
class Subheadline:
    """A line printed under the headline."""

    text: str


@dataclass(frozen=True, slots=True)
class DatelineLine:
    """The dateline on a line of its own: only when no body paragraph can open with it."""

    text: str


@dataclass(frozen=True, slots=True)
class Lead:
    """The first paragraph, opened by the dateline and its separator (" - ", " — ", "–")."""

    dateline: str
    separator: str
    spans: Spans


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of body text."""

    spans: Spans


@dataclass(frozen=True, slots=True)
class Heading:
    """A subheading inside the body; ``anchor`` is a stable id for links and navigation;
    ``level`` 2 is a section heading (HTML h2), 3 a minor heading under one (h3)."""

    text: str
    anchor: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class ItemList:
    """A bulleted or numbered list. ``nested`` holds, for each item in turn, the sub-list
    under it or None (empty when no item has one); ``depth`` is 1 for a list in the body,
    2 for a sub-list, 3 for a sub-list's sub-list."""

    ordered: bool
    items: tuple[Spans, ...]
    nested: tuple[ItemList | None, ...] = ()
    depth: int = 1

    def entries(self) -> tuple[tuple[Spans, ItemList | None], ...]:
        """Each item with the sub-list under it (or None)."""
        nested = self.nested or (None,) * len(self.items)
        return tuple(zip(self.items, nested, strict=True))


@dataclass(frozen=True, slots=True)
class QuoteSentence:
    """A quote as the sentence it was published in: marks, attribution and verb included.

    ``in_paragraph`` is True when the release printed narrative around the quote in the
    same paragraph (the model's ``lead`` and ``tail``, already in ``spans``): draw it as a
    body paragraph, not as a set-off quotation.
    """

    spans: Spans
    in_paragraph: bool = False


@dataclass(frozen=True, slots=True)
class BlockQuotation:
    """A block quotation without a speaker (a report excerpt): its paragraphs and, when the
    release printed one, the line naming its source."""

    paragraphs: tuple[Spans, ...]
    source: Spans | None = None


@dataclass(frozen=True, slots=True)
class TablePart:
    """A table: an optional caption, header rows and body rows (an empty cell has no spans),
    whether each row's first cell heads it, and each column's alignment."""

    caption: str | None
    header: tuple[tuple[Spans, ...], ...]
    rows: tuple[tuple[Spans, ...], ...]
    row_headers: bool = False
    align: tuple[Literal["left", "right", "center"], ...] = ()

    @property
    def columns(self) -> int:
        """How many columns the table has."""
        return len(self.header[0])


@dataclass(frozen=True, slots=True)
class ClosingSection:
    """An "About …" boilerplate or a legal notice, after the body."""

    kind: Literal["boilerplate", "disclaimer"]
    heading: str | None
    paragraphs: tuple[Spans, ...]
    anchor: str


@dataclass(frozen=True, slots=True)
class ContactCard:
    """Someone to reach. ``lines`` are what the card prints (as published, or composed from
    the fields: name and organisation, e-mail, phone, web address; mail and web linked);
    ``heading`` is its printed heading, if any; ``label`` names it in navigation and
    metadata ("Media contact"); ``who``, ``email``, ``phone`` and ``url`` are its meaning."""

    role: str | None
    label: str
    heading: str | None
    lines: tuple[Spans, ...]
    who: str | None
    email: str | None
    phone: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Contacts:
    """Contact cards under an optional published heading ("Media Contacts:"); ``label``
    titles them in a table of contents."""

    label: str
    heading: str | None
    cards: tuple[ContactCard, ...]


@dataclass(frozen=True, slots=True)
class FootnoteItem:
    """One footnote: the ``marker`` its references print (1, *, †), its text, its element id
    (``anchor``, ``fn-1``: what references link to) and the id of its first reference
    (``backlink``, ``fnref-1``: where the note links back to)."""

    marker: str
    spans: Spans
    anchor: str
    backlink: str


@dataclass(frozen=True, slots=True)
class Footnotes:
    """The footnotes where the release prints them, under their published heading if any;
    ``anchor`` is the section's id."""

    heading: str | None
    notes: tuple[FootnoteItem, ...]
    anchor: str


@dataclass(frozen=True, slots=True)
class AssetItem:
    """A photo, logo or video offered: its title, the worded details (": caption (credit)"),
    where to get it (``url``; ``file``, its name in the distribution pack), and the image
    to embed with its ``alt`` text when the file was read (``image``)."""

    title: str
    details: str
    url: str | None
    file: str | None = None
    alt: str | None = None
    image: MediaImage | None = None

    @property
    def where(self) -> str:
        """Where a reader gets it: the web address, else the file's name in the pack."""
        return self.url or self.file or ""


@dataclass(frozen=True, slots=True)
class Assets:
    """The media offered with the release, under a label ("Media assets:")."""

    label: str
    items: tuple[AssetItem, ...]


@dataclass(frozen=True, slots=True)
class EndMark:
    """The mark that ends the release: ###, -30-, ENDS."""

    text: str


Part = Union[  # noqa: UP007 (a runtime alias on Python 3.10)
    Preamble,
    TimingLine,
    Headline,
    Subheadline,
    DatelineLine,
    Lead,
    Para,
    Heading,
    ItemList,
    QuoteSentence,
    BlockQuotation,
    TablePart,
    ClosingSection,
    Contacts,
    Footnotes,
    Assets,
    EndMark,
]
"""Every kind of part a document holds."""

HEAD_PARTS = (Preamble, TimingLine, Headline, Subheadline)
"""The parts above the body; metadata formats carry them in fields of their own."""
