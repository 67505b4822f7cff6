"""The JSON-LD renderer: a schema.org NewsArticle whose every field reads back as written."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from pressrelease.document import compose
from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.registry import get_renderer
from pressrelease.renderers._shared.schema_org import news_article
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.jsonld import JsonLdRenderer
from tests.helpers import FIELD_TEXT, ROOT, missing_sentences, normalize_ws, valid_or_skip, wire

RICH = ROOT / "tests" / "ninjs-jsonld-rich.yaml"

# The schema.org properties each type we emit may carry (from schema.org's type pages; a
# property of a supertype counts). Guards against typos and properties on the wrong type.
THING = {"@type", "name", "url", "description", "identifier"}
CREATIVE_WORK = THING | {"headline", "genre", "datePublished", "locationCreated", "inLanguage"}
CREATIVE_WORK |= {"author", "publisher", "about", "alternativeHeadline", "keywords"}
CREATIVE_WORK |= {"associatedMedia", "creditText"}
ALLOWED: dict[str, set[str]] = {
    "NewsArticle": CREATIVE_WORK | {"@context", "dateline", "articleBody"},
    "Organization": THING | {"contactPoint"},
    "Corporation": THING | {"contactPoint", "tickerSymbol"},
    "ContactPoint": THING | {"contactType", "email", "telephone"},
    "Place": THING | {"address"},
    "PostalAddress": THING | {"addressLocality", "addressRegion", "addressCountry"},
    "MediaObject": CREATIVE_WORK | {"contentUrl"},
}


def render(release: PressRelease, options: RenderOptions | None = None) -> dict[str, Any]:
    data = JsonLdRenderer().render(release, options or RenderOptions())
    article: dict[str, Any] = json.loads(data.decode("utf-8"))
    return article


def schema_org_problems(node: object, where: str = "$") -> list[str]:
    """Every object without a known @type, or with a property its type does not have."""
    problems: list[str] = []
    if isinstance(node, list):
        for index, child in enumerate(node):
            problems += schema_org_problems(child, f"{where}[{index}]")
    elif isinstance(node, dict):
        kind = node.get("@type")
        if kind not in ALLOWED:
            return [f"{where}: unknown @type {kind!r}"]
        problems += [f"{where}: {kind} has no {key}" for key in node if key not in ALLOWED[kind]]
        for key, value in node.items():
            problems += schema_org_problems(value, f"{where}.{key}")
    return problems


@pytest.fixture(scope="module")
def rich() -> PressRelease:
    return load(RICH)


def test_the_type_check_can_fail() -> None:
    assert schema_org_problems({"@type": "Organization", "tickerSymbol": "X"})
    assert schema_org_problems({"@type": "NewsArticle", "author": {"name": "untyped"}})


def test_example_article(example_release: PressRelease) -> None:
    article = render(example_release)
    assert schema_org_problems(article) == []
    assert article["@context"] == "https://schema.org"
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == example_release.headline
    assert article["datePublished"] == "2021-10-24"
    assert article["dateline"] == "Suzhou, China, 24 October 2021"
    assert article["inLanguage"] == "en"
    assert article["keywords"] == example_release.keywords
    issuer = {
        "@type": "Corporation",
        "name": "MicroPort Scientific Corporation",
        "tickerSymbol": "HKEX 00853",
    }
    assert article["author"] == article["publisher"] == article["about"] == issuer
    assert "alternativeHeadline" not in article


def test_every_seed_sentence_is_in_the_article(example_release: PressRelease) -> None:
    article = render(example_release)
    assert missing_sentences(article["articleBody"] + "\n\n" + article["headline"]) == []
    assert article["articleBody"].startswith("Suzhou, China, 24 October 2021 - MicroPort")
    assert "FOR IMMEDIATE RELEASE" not in article["articleBody"]


def test_rich_article(rich: PressRelease) -> None:
    article = render(rich)
    assert schema_org_problems(article) == []
    assert article["headline"] == "Acme & Łódź Widgets </script> report “record” third quarter"
    assert article["alternativeHeadline"] == ["Revenue up 12% to €1.2 billion", "新工厂在苏州投产"]
    published = dt.datetime.fromisoformat(article["datePublished"])
    assert published == dt.datetime(2024, 10, 24, 1, 0, tzinfo=dt.timezone.utc)
    assert article["dateline"] == "SPRINGFIELD, Ill., USA, Oct. 24, 2024 /PRNewswire/"
    assert article["inLanguage"] == "en-GB"
    assert article["locationCreated"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Springfield",
        "addressRegion": "Ill.",
        "addressCountry": "USA",
    }
    about = article["about"]
    assert about == article["author"]
    assert about["@type"] == "Corporation"
    assert about["tickerSymbol"] == ["NYSE ACME", "HKEX 09999"]
    assert about["url"] == "https://example.com/"
    assert article["publisher"]["contactPoint"] == [
        {
            "@type": "ContactPoint",
            "contactType": "Media",
            "name": "John Roe, Roe PR",
            "email": "john@roe-pr.example",
            "telephone": "+1 555 0100",
            "url": "https://roe-pr.example/newsroom",
        },
        {"@type": "ContactPoint", "contactType": "Investors", "email": "ir@example.com"},
    ]
    plant, logo = article["associatedMedia"]
    assert plant["contentUrl"] == "https://example.com/plant.jpg"
    assert plant["creditText"] == "Photo by Acme"
    assert plant["description"] == "The Suzhou plant at dusk"
    assert logo == {
        "@type": "MediaObject",
        "contentUrl": "https://example.com/logo.png",
        "name": "Logo",
    }


def test_body_reads_exactly_like_the_wire_copy(rich: PressRelease) -> None:
    body = render(rich)["articleBody"]
    wire_text = normalize_ws(wire(rich, 0))
    for paragraph in body.split("\n\n"):
        assert normalize_ws(paragraph) in wire_text
    assert "Jane Q. Doe said, “Our customers made this possible.”" in body


def test_unlisted_issuer_is_an_organization(example_release: PressRelease) -> None:
    data = example_release.model_dump()
    data["issuer"] = {"name": "Plain Org", "website": "https://plain.example/"}
    article = render(PressRelease.model_validate(data))
    assert article["about"] == {
        "@type": "Organization",
        "name": "Plain Org",
        "url": "https://plain.example/",
    }
    assert schema_org_problems(article) == []


def test_news_article_is_what_the_file_holds(rich: PressRelease) -> None:
    """The HTML renderer embeds news_article(); it must equal the .jsonld file."""
    options = RenderOptions()
    assert json.loads(json.dumps(news_article(compose(rich, options.timestamp)))) == render(
        rich, options
    )


def test_news_article_members_are_not_shared(rich: PressRelease) -> None:
    article = news_article(compose(rich))
    assert article["author"] is not article["about"]
    assert article["publisher"] is not article["about"]


def test_output_is_deterministic_utf8_json(rich: PressRelease) -> None:
    first = JsonLdRenderer().render(rich, RenderOptions())
    assert first == JsonLdRenderer().render(load(RICH), RenderOptions())
    assert first.endswith(b"}\n")
    assert "新工厂".encode() in first
    assert list(json.loads(first)) == sorted(json.loads(first))


def test_registered_under_its_name() -> None:
    renderer = get_renderer("jsonld")
    assert isinstance(renderer, JsonLdRenderer)
    assert (renderer.extension, renderer.media_type) == ("jsonld", "application/ld+json")


TEXT = FIELD_TEXT


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=TEXT, keyword=TEXT, issuer=TEXT, city=TEXT)
def test_field_text_survives_json_exactly(
    example_release: PressRelease, headline: str, keyword: str, issuer: str, city: str
) -> None:
    data = example_release.model_dump()
    data.update(
        headline=headline,
        keywords=[keyword],
        issuer={"name": issuer, "listings": [{"exchange": "X", "symbol": keyword}]},
    )
    data["dateline"] = {**data["dateline"], "city": city}
    release = valid_or_skip(data)
    article = render(release)
    assert article["headline"] == release.headline
    assert article["keywords"] == release.keywords
    assert article["about"]["name"] == release.issuer.name
    assert article["about"]["tickerSymbol"] == f"X {release.keywords[0]}"
    assert article["locationCreated"]["address"]["addressLocality"] == release.dateline.city
    assert article["dateline"].startswith(release.dateline.city)
