"""The locale package: a complete catalogue, English exactly as before, CLDR dates, quotes."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from pressrelease.locale import (
    CATALOGUE,
    ENGLISH,
    LANGUAGES,
    PHRASE_NAMES,
    lookup,
    placeholders,
    resolve,
    role_heading,
    writes_without_spaces,
)
from tests.helpers import ROOT

NON_ENGLISH = [key for key in LANGUAGES if key != "en"]
REQUIRED = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "ja"]
REQUIRED += ["zh-Hans", "zh-Hant", "ko", "ar", "he"]


# --- the catalogue ---------------------------------------------------------------------


def test_every_required_language_is_in_the_catalogue_and_has_quote_rules() -> None:
    assert set(REQUIRED) <= set(LANGUAGES)


@pytest.mark.parametrize("key", LANGUAGES)
def test_every_phrase_is_there_and_keeps_the_english_placeholders(key: str) -> None:
    phrases = CATALOGUE[key]
    for name in PHRASE_NAMES:
        text = getattr(phrases, name)
        assert text.strip(), f"{key}.{name} is empty"
        assert placeholders(text) == placeholders(getattr(ENGLISH, name)), f"{key}.{name}"


@pytest.mark.parametrize("key", NON_ENGLISH)
def test_no_language_is_english_in_disguise(key: str) -> None:
    same = [n for n in PHRASE_NAMES if getattr(CATALOGUE[key], n) == getattr(ENGLISH, n)]
    assert len(same) <= 3, same  # "Contacts", "{time} {zone}" may rightly match


def test_a_missing_phrase_is_refused() -> None:
    fields = dict.fromkeys(PHRASE_NAMES[1:], "x")
    with pytest.raises(TypeError):
        type(ENGLISH)(**fields)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ENGLISH.immediate = "x"  # type: ignore[misc]


def test_english_is_exactly_todays_wording() -> None:
    assert ENGLISH.immediate == "FOR IMMEDIATE RELEASE"
    assert ENGLISH.page.format(number=2, total=3) == "Page 2 of 3"
    assert ENGLISH.more == "- more -"
    assert ENGLISH.contact_heading.format(role="Media") == "Media contact:"
    assert ENGLISH.media_assets == "Media assets:"
    assert ENGLISH.contents == "Contents"
    assert ENGLISH.contacts == "Contacts"
    assert ENGLISH.press_release == "Press release"
    assert ENGLISH.do_not_publish == "Do not publish before then."
    assert ENGLISH.pack_intro == (
        "This pack holds one press release in every format we publish it in."
    )
    assert (ENGLISH.pack_files, ENGLISH.pack_guide, ENGLISH.pack_contacts) == (
        "Files:",
        "This guide",
        "Contacts:",
    )
    assert ENGLISH.pack_index == "Machine-readable index: sizes, SHA-256 checksums, formats"
    assert ENGLISH.pack_vcards == "Contacts as vCards"


def test_role_headings() -> None:
    assert role_heading(ENGLISH, "Investors") == "Investors contact:"  # as written, as before
    assert role_heading(ENGLISH, "Media") == "Media contact:"
    assert role_heading(lookup("de"), "Media") == "Pressekontakt:"
    assert role_heading(lookup("fr"), "media") == "Contact presse\u00a0:"
    assert role_heading(lookup("zh-Hans"), "Media") == "媒体联系人："
    assert role_heading(lookup("ja"), "Media") == "報道関係者お問い合わせ先："
    assert role_heading(lookup("de"), "Investor Relations") == "Investorenkontakt:"
    assert role_heading(lookup("de"), "Behörden") == "Kontakt Behörden:"


# --- language tags ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "key"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("en-US", "en"),
        ("de-AT", "de"),
        ("de_CH", "de"),
        ("FR-ca", "fr"),
        ("zh-Hant-HK", "zh-Hant"),
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-MO", "zh-Hant"),
        ("zh", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh-Hans-HK", "zh-Hans"),
        ("iw", "he"),
        ("pt-BR", "pt"),
        ("es-419", "es"),
        ("fi", "en"),
        ("x-unknown", "en"),
    ],
)
def test_lookup_falls_back_along_the_tag(tag: str, key: str) -> None:
    assert resolve(tag) == key
    assert lookup(tag) is CATALOGUE[key]


def test_unspaced_scripts() -> None:
    assert writes_without_spaces("ja")
    assert writes_without_spaces("zh-Hant-HK")
    assert writes_without_spaces("th")
    assert not writes_without_spaces("ko")
    assert not writes_without_spaces("en")


def test_importing_the_package_does_not_import_babel() -> None:
    code = (
        "import sys, pressrelease.locale as L\n"
        "L.lookup('de'); L.resolve('zh-HK')\n"
        "assert 'babel' not in sys.modules, sorted(m for m in sys.modules if 'babel' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
