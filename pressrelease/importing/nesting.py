"""A list read as items with depths -> the release's nested list items.

Every reader finds a list's items in order with how deep each stands (a DOCX's
``w:ilvl``, an ``<li>`` inside an ``<li>``, a Markdown or wire-copy item set in under its
parent's words); this module turns that flat sequence into the items of a ``kind: list``,
an item with a sub-list being ``{text, items, ordered}``, as a person writes them.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 2
"""The deepest sub-list the model takes (a list, its sub-lists and theirs: 3 levels)."""


def nest(texts: list[str], levels: list[tuple[int, bool]]) -> list[Any]:
    """The items of a list: ``texts`` (inline markup) with ``levels`` (depth, numbered).

    An item deeper than the one before it starts that item's sub-list (a jump of several
    levels is one level: the sub-list cannot skip one); an item deeper than the model
    allows joins the deepest sub-list. The sub-list's ``ordered`` is its first item's.
    """
    root: list[Any] = []
    # The open lists, outermost first: (their items, their depth).
    stack: list[tuple[list[Any], int]] = [(root, 0)]
    for text, (depth, ordered) in zip(texts, levels, strict=True):
        depth = min(max(depth, 0), MAX_DEPTH)
        while len(stack) > 1 and depth < stack[-1][1]:
            stack.pop()
        items, current = stack[-1]
        if depth > current and items:
            parent = items[-1]
            if isinstance(parent, str):
                parent = {"text": parent, "items": []}
                items[-1] = parent
            if ordered:
                parent["ordered"] = True
            stack.append((parent["items"], current + 1))
            items = parent["items"]
        items.append(text)
    return root


def flat(items: list[Any]) -> list[str]:
    """The words of every item, sub-lists included, in reading order."""
    out: list[str] = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        else:
            out.append(item["text"])
            out.extend(flat(item["items"]))
    return out
