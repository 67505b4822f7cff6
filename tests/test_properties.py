"""Property: whatever text goes into a field of a release comes out of the wire copy exactly."""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pressrelease.inline import escape_inline, parse_inline, plain_text
from pressrelease.model import PressRelease
from tests.helpers import wire

# Any character XML can hold, from every script; whitespace runs are a layout matter.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@given(TEXT)
def test_escaped_text_parses_back_to_itself(text: str) -> None:
    assert plain_text(parse_inline(escape_inline(text))) == text


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXT, min_size=16, max_size=16))
def test_every_field_appears_in_the_wire_copy(texts: list[str]) -> None:
    t = iter(texts)
    raw_inline = [next(t) for _ in range(7)]
    inline = [escape_inline(text) for text in raw_inline]
    plain = [next(t) for _ in range(9)]
    data: dict[str, Any] = {
        "slug": "p",
        "headline": plain[0],
        "subheadlines": [plain[1]],
        "dateline": {"city": plain[2], "date": "2024-01-01"},
        "body": [
            inline[0],
            {"kind": "subheading", "text": plain[3]},
            {"kind": "list", "items": [inline[1]]},
            {"kind": "quote", "text": inline[2], "speaker": {"name": plain[4]}},
            {"kind": "table", "header": [inline[3]], "rows": [[inline[4]]]},
        ],
        "boilerplates": [{"heading": plain[5], "paragraphs": [inline[5]]}],
        "disclaimers": [{"heading": plain[6], "paragraphs": [inline[6]]}],
        "contacts": [{"name": plain[7], "organization": plain[8]}],
        "issuer": {"name": "Issuer"},
    }
    release = PressRelease.model_validate(data)
    expected = [*plain, *raw_inline]
    unwrapped = flat(wire(release, 0))
    for text in expected:
        assert flat(text) in unwrapped
    wrapped = squash(wire(release, 72))
    for text in expected:
        assert squash(text) in wrapped
