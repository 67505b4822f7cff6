"""The EPUB renderer: content read back from the XHTML, metadata, spine, nav, packaging."""

from __future__ import annotations

import datetime as dt
import re
import struct
import subprocess
import sys
import uuid
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from pressrelease.document import wording
from pressrelease.errors import RenderError
from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.registry import get_renderer
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.epub import EpubRenderer, identifier
from tests.epub_support import KITCHEN_SINK, NS, XML_LANG, Book, find_class, one, text_of
from tests.helpers import EXAMPLE, missing_sentences, normalize_ws, wire

X = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def example_book(example_release: PressRelease) -> Book:
    return Book(EpubRenderer().render(example_release, RenderOptions()))


@pytest.fixture(scope="module")
def kitchen_sink() -> PressRelease:
    return load(KITCHEN_SINK)


@pytest.fixture(scope="module")
def sink_book(kitchen_sink: PressRelease) -> Book:
    return Book(EpubRenderer().render(kitchen_sink, RenderOptions()))


def test_registered_as_epub() -> None:
    renderer = get_renderer("epub")
    assert isinstance(renderer, EpubRenderer)
    assert (renderer.extension, renderer.media_type) == ("epub", "application/epub+zip")


def test_every_seed_sentence_is_in_the_xhtml(example_book: Book) -> None:
    body = example_book.content().find("x:body", NS)
    assert body is not None
    assert missing_sentences(text_of(body)) == []


def test_semantic_structure(example_book: Book, example_release: PressRelease) -> None:
    html = example_book.content()
    assert html.get("lang") == html.get(XML_LANG) == "en"
    (h1,) = html.iter(f"{X}h1")
    assert text_of(h1) == example_release.headline
    title = html.find("x:head/x:title", NS)
    assert title is not None
    assert title.text == example_release.headline
    (lead,) = find_class(html, "p", "lead")
    dateline = lead[0]
    assert (dateline.tag, dateline.get("class")) == (f"{X}span", "dateline")
    assert dateline.text == "Suzhou, China, 24 October 2021"
    assert lead.text is None, "the dateline opens the lead paragraph"
    assert normalize_ws(text_of(lead)).startswith(
        "Suzhou, China, 24 October 2021 - MicroPort Institute of Health (MIH), a division"
    )
    (quote,) = find_class(html, "p", "quote")
    assert text_of(quote).startswith(
        "Dr. Chengyun Yue, the First Vice President of Business Development and Project "
        "Management of MicroPort®, commented, “MIH is an important component"
    )
    assert text_of(quote).endswith("carry out research and innovation.”")
    (about,) = find_class(html, "section", "boilerplate")
    assert text_of(about[0]) == "About MicroPort Institute of Health (MIH)"
    (timing,) = find_class(html, "p", "timing")
    assert timing.text == "FOR IMMEDIATE RELEASE"
    (end,) = find_class(html, "p", "end-mark")
    assert end.text == "###"
    links = [e.get("href") for e in html.iter(f"{X}link")]
    assert links == ["release.css"]


def test_metadata(example_book: Book, example_release: PressRelease) -> None:
    book = example_book
    assert book.dc("title") == [example_release.headline]
    assert book.dc("language") == ["en"]
    (uid,) = book.dc("identifier")
    assert uid == identifier(example_release)
    assert uuid.UUID(uid.removeprefix("urn:uuid:")).version == 5
    assert book.opf.get("unique-identifier") == "id"
    assert book.dc("creator") == book.dc("publisher") == ["MicroPort Scientific Corporation"]
    assert book.dc("date") == ["2021-10-24T00:00:00Z"]
    assert book.meta("dcterms:modified") == ["2021-10-24T00:00:00Z"]
    assert book.dc("subject") == list(example_release.keywords)
    assert book.meta("schema:accessMode") == ["textual"]
    assert book.meta("schema:accessModeSufficient") == ["textual"]
    assert "tableOfContents" in book.meta("schema:accessibilityFeature")
    assert book.meta("schema:accessibilityHazard") == ["none"]
    (summary,) = book.meta("schema:accessibilitySummary")
    assert len(summary) > 40
    assert b"Ebook-lib" not in book.zip.read(book.opf_path), "no generator stamp"


