"""The PDF renderer on hostile and unusual input: markup injection, huge words and tables,
every covered script, CJK fallback and characters no font can draw."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressrelease.errors import RenderError
from pressrelease.renderers._shared.fields import text_fields
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.pdf.coverage import resolve_fonts
from pressrelease.renderers.pdf.fonts import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    REGULAR,
    discover_cjk,
    face_file,
)
from tests.helpers import make, normalize_ws
from tests.pdf_reading import STANDARD_14, body_text, fonts, link_uris, reader, render

INJECTIONS = [
    "<font color=red>x</font>",
    '<img src="/etc/passwd"/>',
    "a<b",
    "AT&T",
    "an unclosed <b> tag",
    "&amp; &lt; &#65; &nbsp;",
    '<a href="javascript:alert(1)">click</a>',
    "<para>",
    "]]> <![CDATA[",
]
LATIN = "Łódź Kraków Ő ő Ű ű ș ț Ș Ț Ăâî ČčŠšŽž ÆØÅ æøå ß Ñ ç € ® ™ – — … “ ” ‘ ’ « »"
GREEK = "Ελληνικά: Η ανάπτυξη της υγείας ΑΒΓΔ αβγδ άέήίόύώ ϊϋΐΰ"
CYRILLIC = "Русский: Развитие здравоохранения ЁёЖжЩщ Українська ЇїҐґЄє Српски Ђђ"


@pytest.mark.parametrize("text", INJECTIONS)
def test_markup_prints_literally(text: str) -> None:
    release = make(
        headline=f"Headline {text}",
        body=[f"Lead {text} end.", {"kind": "list", "items": [f"item {text}"]}],
        issuer={"name": f"Issuer {text}"},
    )
    data = render(release)
    body = normalize_ws(body_text(data))
    assert f"Headline {text}" in body
    assert f"Lead {text} end." in body
    assert f"item {text}" in body
    assert f"Issuer {text}" in reader(data).pages[0].extract_text()
    assert link_uris(data) == []
    assert b"/XObject" not in data
    assert b"/Subtype /Image" not in data


def test_inline_markup_becomes_formatting_not_text() -> None:
    data = render(make(body=["A **bold** word and *italic* one."]))
    assert "A bold word and italic one." in normalize_ws(body_text(data))
    names = {name.split("+")[-1] for name, _ in fonts(data)}
    assert {"LiberationSans-Bold", "LiberationSans-Italic"} <= names


def test_ten_thousand_character_word_wraps() -> None:
    word = "x" * 10_000
    url = "https://example.com/" + "segment/" * 200
    data = render(make(body=[word, f"Visit {url} now.", {"kind": "list", "items": [word]}]))
    text = body_text(data)
    assert normalize_ws(text).replace(" ", "").count(word) >= 2
    assert url in text.replace("\n", "")
    assert max(len(line) for line in text.splitlines()) < 200


def test_very_long_paragraph_runs_over_pages() -> None:
    sentence = "This sentence is part of a very long paragraph. "
    data = render(make(body=[sentence * 1200]))
    assert len(reader(data).pages) > 8
    assert normalize_ws(body_text(data)).count("very long paragraph") == 1200


def test_large_table_with_huge_cells_splits_across_pages() -> None:
    rows = [[f"row {i}", f"value {i} " * 8, f"note {i}"] for i in range(400)]
    rows.insert(3, ["tall", "y " * 6000, "z" * 10_000])
    table = {"kind": "table", "caption": "Big", "header": ["Name", "Value", "Note"], "rows": rows}
    data = render(make(body=["Lead.", table, "After the table."]))
    pdf = reader(data)
    assert len(pdf.pages) > 5
    text = normalize_ws(body_text(data))
    assert "row 0" in text
    assert "row 399" in text
    assert "After the table." in text
    header_pages = sum("Name Value Note" in normalize_ws(p.extract_text()) for p in pdf.pages)
    assert header_pages >= 3, "the header row repeats on continued pages"


def test_central_european_greek_cyrillic_with_the_bundled_font() -> None:
    release = make(headline=LATIN, body=[GREEK, CYRILLIC], issuer={"name": "Ωmega ООО"})
    data = render(release)
    text = normalize_ws(body_text(data))
    for line in (LATIN, GREEK, CYRILLIC):
        assert normalize_ws(line) in text
    assert all("LiberationSans" in name for name, _ in fonts(data))


_RANGES = [(0x21, 0x7E), (0xA1, 0x17F), (0x218, 0x21B), (0x386, 0x3CE), (0x400, 0x45F)]
ALPHABET = [
    c
    for low, high in _RANGES
    for c in map(chr, range(low, high + 1))
    if unicodedata.category(c)[0] in "LNPS" and unicodedata.normalize("NFC", c) == c
]
"""Latin-1, Latin Extended-A, Romanian, Greek and Cyrillic: what the bundled font promises."""


def _covered_text() -> st.SearchStrategy[str]:
    words = st.text(st.sampled_from(ALPHABET), min_size=1, max_size=12)
    return st.lists(words, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=_covered_text(), paragraph=_covered_text(), cell=_covered_text())
def test_any_covered_text_renders_and_reads_back(headline: str, paragraph: str, cell: str) -> None:
    release = make(
        headline=headline,
        body=[
            {"kind": "paragraph", "text": _literal(paragraph)},
            {"kind": "table", "header": ["H"], "rows": [[_literal(cell)]]},
        ],
    )
    data = render(release)
    text = normalize_ws(body_text(data))
    for field in (release.headline, release.body[0].text.plain):  # type: ignore[union-attr]
        assert normalize_ws(field) in text
    for name, embedded in fonts(data):
        assert embedded
        assert name.split("+")[-1] not in STANDARD_14


def _literal(text: str) -> str:
    """Inline markup escaped, so the paragraph reads exactly as ``text``."""
    from pressrelease.inline import escape_inline

    return escape_inline(text)


def test_missing_glyph_is_an_error_naming_characters_fields_and_the_fix() -> None:
    release = make(
        headline="Launch \U0001f680",
        body=["Thai ก and a smile \U0001f680.", {"kind": "list", "items": ["ok", "ก"]}],
    )
    with pytest.raises(RenderError) as caught:
        render(release, cjk_font=None)
    message = str(caught.value)
    assert "U+0E01 ก in body.0.text, body.1.items.1" in message
    assert "U+1F680 \U0001f680 in headline, body.0.text" in message
    assert "--font-fallback" in message
    assert "RenderOptions.font_fallback" in message


def test_whitespace_and_invisible_characters_are_no_glyph_problem() -> None:
    release = make(
        body=["Tab\there, line\nbreak, word\u2060joiner\ufeff, soft\u00adhyphen, nbsp\u00a0x."]
    )
    text = normalize_ws(body_text(render(release)))
    assert "Tab here, line break, wordjoiner, softhyphen, nbsp x." in text.replace("\xa0", " ")


def test_keywords_are_metadata_and_need_no_glyph() -> None:
    data = render(make(keywords=["ก", "\U0001f600"]))
    meta = reader(data).metadata
    assert meta is not None
    assert str(meta["/Keywords"]) == "ก, \U0001f600"


def test_a_bad_cjk_font_is_a_clear_error(tmp_path: Any) -> None:
    bogus = tmp_path / "not-a-font.ttf"
    bogus.write_bytes(b"not a font at all")
    with pytest.raises(RenderError, match="cannot be used"):
        render(make(headline="中文"), cjk_font=str(bogus))
    with pytest.raises(RenderError, match="does not exist"):
        render(make(headline="中文"), cjk_font=str(tmp_path / "missing.ttf"))


def test_the_four_bundled_faces_draw_the_same_characters() -> None:
    """The glyph check trusts the regular face's map for all four faces."""
    from reportlab.pdfbase.ttfonts import TTFont

    maps = [
        frozenset(TTFont(name, str(face_file(name))).face.charToGlyph)
        for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
    ]
    assert all(cmap == maps[0] for cmap in maps)
    assert {ord(c) for c in LATIN + GREEK + CYRILLIC} <= maps[0]


