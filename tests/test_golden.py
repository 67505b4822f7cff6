"""Golden files for every text-based output of every example release.

txt, html, ninjs and jsonld whole; the EPUB's members (XHTML, OPF, nav, NCX, CSS); the DOCX's
XML parts, indented; and the pack's manifest, README and vCards. A change to any of them is
a difference here first, shown with the command that accepts it.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree

from pressrelease.api import render
from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.pack import DEFAULT_FORMATS, build_pack
from pressrelease.renderers.base import RenderOptions
from tests.golden import check_golden
from tests.helpers import ROOT

RELEASES = [
    *sorted((ROOT / "examples").glob("*/release.yaml")),
    ROOT / "tests" / "fixtures" / "kitchen-sink.yaml",
    ROOT / "tests" / "fixtures" / "quarterly-results.yaml",
    ROOT / "tests" / "fixtures" / "joint-footnotes.yaml",
    ROOT / "tests" / "ninjs-jsonld-rich.yaml",
]
OPTIONS = RenderOptions()
DOCX_PARTS = ("word/document.xml", "word/footer1.xml", "word/header1.xml", "docProps/core.xml")


def _name(path: Path) -> str:
    return path.parent.name if path.name == "release.yaml" else path.stem


@pytest.fixture(scope="module", params=RELEASES, ids=_name)
def release(request: pytest.FixtureRequest) -> PressRelease:
    return load(request.param)


@pytest.mark.parametrize("format", ["txt", "html", "ninjs", "jsonld"])
def test_golden_text_formats(release: PressRelease, format: str) -> None:
    text = render(release, format, OPTIONS).decode("utf-8")
    check_golden(f"{release.slug}/{release.slug}.{format}", text)


def test_golden_epub_members(release: PressRelease) -> None:
    with zipfile.ZipFile(BytesIO(render(release, "epub", OPTIONS))) as book:
        for name in book.namelist():
            if name != "mimetype":
                check_golden(f"{release.slug}/epub/{name}", book.read(name).decode("utf-8"))


def test_golden_docx_parts(release: PressRelease) -> None:
    with zipfile.ZipFile(BytesIO(render(release, "docx", OPTIONS))) as package:
        names = package.namelist()
        for name in DOCX_PARTS:
            if name in names:
                tree = etree.fromstring(package.read(name))
                etree.indent(tree, space=" ")
                text = etree.tostring(tree, encoding="unicode") + "\n"
                check_golden(f"{release.slug}/docx/{name}", text)


def test_golden_pack_members(release: PressRelease) -> None:
    """The manifest holds every member's SHA-256, so it pins the bytes of every format but
    the PDF (whose bytes depend on the fonts installed; tests/test_pdf.py reads it back)."""
    formats = [f for f in DEFAULT_FORMATS if f != "pdf"]
    with zipfile.ZipFile(BytesIO(build_pack(release, formats, OPTIONS))) as pack:
        for name in ("README.txt", "manifest.json", "contacts.vcf"):
            member = f"{release.slug}/{name}"
            if member in pack.namelist():
                check_golden(f"{release.slug}/pack/{name}", pack.read(member).decode("utf-8"))
