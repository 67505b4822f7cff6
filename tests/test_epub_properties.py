"""Whatever text the model accepts comes out of the EPUB exactly as written, or the build
fails with a PressReleaseError, never anything else."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pressrelease.document import wording
from pressrelease.inline import plain_text
from pressrelease.model import Paragraph, PressRelease, Quote, Table
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.epub import EpubRenderer
from tests.epub_support import Book, find_class, one, text_of
from tests.helpers import valid_or_skip

X = "{http://www.w3.org/1999/xhtml}"
# Every character XML 1.0 can hold (the model refuses the others), markup characters,
# right-to-left and CJK scripts, emoji and combining marks included.
_CHARS = st.characters(
    blacklist_categories=["Cs"],
    blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12"
    "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\r\ufffe\uffff",
)
_TRICKY = st.sampled_from(["<", "&", "]]>", "&amp;", "<b>", '"', "'", "🪁", "東京", "עברית", "\n"])
TEXT = st.lists(st.one_of(st.text(_CHARS, min_size=1, max_size=12), _TRICKY), min_size=1).map(
    "".join
)


def make(fields: dict[str, Any]) -> PressRelease:
    return valid_or_skip(fields)  # blank after stripping, a refused link scheme: skipped


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headline=TEXT,
    sub=TEXT,
    lead=TEXT,
    said=TEXT,
    cell=TEXT,
    heading=TEXT,
    keyword=TEXT,
    city=TEXT,
)
def test_text_appears_exactly(
    headline: str, sub: str, lead: str, said: str, cell: str, heading: str, keyword: str, city: str
) -> None:
    assume(cell.strip())  # a blank cell is an empty cell now, which has no text to find
    release = make(
        {
            "slug": "random",
            "headline": headline,
            "subheadlines": [sub],
            "dateline": {"city": city, "date": "2024-02-29"},
            "body": [
                lead,
                {"kind": "quote", "text": said, "speaker": {"name": heading}},
                {"kind": "table", "header": [cell], "rows": [[cell]]},
            ],
            "boilerplates": [{"heading": heading, "paragraphs": [said]}],
            "keywords": [keyword],
            "issuer": {"name": keyword},
        }
    )
    book = Book(EpubRenderer().render(release, RenderOptions()))
    html = book.content()
    (h1,) = html.iter(f"{X}h1")
    assert text_of(h1) == release.headline
    assert [text_of(p) for p in find_class(html, "p", "subheadline")] == release.subheadlines
    (lead_p,) = find_class(html, "p", "lead")
    dateline = release.dateline
    lead_block = release.body[0]
    assert isinstance(lead_block, Paragraph)
    assert text_of(lead_p) == (
        wording.dateline_text(dateline, "en")
        + wording.dateline_separator(dateline)
        + plain_text(lead_block.text.spans)
    )
    quote = release.body[1]
    assert isinstance(quote, Quote)
    (quote_p,) = find_class(html, "p", "quote")
    assert text_of(quote_p) == plain_text(wording.quote_spans(quote, "en"))
    cells = [text_of(c) for c in html.iter(f"{X}th")] + [text_of(c) for c in html.iter(f"{X}td")]
    table = release.body[2]
    assert isinstance(table, Table)
    assert cells == [table.header_rows[0][0].plain, table.rows[0][0].plain]  # type: ignore[union-attr]
    (about,) = find_class(html, "section", "boilerplate")
    assert text_of(about[0]) == release.boilerplates[0].heading
    assert book.dc("title") == [release.headline]
    assert book.dc("subject") == [release.keywords[0]]
    assert book.dc("creator") == [release.issuer.name]
    labels = [text_of(a) for a in one(book.nav(), "x:body").iter(f"{X}a")]
    assert release.headline in labels


@pytest.mark.parametrize(
    ("language", "direction"),
    [
        ("en", None),
        ("zh-Hans", None),
        ("ar", "rtl"),
        ("he-IL", "rtl"),
        ("az-Arab", "rtl"),
        ("ku-Latn", None),
        ("sr-Latn-RS", None),
        ("fa", "rtl"),
    ],
)
def test_any_language_tag_renders(language: str, direction: str | None) -> None:
    release = PressRelease.model_validate(
        {
            "slug": "lang",
            "language": language,
            "headline": "H",
            "dateline": {"city": "C", "date": "2024-02-29"},
            "body": ["P"],
            "issuer": {"name": "I"},
        }
    )
    book = Book(EpubRenderer().render(release, RenderOptions()))
    assert book.dc("language") == [language]
    assert book.content().get("lang") == language
    assert book.content().get("dir") == direction
