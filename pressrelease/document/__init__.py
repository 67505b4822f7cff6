"""The format-neutral document: a release composed into worded parts in reading order.

Renderers, the built-in ones and plugins alike, draw a ``Document``; this package is what
they may import. See docs/plugins.md for a renderer written against it.
"""

from __future__ import annotations

from pressrelease.document.compose import compose
from pressrelease.document.doc import Document, Translation
from pressrelease.document.parts import (
    HEAD_PARTS,
    AssetItem,
    Assets,
    BlockQuotation,
    ClosingSection,
    ContactCard,
    Contacts,
    DatelineLine,
    EndMark,
    FootnoteItem,
    Footnotes,
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
from pressrelease.document.wording import utc_stamp
from pressrelease.document.words import PageWords, Words

__all__ = [
    "HEAD_PARTS",
    "AssetItem",
    "Assets",
    "BlockQuotation",
    "ClosingSection",
    "ContactCard",
    "Contacts",
    "DatelineLine",
    "Document",
    "EndMark",
    "FootnoteItem",
    "Footnotes",
    "Heading",
    "Headline",
    "ItemList",
    "Lead",
    "PageWords",
    "Para",
    "Part",
    "Preamble",
    "QuoteSentence",
    "Spans",
    "Subheadline",
    "TablePart",
    "TimingLine",
    "Translation",
    "Words",
    "compose",
    "utc_stamp",
]
