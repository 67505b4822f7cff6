"""Inline text: emphasis, strong and links, parsed once into typed spans.

Authors write a small subset of Markdown (``*emphasis*``, ``**strong**``,
``[text](https://…)``, ``<https://…>``, footnote references ``[^id]`` and backslash escapes);
nothing else is markup.
HTML, entities, code spans and typographic replacement are all off, so ``<b>``, ``&amp;``
and straight quotes stay exactly as typed. Renderers only ever see the spans.

The package, one job a module: ``spans`` (the span types, ``plain_text`` and the other
helpers that read them), ``links`` (which addresses a link may have), ``parse`` (markup →
spans through markdown-it, with its rules in ``rules`` and ``notes``) and ``field``
(``InlineText``, the model's field type). Everything public is imported from here.
"""

from __future__ import annotations

from pressrelease.inline.field import InlineText
from pressrelease.inline.links import ALLOWED_SCHEMES, check_link, web_address_problem
from pressrelease.inline.parse import parse_inline
from pressrelease.inline.spans import (
    Emphasis,
    Link,
    NoteRef,
    Span,
    Strong,
    Text,
    escape_inline,
    merge_text,
    note_ids,
    plain_text,
)

__all__ = [
    "ALLOWED_SCHEMES",
    "Emphasis",
    "InlineText",
    "Link",
    "NoteRef",
    "Span",
    "Strong",
    "Text",
    "check_link",
    "escape_inline",
    "merge_text",
    "note_ids",
    "parse_inline",
    "plain_text",
    "web_address_problem",
]
