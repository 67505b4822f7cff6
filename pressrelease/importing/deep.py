"""Markdown nested past what markdown-it follows: its text read flat, never dropped.

markdown-it stops at ``maxNesting`` (20 levels of tokens): a block quotation or list item
deeper than that comes out as an empty container, its lines skipped, so a ``>`` quotation
nested a hundred levels deep, or a list about ten levels deep, lost its words. Raising the
limit is no cure: the parser recurses once per level, and a 5 MB line of ``>`` is millions
of levels. Instead, :func:`cut` finds such an emptied container and :func:`refill` reads its
lines again with every container marker (``>``, indentation, list bullets) taken off, keeping
one list bullet a line: the text comes back as paragraphs and one flat list, where the
reader (and the report) put them in the deepest block quotation or list the release holds.
Inline nesting (emphasis, links) loses nothing: past the limit markdown-it keeps it as text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_CONTAINERS = {"blockquote_open": "blockquote_close", "list_item_open": "list_item_close"}
_PREFIX = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t>]*)*")
"""The container markers starting a line: ``>``, indentation, list bullets, in any mix.
Each repetition must end in a bullet, so matching it is linear in the prefix's length."""
_LAST_BULLET = re.compile(r"(?:[-+*]|\d{1,9}[.)])\Z")


def cut(tokens: list[Token], index: int, max_nesting: int) -> bool:
    """Whether ``tokens[index]`` opens a block quotation or list item whose content
    markdown-it skipped: it stands at the nesting limit and closes right away."""
    token = tokens[index]
    close = _CONTAINERS.get(token.type)
    return (
        close is not None
        and token.level >= max_nesting - 1
        and token.map is not None
        and index + 1 < len(tokens)
        and tokens[index + 1].type == close
    )


def flat_line(line: str, item: bool) -> tuple[str, int]:
    """A line without its container markers, and how many ``>`` they held; the last list
    bullet stays (an item of the flat list), unless ``item``: the line starts the list item
    being refilled, whose bullet has been read already."""
    prefix = _PREFIX.match(line)
    end = prefix.end() if prefix else 0
    markers = line[:end]
    bullet = _LAST_BULLET.search(markers.rstrip(" \t>"))
    text = line[end:]
    if bullet is not None and text and not item:
        text = f"{bullet.group()} {text}"
    return text, markers.count(">")


def refill(md: MarkdownIt, tokens: list[Token], index: int, lines: list[str]) -> tuple[int, int]:
    """Parse the lines of the emptied container ``tokens[index]`` again, flat, and put the
    tokens inside it (their ``map`` in source lines). Returns the container's deepest
    ``>`` count and how many tokens were put in."""
    token = tokens[index]
    assert token.map is not None
    start, end = token.map
    flat: list[str] = []
    deepest = 0
    for number, line in enumerate(lines[start:end]):
        text, quotes = flat_line(line, number == 0 and token.type == "list_item_open")
        flat.append(text)
        deepest = max(deepest, quotes)
    found = md.parse("\n".join(flat))
    for inner in found:
        if inner.map is not None:
            inner.map = [inner.map[0] + start, inner.map[1] + start]
    tokens[index + 1 : index + 1] = found
    return deepest, len(found)
