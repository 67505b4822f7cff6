"""Markdown nested past markdown-it's limit (block quotations, list items, emphasis, links):
every word still arrives, in order, and what was read flat is reported."""

from __future__ import annotations

import pytest

from pressrelease.api import render
from pressrelease.importing import Imported, read
from pressrelease.importing.deep import flat_line
from pressrelease.model import BlockQuote, BulletList, Paragraph

HEAD = (
    "# Acme Opens a Plant\n\n"
    "BERLIN, Germany, 1 March 2024 - Acme Corp. today opened a plant in the city.\n\n"
)


def _read(body: str) -> tuple[Imported, str]:
    imported = read(HEAD + body + "\nThe plant employs 400 people.\n", kind="markdown")
    wire = " ".join(render(imported.release, "txt").decode("utf-8").split())
    return imported, wire


def _messages(imported: Imported) -> list[str]:
    return [guess.message for guess in imported.guesses]


def test_a_quotation_nested_1000_levels_keeps_its_words_and_is_reported() -> None:
    body = "> " * 1000 + "Words at the bottom of a deep quotation.\n"
    imported, wire = _read(body)
    quote = next(b for b in imported.release.body if isinstance(b, BlockQuote))
    assert [p.plain for p in quote.paragraphs] == ["Words at the bottom of a deep quotation."]
    assert "Words at the bottom of a deep quotation. The plant employs 400 people." in wire
    assert any("nested 1,000 levels deep" in m for m in _messages(imported)), _messages(imported)


def test_every_level_of_a_1000_level_staircase_arrives_in_order() -> None:
    body = "".join(f"{'>' * depth} Level {depth} says hello.\n" for depth in range(1, 1001))
    imported, wire = _read(body)
    said = " ".join(f"Level {depth} says hello." for depth in range(1, 1001))
    assert said in wire
    quotes = [b for b in imported.release.body if isinstance(b, BlockQuote)]
    assert len(quotes) == 1
    assert len(quotes[0].paragraphs) == 1000


def test_four_levels_read_as_one_quotation_as_before_now_reported() -> None:
    imported, _ = _read("> > > > Four levels down.\n")
    quote = next(b for b in imported.release.body if isinstance(b, BlockQuote))
    assert [p.plain for p in quote.paragraphs] == ["Four levels down."]
    assert any("nested 4 levels deep" in m for m in _messages(imported))
    single, _ = _read("> One level.\n")
    assert not any("nested" in m for m in _messages(single))


def test_a_list_nested_1000_levels_keeps_every_item() -> None:
    body = "".join(f"{'  ' * depth}- item {depth}\n" for depth in range(1000))
    imported, wire = _read(body)
    assert " ".join(f"item {depth}" for depth in range(1000)) in wire.replace("* ", "").replace(
        "- ", ""
    )
    lists = [b for b in imported.release.body if isinstance(b, BulletList)]
    assert len(lists) == 1
    messages = _messages(imported)
    assert any("deeper than the Markdown reader follows" in m for m in messages), messages
    assert any("items below level 3 joined it" in m for m in messages), messages


def test_quotations_and_lists_mixed_past_the_limit_keep_their_words() -> None:
    body = "> - " * 60 + "the innermost words\n\n" + "- > " * 60 + "and these too\n"
    imported, wire = _read(body)
    assert "the innermost words" in wire
    assert "and these too" in wire
    assert any("nested" in m or "deeper" in m for m in _messages(imported)), _messages(imported)


@pytest.mark.parametrize(
    "body",
    [
        "*" * 1000 + "emphasised words" + "*" * 1000 + " follow.\n",
        "".join("*_"[d % 2] + f"w{d} " for d in range(500))
        + "core"
        + "".join("*_"[d % 2] for d in reversed(range(500)))
        + " follow.\n",
        "[a " * 500 + "linked words" + "](https://acme.example)" * 500 + " follow.\n",
    ],
    ids=["emphasis", "mixed-emphasis", "links"],
)
def test_inline_nesting_past_the_limit_loses_no_word(body: str) -> None:
    _, wire = _read(body)
    words = [w.strip("*_[]") for w in body.split() if w.strip("*_[]")]
    for word in words:
        if "](" not in word:
            assert word in wire, word


def test_flat_line_drops_container_markers_and_keeps_one_bullet() -> None:
    assert flat_line("> > > words", item=False) == ("words", 3)
    assert flat_line("   >  - > 1. words", item=False) == ("1. words", 2)
    assert flat_line("  - - words", item=True) == ("words", 0)
    assert flat_line("> *emphasis* stays", item=False) == ("*emphasis* stays", 1)
    assert flat_line("> --- rule", item=False) == ("--- rule", 1)


def test_a_deep_quotation_does_not_change_how_the_lead_is_unwrapped() -> None:
    """The wrapping width is measured without ``>`` markers: 1,000 of them on a line would
    make every wrapped line of the release look like a line typed short."""
    lead = (
        "# Acme Opens a Plant\n\nBERLIN, Germany, 1 March 2024 - Acme Corp. today opened its\n"
        "largest plant in Europe.\n\n"
    )
    imported = read(lead + "> " * 1000 + "Deep words.\n", kind="markdown")
    first = imported.release.body[0]
    assert isinstance(first, Paragraph)
    assert first.text.plain == "Acme Corp. today opened its largest plant in Europe."
