"""Footnotes as published: a list of notes after the closing sections (``¹ Source: …``,
``† By capacity …``, under a heading such as ``Notes`` or none), and the same markers
printed after words in the text (``demand¹``, ``Nordics†``).

The notes are found while the sections are read (:meth:`Footnotes.note_section`); once the
whole release is read, every marker glued to a word that matches a note becomes a ``[^id]``
reference (:meth:`Footnotes.references`). When a note is referenced nowhere, or a marker
matches no note, nothing is changed: the notes stay notes in the text, markers and all.
"""

from __future__ import annotations

import re
from typing import Any

from pressrelease.importing.contacts import card_line
from pressrelease.importing.state import State
from pressrelease.importing.text import NOTE as _NOTE
from pressrelease.importing.text import NOTE_DIGITS as _DIGITS
from pressrelease.importing.text import Unit


def note_marker(unit: Unit) -> str | None:
    """The marker starting a note line (``¹``, ``†``), or None."""
    if unit.is_block:
        return None
    match = _NOTE.match(unit.text)
    return match.group("marker") if match else None


class Footnotes(State):
    """Finds the notes and turns their markers in the text into references."""

    notes_found: list[tuple[str, str]]
    """(marker, note text as inline markup), in printed order."""

    def note_section(self, rest: list[Unit], index: int) -> tuple[dict[str, Any], int] | None:
        """The footnotes starting at ``rest[index]`` (a heading over note lines, or note
        lines) and how many units they take, or None when none start there."""
        unit = rest[index]
        heading = None
        start = index
        if note_marker(unit) is None:
            following = rest[index + 1] if index + 1 < len(rest) else None
            if unit.is_block or following is None or note_marker(following) is None:
                return None
            if len(unit.text.split()) > 4 or unit.text.endswith((".", ",", ";")):
                return None
            if card_line(unit.text):  # the last line of a contact card, not "Notes"
                return None
            heading, start = unit.text, index + 1
        notes: list[dict[str, Any]] = []
        end = start
        while end < len(rest) and (marker := note_marker(rest[end])) is not None:
            note = rest[end]
            skip = len(note.text) - len(note.text[len(marker) :].lstrip())
            notes.append({"marker": marker, "text": self.markup(note, skip)})
            end += 1
        section: dict[str, Any] = {"notes": notes}
        if heading is not None:
            section["heading"] = heading
        return section, end - index

    def references(self, sections: list[dict[str, Any]], texts: list[Any]) -> bool:
        """Markers in ``texts`` (the body, the sections: lists and dicts changed in place)
        -> ``[^id]`` for the notes of ``sections``, whose notes get their ids (and their
        printed marker where the release would not count the same number). False, with
        nothing changed, unless every note is referenced."""
        notes = [note for section in sections for note in section["notes"]]
        markers = [note["marker"] for note in notes]
        if not markers or len(set(markers)) != len(markers):
            return False
        ids = {marker: _id(marker, number) for number, marker in enumerate(markers, start=1)}
        if len(set(ids.values())) != len(ids):
            return False
        pattern = re.compile(
            r"(?<=\S)(?:"
            + "|".join(re.escape(_escaped(m)) for m in sorted(markers, key=len, reverse=True))
            + rf")(?![{_DIGITS}])"
        )
        order: list[str] = []
        _walk(texts, lambda text: order.extend(_unescaped(m) for m in pattern.findall(text)))
        if set(order) != set(markers):
            return False
        _walk(texts, lambda text: pattern.sub(lambda m: f"[^{ids[_unescaped(m.group())]}]", text))
        numbered = 0
        own: dict[str, str] = {}
        for marker in dict.fromkeys(order):  # in order of first reference
            if marker[0] in _DIGITS:
                numbered += 1
                if marker.translate(_PLAIN) == str(numbered):
                    continue  # the number the release counts itself
            own[marker] = marker
        for note in notes:
            marker = note.pop("marker")
            note["id"] = ids[marker]
            if marker in own:
                note["marker"] = marker
        return True


_PLAIN = str.maketrans(_DIGITS, "0123456789")


def _id(marker: str, number: int) -> str:
    """A note's id: its number (``¹`` -> ``1``), else ``note-`` and its place in the list."""
    return marker.translate(_PLAIN) if marker[0] in _DIGITS else f"note-{number}"


def _escaped(marker: str) -> str:
    """The marker as inline markup writes it (``*`` is escaped)."""
    return "".join(f"\\{c}" if c == "*" else c for c in marker)


def _unescaped(text: str) -> str:
    return text.replace("\\", "")


_KEEP = frozenset({"kind", "speaker", "verb", "marks", "heading", "ordered", "attribution",
                   "continued_intro", "caption", "header"})  # fmt: skip
"""Fields that are no inline text of the release's, or are printed without references."""


def _walk(value: Any, change: Any) -> None:
    """Apply ``change`` to every string of inline text in ``value``, in reading order:
    lists and dicts are changed in place when ``change`` returns a string. Contact cards,
    footnotes and subheadings are left alone."""
    if isinstance(value, list):
        entries = list(enumerate(value))
    elif isinstance(value, dict):
        if value.get("kind") in ("contacts", "footnotes", "end_mark", "subheading"):
            return
        if "contacts" in value or ("notes" in value and "paragraphs" not in value):
            return
        entries = [(key, item) for key, item in value.items() if key not in _KEEP]
    else:
        return
    for key, item in entries:
        if isinstance(item, str):
            result = change(item)
            if isinstance(result, str):
                value[key] = result
        else:
            _walk(item, change)
