"""A joint release: the lead ``issuer`` and its ``co_issuers`` are all named, with their web
sites and listings, in every format that names an issuer."""

from __future__ import annotations

import json
import re
import zipfile
from io import BytesIO

import pytest

from pressrelease.api import render
from pressrelease.document import compose
from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.pack import build_pack
from pressrelease.renderers.base import RenderOptions
from tests.helpers import ROOT, make
from tests.pdf_reading import all_text, reader

FIXTURE = ROOT / "tests" / "fixtures" / "joint-footnotes.yaml"
BOTH = "Northwind Energy ASA and Helios Grid plc"


@pytest.fixture(scope="module")
def release() -> PressRelease:
    return load(FIXTURE)


def _out(release: PressRelease, fmt: str) -> bytes:
    return render(release, fmt, RenderOptions())


@pytest.mark.parametrize(
    ("co", "message"),
    [
        ([{"name": "acme corp"}], "named twice among the issuers"),
        (
            [{"name": "Beta", "website": "https://acme.example/"}],
            "'Beta' is named twice among the issuers \\(as 'Acme'\\)",
        ),
        ([{"name": "Beta", "logo": "beta.png"}], "only the lead issuer's logo is printed"),
    ],
)
def test_refused(co: list[dict[str, str]], message: str) -> None:
    lead = (
        {"name": "Acme Corp"}
        if "acme corp" in str(co)
        else {"name": "Acme", "website": "https://acme.example"}
    )
    with pytest.raises(Exception, match=message):
        make(issuer=lead, co_issuers=co)


@pytest.mark.parametrize(
    ("language", "joined"),
    [
        ("en", "Acme and Beta"),
        ("de", "Acme und Beta"),
        ("fr", "Acme et Beta"),
        ("zh-Hans", "Acme和Beta"),
    ],
)
def test_names_joined_in_the_release_language(language: str, joined: str) -> None:
    release = make(language=language, issuer={"name": "Acme"}, co_issuers=[{"name": "Beta"}])
    assert compose(release).words.issuers == joined


def test_one_issuer_is_just_its_name() -> None:
    assert compose(make()).words.issuers == "Acme Corp"


def test_page_header_listings_of_all(release: PressRelease) -> None:
    assert compose(release).words.listings == ("OSE: NWE", "LSE: HGP", "OTCQX: HLGPF")


def test_ninjs(release: PressRelease) -> None:
    item = json.loads(_out(release, "ninjs"))
    assert item["by"] == BOTH
    assert item["organisations"] == [
        {
            "name": "Northwind Energy ASA",
            "rel": "issuer",
            "uri": "https://northwind.example",
            "symbols": [{"exchange": "OSE", "symbol": "NWE"}],
        },
        {
            "name": "Helios Grid plc",
            "rel": "issuer",
            "uri": "https://heliosgrid.example",
            "symbols": [
                {"exchange": "LSE", "symbol": "HGP"},
                {"exchange": "OTCQX", "symbol": "HLGPF"},
            ],
        },
    ]


def test_jsonld_lists_every_issuer(release: PressRelease) -> None:
    data = json.loads(_out(release, "jsonld"))
    for key in ("author", "publisher", "about"):
        names = [(o["name"], o.get("tickerSymbol"), o["url"]) for o in data[key]]
        assert names == [
            ("Northwind Energy ASA", "OSE NWE", "https://northwind.example"),
            ("Helios Grid plc", ["LSE HGP", "OTCQX HLGPF"], "https://heliosgrid.example"),
        ]
    assert "contactPoint" in data["publisher"][0]
    assert "contactPoint" not in data["publisher"][1]


def test_single_issuer_jsonld_stays_an_object() -> None:
    data = json.loads(_out(make(), "jsonld"))
    assert data["author"] == {"@type": "Organization", "name": "Acme Corp"}


def test_html_meta_and_embedded_jsonld(release: PressRelease) -> None:
    page = _out(release, "html").decode()
    assert f'<meta name="author" content="{BOTH}">' in page
    assert page.count('"name": "Helios Grid plc"') == 3  # author, publisher, about


def test_docx_properties_and_header(release: PressRelease) -> None:
    with zipfile.ZipFile(BytesIO(_out(release, "docx"))) as package:
        core = package.read("docProps/core.xml").decode()
        app = package.read("docProps/app.xml").decode()
        header = package.read("word/header1.xml").decode()
    assert f"<dc:creator>{BOTH}</dc:creator>" in core
    assert f"<Company>{BOTH}</Company>" in app
    assert BOTH in header


def test_pdf_author_and_header(release: PressRelease) -> None:
    data = _out(release, "pdf")
    metadata = reader(data).metadata
    assert metadata is not None
    assert str(metadata["/Author"]) == BOTH
    text = all_text(data)
    assert BOTH in text
    assert "OSE: NWE · LSE: HGP · OTCQX: HLGPF" in " ".join(text.split())


def test_epub_creators_and_publishers(release: PressRelease) -> None:
    with zipfile.ZipFile(BytesIO(_out(release, "epub"))) as book:
        opf = book.read("EPUB/content.opf").decode()
    assert re.findall(r"<dc:creator[^>]*>([^<]+)<", opf) == [
        "Northwind Energy ASA",
        "Helios Grid plc",
    ]
    assert re.findall(r"<dc:publisher>([^<]+)<", opf) == ["Northwind Energy ASA", "Helios Grid plc"]


def test_pack_manifest_and_readme(release: PressRelease) -> None:
    with zipfile.ZipFile(BytesIO(build_pack(release, ["txt"], RenderOptions()))) as pack:
        manifest = json.loads(pack.read(f"{release.slug}/manifest.json"))
        readme = pack.read(f"{release.slug}/README.txt").decode()
    assert manifest["issuer"] == "Northwind Energy ASA"
    assert manifest["issuers"] == ["Northwind Energy ASA", "Helios Grid plc"]
    assert f"{BOTH}, Oslo, Norway, 4 March 2025" in readme


def test_single_issuer_manifest_has_no_issuers_list() -> None:
    with zipfile.ZipFile(BytesIO(build_pack(make(), ["txt"], RenderOptions()))) as pack:
        assert "issuers" not in json.loads(pack.read("t/manifest.json"))
