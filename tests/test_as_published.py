"""What a release prints its own way, the model can say: contact cards, closing order,
timing line, preamble and attribution commas, in every format."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from pressrelease.api import render
from pressrelease.document import Contacts, QuoteSentence, compose
from pressrelease.inline import plain_text
from pressrelease.model import PressRelease
from tests.epub_support import Book, one, text_of
from tests.helpers import make, normalize_ws, wire

CARD: dict[str, Any] = {
    "heading": "Media Contacts:",
    "name": "Jane Roe",
    "organization": "Acme",
    "email": "jane@acme.example",
    "phone": "+1 555 0100",
    "url": "https://acme.example/news",
    "lines": ["Jane Roe, Acme: +1 555 0100; jane@acme.example", "Web: acme.example/news"],
}


def texts(release: PressRelease) -> dict[str, str]:
    """The release as each reader sees it, whitespace normalised."""
    import re

    html = render(release, "html").decode()
    body = re.sub(r"<[^>]+>", " ", html.split("<body", 1)[1])
    book = Book(render(release, "epub"))
    return {
        "txt": normalize_ws(wire(release, 0)),
        "html": normalize_ws(body.replace("&amp;", "&")),
        "epub": normalize_ws(text_of(one(book.content(), "x:body"))),
        "ninjs": normalize_ws(render(release, "ninjs").decode()),
    }


def test_a_card_prints_its_published_heading_and_lines_in_every_format() -> None:
    release = make(contacts=[CARD])
    for name, text in texts(release).items():
        assert "Media Contacts:" in text, name
        assert "Jane Roe, Acme: +1 555 0100; jane@acme.example" in text, name
    assert "contact:" not in wire(release)
    card = next(p for p in compose(release).parts if isinstance(p, Contacts)).cards[0]
    assert (card.who, card.email, card.url) == ("Jane Roe, Acme", "jane@acme.example", CARD["url"])
    html = render(release, "html").decode()
    assert 'href="mailto:jane@acme.example"' in html  # the printed address is still a link
    assert 'href="https://acme.example/news"' in html
    assert ">acme.example/news</a>" in html


def test_a_card_field_must_be_printed() -> None:
    with pytest.raises(ValidationError, match="phone '\\+1 999' is not in the card's printed"):
        make(contacts=[{**CARD, "phone": "+1 999"}])


def test_no_role_and_no_heading() -> None:
    release = make(contacts=[{"role": None, "name": "Jane Roe"}, {"heading": False, "name": "X"}])
    text = wire(release)
    assert "contact:" not in text
    assert "Jane Roe" in text
    assert "\nX\n" in text


def test_closing_sections_print_in_published_order() -> None:
    release = make(
        closing=[
            {"disclaimer": {"heading": "Forward-Looking Statements", "paragraphs": ["Risky."]}},
            {"about": {"heading": "About Acme", "paragraphs": ["Acme makes things."]}},
            "end_mark",
            {"contacts": [{"name": "Jane Roe", "email": "jane@acme.example"}]},
            {
                "notes": [
                    "Financial tables follow.",
                    {"kind": "table", "header": ["A"], "rows": [["1"]]},
                ]
            },
        ]
    )
    text = wire(release, 0)
    order = [
        "Forward-Looking Statements",
        "About Acme",
        "###",
        "Media contact:",
        "Financial tables",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)
    assert text.rstrip().endswith("1")  # the table closes the release, after the end mark
    for name, shown in texts(release).items():
        assert normalize_ws("Financial tables follow.") in shown, name


def test_closing_and_classic_fields_cannot_both_be_given() -> None:
    with pytest.raises(ValidationError, match="either in 'closing'"):
        make(closing=["end_mark"], contacts=[{"name": "Jane"}])


def test_timing_line_as_published_or_none_and_where_it_stands() -> None:
    assert wire(make(timing="For Immediate Release")).startswith("For Immediate Release\n")
    none = wire(make(timing=False))
    assert none.startswith("Headline\n")
    assert "RELEASE" not in none
    after = wire(make(timing_position="after_headline", subheadlines=["Sub"]))
    assert after.startswith("Headline\n\nSub\n\nFOR IMMEDIATE RELEASE\n")
    until = dt.datetime(2025, 5, 6, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    printed = "Embargoed until 9:00 a.m. ET / 3:00 p.m. CET, Tuesday, May 6, 2025"
    release = make(
        embargo={"until": until.isoformat(), "timezone": "America/New_York", "printed": printed}
    )
    for name, shown in texts(release).items():
        assert printed in shown, name


def test_preamble_lines_stand_above_everything() -> None:
    release = make(preamble=["報道関係者各位", "プレスリリース"], language="ja")
    assert wire(release).startswith("報道関係者各位\nプレスリリース\n\n")
    for name, shown in texts(release).items():
        if name != "ninjs":  # metadata formats carry the head in fields of their own
            assert "報道関係者各位" in shown, name


def test_an_attribution_with_a_comma_and_no_comma_before_the_verb() -> None:
    quote = {
        "kind": "quote",
        "text": "It works.",
        "speaker": {"name": "Bob Roe"},
        "attribution": "Bob Roe, MD",
        "verb": "stated",
        "position": "before",
        "comma": False,
    }
    parts = compose(make(body=["Lead.", quote])).parts
    sentence = next(plain_text(p.spans) for p in parts if isinstance(p, QuoteSentence))
    assert sentence == "Bob Roe, MD stated, “It works.”"
