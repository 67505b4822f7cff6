"""Distribution packs: contents against the manifest, validators, fidelity, determinism, batches."""

from __future__ import annotations

import hashlib
import json
import zipfile
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from pressrelease.cli import main
from pressrelease.model import PressRelease
from pressrelease.pack import DEFAULT_FORMATS, build_pack
from pressrelease.renderers.base import RenderOptions
from tests.epub_support import Book, epubcheck, epubcheck_jar, text_of
from tests.helpers import EXAMPLE, ROOT, missing_sentences
from tests.pdf_reading import body_text as pdf_body_text

SLUG = "microport-mih-2021-10-24"
KITCHEN_SINK = ROOT / "tests" / "fixtures" / "kitchen-sink.yaml"


@pytest.fixture(scope="module")
def pack(example_release: PressRelease) -> zipfile.ZipFile:
    return zipfile.ZipFile(BytesIO(build_pack(example_release)))


def member(pack: zipfile.ZipFile, name: str) -> bytes:
    return pack.read(f"{SLUG}/{name}")


def manifest(pack: zipfile.ZipFile) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(member(pack, "manifest.json"))
    return data


def test_layout_and_order(pack: zipfile.ZipFile) -> None:
    extensions = {
        "txt": "txt",
        "docx": "docx",
        "pdf": "pdf",
        "epub": "epub",
        "html": "html",
        "ninjs": "ninjs.json",
        "jsonld": "jsonld",
    }
    expected = ["README.txt", "manifest.json"] + [
        f"{SLUG}.{extensions[name]}" for name in DEFAULT_FORMATS
    ]
    assert pack.namelist() == [f"{SLUG}/{name}" for name in expected]
    for info in pack.infolist():
        assert not info.filename.startswith("/")
        assert ".." not in info.filename.split("/")
        assert info.date_time == (2021, 10, 24, 0, 0, 0)
    assert "contacts.vcf" not in " ".join(pack.namelist())  # the example names no contact


def test_every_member_matches_the_manifest(pack: zipfile.ZipFile) -> None:
    data = manifest(pack)
    listed = {entry["name"]: entry for entry in data["files"]}
    names = {name.split("/", 1)[1] for name in pack.namelist()} - {"manifest.json"}
    assert set(listed) == names
    for name, entry in listed.items():
        content = member(pack, name)
        assert entry["size"] == len(content)
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
    txt = listed[f"{SLUG}.txt"]
    assert txt["renderer"]["name"] == "txt"
    assert txt["renderer"]["package"] == "pressrelease"
    assert txt["media_type"].startswith("text/plain")
    assert data["slug"] == SLUG
    assert data["language"] == "en"
    assert data["timing"] == {"immediate": True}


def test_readme_explains_each_file(pack: zipfile.ZipFile) -> None:
    readme = member(pack, "README.txt").decode("utf-8")
    assert readme.startswith("FOR IMMEDIATE RELEASE\n")
    for name in pack.namelist():
        assert name.split("/", 1)[1] in readme


@pytest.mark.parametrize("language", ["de", "fr", "ru"])
def test_the_readme_describes_every_file_in_the_release_language(language: str) -> None:
    """Our own formats are described by the catalogue in the release's language, so a German
    pack's README says "Die Mitteilung als druckfertiges PDF", not the renderers' English;
    and a contact is named by its role's heading in that language, not the role's value."""
    from pressrelease.locale import PHRASE_NAMES
    from pressrelease.registry import default_registry
    from tests.helpers import make

    registry = default_registry()
    ours = [n for n in registry.names() if registry.info_for(n).package == "pressrelease"]
    assert {f"file_{name}" for name in ours} <= set(PHRASE_NAMES)
    release = make(language=language, contacts=[{"role": "Media", "name": "Erika Muster"}])
    formats = (*DEFAULT_FORMATS, "eml")
    with zipfile.ZipFile(BytesIO(build_pack(release, formats))) as archive:
        readme = archive.read(f"{release.slug}/README.txt").decode("utf-8")
    english = [registry.info_for(name).description for name in formats]
    assert [text for text in english if text in readme] == []
    assert "Media" not in readme
    english_pack = build_pack(make(contacts=[{"role": "Media", "name": "Erika Muster"}]))
    with zipfile.ZipFile(BytesIO(english_pack)) as archive:
        names = [n for n in archive.namelist() if n.endswith("README.txt")]
        assert "The release as a print-ready PDF" in archive.read(names[0]).decode("utf-8")


def test_every_sentence_in_every_human_format(pack: zipfile.ZipFile) -> None:
    import docx

    texts = {
        "txt": member(pack, f"{SLUG}.txt").decode("utf-8"),
        "docx": "\n".join(
            p.text for p in docx.Document(BytesIO(member(pack, f"{SLUG}.docx"))).paragraphs
        ),
        # The body area only: running headers and footers would split a sentence that
        # continues on the next page.
        "pdf": pdf_body_text(member(pack, f"{SLUG}.pdf")),
        "epub": text_of(Book(member(pack, f"{SLUG}.epub")).content()),
        "html": _html_text(member(pack, f"{SLUG}.html").decode("utf-8")),
    }
    for name, text in texts.items():
        assert missing_sentences(text) == [], name


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style", "head")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style", "head")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts)


