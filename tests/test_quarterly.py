"""A quarterly-results release as wires print it renders in every format: embargo line as
published, forward-looking statements before About, three contact blocks, and a condensed
income statement with empty cells and right-aligned numbers after the contacts."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest

from pressrelease.api import render
from pressrelease.loading import load
from pressrelease.model import PressRelease
from tests.helpers import ROOT, normalize_ws, wire
from tests.pdf_reading import all_text

FIXTURE = ROOT / "tests" / "fixtures" / "quarterly-results.yaml"


@pytest.fixture(scope="module")
def release() -> PressRelease:
    return load(FIXTURE)


def test_the_wire_copy_prints_it_as_published(release: PressRelease) -> None:
    text = wire(release)
    assert text.startswith("EMBARGOED UNTIL 4:05 p.m. ET / 10:05 p.m. CET, Thursday, November 6")
    order = [
        "Forward-Looking Statements",
        "About Northwind",
        "Investor Contact:",
        "###",
        "Condensed",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)
    assert "Revenue                      $ 1,420     $ 1,315" in text  # numbers to the right
    assert "Operating expenses\n" in text  # a row of empty cells


@pytest.mark.parametrize("fmt", ["docx", "pdf", "epub", "html", "ninjs", "jsonld", "eml"])
def test_every_format_carries_the_table_and_the_contacts(release: PressRelease, fmt: str) -> None:
    data = render(release, fmt)
    if fmt == "pdf":
        text = all_text(data)
    elif fmt in ("docx", "epub"):
        with zipfile.ZipFile(BytesIO(data)) as archive:
            text = " ".join(
                re.sub(r"<[^>]+>", "", archive.read(n).decode())
                for n in archive.namelist()
                if n.endswith((".xml", ".xhtml"))
            )
    else:
        text = data.decode()
    text = normalize_ws(text)
    for words in (
        "Investor Contact:",
        "Eva Lind, Tel: +46 8 555 0102",
        "(1,852)",
        "Net loss per share",
    ):
        assert words in text, (fmt, words)


def test_numbers_are_right_aligned_in_html_and_docx(release: PressRelease) -> None:
    html = render(release, "html").decode()
    assert re.search(r'<td class="num"[^>]*>\$ 1,420</td>', html)
    assert re.search(r'<th scope="row"[^>]*>Revenue</th>', html)
    with zipfile.ZipFile(BytesIO(render(release, "docx"))) as package:
        document = package.read("word/document.xml").decode()
    assert '<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">$ 1,420' in document
