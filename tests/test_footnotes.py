"""Footnotes as published: ``[^id]`` references and the notes, checked both ways, numbered in
order of first reference (or with the note's own marker), and drawn word for word in every
format with links both ways."""

from __future__ import annotations

import email
import json
import re
import zipfile
from email import policy
from io import BytesIO
from typing import Any

import pytest

from pressrelease.api import render
from pressrelease.document import FootnoteItem, Footnotes, compose
from pressrelease.dumping import dumps
from pressrelease.errors import InvalidReleaseError
from pressrelease.inline import NoteRef, parse_inline
from pressrelease.loading import load, loads
from pressrelease.model import PressRelease
from pressrelease.renderers.base import RenderOptions
from tests.helpers import ROOT, make
from tests.pdf_reading import all_text, reader

FIXTURE = ROOT / "tests" / "fixtures" / "joint-footnotes.yaml"
NOTES = [
    ("1", "Source: Nordic Grid Statistics 2024, table 3"),
    ("†", "By contracted capacity, per BNEF (January 2025)."),
    ("2", "Company estimate against the 2024 grid mix."),
    ("3", "As of 31 December 2024."),
]
"""The fixture's notes as a reader sees them: printed marker, text (links' words only)."""


@pytest.fixture(scope="module")
def release() -> PressRelease:
    return load(FIXTURE)


def _notes(*notes: dict[str, Any], body: str = "Lead[^a] text.") -> PressRelease:
    return make(body=[body], footnotes=list(notes))


# -- the inline reference and the model ---------------------------------------------------


def test_reference_is_a_span_and_escaped_or_linked_brackets_are_not() -> None:
    assert parse_inline("demand[^demand].")[1] == NoteRef("demand")
    assert not any(isinstance(s, NoteRef) for s in parse_inline(r"text \[^1] as typed"))
    assert not any(isinstance(s, NoteRef) for s in parse_inline("[^x](https://a.example)"))


