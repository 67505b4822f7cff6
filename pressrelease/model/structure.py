"""Blocks that hold other text: list items with sub-lists, and block quotations.

Kept apart from ``blocks`` because both nest (a list item holds a list, a quotation holds
paragraphs) and so carry their own shape rules: how deep a list may go, which items are
plain text and which carry a sub-list.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Discriminator, Field, Tag

from pressrelease.inline import InlineText
from pressrelease.model.base import _Model

MAX_LIST_DEPTH = 3
"""How many levels a list may nest: a list, its sub-lists and theirs. Deeper lists do not
survive the trip to every format (wire copy runs out of width, Word templates define few
levels) and no release we have seen needs them."""

TEXT_ITEM = "text-item"
NESTED_ITEM = "nested-item"
"""The tags of the two kinds of list item; error locations drop them (``loading``)."""


class ListItem(_Model):
    """A list item with a sub-list under it; an item without one is plain inline text."""

    text: InlineText
    """The item's own words, with inline markup."""
    items: list[ListEntry] = Field(min_length=1)
    """The sub-list's items: text, or items with sub-lists of their own."""
    ordered: bool = False
    """True for a numbered sub-list."""


def _entry_kind(value: object) -> str:
    """A mapping (or a ListItem) is an item with a sub-list; anything else is text, so a
    number or a wrong type is reported by the text rule (``expected text, found …``)."""
    return NESTED_ITEM if isinstance(value, (dict, ListItem)) else TEXT_ITEM


ListEntry = Annotated[
    Union[  # noqa: UP007 (a runtime alias on Python 3.10)
        Annotated[InlineText, Tag(TEXT_ITEM)],
        Annotated[ListItem, Tag(NESTED_ITEM)],
    ],
    Discriminator(_entry_kind),
]
"""One list item: inline text, or ``{text, items, ordered}`` for an item with a sub-list."""
# No ``ListItem.model_rebuild()`` here: the forward reference to ListEntry is resolved when
# the release's validator is first built, and rebuilding at import would build every
# validator up front (~60 ms of ``validate``'s start-up, pydantic's plugin loader included).


def too_deep(items: list[ListEntry], path: str = "items", depth: int = 1) -> str | None:
    """The path of the first item whose sub-list goes beyond ``MAX_LIST_DEPTH``, if any."""
    for index, item in enumerate(items):
        if isinstance(item, ListItem):
            here = f"{path}.{index}"
            if depth >= MAX_LIST_DEPTH:
                return here
            deeper = too_deep(item.items, f"{here}.items", depth + 1)
            if deeper:
                return deeper
    return None


class BlockQuote(_Model):
    """A block quotation without a speaker: a report excerpt, a passage of a statement."""

    kind: Literal["blockquote"] = "blockquote"
    """Block type."""
    paragraphs: list[InlineText] = Field(min_length=1)
    """The quoted paragraphs as published, with inline markup (no quotation marks added)."""
    source: InlineText | None = None
    """Where it comes from, printed under it exactly as published, dash included, e.g.
    "— Gartner, Magic Quadrant for Widgets, 2024"."""
