"""The footnote reference ``[^id]``, as CommonMark extensions (pandoc, markdown-it's footnote
plugin) write it, as one markdown-it inline rule.

Only the reference is inline: the note texts are typed fields of the release
(``footnotes:``), so this rule just turns ``[^1]`` into a ``note_ref`` token carrying the id.
A ``[^`` that does not make a reference (``[^ 1]``, ``[^1`` without its bracket) is recorded,
and ``parse.parse_inline`` reports it instead of printing it as typed; ``\\[^1]`` is text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

NOTE_REF = "note_ref"
"""The token type of a footnote reference; its ``meta["id"]`` is the note's id."""
BROKEN = "pressrelease_broken_note_refs"
"""The env key under which ``[^`` openings that make no reference are listed."""
ID_CHARS = r"[^\s\[\]^\\*_<>]+"
"""What a footnote id may hold: anything but spaces, brackets, carets and markup characters."""
_REFERENCE = re.compile(rf"\[\^({ID_CHARS})\]")


def install(md: MarkdownIt) -> None:
    """Read ``[^id]`` before markdown-it tries the bracket as a link."""
    md.inline.ruler.before("link", NOTE_REF, _note_ref)


def _note_ref(state: StateInline, silent: bool) -> bool:
    start = state.pos
    if not state.src.startswith("[^", start):
        return False
    found = _REFERENCE.match(state.src, start, state.posMax)
    if found is not None and state.src.startswith("(", found.end()):
        return False  # [^text](address) is a link, as in CommonMark
    if found is None:
        closing = state.src.find("]", start, state.posMax)
        link = closing > 0 and state.src.startswith("(", closing + 1)  # [^text](address)
        if not silent and not link:
            shown = state.src[start : closing + 1] if closing > 0 else state.src[start : start + 8]
            state.env.setdefault(BROKEN, []).append(shown)
        return False
    if not silent:
        token = state.push(NOTE_REF, "", 0)
        token.meta = {"id": found.group(1)}
    state.pos = found.end()
    return True
