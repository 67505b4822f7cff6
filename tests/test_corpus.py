"""Real releases as published on newswires, written as model data, rendered back word for word.

tests/corpus/ holds four published texts; examples/<slug>/release.yaml writes each as a
release. The wire copy must contain every sentence of the published text (whitespace
normalised), bullets as bullets, quotes as their published sentences and datelines with
their wire credits, contact lines as printed. Nothing is exempt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from pressrelease.document import wording
from pressrelease.inline import Emphasis, Text
from pressrelease.loading import load, loads
from pressrelease.model import (
    Boilerplate,
    BulletList,
    Dateline,
    Disclaimer,
    Paragraph,
    PressRelease,
    Quote,
    Subheading,
)
from pressrelease.renderers._shared.wire import plain
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.txt import TextRenderer
from tests.helpers import (
    EXAMPLE,
    ROOT,
    list_items,
    normalize_ws,
    text_sentences,
    text_units,
    wire,
)

CORPUS = ROOT / "tests" / "corpus"
EXAMPLES = ROOT / "examples"

RELEASES = {
    "01-honda-anna-engine-plant": "honda-anna-engine-plant",
    "05-a2-healthcare-us-expansion": "a2-healthcare-us-expansion",
    "07-mara-europe-leadership": "mara-europe-leadership",
    "10-northern-trust-stock-repurchase": "northern-trust-stock-repurchase",
}

WIDTHS = (0, 72)


def corpus_text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def release_of(name: str) -> PressRelease:
    return load(EXAMPLES / RELEASES[name] / "release.yaml")


def wire_copy(name: str, columns: int) -> str:
    data = TextRenderer().render(release_of(name), RenderOptions(text_width=columns))
    return data.decode("utf-8")


CASES = [(name, columns) for name in RELEASES for columns in WIDTHS]


@pytest.mark.parametrize(("name", "columns"), CASES)
def test_every_published_sentence_is_in_the_wire_copy(name: str, columns: int) -> None:
    haystack = normalize_ws(wire_copy(name, columns))
    assert [s for s in text_sentences(corpus_text(name)) if s not in haystack] == []


@pytest.mark.parametrize(("name", "columns"), CASES)
def test_every_published_paragraph_is_whole_in_the_wire_copy(name: str, columns: int) -> None:
    """Stricter than sentences: a quote's sentence and its continuation stay together."""
    haystack = normalize_ws(wire_copy(name, columns))
    assert [unit for unit in text_units(corpus_text(name)) if unit not in haystack] == []


def test_the_corpus_is_all_here() -> None:
    assert sorted(p.stem for p in CORPUS.glob("*.txt")) == sorted(RELEASES)
    counts = {name: len(text_sentences(corpus_text(name))) for name in RELEASES}
    assert counts == {
        "01-honda-anna-engine-plant": 32,
        "05-a2-healthcare-us-expansion": 46,
        "07-mara-europe-leadership": 27,
        "10-northern-trust-stock-repurchase": 18,
    }


def test_published_bullets_are_bullets() -> None:
    name = "01-honda-anna-engine-plant"
    items = list_items(corpus_text(name))
    assert len(items) == 9
    lines = wire_copy(name, 0).splitlines()
    for item in items:
        assert f"* {item}" in lines
    lists = [b for b in release_of(name).body if isinstance(b, BulletList)]
    assert [len(b.items) for b in lists] == [3, 6]


LEADS = {
    "01-honda-anna-engine-plant": "ANNA, Ohio, July 21, 2025 /PRNewswire/ — Honda will mark",
    "05-a2-healthcare-us-expansion": "--News Direct-- A2 Healthcare, ITOCHU Corporation’s",
    "07-mara-europe-leadership": "Miami, FL, Aug. 25, 2025 (GLOBE NEWSWIRE) — MARA Holdings,",
    "10-northern-trust-stock-repurchase": "CHICAGO–(BUSINESS WIRE)–On July 22, 2025, the Board",
}


@pytest.mark.parametrize("name", sorted(LEADS))
def test_dateline_reads_as_the_wire_printed_it(name: str) -> None:
    paragraphs = wire_copy(name, 0).split("\n\n")
    leads = [p for p in paragraphs if p.startswith(LEADS[name])]
    assert len(leads) == 1
    release = release_of(name)
    assert release.lead_index is not None
    lead = release.body[release.lead_index]
    assert isinstance(lead, Paragraph)
    prefix = wording.dateline_text(release.dateline, release.language) + wording.dateline_separator(
        release.dateline
    )
    assert leads[0] == prefix + plain(lead.text.spans)


