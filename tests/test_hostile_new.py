"""Hostile input against the release model's newer features (footnotes, nested lists, block
quotations, minor headings, quote lead/tail, co-issuers, the release's own phrases): each
ends in a clear error naming the field, or in output where the user's text stays data."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from pressrelease.errors import InvalidReleaseError
from pressrelease.loading import loads
from pressrelease.model import PressRelease
from pressrelease.model.notes import Footnote, markers

BASE: dict[str, Any] = {
    "slug": "hostile-new",
    "headline": "Acme launches widgets",
    "dateline": {"city": "Springfield", "date": "2024-05-01"},
    "body": ["Acme today launched widgets."],
    "issuer": {"name": "Acme Corp"},
}


def problems(**fields: Any) -> list[str]:
    """The problems reported for BASE with ``fields`` (it must be refused)."""
    with pytest.raises(InvalidReleaseError) as caught:
        loads(json.dumps({**BASE, **fields}), kind="json", source="x.json")
    return [str(problem).removeprefix("x.json:1: ") for problem in caught.value.problems]


def test_numbering_ten_thousand_notes_takes_linear_time() -> None:
    # Each note's number was recounted over every note before it: 10,000 notes took eight
    # seconds to validate and a minute under a profiler, and a 5 MB file holds 150,000.
    count = 40_000
    notes = [Footnote(id=str(i), text="n") for i in range(count)]
    ids = [note.id for note in notes]
    start = time.process_time()
    numbered = markers(notes, ids)
    assert time.process_time() - start < 2.0
    assert numbered["0"] == "1"
    assert numbered[str(count - 1)] == str(count)


def test_a_marker_printed_like_another_notes_number_is_refused() -> None:
    # Wire copy raises the number 1 to ¹, so a note marked ¹ printed as note 1 does.
    for marker in ("¹", "１"):
        found = problems(
            body=["Sales rose[^a], costs fell[^b]."],
            footnotes=[{"id": "a", "text": "One."}, {"id": "b", "text": "Two.", "marker": marker}],
        )
        assert found == [
            f"the footnotes 'a' and 'b' would both print the marker {marker!r}; "
            "give one of them another marker"
        ]


def test_a_decomposed_footnote_id_matches_its_reference() -> None:
    # The text is NFC-normalised; the id was not, so a file saved decomposed was refused
    # for "[^é] refers to no footnote" beside the note 'é'.
    text = (
        "slug: notes\nheadline: H\ndateline: {city: S, date: 2024-05-01}\n"
        "issuer: {name: Acme}\nbody: ['Caf\u0065\u0301[^e\u0301]']\n"
        "footnotes: [{id: 'e\u0301', text: Note.}]\n"
    )
    release = loads(text, kind="yaml", source="notes.yaml")
    assert [note.id for note in release.footnotes] == ["\u00e9"]


def test_two_ids_that_normalise_alike_are_one_id_given_twice() -> None:
    found = problems(
        body=["A[^\u00e9] b."],
        footnotes=[{"id": "\u00e9", "text": "x"}, {"id": "e\u0301", "text": "y"}],
    )
    assert found == ["the footnote id 'é' is given to two notes; ids are unique"]


def test_a_huge_marker_is_refused_before_it_is_printed_at_every_reference() -> None:
    found = problems(
        body=["A[^a] b[^a] c[^a]."], footnotes=[{"id": "a", "text": "x", "marker": "†" * 100_000}]
    )
    assert found == [
        "footnotes.0.marker: the marker has 100,000 characters, over the limit of 10: it is "
        "printed at every reference; use e.g. * or †"
    ]
    fine = {**BASE, "body": ["A[^a]."], "footnotes": [{"id": "a", "text": "x", "marker": "‡" * 10}]}
    assert PressRelease.model_validate(fine).footnotes[0].marker == "‡" * 10


@pytest.mark.parametrize("name", ["said", "media_contact", "page"])
def test_a_huge_phrase_is_refused_before_it_is_printed_everywhere(name: str) -> None:
    words = "x" * 300_000 if name != "page" else "{number}" + "x" * 300_000 + "{total}"
    found = problems(phrases={name: words})
    assert len(found) == 1
    assert found[0].startswith(f"phrases.{name}: the phrase has 300,0")
    assert "over the limit of 200" in found[0]
