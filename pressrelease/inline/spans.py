"""The typed spans inline text is parsed into, and what is read off them without any format.

Every renderer draws these and nothing else; they know nothing of markdown-it, so a plugin
or a test can build and read spans without the parser ever being imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Union

_ESCAPABLE = re.compile(r"([\\*_\[\]<>])")


@dataclass(frozen=True, slots=True)
class Text:
    """Literal characters."""

    text: str


@dataclass(frozen=True, slots=True)
class Emphasis:
    """Emphasised (usually italic) content."""

    children: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Strong:
    """Strongly emphasised (usually bold) content."""

    children: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink; ``href`` is always http, https or mailto."""

    href: str
    children: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A footnote reference, written ``[^id]``. Parsing knows only the ``id``; composing the
    document fills in the ``marker`` printed (1, 2 … in order of first reference, or the
    note's own, such as * or †), the ``target`` (the note's element id, ``fn-1``) and this
    reference's own ``anchor`` (``fnref-1``, ``fnref-1-2`` for a second reference), so every
    format prints the same marker and links the same way."""

    id: str
    marker: str = ""
    target: str = ""
    anchor: str = ""


Span = Union[Text, Emphasis, Strong, Link, NoteRef]  # noqa: UP007 (a runtime alias on 3.10)


def plain_text(spans: tuple[Span, ...]) -> str:
    """The characters a reader sees, without any formatting."""
    return "".join(_walk_text(spans))


def _walk_text(spans: tuple[Span, ...]) -> Iterator[str]:
    for span in spans:
        if isinstance(span, Text):
            yield span.text
        elif isinstance(span, NoteRef):
            yield span.marker
        else:
            yield from _walk_text(span.children)


def escape_inline(text: str) -> str:
    """Backslash-escape every markup character so ``text`` is shown literally."""
    return _ESCAPABLE.sub(r"\\\1", text)


def note_ids(spans: tuple[Span, ...]) -> Iterator[str]:
    """The ids of the footnote references in ``spans``, in reading order."""
    for span in walk(spans):
        if isinstance(span, NoteRef):
            yield span.id


def walk(spans: tuple[Span, ...]) -> Iterator[Span]:
    """Every span, each before the spans inside it (document order)."""
    for span in spans:
        yield span
        if not isinstance(span, (Text, NoteRef)):
            yield from walk(span.children)


def merge_text(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Spans with neighbouring Text joined and empty Text dropped."""
    merged: list[Span] = []
    for span in spans:
        if isinstance(span, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + span.text)
        elif not (isinstance(span, Text) and not span.text):
            merged.append(span)
    return tuple(merged)
