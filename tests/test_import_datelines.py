"""Importing datelines: the wire shapes (Business Wire, PR Newswire, GlobeNewswire, AP,
international), several places joined by ``&``, and dates written in the release's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pressrelease.api import render
from pressrelease.importing import from_text
from pressrelease.importing.dates import find_date
from pressrelease.importing.localdates import find_local, parse_local
from pressrelease.renderers.base import RenderOptions

LEAD = "Acme Corp. today launched widgets for every home in the county, the company said."


def _wire(text: str, language: str | None = None) -> tuple[Any, str]:
    imported = from_text(text, language=language)
    wire = render(imported.release, "txt", RenderOptions(text_width=0)).decode("utf-8")
    return imported, wire


@pytest.mark.parametrize(
    ("dateline", "fields"),
    [
        (
            "NEW YORK--(BUSINESS WIRE)--",
            {"city": "New York", "region": None, "credit": "(BUSINESS WIRE)", "separator": "--"},
        ),
        (
            "SAN DIEGO, Calif.--(BUSINESS WIRE)--",
            {"city": "San Diego", "region": "Calif.", "country": None, "separator": "--"},
        ),
        (
            "WINSTON-SALEM, N.C.--(BUSINESS WIRE)--",
            {"city": "Winston-Salem", "region": "N.C.", "credit": "(BUSINESS WIRE)"},
        ),
        (
            "NEW YORK, March 3, 2025 /PRNewswire/ -- ",
            {"city": "New York", "date": dt.date(2025, 3, 3), "credit": "/PRNewswire/"},
        ),
        (
            "Miami, FL, Aug. 25, 2025 (GLOBE NEWSWIRE) -- ",
            {"city": "Miami", "region": "FL", "date": dt.date(2025, 8, 25)},
        ),
        ("WASHINGTON (AP) — ", {"city": "Washington", "credit": "(AP)", "style": "ap"}),
        (
            "Suzhou, China, 24 October 2021 – ",
            {"city": "Suzhou", "country": "China", "printed": None, "separator": " – "},
        ),
    ],
)
def test_wire_datelines_give_their_fields_and_print_back(
    dateline: str, fields: dict[str, Any]
) -> None:
    imported, wire = _wire(f"Acme launches widgets\n\n{dateline}{LEAD}\n")
    for name, value in fields.items():
        assert getattr(imported.release.dateline, name) == value, name
    assert f"{dateline}{LEAD}" in wire


def test_a_business_wire_dateline_is_kept_as_printed_and_dated_from_the_text() -> None:
    text = (
        "Acme Reports Record Quarter\n\nNEW YORK--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) "
        "today reported results for the quarter ended March 31, 2025, the best in its history."
    )
    imported, wire = _wire(text)
    dateline = imported.release.dateline
    assert (dateline.printed, dateline.separator) == ("NEW YORK--(BUSINESS WIRE)", "--")
    assert dateline.date == dt.date(2025, 3, 31)
    assert imported.release.issuer.name == "Acme Corp."
    assert "NEW YORK--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) today" in wire


@pytest.mark.parametrize(
    ("dateline", "city", "others", "date"),
    [
        ("LONDON & NEW YORK--(BUSINESS WIRE)--", "London", "New York", None),
        ("Paris & Munich, 3 March 2025 – ", "Paris", "Munich", dt.date(2025, 3, 3)),
        ("OSLO & LONDON, March 3, 2025 /PRNewswire/ -- ", "Oslo", "London", dt.date(2025, 3, 3)),
    ],
)
def test_places_joined_by_an_ampersand_give_the_first_city_and_stay_printed(
    dateline: str, city: str, others: str, date: dt.date | None
) -> None:
    imported, wire = _wire(f"Two companies, one plan\n\n{dateline}{LEAD}\n")
    release = imported.release
    assert release.dateline.city == city
    assert release.dateline.printed == dateline.rstrip(" -–—")
    if date is not None:
        assert release.dateline.date == date
    assert any(g.field == "dateline.city" and others in g.message for g in imported.guesses)
    assert f"{dateline}{LEAD}" in wire


@pytest.mark.parametrize(
    ("language", "dateline", "city", "date"),
    [
        ("de", "BERLIN, 4. März 2025 – ", "Berlin", dt.date(2025, 3, 4)),
        ("de", "Berlin, 4. März 2025 – ", "Berlin", dt.date(2025, 3, 4)),
        ("de", "München, den 1. Oktober 2024 – ", "München", dt.date(2024, 10, 1)),
        ("fr", "PARIS, le 3 mars 2025 – ", "Paris", dt.date(2025, 3, 3)),
        ("fr", "Lyon, le 1er février 2025 – ", "Lyon", dt.date(2025, 2, 1)),
        ("es", "MADRID, 3 de marzo de 2025 – ", "Madrid", dt.date(2025, 3, 3)),
        ("it", "MILANO, 4 marzo 2025 – ", "Milano", dt.date(2025, 3, 4)),
        ("nl", "AMSTERDAM, 4 maart 2025 – ", "Amsterdam", dt.date(2025, 3, 4)),
        ("pt", "LISBOA, 3 de março de 2025 – ", "Lisboa", dt.date(2025, 3, 3)),
        ("sv", "STOCKHOLM, 4 mars 2025 – ", "Stockholm", dt.date(2025, 3, 4)),
        ("pl", "WARSZAWA, 4 marca 2025 r. – ", "Warszawa", dt.date(2025, 3, 4)),
        ("ru", "МОСКВА, 3 марта 2025 г. – ", "Москва", dt.date(2025, 3, 3)),
        ("ja", "東京、2025年3月4日 – ", "東京", dt.date(2025, 3, 4)),
        ("zh-Hans", "北京，2025年3月4日 – ", "北京", dt.date(2025, 3, 4)),
        ("ko", "서울, 2025년 3월 4일 – ", "서울", dt.date(2025, 3, 4)),
    ],
)
def test_a_dateline_in_the_release_language_gives_its_date(
    language: str, dateline: str, city: str, date: dt.date
) -> None:
    imported, wire = _wire(f"Headline\n\n{dateline}{LEAD}\n", language)
    release = imported.release
    assert (release.dateline.city, release.dateline.date) == (city, date)
    assert release.dateline.style == "international"
    assert f"{dateline}{LEAD}" in wire
    assert not any("today" in g.message for g in imported.guesses if g.field == "dateline.date")


def test_a_dateline_the_language_composes_keeps_no_printed_words() -> None:
    imported, wire = _wire(f"Überschrift\n\nBerlin, Deutschland, 4. März 2025 - {LEAD}\n", "de")
    dateline = imported.release.dateline
    assert (dateline.city, dateline.country, dateline.printed) == ("Berlin", "Deutschland", None)
    assert f"Berlin, Deutschland, 4. März 2025 - {LEAD}" in wire


def test_a_foreign_date_in_a_text_read_as_english_is_still_read() -> None:
    """A short text stays English, but its dateline's German date is the release date."""
    imported, _ = _wire(f"Headline\n\nBERLIN, 4. März 2025 – {LEAD}\n")
    assert imported.release.language == "en"
    assert imported.release.dateline.date == dt.date(2025, 3, 4)


