"""The four real newswire releases of tests/corpus, read back from the EPUB and the HTML
page: every published sentence is there, as in the wire copy (same exemptions)."""

from __future__ import annotations

import pytest

from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.epub import EpubRenderer
from pressrelease.renderers.html import HtmlRenderer
from tests.epub_support import Book, one, text_of
from tests.helpers import normalize_ws, text_sentences, text_units
from tests.html_support import parse
from tests.test_corpus import RELEASES, corpus_text, release_of


def epub_text(name: str) -> str:
    book = Book(EpubRenderer().render(release_of(name), RenderOptions()))
    return normalize_ws(text_of(one(book.content(), "x:body")))


def html_text(name: str) -> str:
    html = HtmlRenderer().render(release_of(name), RenderOptions()).decode("utf-8")
    root, _ = parse(html)
    (body,) = root.iter("body")
    return normalize_ws(body.text())


READERS = {"epub": epub_text, "html": html_text}
CASES = [(name, fmt) for name in sorted(RELEASES) for fmt in sorted(READERS)]


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_every_published_sentence(name: str, fmt: str) -> None:
    haystack = READERS[fmt](name)
    assert [s for s in text_sentences(corpus_text(name)) if s not in haystack] == []


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_every_published_paragraph_is_whole(name: str, fmt: str) -> None:
    haystack = READERS[fmt](name)
    assert [u for u in text_units(corpus_text(name)) if u not in haystack] == []
