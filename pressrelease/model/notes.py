"""Footnotes: the note texts a release prints after its closing sections or where ``closing``
places them, referenced from its text with ``[^id]`` (``pressrelease.inline.NoteRef``).

The references and the notes are checked against each other here, once, for the whole
release: a reference to no note, a note nobody references, an id given twice and two notes
printing the same marker are errors naming the id. ``markers`` gives each note the marker it
prints, numbers in order of first reference unless the note has its own (``*``, ``†``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field, field_validator

from pressrelease.inline import InlineText, note_ids
from pressrelease.inline.notes import ID_CHARS
from pressrelease.model.base import PlainText, _Model

if TYPE_CHECKING:
    from pressrelease.model.closing import ClosingSection

_ID = re.compile(rf"^{ID_CHARS}$")
MAX_MARKER = 10
"""Characters a note's own marker may hold (*, †, ‡‡, (a)): it is printed at every reference,
so a long one would multiply the release's size by the references (a 1 MB marker in 5 MB of
[^a] is gigabytes of output)."""


class Footnote(_Model):
    """One note: the id its references use (``[^1]``), its text, and its own marker if the
    release prints one (``*``, ``†``) instead of a number."""

    id: str
    """The id the text references it by: ``[^1]``, ``[^source]``."""
    text: InlineText
    """The note as published (without its marker)."""
    marker: PlainText | None = None
    """The marker printed at each reference and before the note, e.g. * or †; default: its
    number, counted in order of first reference among the notes without a marker."""

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        # The text around a reference is NFC-normalised, so the id is too: else a file saved
        # decomposed (e + U+0301) references [^é] while the note keeps e + U+0301, and the
        # release is refused for a reference to no note that is plainly there.
        value = unicodedata.normalize("NFC", value)
        if not _ID.match(value):
            raise ValueError(
                f"{value!r} is not a footnote id: use letters, digits, '-' or '.', no spaces "
                "or brackets (it is written [^id] in the text)"
            )
        return value

    @field_validator("text")
    @classmethod
    def _no_nested(cls, value: InlineText) -> InlineText:
        nested = next(note_ids(value.spans), None)
        if nested is not None:
            raise ValueError(f"a footnote cannot reference another footnote ([^{nested}])")
        return value

    @field_validator("marker")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is not None and any(char.isspace() for char in value):
            raise ValueError(f"the marker {value!r} holds a space or line break: use e.g. * or †")
        if value is not None and len(value) > MAX_MARKER:
            raise ValueError(
                f"the marker has {len(value):,} characters, over the limit of {MAX_MARKER}: "
                "it is printed at every reference; use e.g. * or †"
            )
        return value


class FootnotesSection(_Model):
    """The footnotes where the release prints them among its closing sections."""

    kind: Literal["footnotes"] = "footnotes"
    """Section type."""
    heading: PlainText | None = None
    """A heading as published ("Notes", "Sources"), if any."""
    notes: list[Footnote] = Field(min_length=1)
    """The notes, in published order."""


def inline_texts(value: object) -> Iterator[InlineText]:
    """Every inline text inside a model, list or value, in field order (reading order)."""
    if isinstance(value, InlineText):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from inline_texts(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from inline_texts(item)


def references(texts: Iterable[object]) -> list[str]:
    """The ids referenced in the blocks and sections ``texts``, in reading order."""
    return [ref for text in inline_texts(list(texts)) for ref in note_ids(text.spans)]


def notes_of(sections: Iterable[ClosingSection]) -> list[Footnote]:
    """Every note of the footnote sections, in printed order."""
    return [n for s in sections if isinstance(s, FootnotesSection) for n in s.notes]


def markers(notes: list[Footnote], referenced: list[str]) -> dict[str, str]:
    """Note id -> the marker it prints: its own, else the next number in order of first
    reference."""
    own = {note.id: note.marker for note in notes}
    out: dict[str, str] = {}
    numbered = 0  # counted as we go: recounting per note made 10,000 notes take a minute
    for ref in referenced:
        if ref not in out and ref in own:
            marker = own[ref]
            if not marker:
                numbered += 1
                marker = str(numbered)
            out[ref] = marker
    return out


def check(notes: list[Footnote], referenced: list[str]) -> None:
    """Raise ValueError naming the first id that is defined twice, referenced but not
    defined, or defined but never referenced, or a marker two notes would print."""
    seen: set[str] = set()
    for note in notes:
        if note.id in seen:
            raise ValueError(f"the footnote id {note.id!r} is given to two notes; ids are unique")
        seen.add(note.id)
    for ref in referenced:
        if ref not in seen:
            raise ValueError(
                f"[^{ref}] refers to no footnote: add a note with id {ref!r} under "
                f"'footnotes', or write the bracket as text with a backslash (\\[^{ref}])"
            )
    used = set(referenced)
    for note in notes:
        if note.id not in used:
            raise ValueError(
                f"the footnote {note.id!r} is never referenced: mark where it belongs with "
                f"[^{note.id}] in the text, or remove it"
            )
    printed: dict[str, str] = {}
    for note_id, marker in markers(notes, referenced).items():
        # Compared as printed: wire copy raises the number 1 to ¹, so a note marked ¹ (or a
        # full-width １) prints the same marker as note 1; NFKC folds them together.
        key = unicodedata.normalize("NFKC", marker)
        if key in printed:
            raise ValueError(
                f"the footnotes {printed[key]!r} and {note_id!r} would both print the "
                f"marker {marker!r}; give one of them another marker"
            )
        printed[key] = note_id
