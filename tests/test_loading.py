"""Loading and validation: good files load, every bad one gets a precise message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressrelease.errors import InputError, InvalidReleaseError
from pressrelease.loading import load, loads
from pressrelease.model import PressRelease, Quote
from tests.helpers import EXAMPLE

GOOD = """\
slug: acme-widgets
headline: Acme launches widgets
dateline:
  city: Springfield
  date: 2024-05-01
body:
  - Acme today launched widgets.
issuer:
  name: Acme Corp
"""


def problems(text: str, kind: str = "yaml") -> list[str]:
    with pytest.raises(InvalidReleaseError) as caught:
        loads(text, kind=kind, source="release.yaml")
    return [str(p) for p in caught.value.problems]


def test_example_loads_with_its_structure() -> None:
    release = load(EXAMPLE)
    assert release.slug == "microport-mih-2021-10-24"
    assert [type(b).__name__ for b in release.body] == [
        "Paragraph",
        "Paragraph",
        "Quote",
        "Paragraph",
        "Paragraph",
    ]
    quote = release.body[2]
    assert isinstance(quote, Quote)
    assert quote.speaker.name == "Dr. Chengyun Yue"
    assert quote.verb == "commented"
    assert release.boilerplates[0].heading == "About MicroPort Institute of Health (MIH)"
    assert release.embargo is None
    assert release.contacts == []


def test_minimal_release_and_defaults() -> None:
    release = loads(GOOD)
    assert release.language == "en"
    assert release.end_mark == "###"
    assert release.dateline.style == "international"


def test_json_is_loaded_by_extension(tmp_path: Path) -> None:
    import yaml

    path = tmp_path / "r.json"
    path.write_text(json.dumps(yaml.safe_load(GOOD), default=str), encoding="utf-8")
    assert load(path).headline == "Acme launches widgets"


def test_python_callers_build_the_model_directly() -> None:
    release = PressRelease.model_validate(
        {
            "slug": "x",
            "headline": "H",
            "dateline": {"city": "Oslo", "date": "2024-01-02"},
            "body": ["Text with **strong** words."],
            "issuer": {"name": "I"},
        }
    )
    assert release.body[0].kind == "paragraph"


def test_unknown_field_names_file_line_and_field() -> None:
    (message,) = problems(GOOD + "headlines: oops\n")
    assert message.startswith("release.yaml:10: headlines:")
    assert "unknown field" in message


def test_nested_unknown_field_points_at_its_line() -> None:
    text = GOOD.replace("  city: Springfield\n", "  city: Springfield\n  town: x\n")
    (message,) = problems(text)
    assert message.startswith("release.yaml:5: dateline.town:")


def test_missing_headline() -> None:
    (message,) = problems(GOOD.replace("headline: Acme launches widgets\n", ""))
    assert message == "release.yaml:1: headline: this field is required but missing"


def test_bad_date() -> None:
    (message,) = problems(GOOD.replace("2024-05-01", "2024-13-45"))
    assert message.startswith("release.yaml:5: dateline.date:")
    assert "2024-13-45" in message


def test_naive_embargo_is_refused() -> None:
    text = GOOD + "embargo:\n  until: 2024-05-01 09:00:00\n  timezone: Europe/Paris\n"
    (message,) = problems(text)
    assert message.startswith("release.yaml:11: embargo.until:")
    assert "no time zone" in message


def test_unknown_time_zone() -> None:
    text = GOOD + "embargo:\n  until: 2024-05-01T09:00:00+02:00\n  timezone: Mars/Olympus\n"
    (message,) = problems(text)
    assert "release.yaml:12: embargo.timezone:" in message
    assert "IANA" in message


@pytest.mark.parametrize("href", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/"])
def test_invalid_link(href: str) -> None:
    text = GOOD.replace("Acme today launched widgets.", f"See [this]({href}).")
    (message,) = problems(text)
    assert message.startswith("release.yaml:7: body.0.text:")
    assert "http, https or mailto" in message


def test_illegal_character_names_the_field() -> None:
    text = GOOD.replace("Acme today", '"Acme\\x00 today').replace("widgets.\n", 'widgets."\n', 1)
    (message,) = problems(text)
    assert message.startswith("release.yaml:7: body.0.text:")
    assert "U+0000" in message


def test_illegal_character_in_json_names_line() -> None:
    data = {
        "slug": "x",
        "headline": "bad \u0007 bell",
        "dateline": {"city": "Oslo", "date": "2024-01-02"},
        "body": ["t"],
        "issuer": {"name": "I"},
    }
    (message,) = problems(json.dumps(data, indent=2), kind="json")
    assert message.startswith("release.yaml:3: headline:")
    assert "U+0007" in message


def test_several_problems_are_all_reported() -> None:
    text = GOOD.replace("slug: acme-widgets", "slug: Not A Slug").replace(
        "  name: Acme Corp", "  name: Acme Corp\n  website: ftp://acme"
    )
    messages = problems(text)
    assert len(messages) == 2
    assert messages[0].startswith("release.yaml:1: slug:")
    assert messages[1].startswith("release.yaml:10: issuer.website:")


def test_quote_block_error_inside_union_has_line() -> None:
    text = GOOD.replace(
        "  - Acme today launched widgets.\n",
        "  - kind: quote\n    text: Hello\n    speaker:\n      title: CEO\n",
    )
    (message,) = problems(text)
    assert message.startswith("release.yaml:9: body.0.speaker.name:")


def test_duplicate_key_is_an_error() -> None:
    (message,) = problems(GOOD + "headline: again\n")
    assert message.startswith("release.yaml:10: headline:")
    assert "twice" in message


def test_yaml_syntax_error_has_line() -> None:
    (message,) = problems(GOOD + "body: [unclosed\n")
    assert message.startswith("release.yaml:")
    assert "invalid YAML" in message


def test_yaml_is_loaded_safely() -> None:
    messages = problems("!!python/object/apply:os.system ['echo hacked']\n")
    assert "invalid YAML" in messages[0]


def test_not_a_mapping() -> None:
    assert "expected a mapping" in problems("- a\n- b\n")[0]


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(GOOD + "#" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="over the limit of 1,000 bytes"):
        load(path, max_bytes=1000)


def test_unknown_extension_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"unknown file type '\.txt'"):
        load(tmp_path / "release.txt")
    with pytest.raises(InputError, match="cannot read the file"):
        load(tmp_path / "absent.yaml")


def test_text_is_normalized_to_nfc() -> None:
    release = loads(GOOD.replace("Acme launches widgets", "Cafe\u0301 opens"))
    assert release.headline == "Caf\u00e9 opens"


def test_table_rows_must_match_header() -> None:
    text = GOOD.replace(
        "  - Acme today launched widgets.\n",
        "  - kind: table\n    header: [A, B]\n    rows:\n      - [a, b]\n      - [c]\n",
    )
    assert any("row 2 has 1 cells but the header has 2" in m for m in problems(text))


@pytest.mark.parametrize("until", ["0001-01-01T00:30:00+08:00", "9999-12-31T23:30:00-05:00"])
def test_embargo_at_the_edge_of_the_calendar_is_refused(until: str) -> None:
    (message,) = problems(GOOD + f"embargo:\n  until: {until}\n  timezone: Asia/Shanghai\n")
    assert message.startswith("release.yaml:10: embargo:")
    assert "too close to the year 1 or 9999" in message


def test_web_address_with_a_line_break_is_refused() -> None:
    text = GOOD.replace(
        "  name: Acme Corp", '  name: Acme Corp\n  website: "https://a.example/\\nEMAIL:x@y.z"'
    )
    (message,) = problems(text)
    assert message.startswith("release.yaml:10: issuer.website:")
    assert "spaces or line breaks" in message


def test_numbers_and_norway_stay_text() -> None:
    release = loads(GOOD.replace("  city: Springfield", "  city: Springfield\n  country: NO"))
    assert release.dateline.country == "NO"
    table = GOOD.replace(
        "  - Acme today launched widgets.\n",
        "  - kind: table\n    header: [Year, Price]\n    rows:\n      - [2024, 1.50]\n",
    )
    (block,) = loads(table).body
    assert [cell.source for cell in block.rows[0]] == ["2024", "1.50"]  # type: ignore[union-attr]


def test_embargo_offset_must_match_its_time_zone() -> None:
    text = GOOD + "embargo:\n  until: 2024-05-01T23:30:00-05:00\n  timezone: America/New_York\n"
    (message,) = problems(text)
    assert "has the UTC offset -05:00, but America/New_York is at -04:00" in message
    utc = GOOD + "embargo:\n  until: 2024-05-02T03:30:00Z\n  timezone: America/New_York\n"
    assert loads(utc).embargo is not None


def test_unknown_key_with_a_block_value_points_at_the_key() -> None:
    text = GOOD + "contcts:\n  - name: Jo\n"
    (message,) = problems(text)
    assert message.startswith("release.yaml:10: contcts: unknown field")


def test_problems_come_in_line_order() -> None:
    text = GOOD.replace("slug: acme-widgets", "slug: Bad Slug") + "zzz: 1\n"
    text = text.replace("headline: Acme launches widgets", "headline: Acme\nheadlinez: x")
    lines = [m.split(":")[1] for m in problems(text)]
    assert lines == sorted(lines, key=int)
    assert len(lines) == 3


def test_duplicate_key_in_json_names_its_line() -> None:
    text = '{\n  "slug": "x",\n  "slug": "y",\n  "headline": "H"\n}\n'
    (message,) = problems(text, kind="json")
    assert message.startswith("release.yaml:3: slug:")
    assert "twice" in message
