"""The plain-text renderer (golden output: test_golden.py): seed fidelity, wrapping and wording."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressrelease.loading import loads
from pressrelease.model import PressRelease
from pressrelease.renderers._shared.wrapping import width, wrap
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.txt import TextRenderer
from tests.helpers import make, missing_sentences, seed_sentences, wire


def test_every_seed_sentence_is_in_the_text(example_release: PressRelease) -> None:
    assert len(seed_sentences()) == 19
    for columns in (72, 0, 40):
        text = wire(example_release, columns)
        assert missing_sentences(text) == [], f"width {columns}"


def test_both_apostrophes_survive(example_release: PressRelease) -> None:
    text = wire(example_release, 0)
    assert "MicroPort®'s long-term" in text
    assert "MicroPort®’s headquarters" in text


def test_wire_copy_shape(example_release: PressRelease) -> None:
    data = TextRenderer().render(example_release, RenderOptions())
    text = data.decode("utf-8")
    assert "\r" not in text
    assert text.endswith("###\n")
    assert text.startswith("FOR IMMEDIATE RELEASE\n\n")
    assert all(width(line) <= 72 for line in text.splitlines())
    assert "Suzhou, China, 24 October 2021 - MicroPort Institute of Health" in text
    assert data == TextRenderer().render(example_release, RenderOptions())


def test_width_zero_keeps_paragraphs_on_one_line(example_release: PressRelease) -> None:
    lines = wire(example_release, 0).split("\n\n")
    assert lines[1] == example_release.headline


def test_wrap_never_splits_words_urls_or_emails() -> None:
    url = "https://example.com/" + "a" * 90
    lines = wrap(f"see {url} or write to press.office@example-company.com now", 30)
    assert url in lines
    assert any("press.office@example-company.com" in line for line in lines)
    assert all(width(line) <= 30 or " " not in line for line in lines)


def test_wide_characters_count_two_columns() -> None:
    text = "中文" * 30
    lines = wrap(text, 20)
    assert all(width(line) <= 20 for line in lines)
    assert "".join(lines) == text
    assert width("中文") == 4


def test_no_line_starts_with_closing_cjk_punctuation() -> None:
    lines = wrap("一二三四五六七八九。" * 8, 18)
    assert not any(line.startswith("。") for line in lines)


def test_embargo_line() -> None:
    release = make(embargo={"until": "2021-10-24T09:00:00+08:00", "timezone": "Asia/Shanghai"})
    assert wire(release).startswith(
        "EMBARGOED UNTIL 09:00 (UTC+08:00), Sunday, 24 October 2021 / 01:00 UTC\n"
    )


def test_embargo_line_crossing_midnight_names_both_days() -> None:
    release = make(embargo={"until": "2021-10-24T07:00:00+08:00", "timezone": "Asia/Shanghai"})
    first = wire(release, 0).splitlines()[0]
    assert first == (
        "EMBARGOED UNTIL 07:00 (UTC+08:00), Sunday, 24 October 2021 / 23:00 UTC, "
        "Saturday, 23 October 2021"
    )


def test_ap_dateline_with_credit() -> None:
    release = make(
        dateline={
            "city": "Anna",
            "region": "Ohio",
            "date": "2025-07-21",
            "style": "ap",
            "credit": "/PRNewswire/",
        },
        body=["Honda will mark the 40th anniversary."],
    )
    assert "ANNA, Ohio, July 21, 2025 /PRNewswire/ — Honda will mark" in wire(release, 0)
    release = make(
        dateline={"city": "Suzhou", "country": "China", "date": "2021-10-24", "style": "ap"}
    )
    assert "SUZHOU, China, Oct. 24, 2021 — Lead paragraph." in wire(release, 0)


def test_dateline_goes_to_the_first_paragraph() -> None:
    release = make(body=[{"kind": "subheading", "text": "Overview"}, "First words."])
    text = wire(release, 0)
    assert "Overview\n\nSpringfield, 1 May 2024 - First words." in text


def test_quote_after_with_continuation() -> None:
    release = make(
        body=[
            "Lead.",
            {
                "kind": "quote",
                "text": "Everything we did was *for* the team",
                "speaker": {"name": "Jane Roe", "title": "plant lead", "organization": "Anna"},
                "continued": "We will **continue**.",
            },
        ]
    )
    assert (
        "“Everything we did was for the team,” said Jane Roe, plant lead of Anna. "
        "“We will continue.”"
    ) in wire(release, 0)


def test_quote_question_keeps_its_mark_and_speaker_first() -> None:
    release = make(
        body=[
            "Lead.",
            {
                "kind": "quote",
                "text": "Why not?",
                "verb_first": False,
                "speaker": {"name": "Kamiya"},
            },
        ]
    )
    assert "“Why not?” Kamiya said." in wire(release, 0)


def test_links_show_their_address() -> None:
    release = make(
        body=["Visit [our site](https://acme.example/news) or <mailto:press@acme.example>."]
    )
    text = wire(release, 0)
    assert "Visit our site (https://acme.example/news) or press@acme.example." in text


def test_lists_tables_contacts_disclaimers() -> None:
    release = make(
        body=[
            "Lead.",
            {"kind": "list", "items": ["First point", "Second point"]},
            {"kind": "list", "ordered": True, "items": ["One", "Two"]},
            {
                "kind": "table",
                "caption": "Results",
                "header": ["Quarter", "Revenue"],
                "rows": [["Q1", "1.50"], ["Q2", "2.00"]],
            },
        ],
        disclaimers=[{"heading": "Forward-Looking Statements", "paragraphs": ["Risks exist."]}],
        contacts=[{"role": "Media", "name": "Jo Doe", "email": "jo@acme.example"}],
        end_mark="-30-",
    )
    text = wire(release)
    assert "* First point\n* Second point" in text
    assert "1. One\n2. Two" in text
    table = "Quarter  Revenue\n-------  -------\nQ1          1.50\nQ2          2.00"
    assert f"Results\n\n{table}" in text
    assert "Forward-Looking Statements\n\nRisks exist." in text
    assert "Media contact:\nJo Doe\njo@acme.example" in text
    assert text.endswith(" " * 34 + "-30-\n")


def test_wide_table_wraps_cells_within_width() -> None:
    long = "word " * 30
    release = make(body=[{"kind": "table", "header": ["A", "B"], "rows": [[long, long]]}])
    text = wire(release)
    assert all(width(line) <= 72 for line in text.splitlines())
    assert text.count("word") == 60


def test_no_end_mark() -> None:
    assert "###" not in wire(make(end_mark=None))


def test_markup_characters_are_text_when_escaped() -> None:
    release = loads(
        "slug: t\nheadline: 'A <b> & *x*'\ndateline: {city: X, date: 2024-01-01}\n"
        "body: ['5 \\* 3 = 15 and <b>bold</b> &amp; AT&T']\nissuer: {name: I}\n"
    )
    text = wire(release, 0)
    assert "A <b> & *x*" in text
    assert "5 * 3 = 15 and <b>bold</b> &amp; AT&T" in text


@pytest.mark.parametrize("columns", [10, 20, 72])
def test_every_line_fits_unless_a_single_word(columns: int, example_release: PressRelease) -> None:
    for line in wire(example_release, columns).splitlines():
        assert width(line) <= columns or len(line.split()) == 1


def test_autolinks_show_the_bare_address() -> None:
    from pressrelease.inline import Link, Text, parse_inline

    (link,) = parse_inline("<mailto:press@acme.example>")
    assert link == Link("mailto:press@acme.example", (Text("press@acme.example"),))
    (web,) = parse_inline("<https://acme.example/a>")
    assert web == Link("https://acme.example/a", (Text("https://acme.example/a"),))


def test_fast_width_path_agrees_with_wcwidth() -> None:
    from wcwidth import wcswidth

    from pressrelease.renderers._shared.wrapping import _ONE_COLUMN

    fast = [chr(o) for o in range(0x20, 0x2100) if _ONE_COLUMN.fullmatch(chr(o))]
    assert len(fast) > 1000
    assert [c for c in fast if wcswidth(c) != 1] == []
    assert width("MicroPort®’s “quote” — ok") == len("MicroPort®’s “quote” — ok")
    assert width("e\u0301") == 1  # a combining accent takes no column of its own


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*"ab ,.-/@’“—…«»é®ΣЖ", "\u00a0", "  ", "https://x.example"]),
        max_size=120,
    ).map("".join),
    columns=st.integers(min_value=1, max_value=40),
    indent=st.sampled_from(["", "* ", "    "]),
    hanging=st.sampled_from(["", "  ", "      "]),
)
def test_one_column_fast_path_wraps_as_the_general_loop(
    text: str, columns: int, indent: str, hanging: str
) -> None:
    """Latin text takes the fast path; it must give exactly the general loop's lines."""
    from pressrelease.renderers._shared.wrapping import _SPACE, _wrap_narrow, _wrap_pieces

    words = _SPACE.split(text.strip(" "))
    assert _wrap_narrow(words, columns, indent, hanging) == _wrap_pieces(
        words, columns, indent, hanging
    )
