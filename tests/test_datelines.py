"""Datelines composed the way the major wires print them, with or without a city or a date,
and in the languages' own date forms."""

from __future__ import annotations

import pytest

from tests.helpers import make, wire

CASES = [
    (
        {"wire": "prnewswire", "city": "Anna", "region": "Ohio"},
        "ANNA, Ohio, July 21, 2025 /PRNewswire/ -- Lead.",
    ),
    (
        {"wire": "globenewswire", "city": "Miami", "region": "FL", "show_date": False},
        "MIAMI, FL (GLOBE NEWSWIRE) -- Lead.",
    ),
    ({"wire": "businesswire", "city": "Chicago"}, "CHICAGO--(BUSINESS WIRE)--Lead."),
    (
        {"wire": "accesswire", "city": "Austin", "region": "TX"},
        "AUSTIN, TX / ACCESSWIRE / July 21, 2025 / Lead.",
    ),
    (
        {"wire": "newmediawire", "city": "Miami", "region": "FL"},
        "MIAMI, FL - (NewMediaWire) - July 21, 2025 - Lead.",
    ),
    ({"wire": "newsdirect"}, "--News Direct-- Lead."),
    ({"city": "Suzhou", "country": "China", "show_date": False}, "Suzhou, China - Lead."),
    ({"style": "ap", "city": "Boston"}, "BOSTON, July 21, 2025 — Lead."),
]


@pytest.mark.parametrize(("fields", "lead"), CASES, ids=lambda v: str(v)[:30])
def test_composed_datelines(fields: dict[str, object], lead: str) -> None:
    release = make(dateline={"date": "2025-07-21", **fields}, body=["Lead."])
    assert lead in wire(release, 0)


def test_a_japanese_dateline_uses_the_japanese_date_and_list_mark() -> None:
    release = make(language="ja", dateline={"city": "東京", "date": "2020-10-26"}, body=["本文。"])
    assert "東京、2020年10月26日 - 本文。" in wire(release, 0)


def test_a_printed_dateline_still_wins() -> None:
    fields = {"wire": "businesswire", "city": "Chicago", "printed": "CHICAGO–(BUSINESS WIRE)"}
    release = make(dateline={"date": "2025-07-21", **fields}, body=["Lead."])
    assert "CHICAGO–(BUSINESS WIRE) - Lead." in wire(release, 0)
