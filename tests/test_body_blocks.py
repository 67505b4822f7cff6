"""Body blocks as real releases print them: a quote inside a narrative paragraph, a block
quotation with its source line, lists nested three levels deep, a minor heading. Every
format carries every sentence word for word, in the right structure, read back the way a
consumer reads it (an HTML parser, python-docx, pypdf, the wire text, JSON)."""

from __future__ import annotations

import io
import json
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from pressrelease import InvalidReleaseError, dumps, loads
from pressrelease.api import render
from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.renderers.base import RenderOptions
from tests.helpers import ROOT, make, normalize_ws, wire
from tests.html_support import Node, parse

FIXTURE = ROOT / "tests" / "fixtures" / "body-blocks.yaml"

QUOTE_PARAGRAPH = (
    "The trial met its primary endpoint, the company said. Dr. Jane Roe, PhD stated, “We are "
    "proud of what this team has achieved for patients.” The Phase 3 program is expected to "
    "begin in early 2025."
)
EXCERPT = (
    "Preventive therapies that act within weeks, not months, would change how clinicians "
    "approach chronic migraine.",
    "The market for such treatments is expected to double by 2030.",
)
SOURCE = "— Example Research, Migraine Therapeutics Outlook, 2024"
ITEMS = (
    "Reduction in monthly migraine days",
    "Responder rates",
    "50% responder rate of 48 percent",
    "75% responder rate of 27 percent",
    "measured at week 12",
    "sustained through week 24",
    "Safety",
    "No serious adverse events related to treatment",
    "Next steps",
    "End-of-Phase 2 meeting with the FDA",
    "Phase 3 protocol",
    "Full data at a medical meeting later this year",
)
SENTENCES = (QUOTE_PARAGRAPH, *EXCERPT, SOURCE, "Secondary endpoints", "Trial Results", *ITEMS)
"""Everything the new blocks print, as published."""


@pytest.fixture(scope="module")
def release() -> PressRelease:
    return load(FIXTURE)


def _render(release: PressRelease, fmt: str, **options: Any) -> bytes:
    return render(release, fmt, RenderOptions(**options))


def _problems(body: list[Any]) -> list[tuple[str, str]]:
    """The problems a release file with this body is refused for: (field, message)."""
    data = make().model_dump(mode="json", exclude_defaults=True)
    data["body"] = body
    with pytest.raises(InvalidReleaseError) as caught:
        loads(json.dumps(data), kind="json")
    return sorted((p.field, p.message) for p in caught.value.problems)


def _missing(text: str) -> list[str]:
    flat = normalize_ws(text)
    return [sentence for sentence in SENTENCES if sentence not in flat]


# -- the model ----------------------------------------------------------------------------


def test_a_fourth_list_level_is_refused_naming_the_item() -> None:
    deep = {"text": "c", "items": [{"text": "d", "items": ["e"]}]}
    ((field, message),) = _problems(
        ["Lead.", {"kind": "list", "items": ["a", {"text": "b", "items": [deep]}]}]
    )
    assert field == "body.1"
    assert "items.1.items.0.items.0" in message
    assert "at most 3 levels" in message


def test_list_item_errors_name_the_field_without_internal_tags() -> None:
    problems = _problems(["Lead.", {"kind": "list", "items": ["a", {"text": "b", "itemz": ["c"]}]}])
    assert [field for field, _message in problems] == [
        "body.1.items.1.items",
        "body.1.items.1.itemz",
    ]
    ((_field, message),) = _problems(["Lead.", {"kind": "list", "items": ["a", ["b"]]}])
    assert message == "expected text, found list"


def test_heading_level_is_2_or_3_and_yaml_numbers_are_read() -> None:
    text = FIXTURE.read_text("utf-8").replace("level: 3", "level: 4")
    with pytest.raises(InvalidReleaseError, match=r"body\.4\.level"):
        loads(text)
    assert make(body=["Lead.", {"kind": "subheading", "text": "x"}]).body[1].level == 2  # type: ignore[union-attr]


def test_the_fixture_round_trips_through_yaml(release: PressRelease) -> None:
    assert loads(dumps(release)) == release


def test_the_json_schema_accepts_the_fixture_and_refuses_a_bad_level(
    release: PressRelease,
) -> None:
    import jsonschema
    import yaml

    from pressrelease.loading import _yaml_loader
    from pressrelease.schema import json_schema

    validator = jsonschema.Draft202012Validator(json_schema())
    data = yaml.load(FIXTURE.read_text("utf-8"), Loader=_yaml_loader())
    assert [e.message for e in validator.iter_errors(data)] == []
    data["body"][4]["level"] = 4
    assert list(validator.iter_errors(data))
    data["body"][4]["level"] = 3
    data["body"][7]["source"] = ["not", "text"]
    assert list(validator.iter_errors(data))


# -- wire text, ninjs, JSON-LD -----------------------------------------------------------