QUOTES = {
    "01-honda-anna-engine-plant": ["Michael Tinch"],
    "05-a2-healthcare-us-expansion": ["Hitoshi Kamiya", "Hiroki Matsushima"],
    "07-mara-europe-leadership": ["Fred Thiel", "Gérard Mestrallet", "François Garcin"],
    "10-northern-trust-stock-repurchase": [],
}


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_each_quote_is_a_published_paragraph(name: str) -> None:
    """quote_spans alone rebuilds the published paragraph: speaker, verb, marks and all."""
    quotes = [b for b in release_of(name).body if isinstance(b, Quote)]
    assert [q.speaker.name for q in quotes] == QUOTES[name]
    units = text_units(corpus_text(name))
    for quote in quotes:
        assert plain(wording.quote_spans(quote, "en")) in units


STRUCTURE = {
    # name: (subheadlines, subheadings, boilerplates, disclaimers, contacts, listings, end mark)
    "01-honda-anna-engine-plant": (0, 1, 0, 0, 0, 0, None),
    "05-a2-healthcare-us-expansion": (0, 0, 1, 0, 4, 0, "###"),
    "07-mara-europe-leadership": (2, 0, 1, 0, 0, 1, None),
    "10-northern-trust-stock-repurchase": (0, 0, 1, 1, 0, 1, None),
}


@pytest.mark.parametrize("name", sorted(STRUCTURE))
def test_parts_use_the_right_kinds(name: str) -> None:
    release = release_of(name)
    found = (
        len(release.subheadlines),
        sum(isinstance(b, Subheading) for b in release.body),
        sum(isinstance(s, Boilerplate) for s in release.sections),
        sum(isinstance(s, Disclaimer) for s in release.sections),
        len(release.all_contacts),
        len(release.issuer.listings),
        release.end_mark,
    )
    assert found == STRUCTURE[name]
    units = text_units(corpus_text(name))
    for boilerplate in (s for s in release.sections if isinstance(s, Boilerplate)):
        assert boilerplate.heading.startswith("About ")
        assert boilerplate.heading in units


def test_stated_tickers_only() -> None:
    listings = {
        name: [(x.exchange, x.symbol) for x in release_of(name).issuer.listings]
        for name in RELEASES
    }
    assert listings["07-mara-europe-leadership"] == [("NASDAQ", "MARA")]
    assert listings["10-northern-trust-stock-repurchase"] == [("Nasdaq", "NTRS")]
    for name, pairs in listings.items():
        for exchange, symbol in pairs:
            assert f"({exchange}: {symbol})" in corpus_text(name)


def test_links_only_where_the_text_shows_an_address() -> None:
    text = wire_copy("10-northern-trust-stock-repurchase", 0)
    assert "https://www.northerntrust.com/terms-and-conditions." in text
    assert "https://northerntrust.com" not in text
    a2 = wire_copy("05-a2-healthcare-us-expansion", 0)
    assert "visit www.a2healthcare.com/en." in a2
    assert "View source version on newsdirect.com: https://newsdirect.com/news/" in a2


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_wire_copy_is_deterministic(name: str) -> None:
    assert wire_copy(name, 72) == wire_copy(name, 72)


# The additive model fields these releases needed: Dateline.printed, Dateline.separator
# and Quote.continued_intro. Their defaults must leave every other release unchanged.


def dateline(**fields: Any) -> Dateline:
    return Dateline.model_validate({"city": "Chicago", "date": "2025-07-22", **fields})


@pytest.mark.parametrize(
    ("fields", "text", "separator"),
    [
        ({}, "Chicago, 22 July 2025", " - "),
        ({"style": "ap"}, "CHICAGO, July 22, 2025", " — "),
        ({"style": "ap", "credit": "/PRNewswire/"}, "CHICAGO, July 22, 2025 /PRNewswire/", " — "),
        ({"region": "Ill.", "country": "USA"}, "Chicago, Ill., USA, 22 July 2025", " - "),
    ],
)
def test_dateline_defaults_are_unchanged(fields: dict[str, str], text: str, separator: str) -> None:
    line = dateline(**fields)
    assert line.printed is None
    assert line.separator is None
    assert wording.dateline_text(line, "en") == text
    assert wording.dateline_separator(line) == separator


