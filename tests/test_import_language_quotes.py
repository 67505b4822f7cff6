"""Releases in other languages imported as their authors wrote them: quotes in the language's
own quotation marks with the verb as printed, About sections under the language's heading,
contact headings as the catalogue words them; and each read back from our own outputs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressrelease.api import render
from pressrelease.importing import parts, quotes, read
from pressrelease.importing.state import inline
from pressrelease.model import PressRelease, Quote
from pressrelease.renderers.base import RenderOptions
from tests.helpers import not_printed_in_order
from tests.test_import_language import LANGUAGES

TAGS = sorted(path.stem for path in LANGUAGES.glob("*.txt"))
_QUOTED = re.compile(r"^[„“”«»]|[:–] [„“”«]")
"""A source paragraph that is a quotation: it opens with a mark, or its attribution leads."""


def _paragraphs(tag: str) -> list[str]:
    text = (LANGUAGES / f"{tag}.txt").read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n")]


def _wire(release: PressRelease) -> str:
    return render(release, "txt", RenderOptions(text_width=0)).decode("utf-8")


@pytest.mark.parametrize("tag", TAGS)
def test_each_language_imports_its_quotes_about_section_and_words(tag: str) -> None:
    release = read(LANGUAGES / f"{tag}.txt").release
    source = _paragraphs(tag)
    quoted = [p for p in source if _QUOTED.search(p)]
    found = [b for b in release.body if isinstance(b, Quote)]
    assert len(found) == len(quoted) >= 1
    for quote, paragraph in zip(found, quoted, strict=True):
        assert quote.verb is not None
        assert f" {quote.verb}" in paragraph
        assert quote.speaker.name in paragraph
        assert quote.text.plain in paragraph
    [about] = release.boilerplates
    assert about.heading in source
    # (a paragraph the reader takes for lines, and contact lines under a heading the
    # catalogue words otherwise, stay in the section: word for word all the same)
    section = " ".join(paragraph.plain for paragraph in about.paragraphs)
    assert section.startswith(source[source.index(about.heading) + 1])
    assert not_printed_in_order(source, _wire(release)) == []


@pytest.mark.parametrize(
    ("tag", "text", "verb", "speaker", "marks"),
    [
        ("de", "„Wir freuen uns“, sagte Anna Schmidt, Vorständin der Acme AG.", "sagte",
         {"name": "Anna Schmidt", "title": "Vorständin der Acme AG"}, None),
        ("de", "»Wir freuen uns«, erklärte Anna Schmidt.", "erklärte",
         {"name": "Anna Schmidt"}, ("»", "«")),
        ("de", "„Wir freuen uns“, so Anna Schmidt.", "so", {"name": "Anna Schmidt"}, None),
        ("de-CH", "Anna Schmidt, CEO von Acme, betont: „Wir wachsen.“", "betont",
         {"name": "Anna Schmidt", "title": "CEO", "organization": "Acme"}, None),
        ("fr", "« Nous sommes ravis », a déclaré Marie Dupont, directrice générale.",
         "a déclaré", {"name": "Marie Dupont", "title": "directrice générale"}, ("« ", " »")),
        ("fr", "«\u00a0Nous sommes ravis\u00a0», a déclaré Marie Dupont, PDG de Helios.",
         "a déclaré", {"name": "Marie Dupont", "title": "PDG", "organization": "Helios"}, None),
        ("sv", "”Vi är glada”, säger Elin Lindqvist, vd på Fjällkraft.", "säger",
         {"name": "Elin Lindqvist", "title": "vd", "organization": "Fjällkraft"}, None),
        ("sv", "»Vi är glada», säger Elin Lindqvist.", "säger", {"name": "Elin Lindqvist"},
         ("»", "»")),
        ("pl", "„Jesteśmy dumni” – mówi Anna Nowak.", "mówi", {"name": "Anna Nowak"}, None),
        ("nl", "“We zijn trots”, zegt Sanne de Vries.", "zegt", {"name": "Sanne de Vries"},
         ("“", "”")),
        ("it", "«Siamo pronti», Giulia Rossi ha dichiarato.", "ha dichiarato",
         {"name": "Giulia Rossi"}, None),
    ],
)  # fmt: skip
def test_a_quote_is_read_in_its_language(
    tag: str, text: str, verb: str, speaker: dict[str, str], marks: tuple[str, str] | None
) -> None:
    fields = quotes.parse(text, inline, tag)
    assert fields is not None
    assert fields["verb"] == verb
    assert fields["speaker"] == speaker
    assert (tuple(fields["marks"]) if "marks" in fields else None) == marks


@pytest.mark.parametrize(
    ("tag", "text"),
    [
        ("de", "„Wir freuen uns“, hieß es in einer Mitteilung der Nordwind AG."),  # 4 small words
        ("de", "„Wir freuen uns“, sagte Anna Schmidt und ging."),  # not a name
        ("fr", "« Nous sommes ravis », a déclaré la directrice."),  # no name
        ("de", "„Wir freuen uns,“ sagte Anna Schmidt."),  # English comma: would print otherwise
    ],
)
def test_what_is_not_just_a_quote_stays_a_paragraph(tag: str, text: str) -> None:
    assert quotes.parse(text, inline, tag) is None


@pytest.mark.parametrize(
    ("heading", "tag", "about"),
    [
        ("Über die Acme AG", "de", True),
        ("À propos d’Acme", "fr", True),
        ("Acerca de Acme", "es", True),
        ("Sobre a Acme", "pt", True),
        ("Informazioni su Acme", "it", True),
        ("Over Acme", "nl", True),
        ("Om Acme", "sv", True),
        ("O firmie Acme", "pl", True),
        ("Acme について", "ja", True),
        ("アクメについて", "ja", True),
        ("关于 Acme", "zh", True),
        ("About Acme", "de", True),  # English headings in any release
        ("Over the Years", "en", False),  # a Dutch opening, an English subheading
        ("Om Acme", "de", False),
        ("Overzicht", "nl", False),
    ],
)
def test_about_headings_in_the_release_language(heading: str, tag: str, about: bool) -> None:
    assert parts.about(heading, tag) is about


def test_an_english_body_subheading_starting_like_a_dutch_about_stays_in_the_body() -> None:
    lead = "Acme today opened a plant in Ohio that makes widgets for every home in the county."
    text = f"Acme opens plant\n\nANNA, Ohio, July 21, 2025 – {lead}\n\nOver the Years\n\n{lead}\n"
    release = read(text, kind="text").release
    assert release.boilerplates == []
    assert [getattr(b, "kind", None) for b in release.body][1] == "subheading"


@pytest.mark.parametrize("kind", ["txt", "docx", "html"])
@pytest.mark.parametrize("tag", TAGS)
def test_each_language_reads_back_from_our_outputs(tag: str, kind: str, tmp_path: Path) -> None:
    release = read(LANGUAGES / f"{tag}.txt").release
    source = tmp_path / f"release.{kind}"
    source.write_bytes(render(release, kind))
    again = read(source).release
    assert again.language == tag
    assert render(again, "txt") == render(release, "txt")
    assert [b for b in again.body if isinstance(b, Quote)] == [
        b for b in release.body if isinstance(b, Quote)
    ]
    assert [b.heading for b in again.boilerplates] == [b.heading for b in release.boilerplates]