def test_wire_text_indents_sub_lists_and_the_quotation_within_the_width(
    release: PressRelease,
) -> None:
    for columns in (72, 40):
        text = wire(release, columns)
        assert _missing(text) == []
        assert max(len(line) for line in text.splitlines()) <= columns
    paragraphs = wire(release, 0).split("\n\n")
    assert QUOTE_PARAGRAPH in paragraphs  # one paragraph, word for word
    lines = wire(release, 72).splitlines()
    assert "* Responder rates" in lines
    assert "  1. 50% responder rate of 48 percent" in lines
    assert "     - measured at week 12" in lines
    assert "   - Phase 3 protocol" in lines
    start = next(i for i, line in enumerate(lines) if "Preventive therapies" in line)
    assert lines[start].startswith("    Preventive therapies")
    assert lines[start + 1].startswith("    how clinicians")  # wrapped, still set in
    assert "    " + SOURCE in lines


def test_ninjs_and_json_ld_carry_every_sentence_and_the_quoted_speaker(
    release: PressRelease,
) -> None:
    item = json.loads(_render(release, "ninjs"))
    plain = next(b["value"] for b in item["bodies"] if b["contentType"] == "text/plain")
    assert _missing(plain) == []
    xhtml = next(b["value"] for b in item["bodies"] if b["contentType"] != "text/plain")
    assert "<h3 " in xhtml
    assert "<blockquote>" in xhtml
    assert '<ol class="sub">' in xhtml
    assert {"name": "Jane Roe", "rel": "quoted"} in item["people"]
    article = json.loads(_render(release, "jsonld"))
    assert _missing(article["articleBody"]) == []


# -- HTML, e-mail, EPUB --------------------------------------------------------------------


def _article(html: str) -> Node:
    root, _doctype = parse(html)
    (article,) = [n for n in root.iter() if n.attrs.get("id") == "release"]
    return article


def _check_tree(article: Node) -> None:
    assert _missing(article.text()) == []
    assert QUOTE_PARAGRAPH in [normalize_ws(p.text()) for p in article.iter("p")]
    assert [h.text() for h in article.iter("h3")] == ["Secondary endpoints"]
    first = article.iter("ul")[0]
    items = [c for c in first.children if isinstance(c, Node)]
    assert [i.tag for i in items] == ["li", "li", "li"]
    sub = [c for c in items[1].children if isinstance(c, Node)]
    assert [s.tag for s in sub] == ["ol"]  # the ordered sub-list inside its item
    third = [c for c in sub[0].iter("li")[1].children if isinstance(c, Node)]
    assert [t.tag for t in third] == ["ul"]
    assert [li.text() for li in third[0].iter("li")] == list(ITEMS[4:6])
    (quotation,) = article.iter("blockquote")
    assert [normalize_ws(p.text()) for p in quotation.iter("p")] == list(EXCERPT)
    assert SOURCE not in quotation.text()  # the source line is outside the quoted words
    (caption,) = article.iter("figcaption")
    assert normalize_ws(caption.text()) == SOURCE


def test_html_nests_lists_and_sets_off_the_quotation(release: PressRelease) -> None:
    html = _render(release, "html").decode()
    _check_tree(_article(html))
    assert "h3{" in html
    assert "blockquote{" in html
    assert "ul.sub{" in html


def test_a_page_without_the_new_blocks_has_none_of_their_styles() -> None:
    html = _render(make(), "html").decode()
    assert "h3{" not in html
    assert "blockquote" not in html
    assert ".sub{" not in html


def test_eml_draws_the_same_tree_and_wire_text(release: PressRelease) -> None:
    message = message_from_bytes(_render(release, "eml"), policy=policy.default)
    assert isinstance(message, EmailMessage)
    html_part = message.get_body(preferencelist=("html",))
    text_part = message.get_body(preferencelist=("plain",))
    assert html_part is not None
    assert text_part is not None
    root, _doctype = parse(html_part.get_content())
    (article,) = [n for n in root.iter() if n.attrs.get("id") == "release"]
    _check_tree(article)
    assert _missing(text_part.get_content()) == []


def test_epub_nests_lists_and_lists_only_sections_in_navigation(release: PressRelease) -> None:
    from tests.epub_support import NS, Book

    book = Book(_render(release, "epub"))
    text = book.zip.read(book.path("release.xhtml")).decode()
    _check_tree(_article(text))
    css = book.zip.read(book.path("release.css")).decode()
    assert "blockquote {" in css
    assert "h3 {" in css
    nav = book.zip.read(book.path("nav.xhtml")).decode()
    assert "Trial Results" in nav
    assert "Secondary endpoints" not in nav
    assert NS  # the namespaces the helpers read with


# -- DOCX ----------------------------------------------------------------------------------


