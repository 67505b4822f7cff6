"""The PDF renderer on the MicroPort example: text, fonts, metadata, page size, structure,
page furniture and determinism, all read back from the bytes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from io import BytesIO
from typing import Any

import pytest

from pressrelease.document import wording
from pressrelease.model import PressRelease
from pressrelease.registry import get_renderer
from tests.helpers import EXAMPLE, make, missing_sentences, normalize_ws
from tests.pdf_reading import (
    STANDARD_14,
    all_text,
    body_text,
    fonts,
    link_uris,
    page_texts,
    qpdf_check,
    reader,
    render,
)

A4 = (595.276, 841.89)
LETTER = (612.0, 792.0)


@pytest.fixture(scope="module")
def example_pdf(example_release: PressRelease) -> bytes:
    return render(example_release)


def test_registered_as_pdf() -> None:
    renderer = get_renderer("pdf")
    assert (renderer.name, renderer.extension, renderer.media_type) == (
        "pdf",
        "pdf",
        "application/pdf",
    )


def test_every_sentence_of_the_release(example_pdf: bytes) -> None:
    assert missing_sentences(body_text(example_pdf)) == []


def test_reading_order_and_wording(example_release: PressRelease, example_pdf: bytes) -> None:
    text = normalize_ws(body_text(example_pdf))
    dateline = wording.dateline_text(example_release.dateline, "en") + " - MicroPort Institute"
    order = ["FOR IMMEDIATE RELEASE", example_release.headline, dateline, "Dr. Chengyun Yue,"]
    order += ["About MicroPort Institute of Health (MIH)", "###"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, list(zip(order, positions, strict=True))
    assert positions == sorted(positions)


def test_fonts_embedded_and_none_standard(example_pdf: bytes) -> None:
    used = fonts(example_pdf)
    assert used, "no fonts found"
    for name, embedded in used:
        assert embedded, f"{name} is not embedded"
        assert name.split("+")[-1] not in STANDARD_14
        assert "LiberationSans" in name
    assert b"/Helvetica" not in example_pdf
    assert b"/Times" not in example_pdf


def test_bold_body_fonts_used(example_pdf: bytes) -> None:
    names = {name.split("+")[-1] for name, _ in fonts(example_pdf)}
    assert {"LiberationSans", "LiberationSans-Bold"} <= names


def test_metadata(example_release: PressRelease, example_pdf: bytes) -> None:
    pdf = reader(example_pdf)
    meta = pdf.metadata
    assert meta is not None
    assert meta.title == example_release.headline
    assert meta.author == "MicroPort Scientific Corporation"
    assert meta.subject == "Press release, Suzhou, China, 24 October 2021"
    assert str(meta["/Keywords"]) == ", ".join(example_release.keywords)
    assert str(meta.creator).startswith("pressrelease ")
    assert meta.creation_date == dt.datetime(2021, 10, 24, tzinfo=dt.timezone.utc)
    assert meta["/ModDate"] == meta["/CreationDate"]
    assert str(pdf.trailer["/Root"].get_object()["/Lang"]) == "en"  # type: ignore[index]


def test_creation_date_is_the_embargo_or_the_timestamp_option() -> None:
    embargoed = make(embargo={"until": "2024-05-01T09:00:00+08:00", "timezone": "Asia/Shanghai"})
    meta = reader(render(embargoed)).metadata
    assert meta is not None
    assert meta.creation_date == dt.datetime(2024, 5, 1, 1, 0, tzinfo=dt.timezone.utc)
    fixed = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    meta = reader(render(make(), timestamp=fixed)).metadata
    assert meta is not None
    assert meta.creation_date == fixed


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_page_size(example_release: PressRelease, paper: str, size: tuple[float, float]) -> None:
    for page in reader(render(example_release, paper=paper)).pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


@pytest.mark.slow
def test_qpdf_finds_no_problem(example_pdf: bytes) -> None:
    result = qpdf_check(example_pdf)
    if result is None:
        pytest.skip("qpdf is not installed (apt-get install qpdf)")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_same_input_same_bytes(example_release: PressRelease, example_pdf: bytes) -> None:
    assert render(example_release) == example_pdf


def test_same_bytes_in_a_fresh_process_with_source_date_epoch(example_pdf: bytes) -> None:
    """reportlab itself reads SOURCE_DATE_EPOCH and the clock; the renderer must not."""
    code = (
        "import sys; from pressrelease.loading import load; "
        "from tests.pdf_reading import render; "
        f"sys.stdout.buffer.write(render(load({str(EXAMPLE)!r})))"
    )
    env = {"SOURCE_DATE_EPOCH": "1234567890", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True)
    assert out.stdout == example_pdf


def test_header_and_page_numbers(example_pdf: bytes) -> None:
    pages = page_texts(example_pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "MicroPort Scientific Corporation" in text
        assert "HKEX: 00853" in text
        assert "- more -" not in text


def test_more_marks_on_every_page_but_the_last(example_release: PressRelease) -> None:
    pages = page_texts(render(example_release, more_marks=True))
    assert len(pages) >= 2
    assert all("- more -" in text for text in pages[:-1])
    assert "- more -" not in pages[-1]


def test_links_are_clickable_and_shown_by_their_words() -> None:
    release = make(
        body=["See [our site](https://example.com/a?b=1&c=2) or write <mailto:press@example.com>."],
        contacts=[{"name": "Jane Doe", "email": "jane@example.com", "url": "https://ex.org/news"}],
    )
    data = render(release)
    assert link_uris(data) == [
        "https://example.com/a?b=1&c=2",
        "mailto:press@example.com",
        "mailto:jane@example.com",
        "https://ex.org/news",
    ]
    text = normalize_ws(body_text(data))
    assert "See our site or write press@example.com." in text
    assert "Media contact: Jane Doe jane@example.com https://ex.org/news" in text


def test_every_block_kind_and_closing_section() -> None:
    release = make(
        subheadlines=["A deck under the headline"],
        body=[
            "Lead with *emphasis* and **strong** words.",
            {"kind": "subheading", "text": "Highlights"},
            {"kind": "list", "items": ["first point", "second point"]},
            {"kind": "list", "ordered": True, "items": ["step one", "step two"]},
            {
                "kind": "quote",
                "text": "We are delighted",
                "speaker": {"name": "Jane Doe", "title": "CEO", "organization": "Acme"},
            },
            {
                "kind": "table",
                "caption": "Results",
                "header": ["Year", "Sales"],
                "rows": [["2023", "10"], ["2024", "12"]],
            },
        ],
        boilerplates=[{"heading": "About Acme", "paragraphs": ["Acme makes anvils."]}],
        disclaimers=[{"heading": "Forward-Looking Statements", "paragraphs": ["Risks exist."]}],
        contacts=[{"role": "Investors", "name": "Ann Lee", "phone": "+1 555 0100"}],
        assets=[{"url": "https://ex.org/p.jpg", "title": "Photo", "caption": "The plant"}],
        end_mark="-30-",
    )
    text = normalize_ws(body_text(render(release)))
    expected = [
        "A deck under the headline",
        "Springfield, 1 May 2024 - Lead with emphasis and strong words.",
        "Highlights",
        "• first point",
        "• second point",
        "1. step one",
        "2. step two",
        "“We are delighted,” said Jane Doe, CEO of Acme.",
        "Results",
        "Year Sales 2023 10 2024 12",
        "About Acme Acme makes anvils.",
        "Forward-Looking Statements Risks exist.",
        "Investors contact: Ann Lee +1 555 0100",
        "Media assets: • Photo: The plant https://ex.org/p.jpg",
        "-30-",
    ]
    positions = [text.find(part) for part in expected]
    assert -1 not in positions, [p for p, i in zip(expected, positions, strict=True) if i < 0]
    assert positions == sorted(positions)


def test_dateline_alone_when_the_body_has_no_paragraph() -> None:
    release = make(body=[{"kind": "subheading", "text": "Only a heading"}], end_mark=None)
    text = normalize_ws(body_text(render(release)))
    assert "Springfield, 1 May 2024 Only a heading" in text
    assert "###" not in all_text(render(release))


def test_importing_the_renderer_does_not_import_reportlab() -> None:
    code = (
        "import sys, pressrelease.renderers.pdf; "
        "print(any(m.startswith('reportlab') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_very_long_issuer_name_is_cut_to_two_header_lines() -> None:
    name = "Very Long Issuer Name Holdings " * 20
    listings = [{"exchange": "NYSE", "symbol": f"S{i}"} for i in range(30)]
    data = render(make(issuer={"name": name, "listings": listings}))
    header = normalize_ws(page_texts(data)[0])
    assert "Very Long Issuer Name Holdings Very Long" in header
    assert header.count("…") == 2
    assert "Issuer" not in body_text(data), "the header stays out of the body area"


def test_cli_builds_a_pdf_and_reports_missing_glyphs(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from pressrelease.cli import main

    assert main(["build", str(EXAMPLE), "-f", "pdf", "-o", str(tmp_path)]) == 0
    written = tmp_path / "microport-mih-2021-10-24.pdf"
    assert missing_sentences(body_text(written.read_bytes())) == []
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "slug: bad\nheadline: Launch \U0001f680\ndateline: {city: X, date: 2024-01-01}\n"
        "body: [Text]\nissuer: {name: Acme}\n",
        encoding="utf-8",
    )
    assert main(["build", str(bad), "-f", "pdf", "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "U+1F680" in err
    assert "headline" in err
    assert "--font-fallback" in err
    assert not (tmp_path / "bad.pdf").exists()


def test_fast_font_path_encodes_exactly_like_reportlab() -> None:
    """The FastTTFont override reads reportlab's private per-document subset state
    (``state[doc].assignments``); this guards it: for the same strings in the same order, it
    must give reportlab's own encoding, or the reportlab upper bound in pyproject must stay."""
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from pressrelease.renderers.pdf.fonts import REGULAR, face_file
    from pressrelease.renderers.pdf.ttfont import fast_font_class

    path = str(face_file(REGULAR))
    fast = fast_font_class()("guard-fast", path, asciiReadable=1)
    plain = TTFont("guard-plain", path, asciiReadable=1)
    doc_fast = getattr(Canvas(BytesIO()), "_doc")  # noqa: B009 (private, not in the stubs)
    doc_plain = getattr(Canvas(BytesIO()), "_doc")  # noqa: B009
    texts = ["MicroPort®’s", "Łódź — Ελλάδα", "MicroPort®’s", "\u00a0nbsp", "Приве́т " * 40, "ok"]
    for text in texts:
        assert fast.splitString(text, doc_fast) == plain.splitString(text, doc_plain), text


def test_a_long_table_starts_where_it_is_and_splits_instead_of_jumping() -> None:
    """Half a page left after the lead: the caption, the header rows and the first rows go
    there and the rest follows on the next page (the header repeated), no blank half page."""
    from tests.pdf_reading import page_texts

    rows = [[f"Line item {n}", f"{n},000", f"({n})"] for n in range(60)]
    table = {
        "kind": "table",
        "caption": "Condensed statement",
        "header": [["", "2025", "2024"], ["", "Q3", "Q3"]],
        "rows": rows,
        "row_headers": True,
    }
    release = make(body=["Lead paragraph. " * 40, table])
    pages = page_texts(render(release))
    assert len(pages) >= 2
    assert "Condensed statement" in pages[0]
    assert "Line item 0" in pages[0]
    assert "Line item 59" in pages[-1]
    assert "Q3" in pages[1]  # the header rows repeat