def test_seed_example_keeps_its_dateline() -> None:
    release = load(EXAMPLE)
    assert release.dateline.printed is None
    assert release.dateline.separator is None
    assert wire(release, 0).count("Suzhou, China, 24 October 2021 - MicroPort") == 1


def test_printed_dateline_replaces_the_composed_one() -> None:
    line = dateline(style="ap", credit="(BUSINESS WIRE)", printed="CHICAGO–(BUSINESS WIRE)")
    assert wording.dateline_text(line, "en") == "CHICAGO–(BUSINESS WIRE)"
    assert wording.dateline_separator(line) == " — "  # the style's, until one is given
    assert line.date.isoformat() == "2025-07-22"  # still there, as metadata


@pytest.mark.parametrize("separator", ["–", " – ", " ", "--", " — "])
def test_separator_keeps_its_spaces(separator: str) -> None:
    assert wording.dateline_separator(dateline(separator=separator)) == separator


def test_separator_survives_yaml() -> None:
    text = (
        "slug: t\nheadline: H\nissuer: {name: Acme}\nbody: [Lead.]\n"
        "dateline: {city: Chicago, date: 2025-07-22, printed: CHICAGO, separator: ' – '}\n"
    )
    release = loads(text)
    assert "CHICAGO – Lead." in wire(release, 0).splitlines()


@pytest.mark.parametrize("separator", ["", "\n", " -\n ", "\t", "------"])
def test_separator_must_be_short_and_on_one_line(separator: str) -> None:
    with pytest.raises(ValidationError):
        dateline(separator=separator)


_VISIBLE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufffe"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")


@given(printed=_VISIBLE)
def test_any_printed_dateline_starts_the_lead(printed: str) -> None:
    release = PressRelease.model_validate(
        {
            "slug": "t",
            "headline": "H",
            "issuer": {"name": "Acme"},
            "body": ["Lead words."],
            "dateline": {"city": "X", "date": "2025-01-01", "printed": printed},
        }
    )
    assert wording.dateline_text(release.dateline, release.language) == release.dateline.printed
    text = normalize_ws(wire(release, 0))
    assert normalize_ws(f"{release.dateline.printed} - Lead words.") in text


def quote(**fields: Any) -> Quote:
    data = {"text": "First words.", "speaker": {"name": "Ann Lee"}, **fields}
    return Quote.model_validate(data)


def test_quote_defaults_are_unchanged() -> None:
    assert quote().continued_intro is None
    assert plain(wording.quote_spans(quote(text="First words"), "en")) == (
        "“First words,” said Ann Lee."
    )
    after = quote(text="First words", continued="More.")
    assert plain(wording.quote_spans(after, "en")) == "“First words,” said Ann Lee. “More.”"
    before = quote(position="before", verb="stated")
    assert plain(wording.quote_spans(before, "en")) == "Ann Lee stated, “First words.”"


def test_before_quote_continues_with_its_intro() -> None:
    q = quote(position="before", verb="stated", continued="More.", continued_intro="She added,")
    assert (
        plain(wording.quote_spans(q, "en")) == "Ann Lee stated, “First words.” She added, “More.”"
    )


def test_after_quote_continues_with_its_intro() -> None:
    q = quote(text="First words", continued="More.", continued_intro="She added:")
    assert plain(wording.quote_spans(q, "en")) == "“First words,” said Ann Lee. She added: “More.”"


def test_continued_keeps_inline_formatting() -> None:
    q = quote(position="before", continued="*Very* much.", continued_intro="She added,")
    emphasised = [s for s in wording.quote_spans(q, "en") if isinstance(s, Emphasis)]
    assert emphasised == [Emphasis(children=(Text("Very"),))]


def test_before_quote_without_intro_still_refuses_continued() -> None:
    with pytest.raises(ValidationError, match="continued"):
        quote(position="before", continued="More.")


def test_intro_needs_continued() -> None:
    with pytest.raises(ValidationError, match="continued_intro"):
        quote(continued_intro="She added,")


def test_corpus_copies_are_self_contained() -> None:
    """Tests read tests/corpus only; the texts keep their published characters."""
    for name in RELEASES:
        path = Path(CORPUS / f"{name}.txt")
        raw = path.read_bytes()
        assert b"\r" not in raw
        assert raw.decode("utf-8").strip()
