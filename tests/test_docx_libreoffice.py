"""A consumer reads our DOCX: LibreOffice converts it to PDF and every sentence survives."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.docx import DocxRenderer
from tests.helpers import ROOT, missing_sentences, normalize_ws

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui",
    ),
    pytest.mark.slow,
]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory, example_release: PressRelease) -> dict[str, str]:
    """The example and the kitchen sink (a reference template too), as LibreOffice prints them."""
    assert SOFFICE is not None
    folder = tmp_path_factory.mktemp("docx-lo")
    sink = load(ROOT / "tests" / "fixtures" / "kitchen-sink.yaml")
    renderer = DocxRenderer()
    letter = renderer.render(example_release, RenderOptions(paper="letter"))
    documents = {
        "example": renderer.render(example_release, RenderOptions()),
        "sink": renderer.render(sink, RenderOptions()),
        "referenced": renderer.render(sink, RenderOptions(docx_reference=letter)),
    }
    for name, data in documents.items():
        (folder / f"{name}.docx").write_bytes(data)
    profile = (folder / "profile").as_uri()  # our own profile: never collide with another soffice
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        + ["--outdir", str(folder)]
        + [str(folder / f"{name}.docx") for name in documents],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return {name: _text(folder / f"{name}.pdf") for name in documents}


def _text(path: Path) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _without_page_furniture(text: str) -> str:
    """The text as it flows: header and footer lines between two pages taken out."""
    furniture = re.compile(r"^(MicroPort Scientific Corporation|Page \d+ of \d+)$")
    return "\n".join(line for line in text.splitlines() if not furniture.match(line.strip()))


def test_every_sentence_survives_libreoffice(pdfs: dict[str, str]) -> None:
    assert missing_sentences(_without_page_furniture(pdfs["example"])) == []


def test_page_fields_are_computed(pdfs: dict[str, str]) -> None:
    text = normalize_ws(pdfs["example"])
    assert "Page 1 of 2" in text
    assert "Page 2 of 2" in text
    assert text.count("MicroPort Scientific Corporation") >= 2  # the header, on every page


def test_markup_characters_and_other_scripts_survive(pdfs: dict[str, str]) -> None:
    for name in ("sink", "referenced"):
        text = normalize_ws(pdfs[name])
        assert "Acme & Sons <Robotics> Unveils" in text, name
        assert "<b>trucks</b> don't & never will ]]>" in text, name
        assert "東京の皆さまに、静かで安全な配達をお届けします。" in "".join(text.split()), name
        assert "Kite at a glance <specifications & prices>" in text, name
        assert "Federal Aviation Administration" in text, name
