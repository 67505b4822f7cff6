"""The importer reads the body blocks and footnotes our outputs print: block quotations,
nested lists, minor headings, quotes inside a paragraph and footnote markers, from wire
copy, DOCX and HTML, back into the fields a person would have written."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from pressrelease.api import render
from pressrelease.importing import Imported, read
from pressrelease.importing.nesting import flat, nest
from pressrelease.loading import load
from pressrelease.model import (
    BlockQuote,
    BulletList,
    ListItem,
    Paragraph,
    PressRelease,
    Quote,
    Subheading,
)
from tests.helpers import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
KINDS = ["txt", "docx", "html"]


def _read(name: str, kind: str, tmp_path: Path) -> tuple[PressRelease, Imported]:
    release = load(FIXTURES / name)
    source = tmp_path / f"release.{kind}"
    source.write_bytes(render(release, kind))
    return release, read(source)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", ["body-blocks.yaml", "joint-footnotes.yaml"])
def test_fixture_outputs_import_back_to_the_same_wire_copy(
    name: str, kind: str, tmp_path: Path
) -> None:
    release, imported = _read(name, kind, tmp_path)
    assert render(imported.release, "txt") == render(release, "txt")


@pytest.mark.parametrize("kind", KINDS)
def test_a_joint_release_comes_back_with_its_co_issuers(kind: str, tmp_path: Path) -> None:
    """The wire copy names the issuers as its words do (the lead, the About headings); the
    DOCX states their whole names as its author, the HTML their names, web sites and
    listings in its JSON-LD."""
    release, imported = _read("joint-footnotes.yaml", kind, tmp_path)
    again = imported.release
    if kind == "txt":
        assert [i.name for i in again.issuers] == ["Northwind Energy", "Helios Grid"]
    else:
        assert [i.name for i in again.issuers] == [i.name for i in release.issuers]
    if kind == "html":
        assert again.issuers == release.issuers
    report = "\n".join(imported.report())
    assert 'co-issuer "Helios Grid": named with "Northwind Energy"' in report
    assert 'confirmed by the About section "About Helios Grid"' in report


def _shape(items: Sequence[object]) -> list[object]:
    """A list's items as their plain words, sub-lists and kinds (wire copy prints no
    emphasis, so the words are compared, not the markup)."""
    return [
        (item.text.plain, item.ordered, _shape(item.items))
        if isinstance(item, ListItem)
        else getattr(item, "plain", item)
        for item in items
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_body_blocks_come_back_as_blocks(kind: str, tmp_path: Path) -> None:
    release, imported = _read("body-blocks.yaml", kind, tmp_path)
    again = imported.release
    assert [type(b) for b in again.body] == [type(b) for b in release.body]
    quote = next(b for b in again.body if isinstance(b, Quote))
    assert quote.lead is not None
    assert quote.lead.source.startswith("The trial met")
    assert quote.tail is not None
    assert quote.tail.source.startswith("The Phase 3 program")
    assert quote.text.plain == "We are proud of what this team has achieved for patients."
    assert quote.speaker.name.endswith("Jane Roe")
    block = next(b for b in again.body if isinstance(b, BlockQuote))
    assert len(block.paragraphs) == 2
    assert block.source is not None
    assert block.source.plain == "— Example Research, Migraine Therapeutics Outlook, 2024"
    nested = [_shape(b.items) for b in again.body if isinstance(b, BulletList)]
    assert nested == [_shape(b.items) for b in release.body if isinstance(b, BulletList)]
    levels = [b.level for b in again.body if isinstance(b, Subheading)]
    assert levels == ([2, 2] if kind == "txt" else [2, 3])  # wire copy prints both alike
    messages = [g.message for g in imported.guesses]
    assert any("inside a narrative paragraph" in m for m in messages)


@pytest.mark.parametrize("kind", KINDS)
def test_footnote_markers_become_references(kind: str, tmp_path: Path) -> None:
    _, imported = _read("joint-footnotes.yaml", kind, tmp_path)
    again = imported.release
    first = again.body[0]
    assert isinstance(first, Paragraph)
    lead = first.text.source
    assert "demand[^1]" in lead
    assert "Nordics[^note-2]" in lead
    assert "†" not in lead
    section = next(s for s in again.closing if s.kind == "footnotes")
    assert section.heading == "Notes"
    assert [(n.id, n.marker) for n in section.notes] == [
        ("1", None), ("note-2", "†"), ("2", None), ("3", None)
    ]  # fmt: skip
    assert section.notes[2].text.plain == "Company estimate against the 2024 grid mix."


def test_plain_text_nested_lists_block_quotes_and_notes() -> None:
    text = (
        "Acme Opens Plant\n\nBERLIN, Germany, 1 March 2024 - Acme opened a plant¹ today.\n\n"
        "* Widgets\n  1. Blue\n  2. Red\n     - light red\n* Gadgets\n\n"
        "    The plant is the largest of its kind in Europe.\n\n"
        "    — Example Research, 2024\n\n"
        "About Acme\n\nAcme makes widgets.\n\n¹ Opened on schedule.\n\n###\n"
    )
    release = read(text).release
    lists = [b for b in release.body if isinstance(b, BulletList)]
    assert len(lists) == 1
    widgets = lists[0].items[0]
    assert isinstance(widgets, ListItem)
    assert widgets.ordered
    assert flat([widgets.model_dump(mode="json")]) == ["Widgets", "Blue", "Red", "light red"]
    block = next(b for b in release.body if isinstance(b, BlockQuote))
    assert block.source is not None
    assert block.source.plain == "— Example Research, 2024"
    assert [(n.id, n.text.plain) for n in release.footnotes] == [("1", "Opened on schedule.")]
    lead = release.body[0]
    assert isinstance(lead, Paragraph)
    assert "plant[^1] today" in lead.text.source


def test_a_note_nothing_refers_to_leaves_the_text_as_it_is() -> None:
    text = (
        "Acme Opens Plant\n\nBERLIN, Germany, 1 March 2024 - Acme opened a plant today.\n\n"
        "About Acme\n\nAcme makes widgets.\n\n¹ Opened on schedule.\n\n###\n"
    )
    imported = read(text)
    assert imported.release.footnotes == []
    assert "[^" not in render(imported.release, "txt").decode()
    assert "¹ Opened on schedule." in render(imported.release, "txt").decode()


def test_html_blockquote_and_nested_list_without_our_classes() -> None:
    page = (
        "<html><body><h1>Acme Opens Plant</h1><p>BERLIN, Germany, 1 March 2024 - Acme "
        "opened a plant today.</p><blockquote><p>A plant like no other.</p></blockquote>"
        "<h3>Details</h3><ol><li>Size<ul><li>large</li></ul></li><li>Cost</li></ol>"
        "<p>More text follows here.</p></body></html>"
    )
    release = read(page, kind="html").release
    kinds = [getattr(b, "kind", "paragraph") for b in release.body]
    assert "blockquote" in kinds
    heading = next(b for b in release.body if isinstance(b, Subheading))
    assert heading.level == 3
    items = next(b for b in release.body if isinstance(b, BulletList)).items
    assert _shape(items) == [("Size", False, ["large"]), "Cost"]


def test_nest_builds_sub_lists_from_depths() -> None:
    depths = [(0, False), (1, True), (2, False), (0, False), (5, False)]
    assert nest(["a", "b", "c", "d", "e"], depths) == [
        {"text": "a", "ordered": True, "items": [{"text": "b", "items": ["c"]}]},
        {"text": "d", "items": ["e"]},  # a jump of several levels is one level
    ]


def test_markdown_block_quote_sub_items_and_minor_heading() -> None:
    text = (
        "# Acme Opens Plant\n\nBERLIN, Germany, 1 March 2024 - Acme opened a plant today.\n\n"
        "### Details\n\n- Widgets\n  1. Blue\n  2. Red\n- Gadgets\n\n"
        "> The plant is the largest of its kind.\n>\n> It is also green.\n\n"
        "— Example Research, 2024\n\nMore text here follows.\n"
    )
    release = read(text, kind="markdown").release
    heading = next(b for b in release.body if isinstance(b, Subheading))
    assert heading.level == 3
    items = next(b for b in release.body if isinstance(b, BulletList)).items
    assert _shape(items) == [("Widgets", True, ["Blue", "Red"]), "Gadgets"]
    block = next(b for b in release.body if isinstance(b, BlockQuote))
    assert [p.plain for p in block.paragraphs] == [
        "The plant is the largest of its kind.",
        "It is also green.",
    ]
    assert block.source is not None
    assert block.source.plain == "— Example Research, 2024"


def test_markdown_footnotes_become_footnotes_not_lost(tmp_path: Path) -> None:
    """``word[^id]`` and ``[^id]: note`` (pandoc and GitHub footnotes): CommonMark alone
    would drop the definitions as link references; they become numbered footnotes."""
    source = tmp_path / "release.md"
    notes = "".join(f"[^n{number}]: Note number {number}.\n" for number in range(12))
    refs = " ".join(f"word[^n{number}]" for number in range(12))
    source.write_text(
        "# Acme Opens a Plant\n\n"
        f"Springfield, May 1, 2024 - Acme Corp. today opened a plant. {refs}.\n\n"
        "## About Acme\n\nAcme makes widgets.\n\n" + notes,
        encoding="utf-8",
    )
    release = read(source).release
    texts = [note.text.source for note in release.footnotes]
    assert texts == [f"Note number {number}." for number in range(12)]
    wire = " ".join(render(release, "txt").decode("utf-8").split())
    assert "plant. word¹ word² word³" in wire
    assert "word¹¹ word¹²." in wire
    assert "¹ Note number 0. ² Note number 1." in wire
    assert "¹² Note number 11." in wire


def test_a_list_deeper_than_the_model_takes_is_reported(tmp_path: Path) -> None:
    """Items below the third level join it (nothing is lost), and the report says so."""
    source = tmp_path / "deep.md"
    items = "".join(f"{'  ' * depth}- level {depth + 1}\n" for depth in range(6))
    source.write_text(
        f"# Acme launches\n\nSpringfield, May 1, 2024 - Acme.\n\n{items}", encoding="utf-8"
    )
    imported = read(source)
    wire = render(imported.release, "txt").decode("utf-8")
    assert all(f"level {depth + 1}" in wire for depth in range(6))
    messages = [guess.message for guess in imported.guesses]
    assert any("nested 6 levels deep" in message for message in messages), messages
