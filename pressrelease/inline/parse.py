"""Inline markup → spans, through markdown-it with only the rules authors need.

markdown-it's "zero" preset with emphasis, links, autolinks and backslash escapes switched
on, and our own rules (``rules``: emphasis as authors write it; ``notes``: ``[^id]``). It is
imported and built on the first text that holds a markup character, never at start-up: text
without one is a single ``Text`` span. Whatever markup would print as typed (an unpaired
``**``, a broken ``[^``, an incomplete ``[text](address)``) is an error here, not output.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressrelease.inline.links import check_link
from pressrelease.inline.spans import (
    Emphasis,
    Link,
    NoteRef,
    Span,
    Strong,
    Text,
    escape_inline,
    merge_text,
    walk,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_MARKUP_CHARS = re.compile(r"[*_\[\]<>\\]")
_LINK_MARKUP = re.compile(r"(?<!\\)\]\(")

_parser: MarkdownIt | None = None


def _markdown() -> MarkdownIt:
    global _parser
    if _parser is None:
        from markdown_it import MarkdownIt

        md = MarkdownIt("zero", {"typographer": False, "html": False, "linkify": False})
        md.enable(["emphasis", "link", "autolink", "escape"])
        md.validateLink = lambda url: True  # type: ignore[method-assign]  # we check schemes
        from pressrelease.inline import notes, rules

        rules.install(md)
        notes.install(md)
        _parser = md
    return _parser


def parse_inline(source: str) -> tuple[Span, ...]:
    """Parse inline markup into spans; raises ValueError for a link we do not allow."""
    if not _MARKUP_CHARS.search(source):
        return (Text(source),) if source else ()
    from pressrelease.inline.notes import BROKEN
    from pressrelease.inline.rules import UNPARSED

    env: dict[str, list[str]] = {}
    tokens = _markdown().parseInline(source, env)
    children = tokens[0].children or [] if tokens else []
    spans, _ = _build(children, 0, None)
    unparsed = env.get(UNPARSED)
    if unparsed:
        raise ValueError(
            f"the emphasis marker {unparsed[0]!r} pairs with nothing, so it would print as "
            f"typed; close it (**bold**, *italic*) or write it as text with a backslash "
            f"({escape_inline(unparsed[0])})"
        )
    broken = env.get(BROKEN)
    if broken:
        raise ValueError(
            f"{broken[0]!r} is not a footnote reference, so it would print as typed: write "
            "[^id] with an id of letters, digits or - (no spaces), e.g. [^1], or write the "
            f"bracket as text with a backslash (\\{broken[0]})"
        )
    links = sum(1 for span in walk(spans) if isinstance(span, Link))
    if len(_LINK_MARKUP.findall(source)) > links:
        raise ValueError(
            "a link's markup [text](address) is not complete, so it would print as typed; "
            "check its brackets, or write the brackets as text with backslashes (\\[ \\])"
        )
    return spans


def _build(tokens: list[Token], i: int, closer: str | None) -> tuple[tuple[Span, ...], int]:
    out: list[Span] = []
    while i < len(tokens):
        tok = tokens[i]
        if closer is not None and tok.type == closer:
            return merge_text(out), i + 1
        if tok.type == "text":
            out.append(Text(tok.content))
            i += 1
        elif tok.type == "note_ref":
            out.append(NoteRef(str(tok.meta["id"])))
            i += 1
        elif tok.type in ("em_open", "strong_open", "link_open"):
            inner, i = _build(tokens, i + 1, tok.type.replace("_open", "_close"))
            if tok.type == "em_open":
                out.append(Emphasis(inner))
            elif tok.type == "strong_open":
                out.append(Strong(inner))
            else:
                href = check_link(str(tok.attrGet("href") or ""))
                if tok.markup == "autolink" and inner == (Text(href),):
                    inner = (Text(href.removeprefix("mailto:")),)  # <mailto:a@b> shows a@b
                out.append(Link(href, inner))
        else:  # softbreak, hardbreak and anything the zero preset may still emit
            out.append(Text("\n" if "break" in tok.type else tok.content))
            i += 1
    return merge_text(out), i