def test_an_undated_dateline_takes_a_date_written_in_the_language() -> None:
    text = (
        "Überschrift der Meldung\n\nBERLIN--(BUSINESS WIRE)--Die Acme AG hat am 4. März 2025 "
        "neue Produkte vorgestellt."
    )
    imported, _ = _wire(text, "de")
    assert imported.release.dateline.date == dt.date(2025, 3, 4)
    assert any('"4. März 2025"' in g.message for g in imported.guesses)


@pytest.mark.parametrize(
    ("tag", "written", "date"),
    [
        ("de", "Dienstag, 4. März 2025", dt.date(2025, 3, 4)),
        ("de", "04.03.2025", dt.date(2025, 3, 4)),
        ("de", "4. MÄRZ 2025", dt.date(2025, 3, 4)),
        ("fr", "mardi 4 mars 2025", dt.date(2025, 3, 4)),
        ("fr", "4 déc. 2025", dt.date(2025, 12, 4)),
        ("es", "martes, 4 de marzo de 2025", dt.date(2025, 3, 4)),
        ("it", "1º maggio 2025", dt.date(2025, 5, 1)),
        ("pl", "4 marca 2025", dt.date(2025, 3, 4)),
        ("ru", "3 марта 2025 г.", dt.date(2025, 3, 3)),
        ("ja", "2025年3月4日火曜日", dt.date(2025, 3, 4)),
        ("zh-Hant", "2025年3月4日", dt.date(2025, 3, 4)),
        ("ar", "3 مارس 2025", dt.date(2025, 3, 3)),
        ("he", "3 במרץ 2025", dt.date(2025, 3, 3)),
    ],
)
def test_dates_are_read_with_cldr_patterns(tag: str, written: str, date: dt.date) -> None:
    assert parse_local(written, tag) == date
    assert find_local(f"Am Ende: {written}.", tag) == (date, written)


def test_impossible_and_foreign_dates_are_not_read() -> None:
    assert parse_local("31. Februar 2025", "de") is None
    assert parse_local("4 marzo 2025", "de") is None  # Italian words in a German date
    assert find_date("am 4. März 2025", "en") is None  # English reads English dates only
    october, march = (dt.date(2021, 10, 24), "Oct. 24, 2021"), (dt.date(2025, 3, 4), "4. März 2025")
    assert find_date("Oct. 24, 2021 und 4. März 2025", "de") == october  # the first one written
    assert find_date("4. März 2025 und Oct. 24, 2021", "de") == march