def test_identifier_is_stable_and_specific(example_release: PressRelease) -> None:
    again = load(EXAMPLE)
    assert identifier(again) == identifier(example_release)
    other = example_release.model_copy(update={"slug": "microport-mih-2021-10-25"})
    assert identifier(other) != identifier(example_release)
    french = example_release.model_copy(update={"language": "fr"})
    assert identifier(french) != identifier(example_release)


def test_dates_come_from_the_release_and_the_timestamp_option(
    example_release: PressRelease, kitchen_sink: PressRelease
) -> None:
    sink = Book(EpubRenderer().render(kitchen_sink, RenderOptions()))
    assert sink.meta("dcterms:modified") == ["2024-03-05T14:00:00Z"], "embargo lift, in UTC"
    fixed = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    book = Book(EpubRenderer().render(example_release, RenderOptions(timestamp=fixed)))
    assert book.meta("dcterms:modified") == ["2030-01-02T03:04:05Z"]
    assert {info.date_time for info in book.zip.infolist()} == {(2030, 1, 2, 3, 4, 4)}


def test_spine_opens_on_the_release_and_nav_lists_its_parts(example_book: Book) -> None:
    book = example_book
    assert book.spine() == ["release.xhtml"], "no table of contents page before the release"
    landmarks = [
        a.get("href")
        for nav in book.nav().iter(f"{X}nav")
        if nav.get(f"{{{NS['epub']}}}type") == "landmarks"
        for a in nav.iter(f"{X}a")
        if a.get(f"{{{NS['epub']}}}type") == "bodymatter"
    ]
    assert landmarks == ["release.xhtml"]
    (toc,) = [n for n in book.nav().iter(f"{X}nav") if n.get(f"{{{NS['epub']}}}type") == "toc"]
    entries = [(a.get("href"), text_of(a)) for a in toc.iter(f"{X}a")]
    assert entries[0][0] == "release.xhtml#release"
    assert entries[1] == ("release.xhtml#about-1", "About MicroPort Institute of Health (MIH)")
    content = book.content()
    ids = {e.get("id") for e in content.iter() if e.get("id")}
    assert {str(href).partition("#")[2] for href, _ in entries} <= ids, "every target exists"
    ncx = book.ncx()
    points = [
        (one(p, "ncx:content").get("src"), one(p, "ncx:navLabel/ncx:text").text)
        for p in ncx.iterfind(".//ncx:navPoint", NS)
    ]
    assert points == entries
    uid = [
        m.get("content")
        for m in ncx.iterfind("ncx:head/ncx:meta", NS)
        if m.get("name") == "dtb:uid"
    ]
    assert uid == book.dc("identifier")


def test_mimetype_is_the_first_member_stored_without_extra_field(example_book: Book) -> None:
    data = example_book.data
    signature, _version, _flags, method = struct.unpack("<4sHHH", data[:10])
    name_length, extra_length = struct.unpack("<HH", data[26:30])
    assert signature == b"PK\x03\x04"
    assert method == 0, "stored, not deflated"
    assert (name_length, extra_length) == (8, 0)
    assert data[30:38] == b"mimetype"
    assert data[38:58] == b"application/epub+zip"
    names = [info.filename for info in example_book.zip.infolist()]
    assert names[0] == "mimetype"
    assert all(
        info.compress_type == zipfile.ZIP_DEFLATED for info in example_book.zip.infolist()[1:]
    )


def test_same_input_same_bytes(example_release: PressRelease, kitchen_sink: PressRelease) -> None:
    for release in (example_release, kitchen_sink):
        first = EpubRenderer().render(release, RenderOptions())
        second = EpubRenderer().render(release.model_copy(), RenderOptions())
        assert first == second
        stamps = {info.date_time for info in zipfile.ZipFile(BytesIO(first)).infolist()}
        assert len(stamps) == 1


