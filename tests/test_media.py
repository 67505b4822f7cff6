"""A media kit: a logo and photos next to the release file, checked when the release is
loaded, drawn in every format and shipped in the pack; hostile files refused with exit 2
and nothing written. Every image here is made by the test with Pillow."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from pressrelease.cli import main
from pressrelease.errors import InvalidReleaseError
from pressrelease.loading import load
from pressrelease.media import WEB_SIDE, Media, read_media
from pressrelease.pack import build_pack
from pressrelease.renderers.base import RenderOptions

PIL = pytest.importorskip("PIL")
from PIL import Image  # noqa: E402

RELEASE = """\
slug: acme-media-kit
headline: Acme opens its new laboratory
dateline:
  city: Springfield
  date: 2024-05-01
body:
  - Acme today opened its new laboratory.
issuer:
  name: Acme Corp
  logo: logo.png
assets:
  - file: photos/ceo.jpg
    title: Jane Doe, CEO
    caption: Jane Doe opens the laboratory.
    credit: Photo by John Smith
    alt: A woman cuts a red ribbon in front of a glass building.
  - file: lab.png
    url: https://acme.example/media/lab.png
    title: The laboratory
    caption: The clean room on the second floor.
    alt: Two technicians in white suits beside a microscope.
"""

GPS_TAG = 0x8825
ORIENTATION_TAG = 0x0112


def _jpeg(width: int, height: int, *, orientation: int | None = None, gps: bool = True) -> bytes:
    """A camera-like JPEG: a gradient, EXIF with a GPS location and an orientation."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    exif = Image.Exif()
    if orientation is not None:
        exif[ORIENTATION_TAG] = orientation
    if gps:
        exif[GPS_TAG] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def _png(width: int, height: int, mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), (200, 30, 30, 255) if mode == "RGBA" else 128).save(out, "PNG")
    return out.getvalue()


def _bomb_png(width: int, height: int) -> bytes:
    """A PNG header claiming a huge image, with a tiny (invalid) body: never decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def write_kit(folder: Path) -> Path:
    """A release folder with a logo, a rotated camera JPEG with a location, and a PNG;
    the release file's path."""
    (folder / "photos").mkdir(parents=True)
    (folder / "logo.png").write_bytes(_png(400, 120))
    (folder / "photos" / "ceo.jpg").write_bytes(_jpeg(2400, 1600, orientation=6))
    (folder / "lab.png").write_bytes(_png(800, 600, "L"))
    (folder / "release.yaml").write_text(RELEASE, encoding="utf-8")
    return folder / "release.yaml"


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    return write_kit(tmp_path / "kit")


def _options(path: Path) -> RenderOptions:
    release = load(path)
    return RenderOptions(media=read_media(release, path.parent, str(path)))


def test_media_are_read_upright_without_location_and_web_sized(kit: Path) -> None:
    media = _options(kit).media
    assert sorted(media.images) == ["lab.png", "logo.png", "photos/ceo.jpg"]
    ceo = media.images["photos/ceo.jpg"]
    # EXIF orientation 6 (rotate 90°): shown upright, 1600 × 2400
    assert (ceo.original.width, ceo.original.height) == (1600, 2400)
    assert (ceo.web.width, ceo.web.height) == (1067, WEB_SIDE)
    camera = (kit.parent / "photos" / "ceo.jpg").read_bytes()
    with Image.open(io.BytesIO(ceo.original.data)) as image:
        # the original's pixels are the camera's, byte for byte; of its EXIF only the
        # orientation is left, so that viewers still turn it
        assert ceo.original.data.endswith(camera[camera.index(b"\xff\xda") :])
        assert image.format == "JPEG"
        assert dict(image.getexif()) == {ORIENTATION_TAG: 6}
        assert not image.getexif().get_ifd(GPS_TAG)
        assert b"GPS" not in ceo.original.data
    with Image.open(io.BytesIO(ceo.web.data)) as image:
        assert image.format == "JPEG"
        assert image.size == (1067, 1600)
        assert not image.getexif()
        assert "exif" not in image.info
    lab = media.images["lab.png"]
    # no metadata to remove and small enough: the original is published byte for byte
    assert lab.original.data == (kit.parent / "lab.png").read_bytes()
    assert lab.web == lab.original
    assert lab.pack_name == "media/original/lab.png"
    assert ceo.web_name == "media/web/photos/ceo.jpg"


def test_file_assets_need_alt_text_and_a_relative_path() -> None:
    from pressrelease.loading import loads

    with pytest.raises(InvalidReleaseError, match=r"assets\.0: .*'alt' is required"):
        loads(
            RELEASE.replace(
                "    alt: A woman cuts a red ribbon in front of a glass building.\n", ""
            )
        )
    with pytest.raises(InvalidReleaseError, match=r"assets\.0.*'file'.*'url'"):
        loads(RELEASE.replace("  - file: photos/ceo.jpg\n    title", "  - title", 1))


