"""The PDF renderer on input at the edges: paragraphs of many pages (laid out in chunks that
must look exactly like one paragraph), tables too wide for the page, and odd or huge text in
every place, which must render or be a RenderError, never another exception."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressrelease.document import TablePart, compose
from pressrelease.errors import PressReleaseError, RenderError
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.pdf import longtext
from pressrelease.renderers.pdf.coverage import resolve_fonts
from pressrelease.renderers.pdf.fonts import discover_cjk
from pressrelease.renderers.pdf.grid import MIN_COLUMN, column_widths
from pressrelease.renderers.pdf.styles import styles
from tests.helpers import make, normalize_ws
from tests.pdf_reading import body_text, reader, render

WORDS = ["press", "release", "Łódź", "AT&T", "a<b", "surgery,", "2021", "(HKEX)", "of", "the"]


def words(size: int, seed: int = 1, pool: list[str] = WORDS) -> str:
    """About ``size`` characters of words drawn from ``pool``, always the same for a seed."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        out.append(rng.choice(pool))
        total += len(out[-1]) + 1
    return " ".join(out)


def lines(data: bytes) -> list[tuple[int, float, float, str]]:
    """(page, baseline, left edge, text) of every line of text drawn, in page order."""
    found: list[tuple[int, float, float, str]] = []
    for number, page in enumerate(reader(data).pages):
        runs: dict[float, list[tuple[float, str]]] = {}

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: Any, runs: dict[float, Any] = runs
        ) -> None:
            if text.strip():
                y = round(float(cm[5]) + float(tm[5]) * float(cm[3]), 2)
                runs.setdefault(y, []).append((round(float(cm[4]) + float(tm[4]), 2), text))

        page.extract_text(visitor_text=visit)
        for y in sorted(runs, reverse=True):
            text = normalize_ws("".join(text for _, text in runs[y]))
            found.append((number, y, min(x for x, _ in runs[y]), text))
    return found


