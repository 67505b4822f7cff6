"""Right-to-left text and fallback fonts in the PDF: Hebrew and Arabic releases render flush
right, their text extracts in reading order, symbols come from the bundled DejaVu Sans, and
only what no font has is an error that names the characters and a fix."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pressrelease.errors import RenderError
from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.pack import build_pack
from pressrelease.renderers.pdf.fonts import discover_emoji
from tests.helpers import ROOT, make
from tests.pdf_reading import all_text, fonts, reader, render

ARABIC = ROOT / "tests" / "fixtures" / "languages" / "ar.yaml"
LONG_HEBREW = (
    "המפעל ייצר שבבים לשוק האירופי ולשוק האסייתי, ויעסיק מהנדסים, טכנאים ועובדי ייצור "
    "מכל רחבי הצפון; הבנייה נמשכה שנתיים והושלמה לפני המועד שנקבע בתוכנית."
)
HEBREW: dict[str, Any] = {
    "slug": "he",
    "language": "he",
    "headline": "אקמי פותחת מפעל חדש בחיפה",
    "dateline": {"city": "חיפה", "country": "ישראל", "date": "2024-05-02"},
    "body": [
        "אקמי פתחה היום מפעל חדש בחיפה, עם 120 עובדים.",
        {"kind": "list", "items": ["ייצור שבבים", "מחקר ופיתוח (R&D)"]},
        LONG_HEBREW,
    ],
    "issuer": {"name": 'אקמי בע"מ'},
}


def _squeezed(text: str) -> str:
    """Extracted or source text in one comparable form: Arabic presentation forms back to
    letters (NFKC) and no whitespace (an extractor breaks lines where a run changes
    direction)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _lines(data: bytes) -> list[tuple[float, float, str]]:
    """(x where each piece of text starts, y, text) on the first page."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = float(cm[4]) + float(tm[4]) * float(cm[0])
            y = float(cm[5]) + float(tm[5]) * float(cm[3])
            found.append((x, y, text))

    reader(data).pages[0].extract_text(visitor_text=visit)
    return found


def test_the_arabic_fixture_renders_with_every_sentence_in_reading_order() -> None:
    release = load(ARABIC)
    data = render(release)
    text = _squeezed(all_text(data))
    for sentence in (
        release.headline,
        "افتتحت أكمي اليوم مصنعا جديدا في دبي.",
        "نحن فخورون بفريقنا",
        "دبي، الإمارات، 2 مايو 2024",
        "2 مايو 2024",
        "شركة أكمي",
    ):
        assert _squeezed(sentence) in text, sentence
    assert "\x00" not in all_text(data), "the page number is drawn in a font that has Arabic"


def test_a_hebrew_release_renders_flush_right_in_reading_order() -> None:
    release = PressRelease.model_validate(HEBREW)
    data = render(release)
    text = _squeezed(all_text(data))
    assert _squeezed(release.headline) in text
    assert _squeezed("אקמי פתחה היום מפעל חדש בחיפה, עם 120 עובדים.") in text
    assert _squeezed(LONG_HEBREW) in text  # a paragraph of several lines
    assert _squeezed("מחקר ופיתוח") in text
    assert "R&D" in text
    width = float(reader(data).pages[0].mediabox.width)
    lines: dict[int, list[tuple[float, str]]] = {}
    for x, y, text in _lines(data):
        if 100 < y < 760 and text.strip() != "###":  # the end mark is centred
            lines.setdefault(round(y), []).append((x, text))
    short = {y: runs for y, runs in lines.items() if len("".join(t for _, t in runs)) < 25}
    assert len(short) >= 3
    for runs in short.values():  # a short line sits on the right half of the page
        assert min(x for x, _ in runs) > width / 2, runs


def test_a_hebrew_line_starts_at_the_right_margin() -> None:
    """Measured exactly: the headline's visible end is the right margin (pypdf's visitor
    gives where each run of text starts; the run's width comes from the font)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from pressrelease.renderers.pdf.fonts import BOLD

    release = PressRelease.model_validate(HEBREW)
    data = render(release)
    width = float(reader(data).pages[0].mediabox.width)
    runs = [(x, text) for x, _, text in _lines(data) if text.strip() == release.headline]
    assert runs, "the headline is one run of text"
    x, text = runs[0]
    end = x + stringWidth(text.strip(), BOLD, 20)
    from pressrelease.renderers.pdf.styles import FRAME_PAD, MARGIN_X

    assert abs(end - (width - MARGIN_X - FRAME_PAD)) < 0.5