def test_a_release_with_media_builds_every_format(kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(kit), "-o", str(out), "-q"]) == 0
    html = (out / "acme-media-kit.html").read_text(encoding="utf-8")
    assert html.count("<img ") == 3
    assert 'alt="A woman cuts a red ribbon in front of a glass building."' in html
    assert 'alt="Acme Corp"' in html  # the logo, at the top
    assert html.index('alt="Acme Corp"') < html.index("<h1")
    assert "Photo by John Smith" in html
    assert "<figcaption" in html
    assert "data:image/jpeg;base64," in html

    with zipfile.ZipFile(out / "acme-media-kit.epub") as epub:
        names = epub.namelist()
        assert {"EPUB/images/logo.png", "EPUB/images/photos-ceo.jpg"} <= set(names)
        page = epub.read("EPUB/release.xhtml").decode()
        opf = epub.read("EPUB/content.opf").decode()
    assert 'src="images/photos-ceo.jpg"' in page
    assert "<figcaption>" in page
    assert "alternativeText" in opf
    assert "no images" not in opf

    txt = (out / "acme-media-kit.txt").read_text(encoding="utf-8")
    assert "media/original/photos/ceo.jpg" in txt


def test_without_media_read_the_assets_are_listed_not_drawn(kit: Path) -> None:
    from pressrelease.api import render

    html = render(load(kit), "html").decode()
    assert "<img" not in html
    assert "photos/ceo.jpg" in html


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../outside.png", "leaves the release's folder"),
        ("/etc/passwd", "absolute path"),
        ("link.png", "symbolic link to a file outside"),
        ("fake.png", "not a PNG or JPEG image"),
        ("bomb.png", "30,000 × 30,000 pixels"),
        ("pipe.png", "a pipe (FIFO)"),
        ("missing.png", "no such file"),
    ],
)
def test_hostile_assets_fail_clearly_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, expected: str
) -> None:
    folder = tmp_path / "kit"
    folder.mkdir()
    outside = tmp_path / "outside.png"
    outside.write_bytes(_png(10, 10))
    (folder / "logo.png").write_bytes(_png(10, 10))
    (folder / "link.png").symlink_to(outside)
    (folder / "fake.png").write_text("this is not an image\n", encoding="utf-8")
    (folder / "bomb.png").write_bytes(_bomb_png(30_000, 30_000))
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.png")
    elif name == "pipe.png":
        pytest.skip("no FIFOs here")
    release = folder / "release.yaml"
    text = RELEASE.replace("photos/ceo.jpg", name).replace("  - file: lab.png\n    url", "  - url")
    release.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    for command in ("build", "pack"):
        assert main([command, str(release), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert "assets.0.file" in err, err
        assert expected in err, err
        assert not out.exists() or list(out.iterdir()) == []
    assert main(["validate", str(release)]) == 2
    assert expected in capsys.readouterr().err


def test_the_pack_ships_originals_and_web_sizes_in_the_manifest(kit: Path) -> None:
    options = _options(kit)
    release = load(kit)
    data = build_pack(release, ["txt", "html"], options)
    assert data == build_pack(load(kit), ["txt", "html"], _options(kit))  # deterministic
    with zipfile.ZipFile(io.BytesIO(data)) as pack:
        names = pack.namelist()
        manifest = json.loads(pack.read("acme-media-kit/manifest.json"))
        readme = " ".join(pack.read("acme-media-kit/README.txt").decode().split())
        ceo = pack.read("acme-media-kit/media/original/photos/ceo.jpg")
    expected = {
        "media/original/logo.png",
        "media/web/logo.png",
        "media/original/photos/ceo.jpg",
        "media/web/photos/ceo.jpg",
        "media/original/lab.png",
        "media/web/lab.png",
    }
    assert {f"acme-media-kit/{name}" for name in expected} <= set(names)
    entries = {entry["name"]: entry for entry in manifest["files"]}
    assert expected <= set(entries)
    web = entries["media/web/photos/ceo.jpg"]
    assert (web["width"], web["height"], web["media_type"]) == (1067, 1600, "image/jpeg")
    assert entries["media/original/photos/ceo.jpg"]["size"] == len(ceo)
    assert "Photo by John Smith" in readme
    assert "Jane Doe opens the laboratory." in readme
    assert "media/original/photos/ceo.jpg" in readme


def test_media_default_is_empty() -> None:
    assert RenderOptions().media == Media()


def test_ninjs_and_json_ld_describe_the_pictures(kit: Path) -> None:
    import jsonschema

    from pressrelease.api import render
    from tests.helpers import ROOT

    release, options = load(kit), _options(kit)
    item = json.loads(render(release, "ninjs", options))
    schema = json.loads((ROOT / "tests" / "schemas" / "ninjs-schema_3.1.json").read_text())
    jsonschema.validate(item, schema, format_checker=jsonschema.FormatChecker())
    ceo, lab = item["associations"]
    assert ceo["type"] == "picture"
    assert ceo["by"] == "Photo by John Smith"
    assert {"role": "alt", "value": "A woman cuts a red ribbon in front of a glass building."} in (
        ceo["descriptions"]
    )
    original, web = ceo["renditions"]
    assert (original["width"], original["height"]) == (1600, 2400)
    assert (web["title"], web["width"], web["height"]) == ("media/web/photos/ceo.jpg", 1067, 1600)
    assert lab["uri"] == lab["renditions"][0]["href"] == "https://acme.example/media/lab.png"

    article = json.loads(render(release, "jsonld", options))
    first, second = article["image"]
    assert first["@type"] == "ImageObject"
    assert first["contentUrl"] == "media/original/photos/ceo.jpg"
    assert first["caption"] == "Jane Doe opens the laboratory."
    assert first["creditText"] == "Photo by John Smith"
    assert second["contentUrl"] == "https://acme.example/media/lab.png"
    assert article["publisher"]["logo"]["contentUrl"] == "media/original/logo.png"


def test_the_docx_holds_the_pictures_with_captions_and_the_logo_in_its_header(kit: Path) -> None:
    import docx

    from pressrelease.api import render

    data = render(load(kit), "docx", _options(kit))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        body = package.read("word/document.xml").decode()
        header = package.read("word/header1.xml").decode()
        types = package.read("[Content_Types].xml").decode()
    assert {"word/media/photos-ceo.jpg", "word/media/lab.png", "word/media/logo.png"} <= names
    assert 'descr="A woman cuts a red ribbon in front of a glass building."' in body
    assert 'r:embed="rIdLogo"' in header
    assert 'Extension="jpg" ContentType="image/jpeg"' in types
    document = docx.Document(io.BytesIO(data))
    captions = [
        p.text for p in document.paragraphs if p.style is not None and p.style.name == "Caption"
    ]
    assert "Jane Doe, CEO: Jane Doe opens the laboratory. (Photo by John Smith)" in captions
    assert len(document.inline_shapes) == 2
    assert render(load(kit), "docx", _options(kit)) == data  # deterministic


@pytest.mark.slow
def test_libreoffice_prints_the_docx_pictures(kit: Path, tmp_path: Path) -> None:
    import shutil
    import subprocess

    from pypdf import PdfReader

    from pressrelease.api import render

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    (tmp_path / "kit.docx").write_bytes(render(load(kit), "docx", _options(kit)))
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "kit.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(tmp_path / "kit.pdf")
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    assert "Photo by John Smith" in " ".join(text.split())
    assert sum(len(page.images) for page in reader.pages) >= 3  # two photos and the logo


def test_the_pdf_holds_the_pictures_and_the_logo_as_image_objects(kit: Path) -> None:
    from pypdf import PdfReader

    from pressrelease.api import render

    data = render(load(kit), "pdf", _options(kit))
    reader = PdfReader(io.BytesIO(data))
    objects: set[tuple[int, int]] = set()
    for page in reader.pages:
        for image in page.images:
            assert image.image is not None
            objects.add(image.image.size)
    assert {(1067, 1600), (800, 600), (400, 120)} <= objects
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    assert "Jane Doe opens the laboratory. (Photo by John Smith)" in text
    assert render(load(kit), "pdf", _options(kit)) == data  # deterministic


def test_a_pack_is_not_made_without_the_media_the_release_names(kit: Path) -> None:
    from pressrelease.errors import InputError

    with pytest.raises(InputError, match=r"issuer\.logo: logo\.png was not read"):
        build_pack(load(kit), ["txt"])


def test_the_same_photo_twice_is_shipped_once_and_drawn_twice(kit: Path, tmp_path: Path) -> None:
    text = kit.read_text(encoding="utf-8").replace("file: lab.png", "file: photos/ceo.jpg")
    kit.write_text(text, encoding="utf-8")
    from pressrelease.api import render

    data = render(load(kit), "docx", _options(kit))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode()
        media = [n for n in package.namelist() if n.startswith("word/media/")]
    assert sorted(media) == ["word/media/logo.png", "word/media/photos-ceo.jpg"]
    assert body.count('<wp:docPr id="101"') == body.count('<wp:docPr id="102"') == 1
    with zipfile.ZipFile(io.BytesIO(build_pack(load(kit), ["txt"], _options(kit)))) as pack:
        names = [n for n in pack.namelist() if "/media/" in n]
    assert len(names) == len(set(names)) == 4


def test_the_email_shows_the_logo_and_photos_as_inline_related_images(kit: Path) -> None:
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    from pressrelease.api import render

    data = render(load(kit), "eml", _options(kit))
    assert render(load(kit), "eml", _options(kit)) == data  # deterministic
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message.get_content_type() == "multipart/alternative"
    text, related = message.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    html, *pictures = related.iter_parts()
    body = html.get_content()
    assert "<script" not in body
    assert {p.get_content_type() for p in pictures} == {"image/png", "image/jpeg"}
    assert len(pictures) == 3
    for picture in pictures:
        cid = picture["Content-ID"].strip("<>")
        assert f'src="cid:{cid}"' in body
        assert picture.get_content_disposition() == "inline"
    assert 'alt="A woman cuts a red ribbon in front of a glass building."' in body
    assert f'width="552" height="{1600 * 552 // 1067}"' in body  # fits the column (Outlook)
