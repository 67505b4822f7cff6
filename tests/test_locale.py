"""The locale package: a complete catalogue, English exactly as before, CLDR dates, quotes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from typing import Any, Literal
from zoneinfo import ZoneInfo

import pytest

from pressrelease.locale import (
    CATALOGUE,
    ENGLISH,
    LANGUAGES,
    PHRASE_NAMES,
    ap_date,
    continued_frame,
    embargo_line,
    long_date,
    lookup,
    placeholders,
    quote_frame,
    quote_marks,
    resolve,
    role_heading,
    speaker_text,
    time_with_zone,
    weekday_date,
    writes_without_spaces,
    zone_name,
)
from pressrelease.locale.quotes import RULES
from tests.helpers import ROOT

NON_ENGLISH = [key for key in LANGUAGES if key != "en"]
REQUIRED = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "ja"]
REQUIRED += ["zh-Hans", "zh-Hant", "ko", "ar", "he"]
SHANGHAI = dt.timezone(dt.timedelta(hours=8))
BERLIN = ZoneInfo("Europe/Berlin")


# --- the catalogue ---------------------------------------------------------------------


def test_every_required_language_is_in_the_catalogue_and_has_quote_rules() -> None:
    assert set(REQUIRED) <= set(LANGUAGES)
    assert set(RULES) == set(LANGUAGES)


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
        "L.lookup('de'); L.resolve('zh-HK'); L.quote_frame('de', 'x', 'y', 'sagte')\n"
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


# --- quotes ----------------------------------------------------------------------------


def sentence(
    tag: str,
    words: str,
    who: str,
    verb: str,
    position: Literal["before", "after"] = "after",
    **options: Any,
) -> str:
    """The whole published sentence: frame + words (+ continuation)."""
    continued = options.pop("continued", None)
    intro = options.pop("intro", None)
    frame = quote_frame(tag, words, who, verb, position, **options)
    text = frame.before + words + frame.after
    if continued is not None:
        more = continued_frame(tag, intro)
        text += more.before + continued + more.after
    return text


@pytest.mark.parametrize(
    ("tag", "marks"),
    [
        ("en", ("“", "”")),
        ("de", ("„", "“")),
        ("fr", ("«\u00a0", "\u00a0»")),
        ("ja", ("「", "」")),
        ("zh-Hant", ("「", "」")),
        ("zh-TW", ("「", "」")),
        ("zh-Hans", ("“", "”")),
        ("ru", ("«", "»")),
        ("pl", ("„", "”")),
        ("sv", ("”", "”")),
        ("it", ("«", "»")),
    ],
)
def test_quote_marks(tag: str, marks: tuple[str, str]) -> None:
    assert quote_marks(tag) == marks


def test_english_quote_sentences_are_todays() -> None:
    assert sentence("en", "First words", "Ann Lee", "said") == "“First words,” said Ann Lee."
    assert sentence("en", "First words", "Ann Lee", "said", continued="More.") == (
        "“First words,” said Ann Lee. “More.”"
    )
    assert sentence("en", "First words.", "Ann Lee", "stated", "before") == (
        "Ann Lee stated, “First words.”"
    )
    assert sentence(
        "en", "First words.", "Ann Lee", "stated", "before", continued="More.", intro="She added,"
    ) == ("Ann Lee stated, “First words.” She added, “More.”")
    assert sentence(
        "en", "First words", "Ann Lee", "said", continued="More.", intro="She added:"
    ) == ("“First words,” said Ann Lee. She added: “More.”")
    assert sentence("en", "Why not?", "Kamiya", "said", verb_first=False) == (
        "“Why not?” Kamiya said."
    )
    who = speaker_text("en", "Jane Roe", "plant lead", "Anna")
    assert sentence("en", "Everything we did was for the team", who, "said") == (
        "“Everything we did was for the team,” said Jane Roe, plant lead of Anna."
    )
    assert sentence("en", "Yes.", "Ann Lee, CEO of Acme", "said", "before") == (
        "Ann Lee, CEO of Acme, said, “Yes.”"
    )
    assert sentence("en", "So", "Ann", "said", marks=("‘", "’")) == "‘So,’ said Ann."


def test_speaker_text() -> None:
    assert speaker_text("en", "Jane Roe", "CEO", "Acme") == "Jane Roe, CEO of Acme"
    assert speaker_text("en", "Jane Roe", "CEO", None) == "Jane Roe, CEO"
    assert speaker_text("en", "Jane Roe", None, "Acme") == "Jane Roe, Acme"
    assert speaker_text("en", "Jane Roe", None, None) == "Jane Roe"
    assert speaker_text("de", "Erika Muster", "CEO", "Acme") == "Erika Muster, CEO von Acme"
    assert speaker_text("fr", "Jean Dupont", "PDG", "Orange") == "Jean Dupont, PDG d’Orange"
    assert speaker_text("fr", "Jean Dupont", "PDG", "Acme") == "Jean Dupont, PDG d’Acme"
    assert speaker_text("fr", "Jean Dupont", "PDG", "Renault") == "Jean Dupont, PDG de Renault"
    assert speaker_text("ru", "Иван Иванов", "директор", "Acme") == "Иван Иванов, директор, Acme"
    assert speaker_text("zh-Hant", "陳大文", "行政總裁", "Acme") == "Acme行政總裁陳大文"
    assert (
        speaker_text("ja", "山田太郎", "代表取締役社長", "Acme") == "Acme 代表取締役社長の山田太郎"
    )


def test_attribution_sentences_by_language() -> None:
    assert sentence("de", "Wir sind stolz", "Erika Muster", "sagte") == (
        "„Wir sind stolz“, sagte Erika Muster."
    )
    assert sentence("de", "Warum nicht?", "Erika Muster", "fragte") == (
        "„Warum nicht?“, fragte Erika Muster."
    )
    assert sentence("de", "Wir sind stolz.", "Erika Muster", "sagte", "before") == (
        "Erika Muster sagte: „Wir sind stolz.“"
    )
    assert sentence("fr", "Nous sommes fiers", "Jean Dupont", "a déclaré") == (
        "«\u00a0Nous sommes fiers\u00a0», a déclaré Jean Dupont."
    )
    assert sentence("fr", "Pourquoi pas\u00a0?", "Jean Dupont", "a demandé") == (
        "«\u00a0Pourquoi pas\u00a0?\u00a0» a demandé Jean Dupont."
    )
    assert sentence("fr", "Oui.", "Jean Dupont", "a déclaré", "before") == (
        "Jean Dupont a déclaré\u00a0: «\u00a0Oui.\u00a0»"
    )
    assert sentence("zh-Hant", "我們很自豪。", "陳大文", "表示", "before") == (
        "陳大文表示，「我們很自豪。」"
    )
    assert sentence("zh-Hant", "我們很自豪。", "陳大文", "表示") == "「我們很自豪。」陳大文表示。"
    assert sentence("zh-Hans", "我们很自豪。", "陈大文", "表示", "before") == (
        "陈大文表示，“我们很自豪。”"
    )
    assert sentence(
        "zh-Hant",
        "我們很自豪。",
        "陳大文",
        "表示",
        "before",
        continued="再見。",
        intro="他補充說：",
    ) == ("陳大文表示，「我們很自豪。」他補充說：「再見。」")
    assert sentence("ja", "誇りに思います", "山田太郎", "述べています", "before") == (
        "山田太郎は「誇りに思います」と述べています。"
    )
    assert sentence("ja", "誇りに思います", "山田太郎", "述べています") == (
        "「誇りに思います」と、山田太郎は述べています。"
    )
    assert sentence("ru", "Мы гордимся", "Иван Иванов", "говорит") == (
        "«Мы гордимся», — говорит Иван Иванов."
    )
    assert sentence("pl", "Jesteśmy dumni", "Jan Kowalski", "mówi") == (
        "„Jesteśmy dumni” – mówi Jan Kowalski."
    )
    assert sentence("ko", "자랑스럽습니다", "홍길동 대표", "말했다") == (
        "“자랑스럽습니다”라고 홍길동 대표는 말했다."
    )
    assert sentence("ko", "자랑스럽습니다", "김철수 사장", "말했다", "before") == (
        "김철수 사장은 “자랑스럽습니다”라고 말했다."
    )
    assert sentence("ar", "نحن فخورون", "أحمد علي", "قال", "before") == (
        "قال أحمد علي: ”نحن فخورون“"
    )


@pytest.mark.parametrize("key", LANGUAGES)
def test_every_language_frames_a_quote_with_its_marks(key: str) -> None:
    opening, closing = quote_marks(key)
    for position in ("before", "after"):
        frame = quote_frame(key, "w", "Who", lookup(key).said, position)
        assert frame.before.endswith(opening)
        assert closing in frame.after[:2]  # English puts its comma inside
        assert "Who" in frame.before + frame.after
        assert lookup(key).said in frame.before + frame.after


QUOTES: list[dict[str, Any]] = [
    {},
    {"text": "First words"},
    {"text": "Why not?", "verb_first": False},
    {"text": "Wait…", "marks": ["‘", "’"]},
    {"text": "First words", "continued": "More."},
    {"text": "First words", "continued": "More.", "continued_intro": "She added:"},
    {"position": "before", "verb": "stated"},
    {"position": "before", "continued": "More.", "continued_intro": "She added,"},
    {"speaker": {"name": "Ann Lee", "title": "CEO", "organization": "Acme"}},
    {"speaker": {"name": "Ann Lee", "title": "CEO"}, "position": "before"},
    {"speaker": {"name": "Ann Lee", "organization": "Acme"}, "verb": "noted"},
    {"attribution": "Ann Lee, who founded Acme", "position": "before"},
]


@pytest.mark.parametrize("fields", QUOTES)
def test_english_quotes_match_the_renderers_wording(fields: dict[str, Any]) -> None:
    """While renderers/wording.py exists, both must word every English quote alike."""
    wording = pytest.importorskip("pressrelease.renderers.wording")
    from pressrelease.inline import plain_text
    from pressrelease.model import Quote

    quote = Quote.model_validate({"text": "First words.", "speaker": {"name": "Ann Lee"}, **fields})
    speaker = quote.speaker
    who = quote.attribution or speaker_text("en", speaker.name, speaker.title, speaker.organization)
    words = quote.text.plain
    frame = quote_frame(
        "en",
        words,
        who,
        quote.verb or "said",
        quote.position,
        verb_first=quote.verb_first,
        marks=quote.marks,
    )
    text = frame.before + words + frame.after
    if quote.continued is not None:
        more = continued_frame("en", quote.continued_intro, marks=quote.marks)
        text += more.before + quote.continued.plain + more.after
    assert text == plain_text(wording.quote_spans(quote, "en"))