def test_kitchen_sink_every_block_kind(sink_book: Book, kitchen_sink: PressRelease) -> None:
    html = sink_book.content()
    assert html.get("lang") == html.get(XML_LANG) == "en-US"
    (h1,) = html.iter(f"{X}h1")
    assert h1.text == "Acme & Sons <Robotics> Unveils “Kite” 🪁 — a Delivery Drone for Dense Cities"
    subs = [e.text for e in find_class(html, "p", "subheadline")]
    assert subs == list(kitchen_sink.subheadlines)
    assert "The drone that fits where <b>trucks</b> don't & never will ]]>" in subs
    (timing,) = find_class(html, "p", "timing")
    assert timing.text == wording.timing_line(kitchen_sink)
    (lead,) = find_class(html, "p", "lead")
    assert text_of(lead).startswith("BOSTON, Mass., March 5, 2024 /PRNewswire/ — Acme & Sons")
    assert [text_of(e) for e in lead.iter(f"{X}strong")] == ["Kite"]
    assert [text_of(e) for e in lead.iter(f"{X}em")] == ["balcony"]
    assert [a.get("href") for a in lead.iter(f"{X}a")] == ["https://www.faa.gov/"]
    ul = next(html.iter(f"{X}ul"))
    assert [normalize_ws(text_of(li)) for li in ul] == [
        "Quiet: 55 dB at 30 m, quieter than a city street",
        "Safe: a parachute deploys if two rotors fail",
        "Multilingual voice prompts: English, 日本語 (にほんご) and עברית",
    ]
    (ol,) = html.iter(f"{X}ol")
    assert len(ol) == 3
    assert text_of(ol[0]) == "The customer books a slot in the app 📱."
    (h2,) = [h for h in html.iter(f"{X}h2") if h.get("id")]
    assert h2.text == "Built for the last 100 metres <and> the last 10 floors"
    quotes = [normalize_ws(text_of(q)) for q in find_class(html, "p", "quote")]
    assert quotes == [
        "“Cities were built for carts, then for cars. Kite is built for the city as it is now,”"
        " said Jane Doe, Chief Executive Officer of Acme & Sons Robotics. “We will fly where we"
        " are welcome, and nowhere else.”",
        "Kenji Sato, Head of Asia-Pacific, added, "
        "「東京の皆さまに、静かで安全な配達をお届けします。」",
        "“זה צעד גדול קדימה למשלוחים בעיר!” Miriam Cohen of the Tel Aviv Logistics Forum noted.",
    ]
    (table,) = html.iter(f"{X}table")
    assert one(table, "x:caption").text == "Kite at a glance <specifications & prices>"
    assert [th.text for th in table.iterfind("x:thead/x:tr/x:th", NS)] == [
        "Model",
        "Payload",
        "Range",
        "Price (US$)",
    ]
    rows = [[td.text for td in tr] for tr in table.iterfind("x:tbody/x:tr", NS)]
    assert [rows[0][3], rows[1][3], rows[2][0]] == ["< 4,000", "4,000 & up", "Kite 東京"]
    assert len(find_class(html, "section", "boilerplate")) == 2
    disclaimers = find_class(html, "section", "disclaimer")
    assert len(disclaimers) == 2
    assert (
        text_of(disclaimers[1]).strip()
        == "Prices exclude taxes; offer not valid where <prohibited> by law."
    )
    contacts = [normalize_ws(text_of(a)) for a in html.iter(f"{X}address")]
    assert (
        contacts[0]
        == "Media contact: Alex Smith, Bright & Loud PR alex.smith@example.com +1 617 555 0100"
    )
    hrefs = [a.get("href") for c in html.iter(f"{X}address") for a in c.iter(f"{X}a")]
    assert hrefs == [
        "mailto:alex.smith@example.com",
        "mailto:ir@example.com",
        "https://investors.example.com/kite?lang=en&ref=release",
    ]
    (end,) = find_class(html, "p", "end-mark")
    assert end.text == "-30-"
    assert sink_book.dc("subject") == ["drones", "logistics", "R&D <robotics>", "配達"]
    assert sink_book.dc("creator") == ["Acme & Sons Robotics, Inc."]


