"""The HTML renderer: one self-contained page, read back with an HTML parser."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from pressrelease.document import compose, wording
from pressrelease.loading import load
from pressrelease.model import PressRelease, Quote
from pressrelease.registry import get_renderer
from pressrelease.renderers._shared.escaping import href
from pressrelease.renderers._shared.schema_org import news_article
from pressrelease.renderers._shared.tree import el, serialize
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.html import STYLES, HtmlRenderer
from tests.epub_support import KITCHEN_SINK
from tests.helpers import missing_sentences, normalize_ws, valid_or_skip
from tests.html_support import Node, parse
from tests.test_epub_properties import TEXT


def page(release: PressRelease, options: RenderOptions | None = None) -> tuple[str, Node]:
    html = HtmlRenderer().render(release, options or RenderOptions()).decode("utf-8")
    root, doctype = parse(html)
    assert doctype == "DOCTYPE html"
    return html, root


def ld_json(root: Node) -> Any:
    (script,) = root.iter("script")
    assert script.attrs == {"type": "application/ld+json"}
    return json.loads(script.text())


@pytest.fixture(scope="module")
def kitchen_sink() -> PressRelease:
    return load(KITCHEN_SINK)


def test_registered_as_html() -> None:
    renderer = get_renderer("html")
    assert isinstance(renderer, HtmlRenderer)
    assert (renderer.extension, renderer.media_type) == ("html", "text/html; charset=utf-8")


def test_every_seed_sentence_is_in_the_page(example_release: PressRelease) -> None:
    _, root = page(example_release)
    (body,) = root.iter("body")
    assert missing_sentences(body.text()) == []


def test_head_and_language(example_release: PressRelease) -> None:
    _, root = page(example_release)
    (html,) = root.iter("html")
    assert html.attrs == {"lang": "en"}
    metas = root.iter("meta")
    assert {"charset": "utf-8"} in [m.attrs for m in metas]
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in [
        m.attrs for m in metas
    ]
    (title,) = root.iter("title")
    assert title.text() == example_release.headline


def test_semantic_structure(example_release: PressRelease) -> None:
    _, root = page(example_release)
    (h1,) = root.iter("h1")
    assert h1.text() == example_release.headline
    (lead,) = root.by_class("p", "lead")
    first = lead.children[0]
    assert isinstance(first, Node)
    assert (first.tag, first.attrs.get("class"), first.text()) == (
        "span",
        "dateline",
        "Suzhou, China, 24 October 2021",
    )
    assert lead.text().startswith("Suzhou, China, 24 October 2021 - MicroPort Institute")
    (quote,) = root.by_class("p", "quote")
    example_quote = example_release.body[2]
    assert isinstance(example_quote, Quote)
    assert quote.text() == "".join(
        s.text for s in wording.quote_spans(example_quote, "en") if hasattr(s, "text")
    )
    (about,) = root.by_class("section", "boilerplate")
    assert about.iter("h2")[0].text() == "About MicroPort Institute of Health (MIH)"
    assert [p.text() for p in root.by_class("p", "end-mark")] == ["###"]


def test_json_ld_is_the_news_article(example_release: PressRelease) -> None:
    _, root = page(example_release)
    data = ld_json(root)
    expected = json.loads(json.dumps(news_article(compose(example_release))))
    assert data == expected
    assert data["@type"] == "NewsArticle"


def test_self_contained_for_mail(example_release: PressRelease, kitchen_sink: PressRelease) -> None:
    for release in (example_release, kitchen_sink):
        _, root = page(release)
        assert root.iter("link") == []
        assert root.iter("img") == []
        assert root.iter("iframe") == []
        assert [n.tag for n in root.iter() if "src" in n.attrs] == []
        (style,) = root.iter("style")
        assert "@import" not in style.text()
        assert "url(" not in style.text()
        assert len(root.iter("script")) == 1
        addresses = [
            (node.tag, name)
            for node in root.iter()
            for name, value in node.attrs.items()
            if re.search(r"(?i)(https?:|//|data:)", str(value))
        ]
        assert {tag for tag, name in addresses} <= {"a"}, "only links name other places"
        assert {name for tag, name in addresses} <= {"href"}


def test_inline_styles_survive_without_the_style_block(kitchen_sink: PressRelease) -> None:
    _, root = page(kitchen_sink)
    (body,) = root.iter("body")
    for node in body.iter():
        if node.tag in ("#document", "body", "header", "section", "br", "em", "strong"):
            continue
        keys = {node.tag, f"{node.tag}.{node.attrs.get('class')}"}
        if keys & STYLES.keys():
            assert node.attrs.get("style"), f"<{node.tag} class={node.attrs.get('class')}>"
    (article,) = root.iter("article")
    assert "max-width" in str(article.attrs["style"])


def test_kitchen_sink(kitchen_sink: PressRelease) -> None:
    html, root = page(kitchen_sink)
    (h1,) = root.iter("h1")
    assert (
        h1.text() == "Acme & Sons <Robotics> Unveils “Kite” 🪁 — a Delivery Drone for Dense Cities"
    )
    subs = [p.text() for p in root.by_class("p", "subheadline")]
    assert subs[1] == "The drone that fits where <b>trucks</b> don't & never will ]]>"
    assert root.iter("b") == [], "text never becomes markup"
    assert [th.text() for th in root.iter("th")] == ["Model", "Payload", "Range", "Price (US$)"]
    assert [len(root.iter("ul")), len(root.iter("ol")), len(root.iter("table"))] == [2, 1, 1]
    assert len(root.by_class("p", "quote")) == 3
    assert len(root.iter("address")) == 3
    assert [p.text() for p in root.by_class("p", "end-mark")] == ["-30-"]
    (timing,) = root.by_class("p", "timing")
    assert timing.text() == wording.timing_line(kitchen_sink)
    data = ld_json(root)
    assert data["headline"] == kitchen_sink.headline
    assert data["alternativeHeadline"][1] == kitchen_sink.subheadlines[1]
    opening = '<script type="application/ld+json">'
    script = html[html.index(opening) + len(opening) :]
    script = script[: script.index("</script>")]
    assert "<" not in script, "no text can close the script or open a comment in it"
    (meta,) = [m for m in root.iter("meta") if m.attrs.get("name") == "keywords"]
    assert meta.attrs["content"] == "drones, logistics, R&D <robotics>, 配達"


def test_right_to_left(example_release: PressRelease) -> None:
    _, root = page(example_release.model_copy(update={"language": "ar"}))
    (html,) = root.iter("html")
    assert html.attrs == {"lang": "ar", "dir": "rtl"}


def test_same_input_same_bytes(kitchen_sink: PressRelease) -> None:
    first = HtmlRenderer().render(kitchen_sink, RenderOptions())
    assert first == HtmlRenderer().render(kitchen_sink.model_copy(), RenderOptions())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=TEXT, sub=TEXT, lead=TEXT, said=TEXT, name=TEXT, keyword=TEXT)
def test_text_appears_exactly(
    headline: str, sub: str, lead: str, said: str, name: str, keyword: str
) -> None:
    release = valid_or_skip(
        {
            "slug": "random",
            "headline": headline,
            "subheadlines": [sub],
            "dateline": {"city": "Rome", "date": "2024-02-29"},
            "body": [lead, {"kind": "quote", "text": said, "speaker": {"name": name}}],
            "keywords": [keyword],
            "issuer": {"name": name},
        }
    )
    _, root = page(release)
    (h1,) = root.iter("h1")
    assert h1.text() == release.headline
    (title,) = root.iter("title")
    assert title.text() == release.headline
    assert [p.text() for p in root.by_class("p", "subheadline")] == release.subheadlines
    (lead_p,) = root.by_class("p", "lead")
    assert normalize_ws(lead_p.text()).endswith(normalize_ws(release.body[0].text.plain))  # type: ignore[union-attr]
    data = ld_json(root)
    assert data == json.loads(json.dumps(news_article(compose(release))))
    (meta,) = [m for m in root.iter("meta") if m.attrs.get("name") == "keywords"]
    assert meta.attrs["content"] == release.keywords[0]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://example.com/a?b=1&c=2#top", "https://example.com/a?b=1&c=2#top"),
        ("https://example.com/a b/<x>", "https://example.com/a%20b/%3Cx%3E"),
        ('https://example.com/"q"', "https://example.com/%22q%22"),
        ("https://example.com/100%/%20ok", "https://example.com/100%25/%20ok"),
        ("https://example.com/#a#b", "https://example.com/#a%23b"),
        ("mailto:jane.doe+pr@example.com", "mailto:jane.doe+pr@example.com"),
        ("https://例え.jp/東京", "https://%E4%BE%8B%E3%81%88.jp/%E6%9D%B1%E4%BA%AC"),
    ],
)
def test_addresses_are_made_safe_for_href(address: str, expected: str) -> None:
    assert href(address) == expected


def test_serializer_escapes_and_closes() -> None:
    tree = el("p", {"class": 'a"b', "lang": "en"}, "x < y & ]]>", el("br"), el("em", None, "z"))
    assert serialize(tree, xhtml=True) == (
        '<p class="a&quot;b" lang="en" xml:lang="en">x &lt; y &amp; ]]&gt;<br/>\n<em>z</em></p>\n'
    )
    assert serialize(tree, xhtml=False, styles={"p": "margin:0", "em": "color:red"}) == (
        '<p class="a&quot;b" lang="en" style="margin:0">x &lt; y &amp; ]]&gt;<br>\n'
        '<em style="color:red">z</em></p>\n'
    )


def test_right_to_left_blocks_get_dir_auto() -> None:
    from pressrelease.renderers._shared.tree import el, serialize

    assert serialize(el("p", None, "Kamiya said, “שלום!”"), xhtml=True).startswith('<p dir="auto">')
    assert serialize(el("p", None, "English only"), xhtml=False).startswith("<p>")
