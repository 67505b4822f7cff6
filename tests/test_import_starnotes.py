"""``*`` footnotes in plain text and Markdown: ``12%*`` in the text and ``* Excluding …``
under it are a footnote, not a one-item list; a real ``*`` bullet list, Markdown emphasis
and a ``*`` line inside the body stay what they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressrelease.api import render
from pressrelease.importing import Imported, read
from pressrelease.loading import loads
from pressrelease.model import BulletList, Paragraph

WIRE = """\
Acme Reports Third Quarter Results

BERLIN, Germany, 1 March 2024 - Acme Corp. today reported that revenue
grew 12%* in the quarter, and that its operating margin rose to 18.2%**
on higher volumes in all three of its regions†.

"We are pleased with the quarter," said Jane Roe, CEO of Acme.

About Acme

Acme makes widgets for industry.

Media contact:
Jane Roe, Acme
press@acme.example

* Excluding currency effects and the acquisition of Widget Works, which
  closed in the second quarter.
** Adjusted for one-off items.
† Europe, the Americas and Asia-Pacific.

                                  ###
"""


def _wire(imported: Imported) -> str:
    return render(imported.release, "txt").decode("utf-8")


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").split("\n")]


def _messages(imported: Imported) -> list[str]:
    return [guess.message for guess in imported.guesses]


def test_wire_copy_star_notes_become_footnotes_and_print_back_line_for_line() -> None:
    imported = read(WIRE)
    release = imported.release
    assert [(n.marker, n.text.plain) for n in release.footnotes] == [
        ("*", "Excluding currency effects and the acquisition of Widget Works, which "
              "closed in the second quarter."),
        ("**", "Adjusted for one-off items."),
        ("†", "Europe, the Americas and Asia-Pacific."),
    ]  # fmt: skip
    lead = release.body[0]
    assert isinstance(lead, Paragraph)
    assert "12%[^note-1] in the quarter" in lead.text.source
    assert "18.2%[^note-2] on" in lead.text.source
    assert not any(isinstance(block, BulletList) for block in release.body)
    assert _lines(_wire(imported)) == _lines(WIRE)
    assert any("read as a footnote marked *" in m and '"12%*"' in m for m in _messages(imported))


def test_our_own_wire_copy_of_star_notes_imports_back_byte_for_byte() -> None:
    release = loads(
        """
slug: acme-plant
headline: Acme Opens Its Largest Plant
dateline: {city: Springfield, date: 2024-05-01}
body:
  - "Acme Corp. today opened a plant that doubles its output[^out] and adds 400 jobs.
     The plant runs on renewable power[^green] from its first day."
  - "Production starts in June."
boilerplates:
  - heading: About Acme
    paragraphs: ["Acme makes widgets for industry."]
footnotes:
  - {id: out, marker: "*", text: "Measured in units a year, against the 2023 output of all plants."}
  - {id: green, marker: "**", text: "Wind and solar, under a ten-year contract."}
issuer: {name: Acme Corp.}
"""
    )
    wire = render(release, "txt")
    imported = read(wire.decode("utf-8"))
    assert [n.marker for n in imported.release.footnotes] == ["*", "**"]
    assert render(imported.release, "txt") == wire


def test_markdown_star_notes_with_emphasis_nearby(tmp_path: Path) -> None:
    source = tmp_path / "release.md"
    source.write_text(
        "# Acme Reports Third Quarter Results\n\n"
        "**BERLIN, Germany, 1 March 2024** - Acme Corp. today reported that revenue grew "
        "12%* in the quarter, and that *operating margin* rose to 18.2%** on higher volumes.\n\n"
        "## About Acme\n\nAcme makes widgets for industry.\n\n"
        "* Excluding currency effects.\n** Adjusted for one-off items.\n",
        encoding="utf-8",
    )
    imported = read(source)
    release = imported.release
    assert [(n.marker, n.text.plain) for n in release.footnotes] == [
        ("*", "Excluding currency effects."),
        ("**", "Adjusted for one-off items."),
    ]
    lead = release.body[0]
    assert isinstance(lead, Paragraph)
    assert "*operating margin*" in lead.text.source  # emphasis kept, not read as a marker
    assert "12%[^note-1]" in lead.text.source
    wire = _lines(_wire(imported))
    assert wire[wire.index("* Excluding currency effects.") + 1] == "** Adjusted for one-off items."


LIST_AT_THE_END = (
    "Acme Opens a Plant\n\n"
    "BERLIN, Germany, 1 March 2024 - Acme Corp. today opened a plant in Berlin.\n\n"
    "{middle}"
    "About Acme\n\nAcme makes widgets.\n\n{tail}###\n"
)


@pytest.mark.parametrize(
    ("middle", "tail"),
    [
        ("The plant makes:\n\n* blue widgets\n* red widgets\n\n", ""),  # a real list
        ("", "* Visit acme.example for more.\n\n"),  # no * in the text marks it
        ("Output grew by a *third* in a year.\n\n", "* Visit acme.example for more.\n\n"),
        ("Output grew 30%* in a year.\n\n* blue widgets\n\nMore text follows here.\n\n", ""),
        ("Output grew 30%* in a year.\n\n", "* one note\n\n* another note\n\n"),
    ],
    ids=["bullet-list", "no-reference", "emphasis", "inside-the-body", "two-star-items"],
)
def test_star_lists_without_clear_evidence_stay_lists(middle: str, tail: str) -> None:
    text = LIST_AT_THE_END.format(middle=middle, tail=tail)
    imported = read(text)
    assert imported.release.footnotes == []
    assert not any("footnote marked *" in m for m in _messages(imported))
    wire = _wire(imported)
    for line in text.split("\n"):
        if line.startswith("* "):  # a list after the body prints as paragraphs, as before
            assert line[2:] in wire


def test_a_markdown_bullet_list_with_star_bullets_stays_a_list(tmp_path: Path) -> None:
    source = tmp_path / "release.md"
    source.write_text(
        "# Acme Opens a Plant\n\nSpringfield, May 1, 2024 - Acme Corp. today opened a "
        "*very* large plant.\n\n* blue widgets\n\n## About Acme\n\nAcme makes widgets.\n",
        encoding="utf-8",
    )
    release = read(source).release
    assert release.footnotes == []
    lists = [b for b in release.body if isinstance(b, BulletList)]
    assert len(lists) == 1


@pytest.mark.parametrize(("first", "second"), [("*", "**"), ("¹", "²")])
def test_a_note_under_a_full_width_note_is_a_note_of_its_own(first: str, second: str) -> None:
    """The wrapping rule alone would join ``** …`` to a note line that filled the width."""
    long_note = "Excluding currency effects and the acquisition of Widget Works Limited."
    text = (
        "Acme Reports Results\n\n"
        "BERLIN, Germany, 1 March 2024 - Acme Corp. today reported that revenue\n"
        f"grew 12%{first} in the quarter and that its margin rose to 18.2%{second} overall.\n\n"
        "About Acme\n\nAcme makes widgets.\n\n"
        f"{first} {long_note}\n{second} Adjusted for one-off items.\n\n###\n"
    )
    columns = max(len(line) for line in text.split("\n") if " " in line)
    assert len(f"{first} {long_note}") + 1 + len(second) > columns  # "wrapped", by width
    notes = read(text).release.footnotes
    assert [n.text.plain for n in notes] == [long_note, "Adjusted for one-off items."]