def _levels(data: bytes) -> list[tuple[str, str, int | None, str | None]]:
    """(style, text, list level, the level's number format) of each body paragraph, read
    from the paragraph's numPr and the numbering part, as Word resolves them."""
    import docx

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    document = docx.Document(io.BytesIO(data))
    numbering = document.part.numbering_part.element
    abstract_of = {
        n.get(f"{w}numId"): n.find(f"{w}abstractNumId").get(f"{w}val")
        for n in numbering.iter(f"{w}num")
    }
    formats = {
        (a.get(f"{w}abstractNumId"), lvl.get(f"{w}ilvl")): lvl.find(f"{w}numFmt").get(f"{w}val")
        for a in numbering.iter(f"{w}abstractNum")
        for lvl in a.iter(f"{w}lvl")
    }
    out: list[tuple[str, str, int | None, str | None]] = []
    for paragraph in document.paragraphs:
        ilvl = paragraph._p.find(f"{w}pPr/{w}numPr/{w}ilvl")
        num_id = paragraph._p.find(f"{w}pPr/{w}numPr/{w}numId")
        level: int | None = None
        fmt: str | None = None
        if ilvl is not None and num_id is not None:
            level = int(ilvl.get(f"{w}val", "-1"))
            fmt = formats.get((abstract_of[num_id.get(f"{w}val")], str(level)))
        style = paragraph.style.name if paragraph.style is not None else ""
        out.append((style or "", paragraph.text, level, fmt))
    return out


def test_docx_lists_have_numbering_levels_and_headings_their_level(
    release: PressRelease,
) -> None:
    paragraphs = _levels(_render(release, "docx"))
    assert _missing("\n".join(text for _style, text, _level, _fmt in paragraphs)) == []
    by_text = {text: (style, level, fmt) for style, text, level, fmt in paragraphs}
    assert by_text["Trial Results"][0] == "Heading 1"
    assert by_text["Secondary endpoints"][0] == "Heading 2"
    assert by_text["Responder rates"][1:] == (0, "bullet")
    assert by_text["50% responder rate of 48 percent"][1:] == (1, "decimal")
    assert by_text["measured at week 12"][1:] == (2, "bullet")
    assert by_text["Next steps"][1:] == (0, "decimal")
    assert by_text["Phase 3 protocol"][1:] == (1, "bullet")
    assert by_text[QUOTE_PARAGRAPH][0] == "Normal"  # a narrative paragraph, not set off
    assert by_text[EXCERPT[0]][0] == "Quote"
    assert by_text[SOURCE][0] == "Quote"
    order = [text for _style, text, _level, _fmt in paragraphs]
    assert order.index(ITEMS[3]) < order.index(ITEMS[4]) < order.index(ITEMS[6])


def test_docx_without_sub_lists_defines_no_sub_list_numbering() -> None:
    import zipfile

    numbering = zipfile.ZipFile(io.BytesIO(_render(make(), "docx"))).read("word/numbering.xml")
    assert b'w:ilvl="1"' not in numbering


# -- PDF -----------------------------------------------------------------------------------


def test_pdf_prints_every_sentence_and_indents_each_list_level(release: PressRelease) -> None:
    from tests.pdf_reading import body_text, reader

    data = _render(release, "pdf")
    assert _missing(body_text(data)) == []
    starts: dict[str, float] = {}
    for page in reader(data).pages:

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            x = float(cm[4]) + float(tm[4]) * float(cm[0])
            if text.strip():
                starts.setdefault(text.strip(), x)

        page.extract_text(visitor_text=visit)

    def x_of(words: str) -> float:
        return next(x for text, x in starts.items() if text.startswith(words))

    assert x_of("Responder rates") < x_of("50% responder") < x_of("measured at week")
    assert x_of("The study enrolled") < x_of("Preventive therapies")


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", "A. “X,” said N. B."),
        ("de", "A. „X“, sagte N. B."),
        ("ja", "A.「X」と、Nは述べています。B."),  # written without spaces: none added
    ],
)
def test_lead_and_tail_join_the_quote_with_a_space_where_the_language_writes_one(
    language: str, printed: str
) -> None:
    quote = {"kind": "quote", "text": "X", "speaker": {"name": "N"}, "lead": "A.", "tail": "B."}
    text = wire(make(language=language, body=["Lead.", quote]), 0)
    assert text.split("\n\n")[3] == printed


@pytest.mark.parametrize("fmt", ["html", "docx", "txt"])
def test_importing_our_output_keeps_every_sentence(
    release: PressRelease, fmt: str, tmp_path: Path
) -> None:
    """The importer does not yet rebuild sub-lists or block quotations as such (it reads
    them as lists and paragraphs), but it loses none of their words."""
    from pressrelease.importing import read

    path = tmp_path / f"release.{fmt}"
    path.write_bytes(_render(release, fmt))
    imported = read(path).release
    assert _missing(wire(imported, 0)) == []


def test_docx_sub_lists_keep_their_levels_with_a_reference_template(
    release: PressRelease,
) -> None:
    """A reference's own list definitions often have one level: sub-lists use ours, added
    after its definitions and before its list instances, as the schema orders them."""
    import zipfile

    import docx

    reference = (Path(docx.__file__).parent / "templates" / "default.docx").read_bytes()
    data = _render(release, "docx", docx_reference=reference)
    levels = {text: (level, fmt) for _style, text, level, fmt in _levels(data)}
    assert levels["measured at week 12"] == (2, "bullet")
    assert levels["50% responder rate of 48 percent"] == (1, "decimal")
    numbering = zipfile.ZipFile(io.BytesIO(data)).read("word/numbering.xml").decode()
    assert numbering.rindex("<w:abstractNum ") < numbering.index("<w:num ")
