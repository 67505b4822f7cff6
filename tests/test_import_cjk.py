"""Chinese, Japanese and Korean releases imported as their authors wrote them: the quote
sentences the catalogue composes (and the variants newsrooms publish) come back as quotes,
the timing line in the language as the timing line or embargo, Traditional Chinese as
zh-Hant; and our own txt, DOCX and HTML of each read back to the same wire copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pressrelease.api import render
from pressrelease.importing import quotes, read
from pressrelease.importing.dates import parse_moment
from pressrelease.importing.state import inline
from pressrelease.importing.timing import timing
from pressrelease.loading import load
from pressrelease.locale import LANGUAGES as CATALOGUE_LANGUAGES
from pressrelease.model import PressRelease, Quote

LANGUAGES = Path(__file__).parent / "fixtures" / "languages"
CJK = ["ja", "ko", "zh-Hans", "zh-Hant"]


def _quotes(release: PressRelease) -> list[Quote]:
    return [block for block in release.body if isinstance(block, Quote)]


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
@pytest.mark.parametrize("name", CJK)
def test_our_outputs_read_back_with_quotes_and_embargo(name: str, fmt: str, tmp_path: Path) -> None:
    release = load(LANGUAGES / f"{name}.yaml")
    wire = render(release, "txt")
    source = tmp_path / f"release.{fmt}"
    source.write_bytes(render(release, fmt))
    imported = read(source)
    again = imported.release
    assert render(again, "txt") == wire
    assert again.language.startswith(name.partition("-")[0])
    assert again.language in (release.language, name)  # txt states no region: zh-Hant
    # the timing line is the embargo, not the headline
    assert again.headline == release.headline
    assert again.embargo is not None
    assert release.embargo is not None
    assert again.embargo.until == release.embargo.until
    assert again.embargo.printed in (None, wire.decode().partition("\n")[0])
    # every quote a quote, with its words, position, verb and separator
    found, given = _quotes(again), _quotes(release)
    assert [q.text for q in found] == [q.text for q in given]
    assert [q.position for q in found] == [q.position for q in given]
    assert [q.separator for q in found] == [q.separator for q in given]
    if name in ("ja", "ko"):  # their speaker templates set name, title and organisation apart
        assert [q.speaker for q in found] == [q.speaker for q in given]
    assert any("embargo until" in line for line in imported.report())


PUBLISHED = {
    "ja": (
        "報道解禁：2025年3月4日火曜日 10:00 JST\n\n"
        "アクメ、大阪に新工場を開設\n\n"
        "東京、2025年3月4日 - アクメ株式会社は本日、大阪に新しい工場を開設したと発表しました。"
        "新工場では年間十万台の製品を生産します。\n\n"
        "「大阪は当社にとって重要な拠点です」と、山田社長は語った。\n\n"
        "鈴木花子は「地域の皆様と共に成長していきます」と述べています。\n\n"
        "同社は今後も生産能力の拡大を続けます。\n"
    ),
    "zh-Hant": (
        "即時發布\n\n"
        "艾克米在台北開設研發中心\n\n"
        "台北，2025年3月4日 - 艾克米今日宣佈在台北開設新的研發中心，"
        "這是公司在亞洲的第二個研發據點。\n\n"
        "陳大文說：「台北擁有優秀的工程人才。」\n\n"
        "「我們會繼續投資亞洲市場。」林美玲表示。\n\n"
        "新中心預計明年全面運作。\n"
    ),
    "zh-Hans": (
        "禁发时间：2025年3月4日星期二 14:30 UTC+08:00\n\n"
        "艾克米在深圳开设研发中心\n\n"
        "深圳，2025年3月4日 - 艾克米今日宣布在深圳开设新的研发中心，"
        "这是公司在中国的第二个研发基地。\n\n"
        "王伟表示：“深圳拥有优秀的工程人才。”\n\n"
        "新中心预计明年全面运作。\n"
    ),
    "ko": (
        "보도 시점: 2025년 3월 4일 화요일 오후 3:30 UTC+09:00 이후\n\n"
        "에이크미, 부산에 연구소 개설\n\n"
        "부산, 2025년 3월 4일 - 에이크미는 오늘 부산에 새로운 연구소를 개설했다고 밝혔다. "
        "연구소에는 100명의 연구원이 근무한다.\n\n"
        "홍길동 대표는 “부산은 우리에게 중요한 거점입니다”라고 밝혔다.\n\n"
        "연구소는 내년에 본격 가동된다.\n"
    ),
}
EXPECTED = {  # (quote speakers, verbs, separators, embargo in UTC or None)
    "ja": ([{"name": "山田社長"}, {"name": "鈴木花子"}], ["語った", "述べています"], [None, None],
           dt.datetime(2025, 3, 4, 1, 0, tzinfo=dt.timezone.utc)),
    "zh-Hant": ([{"name": "陳大文"}, {"name": "林美玲"}], ["說", "表示"], ["：", None], None),
    "zh-Hans": ([{"name": "王伟"}], ["表示"], ["："],
                dt.datetime(2025, 3, 4, 6, 30, tzinfo=dt.timezone.utc)),
    "ko": ([{"name": "홍길동", "title": "대표"}], ["밝혔다"], [None],
           dt.datetime(2025, 3, 4, 6, 30, tzinfo=dt.timezone.utc)),
}  # fmt: skip


@pytest.mark.parametrize("tag", CJK)
def test_published_releases_in_each_language(tag: str) -> None:
    text = PUBLISHED[tag]
    imported = read(text, kind="text")
    release = imported.release
    assert release.language == tag
    speakers, verbs, separators, until = EXPECTED[tag]
    found = _quotes(release)
    assert [q.speaker.model_dump(exclude_none=True) for q in found] == speakers
    assert [q.verb for q in found] == verbs
    assert [q.separator for q in found] == separators
    first = text.partition("\n")[0]
    if until is None:
        assert release.embargo is None
        assert release.timing is None  # the catalogue's 即時發布: the default
    else:
        assert release.embargo is not None
        assert release.embargo.until == until
    assert release.headline == text.split("\n\n")[1]
    wire = render(release, "txt").decode()
    assert wire.startswith(first + "\n")
    for paragraph in text.split("\n\n")[3:]:
        assert "".join(paragraph.split()) in "".join(wire.split())


@pytest.mark.parametrize("tag", CATALOGUE_LANGUAGES)
def test_every_catalogue_timing_line_is_read(tag: str) -> None:
    from pressrelease.document.wording import embargo_line, phrases
    from pressrelease.model import Embargo

    assert timing(phrases(tag).immediate) == "immediate"
    embargo = Embargo(until="2024-05-02T15:30:00+09:00", timezone="Asia/Tokyo")
    line = embargo_line(embargo, tag)
    when = timing(line)
    assert when is not None
    assert when in line


@pytest.mark.parametrize(
    ("when", "tag", "moment"),
    [
        ("2024年5月2日 星期四 下午2:30 UTC+08:00", "zh-Hant", "2024-05-02T14:30:00+08:00"),
        ("2024년 5월 2일 목요일 오전 9:00 UTC+09:00", "ko", "2024-05-02T09:00:00+09:00"),
        ("2024年5月2日木曜日 15:30 JST", "ja", "2024-05-02T15:30:00+09:00"),
    ],
)
def test_a_worded_moment_is_read_in_its_language(when: str, tag: str, moment: str) -> None:
    found = parse_moment(when, tag)
    assert found is not None
    assert found[0] == dt.datetime.fromisoformat(moment)


@pytest.mark.parametrize(
    ("tag", "text"),
    [
        ("ja", "この工場は「日本一」と呼ばれています。"),  # a word in marks, nobody speaking
        ("zh-Hans", "公司表示，将继续扩大产能。"),  # no quotation
        ("ja", "「大阪は重要です」と、山田社長は言い切りました。"),  # a verb the catalogue lacks
    ],
)
def test_what_is_not_a_quote_stays_a_paragraph(tag: str, text: str) -> None:
    assert quotes.parse(text, inline, tag) is None


def test_an_unread_embargo_moment_keeps_its_line_as_the_timing_line() -> None:
    text = (
        "SPERRFRIST: Donnerstag, 2. Mai 2024, 09:00 Uhr MESZ\n\nAcme eröffnet ein Werk\n\n"
        "BERLIN, 2. Mai 2024 – Die Acme GmbH hat heute in Berlin ein neues Werk eröffnet.\n"
    )
    release = read(text, kind="text", language="de").release
    assert release.embargo is None
    assert release.timing == "SPERRFRIST: Donnerstag, 2. Mai 2024, 09:00 Uhr MESZ"
    assert release.headline == "Acme eröffnet ein Werk"
