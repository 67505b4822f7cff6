"""The language of an imported release: stated (``--language``, the document) or read from the
text (its script, or CLD2 for Latin-script words), and what that changes in the import."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from pressrelease.api import render
from pressrelease.importing import from_text, read
from pressrelease.importing.language import MIN_WORDS, detect
from pressrelease.renderers.base import RenderOptions
from tests.helpers import not_printed_in_order

LANGUAGES = Path(__file__).parent / "fixtures" / "import" / "languages"
CORPUS = Path(__file__).parent / "corpus"
DATES = {
    "de": (dt.date(2025, 3, 4), "Berlin"),
    "fr": (dt.date(2025, 3, 3), "Paris"),
    "es": (dt.date(2025, 3, 3), "Madrid"),
    "it": (dt.date(2025, 3, 4), "Milano"),
    "nl": (dt.date(2025, 3, 4), "Amsterdam"),
    "pt": (dt.date(2025, 3, 3), "Lisboa"),
    "sv": (dt.date(2025, 3, 4), "Stockholm"),
    "pl": (dt.date(2025, 3, 4), "Warszawa"),
}


def _wire(release: object) -> str:
    return render(release, "txt", RenderOptions(text_width=0)).decode("utf-8")  # type: ignore[arg-type]


@pytest.mark.parametrize("tag", sorted(DATES))
def test_a_latin_script_release_is_read_in_its_language(tag: str) -> None:
    source = LANGUAGES / f"{tag}.txt"
    imported = read(source)
    release = imported.release
    assert release.language == tag
    assert (release.dateline.date, release.dateline.city) == DATES[tag]
    language = [g.message for g in imported.guesses if g.field == "language"]
    assert len(language) == 1
    assert language[0].startswith(f'language "{tag}" from the words: ')
    assert "% of the text" in language[0]
    paragraphs = source.read_text(encoding="utf-8").split("\n\n")
    assert not_printed_in_order(paragraphs, _wire(release)) == []


def test_the_release_language_changes_what_is_read() -> None:
    """Read as German, 'und' joins co-issuers and the About heading is German; read as
    English, the same text would name one issuer."""
    text = (LANGUAGES / "de.txt").read_text(encoding="utf-8")
    joint = text.replace("Die Nordwind Energie AG hat", "Nordwind Energie und Südlicht Netz haben")
    joint += "\nÜber Südlicht Netz\n\nDie Südlicht Netz GmbH betreibt Stromnetze in Bayern.\n"
    release = from_text(joint).release
    assert release.language == "de"
    assert release.issuer.name == "Nordwind Energie"
    assert [c.name for c in release.co_issuers] == ["Südlicht Netz"]
    english = from_text(joint, language="en").release
    assert english.co_issuers == []


def test_the_stated_language_wins_over_the_words() -> None:
    text = (LANGUAGES / "fr.txt").read_text(encoding="utf-8")
    imported = from_text(text, language="fr-BE")
    assert imported.release.language == "fr-BE"
    assert not any(g.field == "language" for g in imported.guesses)
    html = "<html lang='de-CH'><body><h1>Titel</h1>" + "".join(
        f"<p>{p}</p>" for p in text.split("\n\n")[1:]
    )
    from_page = read(html, kind="html")
    assert from_page.release.language == "de-CH"
    assert [g.message for g in from_page.guesses if g.field == "language"] == [
        'language "de-CH" as the document states it'
    ]


def test_english_releases_stay_english_without_a_report_line() -> None:
    for source in sorted(CORPUS.glob("*.txt")):
        imported = read(source)
        assert imported.release.language == "en", source.name
        assert not any(g.field == "language" for g in imported.guesses), source.name


def test_a_short_text_stays_english_and_says_why() -> None:
    text = "Nordwind eröffnet Speicher\n\nBERLIN, 4. März 2025 – Die Anlage ist in Betrieb."
    imported = from_text(text)
    assert imported.release.language == "en"
    assert imported.release.dateline.date == dt.date(2025, 3, 4)
    [line] = [g.message for g in imported.guesses if g.field == "language"]
    assert "too few to tell the language" in line
    assert "--language" in line
    assert detect(" ".join(["Wort"] * (MIN_WORDS - 1))).tag == "en"


def test_a_mixed_text_stays_english_and_names_the_languages() -> None:
    german = (LANGUAGES / "de.txt").read_text(encoding="utf-8").split("\n\n")[:3]
    english = [
        p
        for p in (CORPUS / "01-honda-anna-engine-plant.txt").read_text("utf-8").split("\n\n")
        if len(p.split()) > 40
    ][:3]
    imported = from_text("\n\n".join(german + english))
    assert imported.release.language == "en"
    [line] = [g.message for g in imported.guesses if g.field == "language"]
    assert "mixes languages" in line
    assert "German" in line
    assert "English" in line


def test_a_language_the_catalogue_lacks_stays_english() -> None:
    danish = (
        "Nordvind åbner nyt batterilager i Jylland\n\n"
        "AARHUS, 4. marts 2025 – Nordvind har i dag taget virksomhedens største batterilager i "
        "brug. Anlægget kan optage op til to hundrede megawatt strøm og forsyner dermed omkring "
        "firs tusinde husstande i to timer. Lageret udjævner udsving fra vind- og solparker og "
        "aflaster elnettet i perioder med høj efterspørgsel. Byggeriet begyndte sidste forår, "
        "og prisen er omkring en milliard kroner, oplyser selskabet i en meddelelse i dag."
    )
    imported = from_text(danish)
    assert imported.release.language == "en"
    [line] = [g.message for g in imported.guesses if g.field == "language"]
    assert "Danish" in line
    assert "catalogue does not word" in line


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("株式会社アクメは本日、新しい製品を発表しました。" * 3, "ja"),
        ("에이크미는 오늘 새로운 제품을 발표했다고 밝혔다." * 3, "ko"),
        ("Компания объявила о запуске нового продукта." * 3, "ru"),
    ],
)
def test_other_scripts_tell_their_language(text: str, tag: str) -> None:
    found = detect(text)
    assert (found.tag, found.why) == (tag, f'language "{tag}" from the script of the text')


@pytest.mark.parametrize(
    ("text", "tag", "written"),
    [
        ("阿克米公司今天发布了新产品，这是我们发展的重要一步。" * 3, "zh-Hans", "Simplified"),
        ("艾克米公司今天發布了新產品，這是我們發展的重要一步。" * 3, "zh-Hant", "Traditional"),
        ("艾克米今日宣佈在香港開設新廠房，Acme 行政總裁陳大文出席。" * 3, "zh-Hant", "Traditional"),
    ],
)  # fmt: skip
def test_chinese_is_told_simplified_or_traditional(text: str, tag: str, written: str) -> None:
    found = detect(text)
    assert found.tag == tag
    assert found.why is not None
    assert found.why.startswith(f'language "{tag}" from the script of the text: Han in {written}')


def test_chinese_too_short_to_tell_stays_simplified_and_says_so() -> None:
    found = detect("公司")
    assert found.tag == "zh-Hans"
    assert found.why is not None
    assert "--language zh-Hant" in found.why


def test_a_japanese_release_gets_its_date_from_the_dateline() -> None:
    text = (
        "アクメ、新工場を開設\n\n東京、2025年3月4日 – 株式会社アクメは本日、大阪に新しい工場を"
        "開設したと発表しました。新工場では年間十万台の製品を生産します。"
    )
    imported = from_text(text)
    release = imported.release
    assert release.language == "ja"
    assert (release.dateline.city, release.dateline.date) == ("東京", dt.date(2025, 3, 4))
    assert "東京、2025年3月4日 – 株式会社アクメは本日" in _wire(release)


def test_detection_imports_its_library_only_for_latin_script_text() -> None:
    code = (
        "import sys\n"
        "from pressrelease.importing.language import detect\n"
        "detect('株式会社アクメは本日、新しい製品を発表しました。' * 5)\n"
        "assert 'pycld2' not in sys.modules\n"
        "detect('Acme today launched widgets for every home in the county. ' * 10)\n"
        "assert 'pycld2' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
