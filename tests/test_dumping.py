"""dumps(): the YAML a person would write, which loads back to the same release."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressrelease.dumping import dumps
from pressrelease.loading import load, loads
from tests.helpers import FIELD_TEXT, ROOT, make, valid_or_skip

EXAMPLES = sorted((ROOT / "examples").glob("*/release.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_every_example_round_trips(path: Path) -> None:
    release = load(path)
    assert loads(dumps(release)) == release


def test_schema_order_defaults_omitted_and_quoting_only_where_needed() -> None:
    release = make(
        headline="Acme launches widgets",
        issuer={"name": "Acme", "listings": [{"exchange": "HKEX", "symbol": "00853"}]},
        body=["x" * 120, {"kind": "quote", "text": "Hi", "speaker": {"name": "Yes"}}],
        keywords=["no", "1.50", "- x", "a: b", "#tag"],
    )
    text = dumps(release)
    assert text.index("slug:") < text.index("headline:") < text.index("dateline:")
    for default in ("language:", "end_mark:", "verb:", "style:"):
        assert default not in text
    assert 'symbol: "00853"' in text
    assert "headline: Acme launches widgets\n" in text
    assert "  - >-\n    " + "x" * 120 + "\n" in text
    assert "  - kind: quote\n    text: Hi\n" in text
    assert 'name: "Yes"' in text
    for word in ('"no"', '"1.50"', '"- x"', '"a: b"', '"#tag"'):
        assert f"  - {word}\n" in text
    assert loads(text) == release


def test_multi_line_text_is_a_literal_block() -> None:
    release = make(body=["first line\nsecond line"])
    text = dumps(release)
    assert "  - |-\n    first line\n    second line\n" in text
    assert loads(text) == release


def test_comments_are_written_above_their_field() -> None:
    release = make()
    text = dumps(release, {"dateline.city": "guessed: from X", "body.0": "a\nb"})
    assert "dateline:\n  # guessed: from X\n  city: Springfield\n" in text
    assert "body:\n  # a\n  # b\n  - Lead paragraph.\n" in text
    assert loads(text) == release


@settings(max_examples=200, deadline=None)
@given(st.lists(FIELD_TEXT, min_size=13, max_size=13), st.booleans())
def test_any_release_round_trips(texts: list[str], ordered: bool) -> None:
    t = iter(texts)
    data: dict[str, Any] = {
        "slug": "p",
        "headline": next(t),
        "subheadlines": [next(t)],
        "dateline": {"city": next(t), "date": "2024-01-01", "separator": next(t)[:5]},
        "body": [
            next(t),
            {"kind": "list", "ordered": ordered, "items": [next(t)]},
            {
                "kind": "quote",
                "text": next(t),
                "speaker": {"name": next(t)},
                "marks": [next(t)[:3], next(t)[:3]],
            },
        ],
        "boilerplates": [{"heading": next(t), "paragraphs": [next(t)]}],
        "contacts": [{"name": next(t), "phone": "+1 555"}],
        "issuer": {"name": "Issuer"},
        "end_mark": None,
    }
    release = valid_or_skip(data)
    assert loads(dumps(release)) == release


def test_closing_is_written_in_its_single_key_forms() -> None:
    release = make(
        closing=[
            "end_mark",
            {"about": {"heading": "About Acme", "paragraphs": ["Acme makes things."]}},
            {"contacts": [{"name": "Jane Roe", "email": "jane@acme.example"}]},
            {
                "contacts": {
                    "heading": "Media Contacts:",
                    "contacts": [
                        {
                            "heading": False,
                            "lines": ["PR: pr@acme.example"],
                            "email": "pr@acme.example",
                        }
                    ],
                }
            },
            {"notes": ["Financial tables follow."]},
        ],
    )
    text = dumps(release, {"closing.3.contacts.0": "a card"})
    closing = text.split("closing:\n", 1)[1]
    assert closing.startswith(
        "  - end_mark\n"
        "  - about:\n"
        "      heading: About Acme\n"
        "      paragraphs:\n"
        "        - Acme makes things.\n"
        "  - contacts:\n"
        "      - name: Jane Roe\n"
        "        email: jane@acme.example\n"
        "  - contacts:\n"
        '      heading: "Media Contacts:"\n'
        "      contacts:\n"
        "        # a card\n"
        "        - heading: false\n"
        "          lines:\n"
        '            - "PR: pr@acme.example"\n'
        "          email: pr@acme.example\n"
        "  - notes:\n"
        "      - Financial tables follow.\n"
    )
    assert "kind:" not in closing
    assert loads(text) == release


def test_a_number_field_is_written_as_a_number() -> None:
    """A heading level is a number in the model: written ``level: 3`` as a person would,
    not ``level: "3"``, and it loads back."""
    fixture = Path(__file__).parent / "fixtures" / "body-blocks.yaml"
    release = loads(fixture.read_text("utf-8"))
    text = dumps(release)
    assert "    level: 3\n" in text
    assert 'level: "3"' not in text
    assert loads(text) == release
