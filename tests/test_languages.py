"""A release in German, French, Japanese, Traditional Chinese or Arabic carries no English
the library added: every generated word comes from the release's language, in every format."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from pressrelease.api import render
from pressrelease.loading import load
from pressrelease.model import PressRelease
from tests.helpers import ROOT
from tests.pdf_reading import all_text

FIXTURES = sorted((ROOT / "tests" / "fixtures" / "languages").glob("*.yaml"))
ENGLISH = re.compile(
    r"FOR IMMEDIATE RELEASE|EMBARGOED|\bPage\b|contact|Media assets|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
DATES = {
    "de": "2. Mai 2024",
    "fr": "2 mai 2024",
    "ja": "2024年5月2日",
    "zh-Hant-HK": "2024年5月2日",
    "zh-Hans": "2024年5月2日",
    "ko": "2024년 5월 2일",
    "ar": "2 مايو 2024",
}


def _visible(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return re.sub(r"<[^>]+>", " ", markup)


def _zip_text(data: bytes, suffixes: tuple[str, ...]) -> str:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return " ".join(
            _visible(archive.read(name).decode("utf-8"))
            for name in archive.namelist()
            if name.endswith(suffixes) and "docProps" not in name
        )


def reading(release: PressRelease, fmt: str) -> str:
    """What a reader of that format sees of the release."""
    data = render(release, fmt)
    if fmt == "docx":
        return _zip_text(data, (".xml",)).replace("  ", " ")
    if fmt == "epub":
        return _zip_text(data, (".xhtml",))
    if fmt == "pdf":
        return all_text(data)
    text = data.decode("utf-8")
    return _visible(text) if fmt == "html" else text


def _case(path: Path, fmt: str) -> object:
    return pytest.param(path, fmt)


@pytest.mark.parametrize(
    ("path", "fmt"),
    [_case(path, fmt) for path in FIXTURES for fmt in ("txt", "docx", "pdf", "html", "epub")],
    ids=lambda value: value.stem if isinstance(value, Path) else str(value),
)
def test_no_english_is_added(path: Path, fmt: str) -> None:
    release = load(path)
    seen = reading(release, fmt)
    found = ENGLISH.findall(seen)
    if release.language == "fr":
        found = [word for word in found if word != "Page"]  # "Page 1 sur 2" is French too
    assert found == []
    assert DATES[release.language] in re.sub(r"\s+", " ", seen) or fmt == "pdf"
    assert release.headline in seen or fmt == "pdf"  # the PDF's text order is the layout's


def test_the_catalogue_covers_every_fixture_language() -> None:
    from pressrelease import locale

    for path in FIXTURES:
        assert locale.resolve(load(path).language) != "en"
