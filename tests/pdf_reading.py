"""Reading PDFs back the way a consumer would: text of the body area, fonts, metadata."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from pressrelease.model import PressRelease
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.pdf import PdfRenderer

STANDARD_14 = frozenset(
    {
        "Courier",
        "Courier-Bold",
        "Courier-Oblique",
        "Courier-BoldOblique",
        "Helvetica",
        "Helvetica-Bold",
        "Helvetica-Oblique",
        "Helvetica-BoldOblique",
        "Times-Roman",
        "Times-Bold",
        "Times-Italic",
        "Times-BoldItalic",
        "Symbol",
        "ZapfDingbats",
    }
)
BODY_TOP_GAP = 60.0
"""Points from the top edge: above this line is the header."""
BODY_BOTTOM = 66.0
"""Points from the bottom edge: below this line are "- more -" and the page number."""


def render(release: PressRelease, **options: Any) -> bytes:
    """The release as PDF bytes."""
    return PdfRenderer().render(release, RenderOptions(**options))


def reader(data: bytes) -> PdfReader:
    """A pypdf reader over the bytes."""
    return PdfReader(io.BytesIO(data))


def all_text(data: bytes) -> str:
    """Every page's text, header and footer included."""
    return "\n".join(page.extract_text() for page in reader(data).pages)


def body_text(data: bytes) -> str:
    """The text inside the body area of every page, pages joined: headers and footers left out,
    so a paragraph that runs on to the next page reads as one."""
    pieces: list[str] = []
    for page in reader(data).pages:
        height = float(page.mediabox.height)

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: Any, height: float = height
        ) -> None:
            y = float(cm[5]) + float(tm[5]) * float(cm[3])
            if BODY_BOTTOM < y < height - BODY_TOP_GAP:
                pieces.append(text)

        page.extract_text(visitor_text=visit)
        pieces.append("\n")
    return "".join(pieces)


def page_texts(data: bytes) -> list[str]:
    """The full text of each page."""
    return [page.extract_text() for page in reader(data).pages]


def fonts(data: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) of every font resource used on any page, descendants included."""
    found: dict[str, bool] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = _resolve(_resolve(resources).get("/Font"))
        if font_dict is None:
            continue
        for ref in font_dict.values():
            font = _resolve(ref)
            for each in [
                font,
                *[_resolve(d) for d in _resolve(font.get("/DescendantFonts")) or []],
            ]:
                descriptor = _resolve(each.get("/FontDescriptor"))
                embedded = descriptor is not None and any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                found[str(each["/BaseFont"]).lstrip("/")] = embedded
    return sorted(found.items())


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def link_uris(data: bytes) -> list[str]:
    """The URI of every link annotation, in page order."""
    uris: list[str] = []
    for page in reader(data).pages:
        for annot in _resolve(page.get("/Annots")) or []:
            action = _resolve(_resolve(annot).get("/A"))
            if isinstance(action, DictionaryObject) and "/URI" in action:
                uris.append(str(action["/URI"]))
    return uris


def qpdf_check(data: bytes) -> subprocess.CompletedProcess[str] | None:
    """``qpdf --check`` on the bytes, or None when qpdf is not installed."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "release.pdf"
        path.write_bytes(data)
        return subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