def test_in_a_left_to_right_release_each_paragraph_takes_its_own_direction() -> None:
    release = make(
        body=[
            "Lead paragraph in English.",
            "שלום עולם, זו פסקה בעברית.",
            "English with עברית inside.",
        ]
    )
    data = render(release)
    width = float(reader(data).pages[0].mediabox.width)
    lines = _lines(data)
    hebrew = [x for x, _, text in lines if "זו" in text or "פסקה" in text]
    english = [x for x, _, text in lines if text.startswith("English with")]
    assert hebrew
    assert min(hebrew) > width / 2, "the Hebrew paragraph is flush right"
    assert english
    assert english[0] < 80, "the English one stays flush left"
    text = _squeezed(all_text(data))
    assert _squeezed("שלום עולם, זו פסקה בעברית.") in text
    assert _squeezed("English with עברית inside.") in text


def test_a_long_right_to_left_paragraph_is_chunked_and_still_reads_in_order() -> None:
    sentence = "אקמי פתחה היום מפעל חדש בחיפה. "
    data = render(make(language="he", body=[sentence * 400]))
    text = _squeezed(all_text(data))
    assert text.count(_squeezed(sentence)) >= 390  # a few cut by page breaks


def test_symbols_come_from_the_bundled_fallback_font_and_pack() -> None:
    release = make(headline="Launch ✓ → ★ ∑ ⇒ done", body=["Done ✓ → next."])
    data = render(release)
    assert "Launch ✓ → ★ ∑ ⇒ done" in all_text(data)
    assert "Done ✓ → next." in all_text(data)
    names = [name.split("+")[-1] for name, embedded in fonts(data) if embedded]
    assert "DejaVuSans" in names, names
    assert "DejaVuSans-Bold" in names, names
    pack = zipfile.ZipFile(io.BytesIO(build_pack(release, ("txt", "pdf"))))
    assert any(name.endswith(".pdf") for name in pack.namelist())


def test_bold_fallback_text_is_set_in_the_bold_face() -> None:
    data = render(make(headline="Done ✓"))  # the headline is bold
    names = [name.split("+")[-1] for name, _ in fonts(data)]
    assert "DejaVuSans-Bold" in names, names
    assert "DejaVuSans" not in names, names


@pytest.mark.skipif(discover_emoji() is not None, reason="a TrueType emoji font is installed")
def test_an_emoji_no_font_has_is_an_error_naming_it_and_a_fix() -> None:
    with pytest.raises(RenderError) as caught:
        render(make(headline="Launch \U0001f680"))
    message = str(caught.value)
    assert "U+1F680 \U0001f680 in headline" in message
    assert "DejaVu Sans (bundled)" in message
    assert "--font-fallback" in message
    assert "Noto Color Emoji" in message
    assert "--cjk-font" not in message


@pytest.mark.skipif(discover_emoji() is None, reason="no TrueType emoji font is installed")
def test_an_emoji_renders_with_an_installed_emoji_font() -> None:
    assert "\U0001f680" in all_text(render(make(headline="Launch \U0001f680")))


def test_a_given_fallback_font_is_tried_first(tmp_path: Path) -> None:
    dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if not Path(dejavu).is_file():
        pytest.skip("no system DejaVu Sans")
    from pressrelease.renderers.base import RenderOptions
    from pressrelease.renderers.pdf.coverage import resolve_fonts

    chosen = resolve_fonts(make(headline="✓"), RenderOptions(font_fallback=(dejavu,)))
    assert [font.path for font in chosen.fallbacks] == [dejavu]
    with pytest.raises(RenderError, match="does not exist"):
        render(make(headline="✓"), font_fallback=(str(tmp_path / "missing.ttf"),))


def test_the_error_never_suggests_the_font_already_in_use() -> None:
    from pressrelease.renderers.pdf.fonts import discover_cjk

    cjk = discover_cjk()
    if cjk is None:
        pytest.skip("no CJK font")
    with pytest.raises(RenderError) as caught:
        render(make(headline="中文 ก"), font_fallback=(cjk.path,))
    message = str(caught.value)
    assert "U+0E01" in message
    assert f"--font-fallback {cjk.path}" not in message


def test_a_right_to_left_table_reads_its_columns_from_the_right() -> None:
    table = {"kind": "table", "header": ["الاسم", "القيمة"], "rows": [["أكمي", "1"]]}
    data = render(make(language="ar", body=["نص.", table]))
    lines = _lines(data)
    first = [x for x, _, text in lines if _squeezed(text) == _squeezed("الاسم")]
    second = [x for x, _, text in lines if _squeezed(text) == _squeezed("القيمة")]
    assert first
    assert second
    assert first[0] > second[0]


def test_an_emoji_beyond_u_ffff_is_drawn_and_extracts() -> None:
    """DejaVu Sans has 😀; the ToUnicode map names it as a UTF-16 pair, so it copies out."""
    data = render(make(headline="Smile \U0001f600 ok"))
    assert "Smile \U0001f600 ok" in all_text(data)


def test_an_emoji_renders_with_a_given_outline_emoji_font() -> None:
    symbola = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"
    if not Path(symbola).is_file():
        pytest.skip("Symbola (apt-get install fonts-symbola) is not installed")
    data = render(make(headline="Launch \U0001f680"), font_fallback=(symbola,))
    assert "Launch \U0001f680" in all_text(data)
