"""Footnotes in the composed document: each reference's printed marker and links, and the
notes as a part where the release prints them.

The model checks that references and notes match (``model.notes``); here each ``NoteRef``
span is given its marker (1, 2 … in order of first reference, or the note's own), the id of
the note it points to (``fn-N``, N the note's place in the list) and its own id
(``fnref-N``, then ``fnref-N-2`` for a second reference to the same note), so every format
prints the same marker and links the same ids. "First reference" is counted over the
composed parts, so the numbers follow the printed order (a quote's lead sentence, say) and
not the order of the model's fields.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, TypeVar

from pressrelease.document.parts import FootnoteItem, Footnotes, Part
from pressrelease.inline import Emphasis, Link, NoteRef, Strong
from pressrelease.model.notes import FootnotesSection, markers, notes_of

if TYPE_CHECKING:
    from pressrelease.model import PressRelease

T = TypeVar("T")


class NoteIndex:
    """The release's notes: their markers and element ids, and the references drawn so far."""

    def __init__(self, release: PressRelease) -> None:
        self.notes = notes_of(release.sections)
        self.number = {note.id: index for index, note in enumerate(self.notes, start=1)}
        self.markers: dict[str, str] = {}
        self._ids = {f"fn-{number}": note_id for note_id, number in self.number.items()}
        self._seen: dict[str, int] = {}

    def section(self, section: FootnotesSection, anchor: str) -> Footnotes:
        """The part for one footnotes section (its markers are filled in by ``resolve``)."""
        items = tuple(
            FootnoteItem(
                marker="",
                spans=note.text.spans,
                anchor=f"fn-{self.number[note.id]}",
                backlink=f"fnref-{self.number[note.id]}",
            )
            for note in section.notes
        )
        return Footnotes(section.heading, items, anchor)

    def resolve(self, parts: list[Part]) -> list[Part]:
        """``parts`` with every reference's and note's marker and ids filled in."""
        if not self.notes:
            return parts
        found: list[str] = []
        self._value(parts, found)  # first the references in reading order, for the numbers
        self.markers = markers(self.notes, found)
        return [self._value(part) for part in parts]

    def _value(self, value: T, found: list[str] | None = None) -> T:
        if isinstance(value, NoteRef):
            if found is not None:
                found.append(value.id)
                return value
            return self._ref(value)  # type: ignore[return-value]
        if isinstance(value, FootnoteItem) and found is None:
            marker = self.markers[self._ids[value.anchor]]
            return dataclasses.replace(value, marker=marker)
        if isinstance(value, list):
            return [self._value(item, found) for item in value]  # type: ignore[return-value]
        if isinstance(value, tuple):
            return tuple(self._value(item, found) for item in value)  # type: ignore[return-value]
        if isinstance(value, (Emphasis, Strong, Link)) or _is_part(value):
            changes = {
                f.name: self._value(getattr(value, f.name), found)
                for f in dataclasses.fields(value)  # type: ignore[arg-type]
            }
            return dataclasses.replace(value, **changes)  # type: ignore[type-var]
        return value

    def _ref(self, ref: NoteRef) -> NoteRef:
        number = self.number[ref.id]
        seen = self._seen[ref.id] = self._seen.get(ref.id, 0) + 1
        anchor = f"fnref-{number}" if seen == 1 else f"fnref-{number}-{seen}"
        return NoteRef(ref.id, self.markers[ref.id], f"fn-{number}", anchor)


def _is_part(value: object) -> bool:
    """A part of the document (or a part's component, such as a contact card): any
    dataclass of ``document.parts``, so a new kind of part gets its references filled in."""
    return dataclasses.is_dataclass(value) and type(value).__module__ == Footnotes.__module__
