"""Bold Japanese and Chinese in the PDF: the CJK fallback font has no bold face here, so
``**強調**`` is drawn in a faux bold (text render mode 2, fill and stroke) — or in a real
bold CJK face when one is installed — and the page shows more ink than the regular text."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from pressrelease.renderers.pdf.boldface import bold_siblings
from pressrelease.renderers.pdf.fonts import discover_cjk
from tests.helpers import make
from tests.pdf_reading import reader, render

pytestmark = pytest.mark.skipif(discover_cjk() is None, reason="no CJK TrueType font installed")
WORD = "強調強調強調強調"


def _release(text: str) -> bytes:
    return render(make(language="ja", headline="発表", body=[text], end_mark=None))


def _content(data: bytes) -> str:
    page = reader(data).pages[0]
    return page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]


def _fonts(data: bytes) -> set[str]:
    resources: Any = reader(data).pages[0]["/Resources"]
    return {str(font.get_object()["/BaseFont"]) for font in resources["/Font"].values()}


def test_strong_cjk_is_stroked_or_in_a_bold_face() -> None:
    """The headline, timing line and dateline are bold in both; the strong run adds exactly
    its characters to what is stroked (or they are set in a real bold CJK face)."""
    bold = _release(f"普通の文と**{WORD}**。")
    plain = _release(f"普通の文と{WORD}。")
    real_bold = {f for f in _fonts(bold) if "Bold" in f and "Liberation" not in f}
    assert _stroked_glyphs(bold) - _stroked_glyphs(plain) == len(WORD) or real_bold


def _stroked_glyphs(data: bytes) -> int:
    """How many glyphs are drawn in render mode 2 (one byte each in a subset font)."""
    runs = re.findall(
        r"2 Tr /F\d+\+\d+ [\d.]+ Tf [\d.]+ TL \(((?:\\[0-7]{3}|\\.|[^)\\])*)\) Tj", _content(data)
    )
    return sum(len(re.findall(r"\\[0-7]{3}|\\.|.", run)) for run in runs)


def test_faux_bold_embeds_the_font_once() -> None:
    assert len(_fonts(_release(f"**{WORD}**と普通"))) == len(_fonts(_release(f"{WORD}と普通")))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_page_shows_bold(tmp_path: Path) -> None:
    def ink(text: str) -> int:
        pdf = tmp_path / "page.pdf"
        pdf.write_bytes(_release(text))
        subprocess.run(
            ["pdftoppm", "-r", "100", "-gray", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
            check=True,
        )
        (image,) = tmp_path.glob("p*.pgm")
        pixels = image.read_bytes().split(b"\n", 3)[3]
        image.unlink()
        return sum(1 for value in pixels if value < 128)

    assert ink(f"**{WORD}**") > ink(WORD) * 1.15


def test_bold_siblings_by_name() -> None:
    assert bold_siblings("/f/NotoSansCJK-Regular.ttc") == ["/f/NotoSansCJK-Bold.ttc"]
    assert bold_siblings("C:/Windows/Fonts/msyh.ttc") == ["C:/Windows/Fonts/msyhbd.ttc"]
    assert bold_siblings("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") == []