def test_metadata_members_parse_and_validate(pack: zipfile.ZipFile) -> None:
    from tests.test_ninjs import validator

    ninjs = json.loads(member(pack, f"{SLUG}.ninjs.json"))
    assert list(validator().iter_errors(ninjs)) == []
    jsonld = json.loads(member(pack, f"{SLUG}.jsonld"))
    assert jsonld["@type"] == "NewsArticle"
    assert jsonld["headline"].startswith("MicroPort®")
    html = member(pack, f"{SLUG}.html").decode("utf-8")
    assert '<html lang="en"' in html
    assert "application/ld+json" in html


@pytest.mark.slow
def test_epub_in_pack_passes_epubcheck(pack: zipfile.ZipFile, tmp_path: Path) -> None:
    jar = epubcheck_jar()
    if jar is None:
        pytest.skip("EPUBCheck needs Java and the epubcheck package")
    path = tmp_path / "pack.epub"
    path.write_bytes(member(pack, f"{SLUG}.epub"))
    report = epubcheck(jar, [path])[path]
    assert report["messages"] == []


def test_same_input_same_bytes(example_release: PressRelease) -> None:
    assert build_pack(example_release) == build_pack(example_release)


def test_source_date_epoch_option_fixes_the_zip_dates(example_release: PressRelease) -> None:
    import datetime as dt

    stamp = dt.datetime(2030, 1, 2, 3, 4, 6, tzinfo=dt.timezone.utc)
    data = build_pack(example_release, ["txt"], RenderOptions(timestamp=stamp))
    assert {i.date_time for i in zipfile.ZipFile(BytesIO(data)).infolist()} == {
        (2030, 1, 2, 3, 4, 6)
    }


def test_embargo_contacts_and_vcards() -> None:
    from pressrelease.loading import load

    release = load(KITCHEN_SINK)
    assert release.embargo is not None
    assert release.contacts
    archive = zipfile.ZipFile(BytesIO(build_pack(release, ["txt", "jsonld"])))
    root = release.slug
    readme = archive.read(f"{root}/README.txt").decode("utf-8")
    assert readme.startswith("EMBARGOED UNTIL")
    data = json.loads(archive.read(f"{root}/manifest.json"))
    embargo = data["timing"]["embargo"]
    assert embargo["until_utc"].endswith("Z")
    assert embargo["timezone"] == release.embargo.timezone
    vcf = archive.read(f"{root}/contacts.vcf").decode("utf-8")
    assert vcf.count("BEGIN:VCARD") == len(release.contacts)
    assert all(len(line.encode()) <= 75 for line in vcf.split("\r\n"))
    assert "VERSION:4.0" in vcf
    unfolded = vcf.replace("\r\n ", "")
    for contact in release.contacts:
        if contact.email:
            assert f"EMAIL;TYPE=work:{contact.email}" in unfolded


def test_vcard_escapes_separators() -> None:
    from pressrelease.model import Contact
    from pressrelease.vcard import vcard

    card = vcard(Contact(name="Doe, Jane; PR", organization="A\\B", phone="+1 555"), "Media")
    assert "FN:Doe\\, Jane\\; PR\r\n" in card
    assert "ORG:A\\\\B\r\n" in card


def test_cli_pack_and_batch_with_a_broken_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    good = EXAMPLE.read_text(encoding="utf-8")
    for number in range(3):
        (sources / f"r{number}.yaml").write_text(
            good.replace(f"slug: {SLUG}", f"slug: release-{number}"), encoding="utf-8"
        )
    (sources / "r9-broken.yaml").write_text(good.replace("headline:", "headlin:"), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["pack", str(sources), "-o", str(out), "-f", "txt,jsonld", "--jobs", "2"])
    assert code == 2  # bad input, as `build` says too; the good ones are packed all the same
    assert sorted(p.name for p in out.iterdir()) == [f"release-{n}.zip" for n in range(3)]
    err = capsys.readouterr().err
    assert "r9-broken.yaml" in err
    assert "headline: this field is required" in err
    assert "packed 3 of 4 releases" in err
    assert main(["pack", str(EXAMPLE), "-o", str(out), "-f", "txt"]) == 0


def test_one_release_on_two_cores_gives_the_same_pack(tmp_path: Path) -> None:
    assert main(["pack", str(EXAMPLE), "-o", str(tmp_path / "a"), "--jobs", "2"]) == 0
    assert main(["pack", str(EXAMPLE), "-o", str(tmp_path / "b"), "--jobs", "1"]) == 0
    name = f"{SLUG}.zip"
    assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_format_failing_in_a_pack_is_reported_and_no_zip_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "thai.yaml"
    release.write_text(
        EXAMPLE.read_text(encoding="utf-8") + "subheadlines: [สวัสดี]\n",  # no font has Thai
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["pack", str(release), "-o", str(out), "--jobs", "2", "-f", "txt,pdf"]) == 1
    err = capsys.readouterr().err
    assert "pdf:" in err
    assert not out.exists() or list(out.iterdir()) == []
