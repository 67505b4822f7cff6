"""Two markdown-it rules that make inline markup work the way release authors write it.

1. **Emphasis next to punctuation and CJK text.** CommonMark's flanking rules refuse
   ``**…求めます。**国連`` and ``Sentence.**Bold.**Next``: a run of ``*`` after punctuation
   and before a letter may not close. Languages written without spaces put emphasis right
   against punctuation all the time, and so do headlines in English. Here a run of ``*`` or
   ``_`` opens when it is not followed by white space and closes when it is not preceded by
   white space, whatever the punctuation (the rule CJK-friendly Markdown extensions use); a
   ``_`` inside a word still does nothing, so ``snake_case_name`` stays text.
2. **No silent failure.** A ``**`` or ``__`` that pairs with nothing, a ``*`` or ``_`` that
   could open emphasis but is never closed, is recorded, and ``parse.parse_inline`` turns it
   into a validation error instead of printing the asterisks in every format. A lone ``*``
   after a word (a footnote mark: ``Revenue*``) is text, as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.rules_inline.state_inline import Delimiter

UNPARSED = "pressrelease_unparsed_markers"
"""The env key under which the positions of markers that paired with nothing are listed."""


def install(md: MarkdownIt) -> None:
    """Replace the emphasis tokenizer of ``md`` and add the unpaired-marker check."""
    md.inline.ruler.at("emphasis", _emphasis)
    md.inline.ruler2.after("emphasis", "unparsed_markers", _unparsed)


def _emphasis(state: StateInline, silent: bool) -> bool:
    """markdown-it's own emphasis tokenizer, with the flanking rule described above."""
    from markdown_it.common.utils import isWhiteSpace
    from markdown_it.rules_inline.state_inline import Delimiter

    start = state.pos
    marker = state.src[start]
    if silent or marker not in ("_", "*"):
        return False
    end = start
    while end < state.posMax and state.src[end] == marker:
        end += 1
    before = state.src[start - 1] if start > 0 else " "
    after = state.src[end] if end < state.posMax else " "
    left = not isWhiteSpace(ord(after))
    right = not isWhiteSpace(ord(before))
    if marker == "_":  # inside a word an underscore is a letter, as in snake_case
        can_open = left and (not right or not before.isalnum())
        can_close = right and (not left or not after.isalnum())
    else:
        can_open, can_close = left, right
    for _ in range(end - start):
        token = state.push("text", "", 0)
        token.content = marker
        state.delimiters.append(
            Delimiter(
                marker=ord(marker),
                length=end - start,
                token=len(state.tokens) - 1,
                end=-1,
                open=can_open,
                close=can_close,
            )
        )
    state.pos = end
    return True


def _unparsed(state: StateInline) -> None:
    """Record the emphasis markers that paired with nothing (they are still text tokens)."""
    lists: list[list[Delimiter]] = [state.delimiters]
    lists += [meta["delimiters"] for meta in state.tokens_meta if meta and "delimiters" in meta]
    found: list[str] = state.env.setdefault(UNPARSED, [])
    for delimiters in lists:
        for run in _runs(delimiters):
            left = [
                d
                for d in run
                if state.tokens[d.token].type == "text" and state.tokens[d.token].content
            ]
            if not left:
                continue
            first = run[0]
            marker = chr(first.marker)
            if len(left) >= 2 or first.open:
                found.append(marker * len(left))


def _runs(delimiters: list[Any]) -> list[list[Any]]:
    """Delimiters grouped by the run of markers they came from."""
    runs: list[list[Any]] = []
    for delimiter in delimiters:
        if delimiter.marker not in (ord("*"), ord("_")):
            continue
        if (
            runs
            and runs[-1][0].marker == delimiter.marker
            and runs[-1][-1].token + 1 == (delimiter.token)
        ):
            runs[-1].append(delimiter)
        else:
            runs.append([delimiter])
    return runs
