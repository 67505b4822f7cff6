"""One release in several languages: releases sharing a group pack into one ZIP, a folder per
language, cross-linked in HTML, JSON-LD and ninjs; nothing is translated."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from pressrelease.cli import main
from pressrelease.errors import InputError
from pressrelease.loading import load
from pressrelease.pack import build_group_pack
from tests.helpers import ROOT, make
from tests.test_ninjs import validator

ZH = ROOT / "tests" / "fixtures" / "languages" / "zh-Hant.yaml"


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    english = tmp_path / "en.yaml"
    english.write_text(
        "# Synthetic test text: the English original of the Traditional Chinese fixture.\n"
        "slug: test-en\ngroup: acme-hk-plant\nlanguage: en\n"
        "headline: Acme opens a new plant in Hong Kong\n"
        "dateline: {city: Hong Kong, date: 2024-05-02}\n"
        "body: [Acme today opened a new plant in Hong Kong.]\n"
        "issuer: {name: Acme Ltd}\n",
        encoding="utf-8",
    )
    chinese = tmp_path / "zh.yaml"
    chinese.write_text(
        ZH.read_text(encoding="utf-8").replace(
            "slug: test-zh-hant", "slug: test-zh-hant\ngroup: acme-hk-plant"
        ),
        encoding="utf-8",
    )
    return english, chinese


def test_a_group_packs_into_one_cross_linked_zip(tmp_path: Path) -> None:
    english, chinese = _pair(tmp_path)
    out = tmp_path / "out"
    assert main(["pack", str(english), str(chinese), "-o", str(out), "-j", "1"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["acme-hk-plant.zip"]
    with zipfile.ZipFile(out / "acme-hk-plant.zip") as pack:
        names = pack.namelist()
        overview = json.loads(pack.read("acme-hk-plant/manifest.json"))
        assert [x["language"] for x in overview["languages"]] == ["en", "zh-Hant-HK"]
        assert "acme-hk-plant/en/test-en.pdf" in names
        assert "acme-hk-plant/zh-Hant-HK/test-zh-hant.epub" in names
        html = pack.read("acme-hk-plant/en/test-en.html").decode()
        assert (
            '<link rel="alternate" hreflang="zh-Hant-HK" href="../zh-Hant-HK/test-zh-hant.html">'
            in html
        )
        original = json.loads(pack.read("acme-hk-plant/en/test-en.jsonld"))
        translated = json.loads(pack.read("acme-hk-plant/zh-Hant-HK/test-zh-hant.jsonld"))
        assert original["workTranslation"][0]["inLanguage"] == "zh-Hant-HK"
        assert translated["translationOfWork"]["identifier"] == "urn:pressrelease:test-en"
        ninjs = json.loads(pack.read("acme-hk-plant/zh-Hant-HK/test-zh-hant.ninjs.json"))
        validator().validate(ninjs)
        assert ninjs["associations"][0]["rel"] == "translation"
        manifest = json.loads(pack.read("acme-hk-plant/zh-Hant-HK/manifest.json"))
        assert manifest["translations"][0]["language"] == "en"
        assert "禁發時間" in pack.read("acme-hk-plant/zh-Hant-HK/test-zh-hant.txt").decode()


def test_the_group_pack_is_deterministic(tmp_path: Path) -> None:
    releases = [load(path) for path in _pair(tmp_path)]
    assert build_group_pack(releases, ["txt", "html"]) == build_group_pack(
        releases, ["txt", "html"]
    )


def test_a_group_holds_one_release_per_language() -> None:
    one = make(group="g", slug="a")
    with pytest.raises(InputError, match="one release per language"):
        build_group_pack([one, make(group="g", slug="b")], ["txt"])
