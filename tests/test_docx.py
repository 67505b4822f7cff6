"""The DOCX renderer, read back with python-docx and as raw XML from the package."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import warnings
import zipfile
from io import BytesIO
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.shared import Length, Pt
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree
from pydantic import ValidationError

from pressrelease.document import wording
from pressrelease.errors import InputError, RenderError
from pressrelease.inline import escape_inline
from pressrelease.loading import load
from pressrelease.model import Paragraph, PressRelease, Subheading, Table
from pressrelease.registry import get_renderer
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.docx import DocxRenderer
from pressrelease.renderers.docx.package import DocxPropertyWarning
from tests.helpers import (
    ROOT,
    make,
    missing_sentences,
    normalize_ws,
    seed_paragraphs,
    text_sentences,
)
from tests.test_corpus import RELEASES, corpus_text, release_of

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
KITCHEN_SINK = ROOT / "tests" / "fixtures" / "kitchen-sink.yaml"


def render(release: PressRelease, **options: Any) -> bytes:
    return DocxRenderer().render(release, RenderOptions(**options))


def read(data: bytes) -> Document:
    return docx.Document(BytesIO(data))


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def val(element: etree._Element | None, path: str = "", name: str = "val") -> str:
    """The w: attribute ``name`` of the element at ``path``; fails the test when absent."""
    assert element is not None
    found = element.find(path) if path else element
    assert found is not None, path
    value = found.get(f"{W}{name}")
    assert value is not None, (path, name)
    return str(value)


def twips(length: Length | None) -> int:
    assert length is not None
    return int(length.twips)


def styled(document: Document) -> list[tuple[str, str]]:
    return [(p.style.name if p.style else "", p.text) for p in document.paragraphs]


@pytest.fixture(scope="module")
def example(example_release: PressRelease) -> bytes:
    return render(example_release)


@pytest.fixture(scope="module")
def sink() -> PressRelease:
    return load(KITCHEN_SINK)


@pytest.fixture(scope="module")
def sink_docx(sink: PressRelease) -> bytes:
    return render(sink)


def test_registered_as_docx() -> None:
    renderer = get_renderer("docx")
    assert isinstance(renderer, DocxRenderer)
    assert renderer.extension == "docx"
    assert renderer.media_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_importing_the_renderer_loads_no_format_library() -> None:
    code = (
        "import sys, pressrelease.renderers.docx; "
        "print(sorted(m for m in ('docx', 'lxml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_example_paragraphs_in_order_with_their_styles(
    example: bytes, example_release: PressRelease
) -> None:
    paragraphs = styled(read(example))
    seed = seed_paragraphs()
    assert paragraphs[0] == ("Release Timing", "FOR IMMEDIATE RELEASE")
    assert paragraphs[1] == ("Title", seed[0])
    assert paragraphs[2] == ("Normal", seed[1])  # the lead, dateline included
    assert paragraphs[3] == ("Normal", seed[2])
    assert paragraphs[4] == ("Quote", seed[3])
    assert paragraphs[7] == ("Heading 1", "About MicroPort Institute of Health (MIH)")
    assert paragraphs[-1] == ("End Mark", "###")
    texts = [text for _, text in paragraphs]
    assert [p for p in seed if p not in texts] == []  # every paragraph, exactly as published
    assert texts.index(seed[-1]) == len(texts) - 2


def test_every_sentence_of_the_example(example: bytes) -> None:
    text = "\n".join(p.text for p in read(example).paragraphs)
    assert missing_sentences(text) == []


def test_dateline_is_bold_at_the_start_of_the_lead(example: bytes) -> None:
    document = read(example)
    lead = document.paragraphs[2]
    assert lead.runs[0].text == "Suzhou, China, 24 October 2021"
    assert lead.runs[0].style is not None
    assert lead.runs[0].style.name == "Dateline"
    assert lead.runs[0].style.font.bold is True
    assert lead.runs[1].text == " - "
    assert lead.runs[1].bold is None
    assert lead.runs[1].style.name == "Default Paragraph Font"


def test_wording_matches_the_text_output(sink: PressRelease, sink_docx: bytes) -> None:
    texts = [p.text for p in read(sink_docx).paragraphs]
    assert texts[0] == wording.timing_line(sink)
    for quote in [b for b in sink.body if b.kind == "quote"]:
        assert "".join(s.text for s in _plain(wording.quote_spans(quote, "en"))) in texts
    assert texts[4].startswith(
        wording.dateline_text(sink.dateline, sink.language)
        + wording.dateline_separator(sink.dateline)
    )


def _plain(spans: tuple[Any, ...]) -> list[Any]:
    out: list[Any] = []
    for span in spans:
        out += [span] if hasattr(span, "text") else _plain(span.children)
    return out


def test_kitchen_sink_structure(sink_docx: bytes) -> None:
    paragraphs = styled(read(sink_docx))
    styles = [style for style, _ in paragraphs]
    assert styles[:5] == ["Release Timing", "Title", "Subtitle", "Subtitle", "Normal"]
    assert ("Heading 1", "Built for the last 100 metres <and> the last 10 floors") in paragraphs
    assert styles.count("List Number") == 3
    assert ("Heading 2", "Forward-Looking Statements") in paragraphs
    assert ("Caption", "Kite at a glance <specifications & prices>") in paragraphs
    assert styles.count("Disclaimer") == 3
    assert (
        "Contact",
        "Media contact:\nAlex Smith, Bright & Loud PR\nalex.smith@example.com\n+1 617 555 0100",
    ) in paragraphs
    assert paragraphs[-1] == ("End Mark", "-30-")


def test_markup_characters_emoji_cjk_and_rtl_appear_as_written(sink_docx: bytes) -> None:
    texts = [p.text for p in read(sink_docx).paragraphs]
    assert (
        texts[1] == "Acme & Sons <Robotics> Unveils “Kite” 🪁 — a Delivery Drone for Dense Cities"
    )
    assert texts[3] == "The drone that fits where <b>trucks</b> don't & never will ]]>"
    assert (
        "Kenji Sato, Head of Asia-Pacific, added, "
        "「東京の皆さまに、静かで安全な配達をお届けします。」" in texts
    )
    assert any(t.endswith("Questions in Arabic are welcome: مرحبا بكم في كايت.") for t in texts)


def test_table_has_a_header_row_and_every_cell(sink_docx: bytes) -> None:
    document = read(sink_docx)
    (table,) = document.tables
    assert table.style is not None
    assert table.style.name == "Release Table"
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Model", "Payload", "Range", "Price (US$)"]
    assert rows[1] == ["Kite S", "1.0 kg", "25 km", "< 4,000"]
    assert rows[3][3] == "¥600,000 🚀"
    first = table.rows[0]._tr
    assert first.find(f"{W}trPr/{W}tblHeader") is not None
    assert table.rows[1]._tr.find(f"{W}trPr/{W}tblHeader") is None
    style = document.styles["Release Table"].element
    assert style.find(f"{W}tblStylePr[@{W}type='firstRow']/{W}rPr/{W}b") is not None


def test_hyperlinks_open_their_targets(sink_docx: bytes) -> None:
    body = part(sink_docx, "word/document.xml")
    rels = part(sink_docx, "word/_rels/document.xml.rels")
    targets = {str(r.get("Id")): (str(r.get("Target")), r.get("TargetMode")) for r in rels}
    links = {}
    for link in body.iter(f"{W}hyperlink"):
        text = "".join(str(t) for t in link.itertext())
        target, mode = targets[str(link.get(f"{R}id"))]
        assert mode == "External"
        links[text] = target
        for run in link.iter(f"{W}r"):
            assert val(run, f"{W}rPr/{W}rStyle") == "Hyperlink"
    assert links["Federal Aviation Administration"] == "https://www.faa.gov/"
    assert links["https://www.example.com/kite"] == "https://www.example.com/kite"
    assert links["alex.smith@example.com"] == "mailto:alex.smith@example.com"
    assert (
        links["https://investors.example.com/kite?lang=en&ref=release"]
        == "https://investors.example.com/kite?lang=en&ref=release"
    )
    assert links["https://www.example.com/media/kite-logo.svg"].endswith("kite-logo.svg")
    assert read(sink_docx).styles["Hyperlink"].font.underline is True


def test_link_target_with_spaces_and_unicode_is_escaped() -> None:
    data = render(make(body=["See [the page](<https://example.com/a b/ü?x=1&y=2>)."]))
    rels = part(data, "word/_rels/document.xml.rels")
    (target,) = [str(r.get("Target")) for r in rels if r.get("TargetMode") == "External"]
    assert target == "https://example.com/a%20b/%C3%BC?x=1&y=2"


def test_emphasis_and_strong_use_character_styles(sink_docx: bytes) -> None:
    lead = read(sink_docx).paragraphs[4]
    styles = {run.text: run.style.name for run in lead.runs if run.style is not None}
    assert styles["Kite"] == "Strong"
    assert styles["balcony"] == "Emphasis"
    nested = render(make(body=["***both*** and [**bold link**](https://example.com)"]))
    runs = read(nested).paragraphs[2].runs
    assert runs[2].text == "both"
    assert runs[2].style.name in ("Emphasis", "Strong")
    assert runs[2].bold or runs[2].italic  # the style gives one, direct formatting the other
    body = part(nested, "word/document.xml")
    (link_run,) = body.iter(f"{W}hyperlink")
    assert link_run.find(f"{W}r/{W}rPr/{W}b") is not None


def test_every_numbered_list_starts_at_one(sink: PressRelease) -> None:
    steps = {"kind": "list", "ordered": True, "items": ["a", "b"]}
    data = render(make(body=["Lead.", steps, "Between.", steps, {"kind": "list", "items": ["x"]}]))
    body = part(data, "word/document.xml")
    ids = [
        val(p, f"{W}pPr/{W}numPr/{W}numId")
        for p in body.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}numPr") is not None
    ]
    assert ids[0] == ids[1]
    assert ids[2] == ids[3]
    assert ids[0] != ids[2]
    numbering = part(data, "word/numbering.xml")
    nums = {val(n, name="numId"): n for n in numbering.iter(f"{W}num")}
    for num_id in (ids[0], ids[2]):
        assert val(nums[num_id], f"{W}lvlOverride/{W}startOverride") == "1"
    abstract = {val(a, name="abstractNumId"): a for a in numbering.iter(f"{W}abstractNum")}
    bullet = abstract[val(nums[ids[4]], f"{W}abstractNumId")]
    assert val(bullet, f"{W}lvl/{W}numFmt") == "bullet"


def _utc(stamp: dt.datetime | None) -> dt.datetime | None:
    """A core-properties time as read: python-docx before 1.2 reads the same "…Z" naive."""
    return stamp.replace(tzinfo=dt.timezone.utc) if stamp and stamp.tzinfo is None else stamp


def test_core_properties(sink: PressRelease, sink_docx: bytes, example: bytes) -> None:
    props = read(sink_docx).core_properties
    assert props.title == sink.headline
    assert props.subject == sink.subheadlines[0]
    assert props.author == props.last_modified_by == "Acme & Sons Robotics, Inc."
    assert props.keywords == "drones, logistics, R&D <robotics>, 配達"
    assert props.language == "en-US"
    embargo = dt.datetime(2024, 3, 5, 14, 0, tzinfo=dt.timezone.utc)
    assert _utc(props.created) == _utc(props.modified) == embargo
    assert props.comments == ""
    assert props.category == ""
    example_props = read(example).core_properties
    assert _utc(example_props.created) == dt.datetime(2021, 10, 24, tzinfo=dt.timezone.utc)
    assert example_props.subject == ""
    app = part(sink_docx, "docProps/app.xml")
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    assert app.findtext(f"{ns}Company") == "Acme & Sons Robotics, Inc."


def test_nothing_of_the_default_template_leaks(example: bytes) -> None:
    with zipfile.ZipFile(BytesIO(example)) as package:
        names = package.namelist()
        assert not [n for n in names if "thumbnail" in n or n.startswith("customXml")]
        for name in names:
            content = package.read(name)
            assert b"python-docx" not in content, name
            assert b"2013-12-23" not in content, name
        assert b"Microsoft Macintosh Word" not in package.read("docProps/app.xml")


def test_same_input_same_bytes(sink: PressRelease, sink_docx: bytes) -> None:
    assert render(sink) == sink_docx
    with zipfile.ZipFile(BytesIO(sink_docx)) as package:
        stamps = {info.date_time for info in package.infolist()}
        assert stamps == {(2024, 3, 5, 14, 0, 0)}
        assert package.namelist()[:2] == ["[Content_Types].xml", "_rels/.rels"]
    stamp = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    fixed = render(sink, timestamp=stamp)
    assert _utc(read(fixed).core_properties.created) == stamp


def test_too_long_properties_are_shortened_with_a_warning() -> None:
    headline = "Word " * 80
    release = make(headline=headline, keywords=[f"keyword{n}" for n in range(40)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = render(release)
    messages = [str(w.message) for w in caught if w.category is DocxPropertyWarning]
    assert len(messages) == 2
    assert "title property has 399 characters" in messages[0]
    assert "keywords property has 428 characters" in messages[1]
    props = read(data).core_properties
    assert len(props.title) <= 255
    assert props.title.endswith("…")
    assert len(props.keywords) <= 255
    assert read(data).paragraphs[1].text == release.headline  # the document keeps it all
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        render(make())  # short properties: no warning


def _defaults(data: bytes) -> tuple[dict[str, str], dict[str, str]]:
    styles = part(data, "word/styles.xml")
    rpr = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr is not None
    lang, fonts = rpr.find(f"{W}lang"), rpr.find(f"{W}rFonts")
    assert lang is not None
    assert fonts is not None
    strip = len(W)
    return (
        {str(k)[strip:]: str(v) for k, v in lang.attrib.items()},
        {str(k)[strip:]: str(v) for k, v in fonts.attrib.items()},
    )


@pytest.mark.parametrize(
    ("language", "text", "expected", "east_asian"),
    [
        ("en", "Plain English.", "en-US", None),
        ("en-GB", "Plain English.", "en-GB", None),
        ("fr", "Un communiqué.", "fr-FR", None),
        ("zh-Hans", "微创医疗宣布扩建。", "zh-CN", "zh-CN"),
        ("zh-Hant-HK", "微創醫療宣布擴建。", "zh-HK", "zh-HK"),
        ("ja", "東京で発表しました。", "ja-JP", "ja-JP"),
        ("en", "A name in Japanese: 東京 (とうきょう).", "en-US", "ja-JP"),
        ("en", "A name in Korean: 서울.", "en-US", "ko-KR"),
        ("en", "A name in Chinese: 苏州.", "en-US", "zh-CN"),
    ],
)
def test_document_language(language: str, text: str, expected: str, east_asian: str | None) -> None:
    data = render(make(language=language, body=[text]))
    lang, fonts = _defaults(data)
    assert lang["val"] == expected
    settings = part(data, "word/settings.xml").find(f"{W}themeFontLang")
    assert settings is not None
    assert settings.get(f"{W}val") == expected
    if east_asian is None:
        assert "eastAsia" not in fonts
    else:
        assert lang["eastAsia"] == east_asian
        assert fonts["eastAsia"]
        assert "eastAsiaTheme" not in fonts
    assert read(data).core_properties.language == language


def test_right_to_left_release() -> None:
    data = render(make(language="ar", headline="إعلان", body=["مرحبا بكم في كايت."]))
    lang, _ = _defaults(data)
    assert lang["val"] == "ar-SA"
    assert lang["bidi"] == "ar-SA"
    body = part(data, "word/document.xml")
    paragraphs = list(body.iter(f"{W}p"))
    assert all(p.find(f"{W}pPr/{W}bidi") is not None for p in paragraphs)
    assert body.find(f"{W}body/{W}sectPr/{W}bidi") is not None
    assert read(data).paragraphs[2].text.endswith("مرحبا بكم في كايت.")


@pytest.mark.parametrize(("paper", "size"), [("a4", (11906, 16838)), ("letter", (12240, 15840))])
def test_paper(example_release: PressRelease, paper: str, size: tuple[int, int]) -> None:
    section = read(render(example_release, paper=paper)).sections[0]
    assert (twips(section.page_width), twips(section.page_height)) == size
    assert twips(section.left_margin) == twips(section.right_margin) == 1440


def test_header_names_the_issuer_and_footer_counts_pages(example: bytes) -> None:
    section = read(example).sections[0]
    assert section.header.paragraphs[0].text == "MicroPort Scientific Corporation"
    assert section.header.paragraphs[0].style.name == "Header"
    footer = section.footer.paragraphs[0]
    assert footer.style.name == "Footer"
    instructions = [t.text.strip() for t in footer._p.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [c.get(f"{W}fldCharType") for c in footer._p.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"] * 2
    assert footer.text == "Page 1 of 1"  # field results Word and LibreOffice recompute


def _reference(**changes: Any) -> bytes:
    document = docx.Document()
    title = document.styles["Title"]
    title.font.name = "Georgia"
    title.font.size = Pt(30)
    document.styles["Heading 1"].style_id = "Berschrift1"
    section = document.sections[0]
    section.page_width, section.page_height = docx.shared.Mm(200), docx.shared.Mm(280)
    section.left_margin = docx.shared.Mm(30)
    document.add_paragraph("Body text of the template that must not be copied.")
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def test_reference_template_gives_styles_and_page_setup(sink: PressRelease) -> None:
    data = render(sink, docx_reference=_reference())
    document = read(data)
    assert document.styles["Title"].font.name == "Georgia"
    assert document.styles["Title"].font.size == Pt(30)
    assert document.styles["Release Timing"].font.bold is True  # ours, added where missing
    assert document.styles["Hyperlink"].font.underline is True
    headings = [p.style for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings
    assert all(style and style.style_id == "Berschrift1" for style in headings)
    section = document.sections[0]
    assert round(twips(section.page_width) / 56.7) == 200
    assert round(twips(section.left_margin) / 56.7) == 30
    text = "\n".join(p.text for p in document.paragraphs)
    assert "must not be copied" not in text
    assert [p.text for p in document.paragraphs] == [p.text for p in read(render(sink)).paragraphs]
    assert render(sink, docx_reference=_reference()) == data


def test_reference_list_styles_keep_their_numbering(sink: PressRelease) -> None:
    data = render(sink, docx_reference=_reference())
    numbering = part(data, "word/numbering.xml")
    nums = {val(n, name="numId") for n in numbering.iter(f"{W}num")}
    styles = read(data).styles
    style_num = val(styles["List Bullet"].element, f"{W}pPr/{W}numPr/{W}numId")
    body = part(data, "word/document.xml")
    used = {
        val(p, f"{W}pPr/{W}numPr/{W}numId")
        for p in body.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is not None and val(p, f"{W}pPr/{W}pStyle") == "ListBullet"
    }
    assert used == {style_num}
    assert style_num in nums


def test_a_rendered_release_works_as_reference(example_release: PressRelease) -> None:
    letter = render(example_release, paper="letter")
    data = render(example_release, docx_reference=letter)
    assert twips(read(data).sections[0].page_width) == 12240
    assert styled(read(data)) == styled(read(render(example_release)))


@pytest.mark.parametrize(
    "reference",
    [b"", b"not a zip at all", b"PK\x03\x04broken", "zip-without-word", "word-without-styles"],
)
def test_unusable_reference_is_a_render_error(reference: bytes | str) -> None:
    if reference == "zip-without-word":
        out = BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("hello.txt", "hi")
        reference = out.getvalue()
    elif reference == "word-without-styles":
        source = zipfile.ZipFile(BytesIO(_reference()))
        out = BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for info in source.infolist():
                if info.filename != "word/styles.xml":
                    archive.writestr(info, source.read(info))
        reference = out.getvalue()
    assert isinstance(reference, bytes)
    with pytest.raises(RenderError, match="DOCX reference"):
        render(make(), docx_reference=reference)


def test_every_model_release_renders_or_raises_a_press_release_error(sink: PressRelease) -> None:
    minimal = make(end_mark=None, body=[{"kind": "subheading", "text": "Only a heading"}])
    texts = [p.text for p in read(render(minimal)).paragraphs]
    assert texts == [
        "FOR IMMEDIATE RELEASE",
        "Headline",
        "Springfield, 1 May 2024",
        "Only a heading",
    ]


# Any character XML can hold, from every script, markup characters included.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXT, min_size=6, max_size=6), st.sampled_from(["en", "zh-Hans", "ar", "ja"]))
def test_arbitrary_text_renders_exactly(texts: list[str], language: str) -> None:
    headline, city, heading, cell, name, raw = texts
    release = make(
        language=language,
        headline=headline,
        dateline={"city": city, "date": "2024-01-01"},
        body=[
            escape_inline(raw),
            {"kind": "subheading", "text": heading},
            {"kind": "list", "ordered": True, "items": [escape_inline(raw)]},
            {"kind": "quote", "text": escape_inline(raw), "speaker": {"name": name}},
            {"kind": "table", "header": [escape_inline(cell)], "rows": [[escape_inline(raw)]]},
        ],
        issuer={"name": name},
        keywords=[cell],
    )
    data = render(release)
    document = read(data)
    texts_out = [p.text for p in document.paragraphs]
    assert texts_out[1] == release.headline
    assert texts_out[2].startswith(release.dateline.city or "")
    lead = release.body[0]
    assert isinstance(lead, Paragraph)
    assert texts_out[2].endswith(" - " + lead.text.plain)
    subheading, table = release.body[1], release.body[4]
    assert isinstance(subheading, Subheading)
    assert isinstance(table, Table)
    assert subheading.text in texts_out
    assert document.tables[0].rows[0].cells[0].text == table.header_rows[0][0].plain  # type: ignore[union-attr]
    assert document.core_properties.title == release.headline
    assert document.core_properties.author == release.issuer.name
    assert document.sections[0].header.paragraphs[0].text == release.issuer.name
    assert render(release) == data


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_every_published_sentence_of_the_corpus(name: str) -> None:
    document = read(render(release_of(name)))
    parts = [p.text for p in document.paragraphs]
    parts += [" ".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    haystack = normalize_ws("\n".join(parts))
    assert [s for s in text_sentences(corpus_text(name)) if s not in haystack] == []


def test_options_outside_their_types_are_refused() -> None:
    """RenderOptions itself refuses them now, naming the option (issue 14)."""
    with pytest.raises(InputError, match="paper 'legal' is not a known paper size"):
        render(make(), paper="legal")
    with pytest.raises(InputError, match="bytes"):
        render(make(), docx_reference="corp.docx")
    with pytest.raises(InputError, match="bytes"):
        render(make(), docx_reference=bytearray(b"PK"))


PIECES = ["a", "b c", "*", "**", "_", "[", "]", "(https://example.com/?a=1&b=2)", "<", ">"]
PIECES += [
    "&",
    "]]>",
    "\\",
    "\n",
    "\t",
    "“",
    "😀",
    "東京",
    "שלום",
    "مرحبا",
    "<https://example.org>",
]
MARKUP = st.lists(
    st.sampled_from(PIECES),
    min_size=1,
    max_size=12,
).map("".join)


def _block(kind: str, text: str) -> Any:
    blocks: dict[str, Any] = {
        "p": text,
        "h": {"kind": "subheading", "text": text},
        "ul": {"kind": "list", "items": [text, text]},
        "ol": {"kind": "list", "ordered": True, "items": [text]},
        "q": {"kind": "quote", "text": text, "speaker": {"name": "N"}, "continued": text},
        "t": {"kind": "table", "caption": text, "header": [text, "x"], "rows": [[text, text]]},
    }
    return blocks[kind]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["p", "h", "ul", "ol", "q", "t"]), MARKUP), max_size=8))
def test_any_body_gives_well_formed_parts(blocks: list[tuple[str, str]]) -> None:
    try:
        release = make(body=["Lead.", *(_block(kind, text) for kind, text in blocks)])
    except ValidationError:
        assume(False)
        raise
    data = render(release)
    with zipfile.ZipFile(BytesIO(data)) as package:
        for name in package.namelist():
            etree.fromstring(package.read(name))  # every part is well-formed XML
    document = read(data)
    assert len(document.paragraphs) >= 4
    assert document.paragraphs[-1].text == "###"
