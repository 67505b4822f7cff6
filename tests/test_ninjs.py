"""The ninjs renderer: valid IPTC ninjs 3.1, every field read back, seed text intact."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator, FormatChecker

from pressrelease.document import wording
from pressrelease.loading import load
from pressrelease.model import Paragraph, PressRelease
from pressrelease.registry import get_renderer
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.ninjs import NinjsRenderer
from tests.helpers import FIELD_TEXT, ROOT, missing_sentences, normalize_ws, valid_or_skip, wire

SCHEMA = ROOT / "tests" / "schemas" / "ninjs-schema_3.1.json"
RICH = ROOT / "tests" / "ninjs-jsonld-rich.yaml"


@cache
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    checker = FormatChecker()
    # Without these checkers jsonschema would accept any string as a uri or date-time.
    assert {"uri", "date-time"} <= set(checker.checkers)
    return Draft202012Validator(schema, format_checker=checker)


def render(release: PressRelease, options: RenderOptions | None = None) -> dict[str, Any]:
    data = NinjsRenderer().render(release, options or RenderOptions())
    item: dict[str, Any] = json.loads(data.decode("utf-8"))
    return item


def assert_valid(item: dict[str, Any]) -> None:
    errors = sorted(validator().iter_errors(item), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.fixture(scope="module")
def rich() -> PressRelease:
    return load(RICH)


def body(item: dict[str, Any]) -> str:
    (main,) = [b for b in item["bodies"] if b["role"] == "main"]
    assert main["contentType"] == "text/plain"
    value: str = main["value"]
    return value


def test_the_validator_rejects_what_the_schema_forbids() -> None:
    """Guards the guard: a validation that cannot fail would prove nothing."""
    assert list(validator().iter_errors({"uri": "urn:x:y", "unknownField": 1}))
    assert list(validator().iter_errors({"uri": "urn:x:y", "versionCreated": "24 Oct 2021"}))
    assert list(validator().iter_errors({"uri": "not a uri"}))
    assert list(validator().iter_errors({"headlines": [{"value": "no uri"}]}))


def test_example_is_valid_ninjs(example_release: PressRelease) -> None:
    assert_valid(render(example_release))


def test_rich_release_is_valid_ninjs(rich: PressRelease) -> None:
    assert_valid(render(rich))


def test_example_fields(example_release: PressRelease) -> None:
    item = render(example_release)
    assert item["uri"] == "urn:pressrelease:microport-mih-2021-10-24"
    assert item["type"] == "text"
    assert item["standard"]["version"] == "3.1"
    assert item["genres"] == [
        {"name": "Press Release", "uri": "http://cv.iptc.org/newscodes/genre/Press_Release"}
    ]
    assert item["headlines"] == [{"role": "main", "value": example_release.headline}]
    assert item["language"] == "en"
    assert item["located"] == "Suzhou, China"
    assert "embargoedUntil" not in item
    assert item["firstCreated"] == item["versionCreated"] == "2021-10-24T00:00:00Z"
    assert item["organisations"] == [
        {
            "name": "MicroPort Scientific Corporation",
            "rel": "issuer",
            "symbols": [{"exchange": "HKEX", "symbol": "00853"}],
        }
    ]
    assert item["people"] == [{"name": "Dr. Chengyun Yue", "rel": "quoted"}]
    assert [s["name"] for s in item["subjects"]] == example_release.keywords
    assert "infoSources" not in item  # the seed names no contact


def test_every_seed_sentence_is_in_the_body(example_release: PressRelease) -> None:
    item = render(example_release)
    text = body(item)
    # The headline is a seed sentence too: it lives in headlines, not in the body.
    assert missing_sentences(text + "\n\n" + item["headlines"][0]["value"]) == []
    assert text.startswith("Suzhou, China, 24 October 2021 - MicroPort Institute of Health")
    assert "FOR IMMEDIATE RELEASE" not in text
    assert "###" not in text


def test_body_reads_exactly_like_the_wire_copy(rich: PressRelease) -> None:
    text = body(render(rich))
    wire_text = normalize_ws(wire(rich, 0))
    for paragraph in text.split("\n\n"):
        assert normalize_ws(paragraph) in wire_text
    assert "“We are proud of this quarter,” said Jane Q. Doe" in text
    assert "see the results (https://example.com/q3?a=1&b=2)" in text
    main = render(rich)["bodies"][0]
    assert main["charCount"] == len(text)
    assert main["wordCount"] == len(text.split())


def richtext(item: dict[str, Any]) -> Any:
    """The XHTML body parsed as XML (it must be well-formed), wrapped in one element."""
    from lxml import etree

    (rich,) = [b for b in item["bodies"] if b["role"] == "richtext"]
    assert rich["contentType"] == "application/xhtml+xml"
    xml = f'<div xmlns="http://www.w3.org/1999/xhtml">{rich["value"]}</div>'
    return etree.fromstring(xml.encode("utf-8"))


def test_richtext_body_has_the_same_words(example_release: PressRelease) -> None:
    item = render(example_release)
    root = richtext(item)
    words = " ".join(root.itertext())
    assert missing_sentences(words + "\n\n" + item["headlines"][0]["value"]) == []
    assert normalize_ws(words) == normalize_ws(body(item))  # no links: the very same text
    tags = {element.tag.split("}")[1] for element in root.iter()} - {"div"}
    assert tags == {"p", "span", "section", "h2"}  # no <h1>, no header: those are fields


def test_richtext_body_keeps_links_and_escapes_text(rich: PressRelease) -> None:
    root = richtext(render(rich))
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    links = [a.get("href") for a in root.iterfind(".//x:a", ns)]
    assert "https://example.com/q3?a=1&b=2" in links
    assert [e.text for e in root.iterfind(".//x:em", ns)] == ["record", "Suzhou"]
    assert root.find(".//x:table/x:caption", ns).text == "Results in € million"
    assert "###" not in "".join(root.itertext())


def test_rich_fields(rich: PressRelease) -> None:
    item = render(rich)
    assert item["language"] == "en-GB"
    assert [(h["role"], h["value"]) for h in item["headlines"]] == [
        ("main", "Acme & Łódź Widgets </script> report “record” third quarter"),
        ("subhead", "Revenue up 12% to €1.2 billion"),
        ("subhead", "新工厂在苏州投产"),
    ]
    embargo = dt.datetime.fromisoformat(item["embargoedUntil"])
    assert embargo == dt.datetime(2024, 10, 24, 1, 0, tzinfo=dt.timezone.utc)
    assert embargo.utcoffset() == dt.timedelta(hours=8)  # the offset the author gave
    assert item["edNote"].startswith("EMBARGOED UNTIL 9:00 a.m. UTC+08:00, Thursday, Oct. 24")
    assert item["located"] == "Springfield, Ill., USA"
    assert item["organisations"][0]["uri"] == "https://example.com/"
    assert item["organisations"][0]["symbols"] == [
        {"exchange": "NYSE", "symbol": "ACME"},
        {"exchange": "HKEX", "symbol": "09999"},
    ]
    assert item["people"] == [{"name": "Jane Q. Doe", "rel": "quoted"}]  # quoted twice, once
    assert [s["name"] for s in item["subjects"]] == ["widgets", "earnings", "Łódź"]
    assert item["infoSources"] == [
        {
            "name": "John Roe, Roe PR",
            "role": "Media contact",
            "contactInfo": [
                {"type": "email", "value": "john@roe-pr.example"},
                {"type": "phone", "value": "+1 555 0100"},
                {"type": "web", "value": "https://roe-pr.example/newsroom"},
            ],
        },
        {
            "role": "Investors contact",
            "contactInfo": [{"type": "email", "value": "ir@example.com"}],
        },
    ]
    plant, logo = item["associations"]
    assert plant["uri"] == "https://example.com/plant.jpg"
    assert plant["title"] == "The new plant"
    assert plant["by"] == "Photo by Acme"
    assert plant["descriptions"] == [{"role": "caption", "value": "The Suzhou plant at dusk"}]
    assert plant["renditions"] == [{"name": "original", "href": "https://example.com/plant.jpg"}]
    assert "descriptions" not in logo


def test_times_come_from_the_release_or_the_options(rich: PressRelease) -> None:
    item = render(rich)
    assert item["versionCreated"] == "2024-10-24T01:00:00Z"  # the embargo moment, in UTC
    fixed = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    item = render(rich, RenderOptions(timestamp=fixed))
    assert item["firstCreated"] == item["versionCreated"] == "2030-01-02T08:04:05Z"
    expected = wording.release_time(rich, fixed)
    assert dt.datetime.fromisoformat(item["versionCreated"]) == expected


def test_output_is_deterministic_utf8_json(rich: PressRelease) -> None:
    first = NinjsRenderer().render(rich, RenderOptions())
    assert first == NinjsRenderer().render(load(RICH), RenderOptions())
    assert first.endswith(b"}\n")
    assert "Łódź".encode() in first  # real characters, not \u escapes
    assert list(json.loads(first)) == sorted(json.loads(first))


def test_registered_under_its_name() -> None:
    renderer = get_renderer("ninjs")
    assert isinstance(renderer, NinjsRenderer)
    assert renderer.extension == "ninjs.json"


def test_importing_the_module_loads_no_format_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys, pressrelease.renderers.ninjs, pressrelease.renderers.jsonld;"
        "bad = [m for m in ('docx', 'reportlab', 'ebooklib', 'jsonschema') if m in sys.modules];"
        "print(bad); sys.exit(bool(bad))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


TEXT = FIELD_TEXT


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=TEXT, keyword=TEXT, contact=TEXT, issuer=TEXT)
def test_field_text_survives_json_exactly(
    example_release: PressRelease, headline: str, keyword: str, contact: str, issuer: str
) -> None:
    data = example_release.model_dump()
    data.update(
        headline=headline,
        subheadlines=[headline],
        keywords=[keyword],
        contacts=[{"name": contact}],
        issuer={"name": issuer, "listings": [{"exchange": issuer, "symbol": keyword}]},
    )
    release = valid_or_skip(data)
    item = render(release)
    assert_valid(item)
    assert [h["value"] for h in item["headlines"]] == [release.headline, release.headline]
    assert item["subjects"] == [{"name": release.keywords[0]}]
    assert item["infoSources"][0]["name"] == release.contacts[0].name
    assert item["organisations"][0]["name"] == release.issuer.name
    assert item["organisations"][0]["symbols"] == [
        {"exchange": release.issuer.name, "symbol": release.keywords[0]}
    ]
    assert item["by"] == release.issuer.name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph=TEXT)
def test_any_body_text_gives_wellformed_richtext(
    example_release: PressRelease, paragraph: str
) -> None:
    data = example_release.model_dump()
    data["body"] = [paragraph, *data["body"][1:]]
    release = valid_or_skip(data)
    item = render(release)
    words = normalize_ws("".join(richtext(item).itertext()))  # parses: text stayed text
    lead = release.body[0]
    assert isinstance(lead, Paragraph)
    assert normalize_ws(lead.text.plain) in words