def test_emphasis_inside_strong_uses_bold_italic() -> None:
    data = render(make(body=["**bold *both* bold** and a [*link*](https://ex.org)"]))
    assert "bold both bold and a link" in normalize_ws(body_text(data))
    names = {name.split("+")[-1] for name, _ in fonts(data)}
    assert "LiberationSans-BoldItalic" in names
    assert "LiberationSans-Italic" in names


def test_text_fields_walks_every_field_with_its_path() -> None:
    release = make(
        body=["Lead.", {"kind": "table", "header": ["A"], "rows": [["cell"]]}],
        contacts=[{"name": "Jane"}],
    )
    fields = dict(text_fields(release))
    assert fields["body.1.rows.0.0"] == "cell"
    assert fields["contacts.0.name"] == "Jane"
    assert fields["dateline.city"] == "Springfield"


needs_cjk = pytest.mark.skipif(
    discover_cjk() is None,
    reason="no TrueType CJK font on this system (apt-get install fonts-wqy-zenhei)",
)


@needs_cjk
def test_cjk_found_automatically_with_per_character_fallback() -> None:
    chinese = "微创医疗科学有限公司今日宣布，其位于苏州工业园区的微创健康研究院正式启动扩建项目。"
    mixed = f"MicroPort® {chinese} Łódź Ελληνικά Русский 日本語のテキスト 한국어"
    data = render(make(headline=f"中文标题 {LATIN[:10]}", body=[mixed * 4]))
    text = normalize_ws(body_text(data)).replace(" ", "")
    assert (mixed * 4).replace(" ", "") in text
    names = {name.split("+")[-1] for name, _ in fonts(data)}
    assert "LiberationSans" in names
    assert "LiberationSans-Bold" in names
    assert len(names) == 3, names  # plus the one CJK font
    assert all(embedded for _, embedded in fonts(data))


@needs_cjk
def test_cjk_font_option_is_used() -> None:
    found = discover_cjk()
    assert found is not None
    release = make(headline="中文")
    chosen = resolve_fonts(release, RenderOptions(cjk_font=found.path))
    assert chosen.cjk == found
    assert resolve_fonts(make(), RenderOptions()).cjk is None, "not loaded when not needed"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=60))
def test_any_text_renders_or_is_a_render_error(text: str) -> None:
    """Whatever the model accepts ends as a PDF or a RenderError, never another exception."""
    try:
        release = make(
            headline=text, body=[text, {"kind": "table", "header": [text], "rows": [[text]]}]
        )
    except ValueError:  # the model refuses it (blank, XML-illegal characters, bad markup)
        return
    message = ""
    try:
        data = render(release)
    except RenderError as error:
        message, data = str(error), b""
    assert data.startswith(b"%PDF-") or "U+" in message