def test_kitchen_sink_text_matches_the_wire_copy(
    sink_book: Book, kitchen_sink: PressRelease
) -> None:
    """Every line of the txt output that is not a table row is in the XHTML, word for word."""

    body = normalize_ws(text_of(one(sink_book.content(), "x:body")))
    wire_paragraphs = wire(kitchen_sink, 0).split("\n\n")
    skipped = 0
    for paragraph in wire_paragraphs:
        if paragraph.startswith(("Model ", "Media assets:")) or re.search(r"https?://", paragraph):
            skipped += 1
            continue
        for line in paragraph.split("\n"):
            assert (
                normalize_ws(
                    line.removeprefix("* ")
                    .removeprefix("1. ")
                    .removeprefix("2. ")
                    .removeprefix("3. ")
                )
                in body
            )
    assert skipped <= 6


def test_right_to_left_language(example_release: PressRelease) -> None:
    hebrew = example_release.model_copy(update={"language": "he"})
    book = Book(EpubRenderer().render(hebrew, RenderOptions()))
    assert book.content().get("dir") == "rtl"
    assert one(book.nav(), "x:body").get("dir") == "rtl"
    assert one(book.opf, "opf:spine").get("page-progression-direction") == "rtl"
    assert book.content().get("lang") == "he"
    assert EpubRenderer().render(example_release, RenderOptions()) != book.data


def test_release_without_lead_paragraph_or_extras() -> None:
    release = PressRelease.model_validate(
        {
            "slug": "bare",
            "headline": "Only a list",
            "dateline": {"city": "Oslo", "date": "2024-01-31"},
            "body": [{"kind": "list", "items": ["one", "two"]}],
            "issuer": {"name": "Nordic AS"},
            "end_mark": None,
        }
    )
    book = Book(EpubRenderer().render(release, RenderOptions()))
    html = book.content()
    (dateline,) = find_class(html, "p", "dateline")
    assert dateline.text == "Oslo, 31 January 2024"
    assert find_class(html, "p", "end-mark") == []
    assert book.dc("subject") == []


def test_library_failure_becomes_render_error(
    example_release: PressRelease, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ebooklib import epub  # type: ignore[import-untyped]

    def broken(self: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(epub.EpubWriter, "write", broken)
    with pytest.raises(RenderError, match=r"could not build the EPUB.*disk full"):
        EpubRenderer().render(example_release, RenderOptions())


def test_failed_build_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressrelease.cli import main

    out = tmp_path
    target = out / "microport-mih-2021-10-24.epub"
    target.write_bytes(b"previous book")

    def broken(self: object, release: object, options: object) -> bytes:
        raise RenderError("no room")

    monkeypatch.setattr(EpubRenderer, "render", broken)
    assert main(["build", str(EXAMPLE), "-f", "epub", "-o", str(out)]) == 1
    assert target.read_bytes() == b"previous book"
    assert sorted(p.name for p in out.iterdir()) == [target.name]


def test_importing_the_renderer_does_not_import_ebooklib() -> None:
    code = (
        "import sys, pressrelease.renderers.epub, pressrelease.renderers.html;"
        "assert 'ebooklib' not in sys.modules and 'lxml' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_modified_date_is_enforced_whatever_ebooklib_writes(example_release: PressRelease) -> None:
    """ebooklib versions differ in how they honour ``mtime``; the clock must never leak in."""
    from pressrelease.document import compose
    from pressrelease.renderers import epub
    from pressrelease.renderers._shared.xhtml import build

    composed = compose(example_release)
    built = build(composed)
    now = dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc)
    document = epub.xhtml_document(example_release, built)
    words = composed.words.phrases
    package = epub._ebooklib_package(example_release, built, document, now, words, [])
    assert b"2099-12-31T23:59:59Z</meta>" in package
    members = {m.name: m.data for m in epub._members(package, "2021-10-24T00:00:00Z")}
    opf = members["EPUB/content.opf"].decode()
    assert '<meta property="dcterms:modified">2021-10-24T00:00:00Z</meta>' in opf
    assert "2099-12-31T23:59:59Z</meta>" not in opf
    broken = BytesIO()
    with zipfile.ZipFile(BytesIO(package)) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info).replace(b"dcterms:modified", b"x:y"))
    with pytest.raises(RenderError, match="dcterms:modified"):
        epub._members(broken.getvalue(), "2021-10-24T00:00:00Z")