def unchunked(release: Any, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """The release rendered with every paragraph as one reportlab Paragraph, as before."""
    with monkeypatch.context() as patch:
        patch.setattr(longtext, "LONG", 10**9)
        return render(release)


def test_a_thirty_kilobyte_paragraph_keeps_every_word_in_order() -> None:
    text = words(30_000)
    data = render(make(body=[text, "After it."]))
    assert len(reader(data).pages) >= 6
    body = normalize_ws(body_text(data))
    assert f"Springfield, 1 May 2024 - {text} After it." in body


CASES = {
    "plain words": [words(14_000)],
    "inline markup": [
        words(14_000, pool=[*WORDS, "**strong words**", "*em*", "[a link](https://ex.org/x)"])
    ],
    "an unbroken word": ["Lead " + "w" * 14_000 + " end."],
    "entities": ["AT&T <b> " * 800 + "<&" * 3000 + " a&b" * 500],
    "words longer than a window": ["Lead " + " ".join(["v" * 900, "short", "u" * 1500] * 6)],
    "a list item": ["Lead.", {"kind": "list", "ordered": True, "items": [words(14_000), "Next."]}],
    "a quote": ["Lead.", {"kind": "quote", "text": words(12_000), "speaker": {"name": "Ann"}}],
}


@pytest.mark.parametrize("body", CASES.values(), ids=CASES.keys())
def test_a_long_paragraph_is_laid_out_exactly_like_one_paragraph(
    body: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same pages, same line breaks, same positions: with small windows, chunk boundaries fall
    everywhere, also next to page breaks and inside split words."""
    release = make(body=body)
    expected = lines(unchunked(release, monkeypatch))
    for window in (600, 1000):
        monkeypatch.setattr(longtext, "WINDOW", window)
        monkeypatch.setattr(longtext, "LONG", 2 * window)
        assert lines(render(release)) == expected


@pytest.mark.skipif(discover_cjk() is None, reason="no TrueType CJK font on this system")
def test_long_cjk_text_breaks_into_the_same_lines_as_one_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Compared with one Paragraph broken at once, not with reportlab's own page splits: those
    break CJK text again from the split point and may move a character to the next line."""
    from reportlab.platypus import Paragraph

    text = "微创医疗科学有限公司今日宣布 MicroPort，其位于苏州的研究院正式启动。" * 150
    fonts = resolve_fonts(make(body=[text]), RenderOptions())
    style = styles().cjk(styles().body)
    whole = Paragraph(fonts.markup(text), style)
    whole.wrap(450, 1e9)
    expected = _line_texts(getattr(whole, "blPara"))  # noqa: B009 (not in the stubs)
    for window in (500, 1200):
        monkeypatch.setattr(longtext, "WINDOW", window)
        got: list[str] = []
        for chunk, count in longtext.chunks(Paragraph(fonts.markup(text), style), 450):
            chunk.wrap(450, 1e9)
            got += _line_texts(chunk.blPara)
            assert len(chunk.blPara.lines) == count
        assert got == expected
    printed = normalize_ws(body_text(render(make(body=[text])))).replace(" ", "")
    assert text.replace(" ", "") in printed


def _line_texts(broken: Any) -> list[str]:
    return [
        "".join(
            str(getattr(word, "text", word)) for word in (line.words if broken.kind else line[1])
        )
        for line in broken.lines
    ]


def test_a_long_list_item_has_one_bullet_and_the_space_after_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = make(body=["Lead.", {"kind": "list", "items": [words(20_000), "second"]}, "After."])
    monkeypatch.setattr(longtext, "WINDOW", 800)
    text = body_text(render(release))
    assert text.count("•") == 2
    assert "• second After. ###" in normalize_ws(text)


def test_a_long_table_cell_keeps_all_its_text() -> None:
    rows = [[f"row {i}", f"value {i}"] for i in range(30)]
    rows.insert(3, ["long", words(20_000, seed=2)])
    table = {"kind": "table", "header": ["Name", "Value"], "rows": rows}
    text = normalize_ws(body_text(render(make(body=["Lead.", table, "After."]))))
    assert words(20_000, seed=2) in text.replace(" Name Value ", " ")
    assert "row 29" in text


@pytest.mark.parametrize(("paper", "limit"), [("a4", 30), ("letter", 31)])
def test_a_table_too_wide_for_the_page_is_a_render_error_naming_it(paper: str, limit: int) -> None:
    def release(columns: int) -> Any:
        table = {
            "kind": "table",
            "header": [f"H{i}" for i in range(columns)],
            "rows": [["x"] * columns],
        }
        return make(body=["Lead.", {"kind": "subheading", "text": "Data"}, table])

    render(release(limit), paper=paper)
    for columns in (limit + 1, 48, 60, 500):
        with pytest.raises(RenderError) as error:
            render(release(columns), paper=paper)
        assert f"table 1: a table of {columns} columns does not fit the page width" in str(
            error.value
        )
        assert f"at most {limit} columns" in str(error.value)


def test_every_column_gets_room_for_text() -> None:
    """Proportional widths would leave the short columns 13 pt: they get the minimum, the long
    column what is left."""
    columns = 28
    table = {
        "kind": "table",
        "header": ["Long", *[f"{i}" for i in range(1, columns)]],
        "rows": [["a long cell " * 20, *["7"] * (columns - 1)]],
    }
    release = make(body=["Lead.", table])
    part = next(p for p in compose(release).parts if isinstance(p, TablePart))
    widths = column_widths(part, 458.0)
    assert min(widths) == pytest.approx(MIN_COLUMN)
    assert widths[0] > 3 * MIN_COLUMN
    assert sum(widths) == pytest.approx(458.0)
    text = normalize_ws(body_text(render(release)))
    assert text.count("a long cell") == 20
    assert text.endswith(" 7" * (columns - 1) + " ###")


@pytest.mark.parametrize("name", ["Acme " * 2000, "A" * 100_000])
def test_a_huge_issuer_name_or_listing_is_cut_in_the_header(name: str) -> None:
    """Found by the sweep below: a header text of more than 8,000 characters crashed with an
    AttributeError (and a 100,000-character one took seconds to bisect)."""
    listing = {"exchange": "X" * 10_000, "symbol": "Y"}
    data = render(make(issuer={"name": name, "listings": [listing]}))
    page = reader(data).pages[0].extract_text()
    assert name[:10] in page
    assert "X" * 10 in page
    assert page.count("…") == 2


@pytest.mark.parametrize("cell", ["h " * 3000, "h " * 6000])
def test_a_header_row_taller_than_a_page_splits_instead_of_repeating(cell: str) -> None:
    """Found by the sweep below: a repeated header row must fit a page, so reportlab gave up
    with a LayoutError; a header row taller than 200 pt is no longer repeated."""
    table = {"kind": "table", "header": [cell, "B"], "rows": [["1", "2"]] * 5}
    text = normalize_ws(body_text(render(make(body=["Lead.", table, "After."]))))
    assert text.count("h") == cell.count("h")
    assert text.endswith("1 2 1 2 1 2 1 2 1 2 After. ###")


def _odd_text(
    alphabet: st.SearchStrategy[str], times: tuple[int, ...] = (1, 2, 40, 250)
) -> st.SearchStrategy[str]:
    """Short odd text, sometimes repeated into thousands of characters (up to 3,000: the
    tests above cover longer paragraphs; a heading that is one unbroken word of 10,000
    characters takes reportlab minutes to break, see docs/pdf.md, and each character of ``<&``
    costs its markup parser some 20 µs)."""
    piece = st.text(alphabet, min_size=1, max_size=12)
    return st.builds(lambda text, n: text * n, piece, st.sampled_from(times))


ODD = st.sampled_from(
    [*"aZ09 .,;-–—…/\\*_[]()<>&#'\"", "\t", "\n", "\xa0", "\u200b", "\u0301", "中", "ÿ", "ß"]
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headline=_odd_text(ODD),
    paragraph=_odd_text(ODD),
    cell=_odd_text(ODD, (1, 3, 20)),  # long cells in many columns: see docs/pdf.md
    caption=_odd_text(ODD),
    item=_odd_text(ODD),
    decks=st.integers(0, 40),
    columns=st.integers(1, 35),
)
def test_odd_and_huge_text_anywhere_renders_or_is_a_render_error(
    headline: str, paragraph: str, cell: str, caption: str, item: str, decks: int, columns: int
) -> None:
    """Whatever the model accepts ends as a PDF or a PressReleaseError, never another
    exception, whatever the length of the text and wherever it is."""
    try:
        release = make(
            headline=headline,
            subheadlines=[headline[:100]] * decks,
            body=[
                paragraph,
                {"kind": "list", "items": [item, paragraph]},
                {"kind": "subheading", "text": caption},
                {
                    "kind": "table",
                    "caption": caption,
                    "header": [cell] * columns,
                    "rows": [[cell] * columns] * 2,
                },
                {"kind": "table", "header": [cell], "rows": [[item]]},
                {"kind": "quote", "text": item, "speaker": {"name": headline[:50]}},
            ],
            issuer={"name": headline},
        )
    except ValueError:  # the model refuses it (blank, XML-illegal characters, bad markup)
        return
    try:
        data = render(release)
    except PressReleaseError:
        return
    assert data.startswith(b"%PDF-")
