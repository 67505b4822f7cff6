"""Emphasis written right against punctuation and CJK text is strong text in every format,
and a marker that pairs with nothing is a validation error, never asterisks in the output."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest
from pydantic import ValidationError

from pressrelease.api import render
from tests.helpers import make
from tests.pdf_reading import fonts

CASES = {
    "en": ("Sentence.**Bold words.**Next one.", "Bold words."),
    "ja": ("国連は**即時停戦を求めます。**国連事務総長", "即時停戦を求めます。"),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_strong_next_to_punctuation_in_every_format(language: str) -> None:
    source, bold = CASES[language]
    release = make(language=language, body=[source])
    html = render(release, "html").decode()
    assert f"<strong>{bold}</strong>" in html
    with zipfile.ZipFile(BytesIO(render(release, "epub"))) as book:
        assert f"<strong>{bold}</strong>" in book.read("EPUB/release.xhtml").decode()
    assert f"<strong>{bold}</strong>" in render(release, "ninjs").decode()
    with zipfile.ZipFile(BytesIO(render(release, "docx"))) as package:
        document = package.read("word/document.xml").decode()
    pattern = r"<w:r><w:rPr>((?:<[^>]*>)*?)</w:rPr><w:t[^>]*>" + re.escape(bold)
    run = re.search(pattern, document)
    assert run is not None
    assert "Strong" in run.group(1)
    assert "**" not in document
    for fmt in ("txt", "html", "ninjs", "jsonld"):
        assert "**" not in render(release, fmt).decode(), fmt


def test_strong_latin_text_is_bold_in_the_pdf() -> None:
    release = make(body=[CASES["en"][0]])
    assert any("Bold" in name for name, _ in fonts(render(release, "pdf")))


@pytest.mark.parametrize(
    "source",
    ["a **b", "*Note on figures", "see [the site](https://example.com", "text](x)"],
)
def test_an_unpaired_marker_is_a_validation_error(source: str) -> None:
    with pytest.raises(ValidationError, match=r"pairs with nothing|not complete"):
        make(body=[source])


@pytest.mark.parametrize(
    "source", ["Revenue* rose", "5 * 3 = 15", "snake_case_name", r"\*\*literal\*\*", "x_1 and y_2"]
)
def test_text_that_only_looks_like_markup_stays_text(source: str) -> None:
    assert "Lead" not in render(make(body=[source]), "txt").decode()
