"""The press release as typed data. It knows nothing of any output format.

Every model is frozen and refuses unknown fields, so a typo in a YAML key is an error,
not a silently missing paragraph. Text is NFC and XML-safe (see ``textcheck``). The classes
live in small modules (``timing``, ``blocks``, ``release``); import them from here.
"""

from __future__ import annotations

from pressrelease.inline import InlineText, check_link
from pressrelease.model.base import PlainText, WebAddress
from pressrelease.model.blocks import (
    Block,
    BulletList,
    Paragraph,
    Quote,
    Speaker,
    Subheading,
    Table,
)
from pressrelease.model.closing import (
    Boilerplate,
    ClosingSection,
    Contact,
    ContactsSection,
    Disclaimer,
    EndMarkHere,
    Notes,
)
from pressrelease.model.notes import Footnote, FootnotesSection
from pressrelease.model.phrases import OwnPhrases
from pressrelease.model.release import Asset, Issuer, Listing, PressRelease
from pressrelease.model.structure import MAX_LIST_DEPTH, BlockQuote, ListEntry, ListItem
from pressrelease.model.timing import Dateline, Embargo

__all__ = [
    "MAX_LIST_DEPTH",
    "Asset",
    "Block",
    "BlockQuote",
    "Boilerplate",
    "BulletList",
    "ClosingSection",
    "Contact",
    "ContactsSection",
    "Dateline",
    "Disclaimer",
    "Embargo",
    "EndMarkHere",
    "Footnote",
    "FootnotesSection",
    "InlineText",
    "Issuer",
    "ListEntry",
    "ListItem",
    "Listing",
    "Notes",
    "OwnPhrases",
    "Paragraph",
    "PlainText",
    "PressRelease",
    "Quote",
    "Speaker",
    "Subheading",
    "Table",
    "WebAddress",
    "check_link",
]