@pytest.mark.parametrize("text", ["bad [^ 1] ref", "open [^1 and more"])
def test_a_broken_reference_is_an_error_not_text(text: str) -> None:
    with pytest.raises(ValueError, match="is not a footnote reference"):
        parse_inline(text)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"body": ["Lead[^nope]."]}, r"\[\^nope\] refers to no footnote"),
        (
            {
                "body": ["Lead[^a]."],
                "footnotes": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
            },
            "the footnote 'b' is never referenced",
        ),
        (
            {
                "body": ["Lead[^a]."],
                "footnotes": [{"id": "a", "text": "A"}, {"id": "a", "text": "B"}],
            },
            "'a' is given to two notes",
        ),
        (
            {
                "body": ["Lead[^a][^b]."],
                "footnotes": [
                    {"id": "a", "text": "A", "marker": "*"},
                    {"id": "b", "text": "B", "marker": "*"},
                ],
            },
            "would both print the marker '\\*'",
        ),
        (
            {"body": ["Lead[^a]."], "footnotes": [{"id": "a", "text": "See [^a]."}]},
            "cannot reference another footnote",
        ),
        (
            {
                "body": ["Lead[^a]."],
                "footnotes": [{"id": "a", "text": "A"}],
                "closing": [{"footnotes": [{"id": "a", "text": "A"}]}],
            },
            "not both",
        ),
        ({"body": ["Lead[^a b]."]}, "is not a footnote reference"),
    ],
)
def test_validation_names_the_id(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(Exception, match=message):
        make(**fields)


def test_validation_error_from_a_file_names_the_id() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("[^grid]", "[^grids]")
    with pytest.raises(InvalidReleaseError, match=r"\[\^grids\] refers to no footnote"):
        loads(text)


def test_numbers_follow_the_first_reference_and_skip_own_markers() -> None:
    release = _notes(
        {"id": "late", "text": "Listed first, referenced last."},
        {"id": "dagger", "text": "Own marker.", "marker": "†"},
        {"id": "early", "text": "Referenced first."},
        body="One[^early], two[^dagger], three[^late], again[^early].",
    )
    document = compose(release)
    (notes,) = [p for p in document.parts if isinstance(p, Footnotes)]
    assert [(n.marker, n.anchor) for n in notes.notes] == [
        ("2", "fn-1"),
        ("†", "fn-2"),
        ("1", "fn-3"),
    ]
    refs = [s for s in document.parts[2].spans if isinstance(s, NoteRef)]  # type: ignore[union-attr]
    assert [(r.marker, r.target, r.anchor) for r in refs] == [
        ("1", "fn-3", "fnref-3"),
        ("†", "fn-2", "fnref-2"),
        ("2", "fn-1", "fnref-1"),
        ("1", "fn-3", "fnref-3-2"),
    ]


def test_default_place_is_after_the_closing_sections_before_the_end_mark() -> None:
    release = make(
        body=["Lead[^a]."],
        contacts=[{"name": "Jane Roe", "email": "jane@acme.example"}],
        footnotes=[{"id": "a", "text": "Note."}],
    )
    kinds = [type(p).__name__ for p in compose(release).parts]
    assert kinds[-3:] == ["Contacts", "Footnotes", "EndMark"]


def test_closing_places_them(release: PressRelease) -> None:
    kinds = [type(p).__name__ for p in compose(release).parts]
    assert kinds[kinds.index("Contacts") + 1] == "Footnotes"


def test_dump_and_load_round_trip(release: PressRelease) -> None:
    assert loads(dumps(release)) == release
    plain = make(body=["Lead[^a]."], footnotes=[{"id": "a", "text": "Note.", "marker": "*"}])
    assert loads(dumps(plain)) == plain


def test_existing_text_without_references_composes_as_before() -> None:
    release = make(body=["Revenue* grew [by 5%] (audited)."])
    assert not [p for p in compose(release).parts if isinstance(p, Footnotes)]


# -- every format, word for word --------------------------------------------------------


def _out(release: PressRelease, fmt: str) -> bytes:
    return render(release, fmt, RenderOptions())


def test_txt(release: PressRelease) -> None:
    text = _out(release, "txt").decode()
    flat = " ".join(text.split())
    assert "35% of the region's demand¹, the largest such deal in the Nordics†." in flat
    assert "1.2 million tonnes a year², as modelled for the full 35%¹." in flat
    assert "4,000 km of transmission lines³." in flat
    notes = flat[flat.index("Notes ¹") :]
    assert notes.startswith(
        "Notes ¹ Source: Nordic Grid Statistics 2024, table 3 (https://stats.example/grid/2024)."
        " † By contracted capacity, per BNEF (January 2025). ² Company estimate against the "
        "2024 grid mix. ³ As of 31 December 2024. ###"
    )
    assert text.index("Media contact:") < text.index("Notes")


def _xhtml_refs(markup: str) -> list[tuple[str, str, str]]:
    found = re.findall(
        r'<sup><a href="#(fn-\d)" id="(fnref-[\d-]+)"[^>]*>([^<]+)</a></sup>', markup
    )
    return [(target, anchor, marker) for target, anchor, marker in found]


EXPECTED_REFS = [
    ("fn-1", "fnref-1", "1"),
    ("fn-2", "fnref-2", "†"),
    ("fn-3", "fnref-3", "2"),
    ("fn-1", "fnref-1-2", "1"),
    ("fn-4", "fnref-4", "3"),
]


def _notes_in(markup: str) -> list[tuple[str, str, str]]:
    found = re.findall(
        r'<p class="footnote" id="(fn-\d)"[^>]*><sup><a href="#(fnref-\d)"[^>]*>([^<]+)</a>'
        r"</sup> (.*?)</p>",
        markup,
    )
    return [
        (anchor, back, marker + " " + re.sub(r"<[^>]+>", "", text))
        for anchor, back, marker, text in found
    ]


EXPECTED_NOTES = [
    ("fn-1", "fnref-1", "1 Source: Nordic Grid Statistics 2024, table 3."),
    ("fn-2", "fnref-2", "† By contracted capacity, per BNEF (January 2025)."),
    ("fn-3", "fnref-3", "2 Company estimate against the 2024 grid mix."),
    ("fn-4", "fnref-4", "3 As of 31 December 2024."),
]


def test_html(release: PressRelease) -> None:
    page = _out(release, "html").decode()
    assert _xhtml_refs(page) == EXPECTED_REFS
    assert _notes_in(page) == EXPECTED_NOTES
    assert "epub:type" not in page  # not HTML


def test_epub(release: PressRelease) -> None:
    with zipfile.ZipFile(BytesIO(_out(release, "epub"))) as book:
        page = book.read("EPUB/release.xhtml").decode()
        nav = book.read("EPUB/nav.xhtml").decode()
    assert 'xmlns:epub="http://www.idpf.org/2007/ops"' in page
    assert _xhtml_refs(page) == EXPECTED_REFS
    assert page.count('epub:type="noteref"') == 5
    assert page.count('epub:type="footnote"') == 4
    assert _notes_in(page) == EXPECTED_NOTES
    assert 'href="release.xhtml#footnotes-1">Notes<' in nav


def test_ninjs_and_jsonld_keep_markers_and_notes(release: PressRelease) -> None:
    item = json.loads(_out(release, "ninjs"))
    plain, rich = (body["value"] for body in item["bodies"])
    article = json.loads(_out(release, "jsonld"))["articleBody"]
    for text in (plain, article):
        assert "region's demand¹, the largest such deal in the Nordics†." in text
        assert "Notes\n\n¹ Source: Nordic Grid Statistics 2024, table 3" in text
        assert "\n† By contracted capacity, per BNEF (January 2025).\n" in text
    assert _xhtml_refs(rich) == EXPECTED_REFS
    assert _notes_in(rich) == EXPECTED_NOTES


def test_docx(release: PressRelease) -> None:
    import docx

    data = _out(release, "docx")
    document = docx.Document(BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    lead = next(t for t in texts if t.startswith("Oslo"))
    assert "region's demand1, the largest such deal in the Nordics†." in lead
    start = texts.index("Notes")
    assert texts[start + 1 : start + 5] == [
        f"{m} {t}" + ("." if m == "1" else "") for m, t in NOTES
    ]
    with zipfile.ZipFile(BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode()
    raised = re.findall(
        r'<w:hyperlink w:anchor="(fn_\d)"[^>]*><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        r'</w:rPr><w:t xml:space="preserve">([^<]+)</w:t>',
        xml,
    )
    assert raised == [(t.replace("-", "_"), m) for t, _, m in EXPECTED_REFS]
    names = re.findall(r'<w:bookmarkStart w:id="(\d+)" w:name="([^"]+)"/>', xml)
    assert sorted(n for _, n in names) == sorted(
        [a.replace("-", "_") for _, a, _ in EXPECTED_REFS] + ["fn_1", "fn_2", "fn_3", "fn_4"]
    )
    assert len({i for i, _ in names}) == len(names)  # one id per bookmark


def test_pdf(release: PressRelease) -> None:
    data = _out(release, "pdf")
    text = " ".join(all_text(data).split())
    assert "region's demand1, the largest such deal in the Nordics†." in text
    for marker, note in NOTES:
        assert f"{marker} {note}" in text
    pdf = reader(data)
    destinations = [
        annotation.get_object().get("/Dest")
        for page in pdf.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Dest") is not None
    ]
    assert len(destinations) == 5 + 4  # every reference to its note, every note back


def test_eml(release: PressRelease) -> None:
    message = email.message_from_bytes(_out(release, "eml"), policy=policy.default)
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert plain is not None
    assert html is not None
    text = " ".join(plain.get_content().split())
    assert "demand¹, the largest such deal in the Nordics†." in text
    assert "³ As of 31 December 2024." in text
    assert _xhtml_refs(html.get_content()) == EXPECTED_REFS


def test_part_types_are_exported() -> None:
    assert FootnoteItem.__module__ == Footnotes.__module__ == "pressrelease.document.parts"


def test_numbers_follow_the_printed_order_in_nested_lists_and_quotes() -> None:
    """A sub-list item and a quote's lead sentence count where they print, not where their
    fields stand in the model."""
    release = make(
        body=[
            "Lead[^b].",
            {"kind": "list", "items": [{"text": "Item[^c]", "items": ["Sub item[^a]"]}]},
            {
                "kind": "quote",
                "lead": "Before the quote[^d],",
                "text": "We are proud[^a]",
                "speaker": {"name": "Jane Roe"},
            },
        ],
        footnotes=[{"id": i, "text": i.upper() + "."} for i in "abcd"],
    )
    text = render(release, "txt", RenderOptions()).decode()
    assert "Lead¹." in text
    assert "* Item²\n  - Sub item³" in text
    assert "Before the quote⁴, “We are proud³,” said Jane Roe." in text
    assert "³ A.\n¹ B.\n² C.\n⁴ D." in text
