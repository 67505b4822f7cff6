"""The locale package: a complete catalogue, English exactly as before, CLDR dates, quotes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from pressrelease.locale import (
    CATALOGUE,
    ENGLISH,
    LANGUAGES,
    PHRASE_NAMES,
    ap_date,
    embargo_line,
    long_date,
    lookup,
    placeholders,
    resolve,
    role_heading,
    time_with_zone,
    weekday_date,
    writes_without_spaces,
    zone_name,
)
from tests.helpers import ROOT

NON_ENGLISH = [key for key in LANGUAGES if key != "en"]
REQUIRED = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "ja"]
REQUIRED += ["zh-Hans", "zh-Hant", "ko", "ar", "he"]
SHANGHAI = dt.timezone(dt.timedelta(hours=8))
BERLIN = ZoneInfo("Europe/Berlin")


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
        "L.long_date(__import__('datetime').date(2024, 5, 2), 'en')\n"
        "assert 'babel' not in sys.modules, sorted(m for m in sys.modules if 'babel' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --- dates and times -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "24 October 2021"),
        ("en-GB", "24 October 2021"),
        ("en-US", "October 24, 2021"),
        ("de", "24. Oktober 2021"),
        ("fr", "24 octobre 2021"),
        ("ja", "2021年10月24日"),
        ("zh-Hans", "2021年10月24日"),
        ("zh-Hant", "2021年10月24日"),
        ("ar", "24 أكتوبر 2021"),
    ],
)
def test_long_date(tag: str, expected: str) -> None:
    assert long_date(dt.date(2021, 10, 24), tag) == expected


def test_cldr_dates_by_language() -> None:
    assert long_date(dt.date(2024, 5, 2), "de") == "2. Mai 2024"
    assert long_date(dt.date(2020, 10, 26), "ja") == "2020年10月26日"
    assert long_date(dt.date(2024, 1, 2), "de-AT") == "2. Jänner 2024"
    assert weekday_date(dt.date(2021, 10, 24), "en") == "Sunday, 24 October 2021"
    assert weekday_date(dt.date(2024, 5, 2), "de") == "Donnerstag, 2. Mai 2024"
    assert weekday_date(dt.date(2024, 5, 2), "fr") == "jeudi 2 mai 2024"
    assert weekday_date(dt.date(2024, 5, 2), "ja") == "2024年5月2日木曜日"
    assert weekday_date(dt.date(2024, 5, 2), "zh-Hant").startswith("2024年5月2日")
    assert weekday_date(dt.date(2024, 5, 2), "zh-Hant").endswith("星期四")
    assert ap_date(dt.date(2021, 10, 24)) == "Oct. 24, 2021"
    assert ap_date(dt.date(2021, 5, 4)) == "May 4, 2021"


def test_zone_names_and_clock_times() -> None:
    nine = dt.datetime(2024, 5, 2, 7, 0, tzinfo=dt.timezone.utc)
    assert time_with_zone(nine, "Europe/Berlin", "de") == "09:00 Uhr MESZ"
    assert time_with_zone(nine, "Europe/Berlin", "en") == "09:00 CEST"
    assert time_with_zone(nine, "Europe/London", "en") == "08:00 BST"
    assert time_with_zone(nine, "America/New_York", "en-US") == "3:00 a.m. EDT"
    assert time_with_zone(nine.replace(hour=13), "America/New_York", "en-US") == "9:00 a.m. EDT"
    assert time_with_zone(nine.replace(hour=16), "America/New_York", "en-US") == "noon EDT"
    assert time_with_zone(nine, "Asia/Tokyo", "ja") == "16:00 JST"
    # no short name in CLDR for this zone in this language: the offset, never "+0200"
    assert time_with_zone(nine, "Europe/Berlin", "fr") == "09:00 UTC+02:00"
    assert time_with_zone(nine, "Asia/Shanghai", "en") == "15:00 UTC+08:00"
    assert zone_name(nine, "fr") == "UTC"
    assert zone_name(nine.astimezone(ZoneInfo("Etc/UTC")), "ar") == "UTC"


@pytest.mark.parametrize(
    ("until", "zone", "expected"),
    [
        (
            dt.datetime(2021, 10, 24, 9, 0, tzinfo=SHANGHAI),
            "Asia/Shanghai",
            "EMBARGOED UNTIL 09:00 (UTC+08:00), Sunday, 24 October 2021 / 01:00 UTC",
        ),
        (
            dt.datetime(2021, 10, 24, 7, 0, tzinfo=SHANGHAI),
            "Asia/Shanghai",
            "EMBARGOED UNTIL 07:00 (UTC+08:00), Sunday, 24 October 2021 / 23:00 UTC, "
            "Saturday, 23 October 2021",
        ),
        (
            dt.datetime(2024, 5, 2, 9, 0, tzinfo=dt.timezone.utc),
            "UTC",
            "EMBARGOED UNTIL 09:00 UTC, Thursday, 2 May 2024",
        ),
        (
            dt.datetime(2024, 5, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            "America/New_York",
            "EMBARGOED UNTIL 00:30 (UTC-04:00), Thursday, 2 May 2024 / 04:30 UTC",
        ),
    ],
)
def test_english_embargo_line_is_todays(until: dt.datetime, zone: str, expected: str) -> None:
    assert embargo_line(until, zone) == expected
    assert embargo_line(until, zone, "en-GB") == expected


def test_embargo_line_matches_the_renderers_wording() -> None:
    """While renderers/wording.py exists, both must word every embargo alike."""
    wording = pytest.importorskip("pressrelease.renderers.wording")
    from pressrelease.model import Embargo

    zones = ["Asia/Shanghai", "UTC", "Europe/London", "America/St_Johns", "Pacific/Kiritimati"]
    for zone in zones:
        for hour in (0, 7, 12, 23):
            until = dt.datetime(2024, 3, 31, hour, 30, tzinfo=ZoneInfo(zone))
            embargo = Embargo(until=until, timezone=zone)
            assert embargo_line(until, zone, "en") == wording.embargo_line(embargo)


def test_localised_embargo_lines() -> None:
    until = dt.datetime(2024, 5, 2, 9, 0, tzinfo=BERLIN)
    assert embargo_line(until, "Europe/Berlin", "de") == (
        "SPERRFRIST: Donnerstag, 2. Mai 2024, 09:00 Uhr MESZ"
    )
    assert embargo_line(until, "Europe/Berlin", "fr") == (
        "SOUS EMBARGO JUSQU’AU jeudi 2 mai 2024 à 09:00 UTC+02:00"
    )
    assert embargo_line(until, "Asia/Tokyo", "ja") == "報道解禁：2024年5月2日木曜日 16:00 JST"
    assert embargo_line(until, "Europe/Berlin", "en", "local") == (
        "EMBARGOED UNTIL 09:00 CEST, Thursday, 2 May 2024"
    )
    assert embargo_line(until, "America/New_York", "en-US", "local") == (
        "EMBARGOED UNTIL 3:00 a.m. EDT, Thursday, May 2, 2024"
    )
    assert embargo_line(until, "Europe/Berlin", "de", "wire") == (
        "SPERRFRIST: Donnerstag, 2. Mai 2024, 09:00 (UTC+02:00) / 07:00 UTC"
    )
    with pytest.raises(ValueError, match="offset"):
        embargo_line(dt.datetime(2024, 5, 2, 9, 0), "Europe/Berlin", "de")


_ENGLISH_NAMES = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_SHARED_WITH_ENGLISH = {"de": {"April", "August", "September", "November"}}
"""Month names German spells as English does."""


@pytest.mark.parametrize("key", NON_ENGLISH)
def test_no_english_month_or_weekday_names_outside_english(key: str) -> None:
    for month in range(1, 13):
        for day in (1, 2, 3, 4, 5, 6, 7):
            until = dt.datetime(2024, month, day, 9, 0, tzinfo=BERLIN)
            texts = [
                long_date(until.date(), key),
                weekday_date(until.date(), key),
                embargo_line(until, "Asia/Tokyo", key),
                embargo_line(until, "America/Los_Angeles", key, "wire"),
            ]
            for text in texts:
                found = set(_ENGLISH_NAMES.findall(text)) - _SHARED_WITH_ENGLISH.get(key, set())
                assert not found, f"{key}: {text}"
