"""Import: plain text -> a release, word for word, with a report of what was guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressrelease.api import render
from pressrelease.cli import main
from pressrelease.importing import NotAReleaseError, from_text, read, to_yaml
from pressrelease.loading import load, loads
from pressrelease.model import BulletList, Paragraph, PressRelease, Quote, Subheading
from pressrelease.renderers.base import RenderOptions
from tests.helpers import EXAMPLE, ROOT, SEED, make, normalize_ws, not_printed_in_order, wire

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.txt"))
EXAMPLES = sorted((ROOT / "examples").glob("*/release.yaml"))

# -- the seed release, field by field -------------------------------------------------------


def test_seed_text_gives_the_example_in_every_field_it_states() -> None:
    example = load(EXAMPLE)
    imported = read(SEED)
    release = imported.release
    assert release.headline == example.headline
    assert release.subheadlines == example.subheadlines == []
    assert release.embargo is None
    assert release.dateline == example.dateline
    assert len(release.body) == len(example.body)
    for got, expected in zip(release.body, example.body, strict=True):
        assert type(got) is type(expected)
        assert got == expected
    quote = release.body[2]
    assert isinstance(quote, Quote)
    assert quote.speaker.name == "Dr. Chengyun Yue"
    assert (
        quote.speaker.title == "First Vice President of Business Development and Project Management"
    )
    assert quote.speaker.organization == "MicroPort®"
    assert (quote.verb, quote.position) == ("commented", "before")
    assert quote.attribution == example.body[2].attribution  # type: ignore[union-attr]
    assert release.boilerplates == example.boilerplates
    assert release.issuer.listings == example.issuer.listings
    assert release.issuer.name == example.issuer.name
    assert release.language == "en"
    assert release.end_mark is None  # the published text has none (the example keeps ###)
    assert release.timing is False  # the published text prints no timing line
    unprinted = {"end_mark": None, "timing": False}
    assert render(release, "txt") == render(example.model_copy(update=unprinted), "txt")


def test_seed_report_names_lines_and_fields() -> None:
    imported = read(SEED)
    report = imported.report()
    assert any(line.startswith(f"{SEED}:15: guessed: listing HKEX: 00853") for line in report)
    assert any(":7: guessed: a quote by Dr. Chengyun Yue" in line for line in report)
    text = to_yaml(imported)
    assert "# guessed (line 7): a quote by Dr. Chengyun Yue" in text
    assert 'symbol: "00853"' in text
    assert loads(text) == imported.release


# -- the corpus: every line of the source appears in the wire copy ----------------------------


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_corpus_lines_appear_word_for_word(path: Path) -> None:
    release = read(path).release
    wire = normalize_ws(render(release, "txt", RenderOptions(text_width=0)).decode("utf-8"))
    source = path.read_text(encoding="utf-8")
    missing = [line for line in source.splitlines() if normalize_ws(line) not in wire]
    assert missing == []


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_corpus_prints_back_every_line_in_order(path: Path) -> None:
    """Each source line, contact lines and closing lines included, is printed word for word
    and in the source's order (the wire copy only adds its layout: wrapping, blank lines)."""
    release = read(path).release
    wire = render(release, "txt", RenderOptions(text_width=0)).decode("utf-8")
    missing = not_printed_in_order(path.read_text(encoding="utf-8").splitlines(), wire)
    assert missing == [], f"not printed after what comes before it: {missing[0]!r}"


def test_a2_corpus_text_imports_as_published() -> None:
    release = read(CORPUS[1]).release
    assert release.timing is False  # the wire printed no timing line
    kinds = [section.kind for section in release.closing]
    assert kinds == ["end_mark", "about", "contacts", "contacts", "notes"]
    wire = render(release, "txt", RenderOptions(text_width=0)).decode("utf-8")
    source = CORPUS[1].read_text(encoding="utf-8")
    closing = source[source.index("###") :].split("\n")
    printed = [line.strip() for line in wire[wire.index("###") :].split("\n") if line.strip()]
    assert printed == [line for line in closing if line.strip()]


def test_corpus_structure() -> None:
    honda, a2, mara, trust = (read(path).release for path in CORPUS)
    assert isinstance(honda.body[0], BulletList)
    assert honda.dateline.city == "Anna"
    assert (honda.dateline.region, honda.dateline.style) == ("Ohio", "ap")
    assert honda.dateline.credit == "/PRNewswire/"
    assert honda.dateline.printed is None
    assert any(isinstance(b, Subheading) for b in honda.body)
    assert sum(isinstance(b, Quote) for b in honda.body) == 1
    assert a2.dateline.printed == "--News Direct--"
    assert a2.end_mark == "###"
    assert [c.role for c in a2.all_contacts] == ["Media", "PR", "Investor Relations", "Media"]
    assert a2.all_contacts[1].organization == "A2 Healthcare Japan"
    assert a2.all_contacts[2].organization is None  # not printed on its card
    assert a2.closing[-1].kind == "notes"
    assert a2.closing[-1].blocks[0].text.source.startswith("View source version")  # type: ignore[union-attr]
    assert mara.subheadlines[1] == "Establishes Regional Headquarters in Paris, France"
    quotes = [b for b in mara.body if isinstance(b, Quote)]
    assert [q.speaker.name for q in quotes] == [
        "Fred Thiel",
        "Gérard Mestrallet",
        "François Garcin",
    ]
    assert [q.attribution for q in quotes[1:]] == ["Mestrallet", "Garcin"]
    assert mara.issuer.listings[0].symbol == "MARA"
    assert (trust.dateline.printed, trust.dateline.separator) == ("CHICAGO–(BUSINESS WIRE)", "–")
    assert trust.issuer.name == "Northern Trust Corporation"


# -- round trips: the wire copy of every example imports back to the same wire copy --------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_wire_copy_of_each_example_imports_back_byte_for_byte(path: Path) -> None:
    wire = render(load(path), "txt")
    again = from_text(wire.decode("utf-8")).release
    assert render(again, "txt") == wire
    unwrapped = render(load(path), "txt", RenderOptions(text_width=0))
    assert render(from_text(unwrapped.decode("utf-8")).release, "txt") == wire


WORD = st.from_regex(r"[A-Za-z][a-z]{0,8}", fullmatch=True)
SENTENCE = st.lists(WORD, min_size=3, max_size=30).map(lambda w: " ".join(w) + ".")
TITLE = st.lists(WORD, min_size=2, max_size=8).map(lambda w: " ".join(x.title() for x in w))
ITEM = st.lists(WORD, min_size=1, max_size=20).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    TITLE,
    st.lists(TITLE, max_size=2),
    st.lists(SENTENCE, min_size=1, max_size=3),
    st.lists(ITEM, min_size=1, max_size=3),
    st.sampled_from(["international", "ap"]),
    st.sampled_from(["###", "-30-", None]),
    st.booleans(),
    st.sampled_from(["UTC", "Asia/Shanghai", "America/New_York", "Asia/Kolkata", None]),
)
def test_wire_copy_of_generated_releases_imports_back_byte_for_byte(
    headline: str,
    subheadlines: list[str],
    paragraphs: list[str],
    items: list[str],
    style: str,
    end_mark: str | None,
    extras: bool,
    zone: str | None,
) -> None:
    body: list[object] = [paragraphs[0], {"kind": "list", "ordered": extras, "items": items}]
    body += [{"kind": "subheading", "text": headline}, *paragraphs[1:]]
    if extras:
        speaker = {"name": "Jane Roe", "title": "CEO", "organization": "Acme"}
        body.insert(1, {"kind": "quote", "text": paragraphs[0][:-1], "speaker": speaker})
    data: dict[str, object] = {
        "slug": "x",
        "headline": headline,
        "subheadlines": subheadlines,
        "dateline": {"city": "Paris", "country": "France", "date": "2024-05-01", "style": style},
        "body": body,
        "boilerplates": [{"heading": "About Acme", "paragraphs": paragraphs[:1]}],
        "disclaimers": [{"heading": "Forward-Looking Statements", "paragraphs": paragraphs}],
        "issuer": {"name": "Acme"},
        "end_mark": end_mark,
    }
    if extras:
        data["contacts"] = [
            {"name": "Jane Roe", "organization": "Acme Corp", "email": "jane@acme.example"},
            {"role": "Investors", "phone": "+1 555 0100", "url": "https://acme.example/ir"},
        ]
    if zone:
        from zoneinfo import ZoneInfo

        until = dt.datetime(2024, 5, 1, 9, 30, tzinfo=ZoneInfo(zone))
        data["embargo"] = {"until": until.isoformat(), "timezone": zone}
    text = wire(PressRelease.model_validate(data))
    assert wire(from_text(text).release) == text


# -- recognition --------------------------------------------------------------------------------

LEAD = "Acme today launched widgets for every home in the county, the company said."


@pytest.mark.parametrize(
    ("dateline", "fields"),
    [
        ("Suzhou, China, 24 October 2021 - ", {"city": "Suzhou", "country": "China"}),
        ("SUZHOU, China, Oct. 24, 2021 /PRNewswire/ -- ", {"city": "Suzhou", "style": "ap"}),
        ("ANNA, Ohio, July 21, 2025 — ", {"region": "Ohio", "printed": None}),
        ("Miami, FL (GLOBE NEWSWIRE) -- ", {"printed": "Miami, FL (GLOBE NEWSWIRE)"}),
        ("CHICAGO--(BUSINESS WIRE)--", {"printed": "CHICAGO--(BUSINESS WIRE)", "separator": "--"}),
        ("Paris, France, October 24, 2021: ", {"separator": ": "}),
    ],
)
def test_datelines_keep_the_text_word_for_word(dateline: str, fields: dict[str, str]) -> None:
    text = f"FOR IMMEDIATE RELEASE\n\nAcme launches widgets\n\n{dateline}{LEAD}\n"
    release = from_text(text).release
    for name, value in fields.items():
        assert getattr(release.dateline, name) == value
    wire = render(release, "txt", RenderOptions(text_width=0)).decode("utf-8")
    assert f"{dateline}{LEAD}" in wire


def test_undated_dateline_takes_the_first_date_in_the_text() -> None:
    imported = from_text(f"Head line here\n\nCHICAGO--(BUSINESS WIRE)--On July 22, 2025, {LEAD}")
    assert imported.release.dateline.date == dt.date(2025, 7, 22)
    assert any(g.field == "dateline.date" for g in imported.guesses)


def test_embargo_line_sets_the_embargo() -> None:
    line = "EMBARGOED UNTIL 09:00 (UTC+08:00), Sunday, 24 October 2021 / 01:00 UTC"
    release = from_text(f"{line}\n\nHeadline\n\nSuzhou, China, 24 October 2021 - {LEAD}").release
    assert release.embargo is not None
    assert release.embargo.until == dt.datetime(2021, 10, 24, 1, tzinfo=dt.timezone.utc)
    assert render(release, "txt").decode("utf-8").startswith(line + "\n")


def test_hard_wrapped_paragraphs_and_lists_are_joined() -> None:
    text = (
        "Acme launches widgets\n\n"
        "PARIS, France, Oct. 24, 2021 — Acme today launched widgets for\n"
        "every home in the county.\n"
        "Highlights include:\n"
        "* first point that is long\n"
        "  and wraps\n"
        "* second point\n\n"
        "-30-\n"
    )
    release = from_text(text).release
    assert release.body[0] == Paragraph(
        text="Acme today launched widgets for every home in the county."
    )
    assert release.body[1] == Paragraph(text="Highlights include:")
    assert release.body[2] == BulletList(
        items=["first point that is long and wraps", "second point"]
    )
    assert release.end_mark == "-30-"


def test_markup_characters_are_escaped_and_addresses_linked() -> None:
    lead = "Acme *really* [did] it_now <b> \\ see https://acme.example/a_b."
    release = from_text(f"Headline\n\nParis, France, 24 October 2021 - {lead}").release
    paragraph = release.body[0]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.plain == lead
    assert "<https://acme.example/a_b>" in paragraph.text.source


def test_mixed_narrative_and_quote_stays_a_paragraph() -> None:
    mixed = "The plan is “bold,” said Jane Roe, who joined in May. Sales rose."
    release = from_text(f"Headline\n\nParis, France, 24 October 2021 - {LEAD}\n\n{mixed}").release
    assert release.body[1] == Paragraph(text=mixed)


def test_quote_after_with_name_second() -> None:
    said = "“We are proud,” Jane Roe said."
    release = from_text(f"Headline\n\nParis, France, 24 October 2021 - {LEAD}\n\n{said}").release
    quote = release.body[1]
    assert isinstance(quote, Quote)
    assert (quote.speaker.name, quote.verb_first) == ("Jane Roe", False)


@pytest.mark.parametrize(
    ("written", "exchange", "symbol"),
    [
        ("(NYSE: ABC)", "NYSE", "ABC"),
        ("(HKEX: 00853)", "HKEX", "00853"),
        ("(00853.HK)", "HKEX", "00853"),
    ],
)
def test_tickers_become_listings(written: str, exchange: str, symbol: str) -> None:
    text = f"Headline\n\nParis, France, 24 October 2021 - Acme Widgets Inc. {written} {LEAD}"
    issuer = from_text(text).release.issuer
    assert (issuer.listings[0].exchange, issuer.listings[0].symbol) == (exchange, symbol)
    assert issuer.name == "Acme Widgets Inc."


def test_language_detection_and_override() -> None:
    text = "Заголовок новости\n\nМОСКВА, Russia, 24 October 2021 - Компания объявила о запуске."
    assert from_text(text).release.language == "ru"
    assert from_text(text, language="ru-RU").release.language == "ru-RU"
    assert (
        from_text(f"Headline\n\nParis, France, 24 October 2021 - {LEAD}").release.language == "en"
    )


def test_slug_is_issuer_and_date_and_stable() -> None:
    about = "About Acme Corp\n\nAcme makes things."
    text = f"Headline\n\nParis, France, 24 October 2021 - {LEAD}\n\n{about}"
    first, second = from_text(text).release, from_text(text).release
    assert first.slug == second.slug == "acme-corp-2021-10-24"


def test_unplaced_text_after_the_end_mark_is_kept_as_a_note_where_it_stands() -> None:
    text = f"Headline\n\nParis, France, 24 October 2021 - {LEAD}\n\n###\n\nA stray sentence here."
    imported = from_text(text)
    closing = imported.release.closing
    assert [s.kind for s in closing] == ["end_mark", "notes"]
    assert closing[1].blocks == [Paragraph(text="A stray sentence here.")]  # type: ignore[union-attr]
    assert any("kept as a note" in g.message for g in imported.guesses)
    wire = render(imported.release, "txt", RenderOptions(text_width=0)).decode("utf-8")
    assert wire.index("###") < wire.index("A stray sentence here.")


def test_no_dateline_keeps_the_lead_word_for_word() -> None:
    imported = from_text(f"Headline\n\n{LEAD}\n\nSecond paragraph of the release.")
    wire = render(imported.release, "txt", RenderOptions(text_width=0)).decode("utf-8")
    assert LEAD in wire
    assert any(g.field == "dateline" for g in imported.guesses)


def test_to_yaml_loads_back_to_the_release() -> None:
    for path in CORPUS:
        imported = read(path)
        assert loads(to_yaml(imported)) == imported.release


def test_read_accepts_text_or_path(tmp_path: Path) -> None:
    assert read(str(SEED)).release == read(SEED).release == read(SEED.read_text("utf-8")).release
    assert make().headline == "Headline"  # helpers stay importable


# -- not a release -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b" \n\n \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait\n\nmore text here", "not UTF-8"),
        (b"word\n", "not a press release"),
    ],
)
def test_not_a_release_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source = tmp_path / "release.txt"
    source.write_bytes(content)
    assert main(["import", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"pressrelease: error: {source}:")
    assert message in err
    assert "Traceback" not in err
    with pytest.raises(NotAReleaseError):
        read(source)


def test_cli_writes_yaml_and_reports_guesses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "release.yaml"
    assert main(["import", str(SEED), "-o", str(out), "--language", "en-GB"]) == 0
    err = capsys.readouterr().err
    assert f"{SEED}:15: guessed: listing HKEX: 00853" in err
    release = load(out)
    assert release.language == "en-GB"
    assert release.headline == load(EXAMPLE).headline
    assert main(["import", str(SEED)]) == 0
    assert capsys.readouterr().out.startswith("# Imported from")


def test_email_style_release_with_contact_above_the_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\n"
        "Contact: Jane Doe\nAcme Corp\n+1 555 123 4567\njane@acme.com\n\n"
        "Acme Launches Widgets\nNew line improves everything\n\n"
        "NEW YORK, NY, May 1, 2024 /PRNewswire/ -- Acme Corp. (NYSE: ACME) today\n"
        "launched its widgets, a new line of products for every home.\n\n"
        '"We are thrilled," said John Smith, CEO of Acme.\n\n'
        "About Acme\nAcme makes widgets.\n\n"
        "Forward-Looking Statements\nThis release contains forward-looking statements.\n\n"
        "###\n"
    )
    release = from_text(text).release
    assert release.headline == "Acme Launches Widgets"
    assert release.subheadlines == ["New line improves everything"]
    contact = release.contacts[0]
    assert (contact.name, contact.organization) == ("Jane Doe", "Acme Corp")
    assert (contact.phone, contact.email) == ("+1 555 123 4567", "jane@acme.com")
    quote = release.body[1]
    assert isinstance(quote, Quote)
    assert quote.marks == ('"', '"')
    assert release.boilerplates[0].heading == "About Acme"
    assert release.disclaimers[0].heading == "Forward-Looking Statements"
    assert release.end_mark == "###"
    assert release.dateline.separator == " -- "


# -- as published: closing order, contact cards, timing line, quote comma ------------------------

HEAD = f"Acme Opens Plant\n\nParis, France, 24 October 2021 - {LEAD}\n\n"
ABOUT = "About Acme Corp\n\nAcme makes things."
DISCLAIMER = "Forward-Looking Statements\n\nThis press release contains forward-looking statements."


def _prints_back(text: str) -> tuple[PressRelease, str]:
    """The imported release, after checking that its wire copy prints every line of ``text``
    word for word and in order."""
    release = from_text(text).release
    wire = normalize_ws(render(release, "txt", RenderOptions(text_width=0)).decode("utf-8"))
    missing = not_printed_in_order(text.splitlines(), wire)
    assert missing == [], f"{missing[0]!r} not printed in order"
    assert loads(to_yaml(from_text(text))) == release
    return release, wire


def test_sections_in_the_classic_order_keep_the_classic_fields() -> None:
    contact = "Media contact:\nJane Roe, Acme Corp\njane@acme.example\n+1 555 0100"
    release, _ = _prints_back(f"{HEAD}{ABOUT}\n\n{DISCLAIMER}\n\n{contact}\n\n###\n")
    assert release.closing == []
    assert [len(release.boilerplates), len(release.disclaimers)] == [1, 1]
    (card,) = release.contacts
    assert (card.heading, card.lines, card.name, card.phone) == (
        None,
        None,
        "Jane Roe",
        "+1 555 0100",
    )
    assert release.end_mark == "###"


@pytest.mark.parametrize(
    ("closing", "kinds"),
    [
        (f"{DISCLAIMER}\n\n{ABOUT}", ["disclaimer", "about"]),
        (f"Media contact:\nJane Roe\njane@acme.example\n\n{ABOUT}", ["contacts", "about"]),
        (f"###\n\n{ABOUT}", ["end_mark", "about"]),
        (
            f"{ABOUT}\n\n###\n\nView source version on businesswire.com",
            ["about", "end_mark", "notes"],
        ),
        (f"{ABOUT}\n\nFinancial tables follow.\n\n###", ["about", "notes"]),
    ],
    ids=["disclaimer-first", "contacts-first", "end-mark-first", "view-source", "tables-follow"],
)
def test_sections_out_of_the_classic_order_are_written_in_closing(
    closing: str, kinds: list[str]
) -> None:
    release, wire = _prints_back(f"{HEAD}{closing}\n")
    assert [section.kind for section in release.closing] == kinds
    assert (release.boilerplates, release.disclaimers, release.contacts) == ([], [], [])
    text = to_yaml(from_text(f"{HEAD}{closing}\n"))
    assert "  - kind:" not in text.split("closing:", 1)[1].split("issuer:", 1)[0]
    if "end_mark" in kinds:
        assert "\n  - end_mark\n" in text
    if closing.endswith("###"):
        assert wire.rstrip().endswith("###")


@pytest.mark.parametrize(
    ("card", "heading", "fields"),
    [
        (
            "Media Contact:\nJane Roe\nEmail: jane@acme.example\nTel: +1 555 0100",
            "Media Contact:",
            {"name": "Jane Roe", "email": "jane@acme.example", "phone": "+1 555 0100"},
        ),
        (
            "Media contact:\nJane Roe, Acme: +1 555 0100; jane@acme.example",
            None,
            {"name": "Jane Roe", "organization": "Acme", "phone": "+1 555 0100"},
        ),
        (
            "Contact Details\nAcme Press Office\n+1 555 0100\npress@acme.example",
            "Contact Details",
            {"organization": "Acme Press Office", "email": "press@acme.example"},
        ),
        (
            "Media contact:\npress@acme.example\nAcme Press Office",
            None,
            {"organization": "Acme Press Office", "email": "press@acme.example"},
        ),
    ],
    ids=["labels", "one-line", "other-heading", "other-order"],
)
def test_contact_cards_keep_their_printed_lines(
    card: str, heading: str | None, fields: dict[str, str]
) -> None:
    release, _ = _prints_back(f"{HEAD}{ABOUT}\n\n{card}\n")
    (contact,) = release.contacts
    assert contact.heading == heading
    assert contact.lines is not None
    assert [line.plain for line in contact.lines] == card.split("\n")[1:]
    for name, value in fields.items():
        assert getattr(contact, name) == value


def test_several_cards_under_one_heading_are_one_contacts_section() -> None:
    cards = "Investor Contacts:\n\nJane Roe\njane@acme.example\n\nBob Smith\nbob@acme.example"
    release, wire = _prints_back(f"{HEAD}{ABOUT}\n\n{cards}\n")
    (section,) = [s for s in release.closing if s.kind == "contacts"]
    assert section.heading == "Investor Contacts:"
    assert [c.name for c in section.contacts] == ["Jane Roe", "Bob Smith"]
    assert all(c.heading is False for c in section.contacts)
    assert wire.count("Investor Contacts:") == 1


@pytest.mark.parametrize(
    ("top", "timing", "preamble"),
    [
        ("FOR IMMEDIATE RELEASE\n\n", None, []),
        ("For Immediate Release\n\n", "For Immediate Release", []),
        ("", False, []),
        ("NEWS RELEASE\n\nFOR IMMEDIATE RELEASE\n\n", None, ["NEWS RELEASE"]),
        ("報道関係者各位\n\nプレスリリース\n\n", False, ["報道関係者各位", "プレスリリース"]),
    ],
    ids=["default", "worded", "none", "preamble", "japanese-preamble"],
)
def test_timing_line_and_preamble_as_published(
    top: str, timing: str | bool | None, preamble: list[str]
) -> None:
    release, wire = _prints_back(f"{top}{HEAD}")
    assert (release.timing, release.preamble) == (timing, preamble)
    assert release.headline == "Acme Opens Plant"
    assert wire.startswith(normalize_ws(top).strip() or "Acme Opens Plant")


def test_timing_line_under_the_headline() -> None:
    text = f"Acme Opens Plant\n\nFOR IMMEDIATE RELEASE\n\nParis, France, 24 October 2021 - {LEAD}\n"
    release, _ = _prints_back(text)
    assert (release.timing, release.timing_position) == (None, "after_headline")
    assert (
        render(release, "txt", RenderOptions(text_width=0))
        .decode("utf-8")
        .startswith("Acme Opens Plant\n\nFOR IMMEDIATE RELEASE\n")
    )


def test_embargo_line_is_kept_as_printed_when_worded_otherwise() -> None:
    line = "Embargoed until 9:00 a.m. CET, 24 October 2021"
    release, wire = _prints_back(f"{line}\n\n{HEAD}")
    assert release.embargo is not None
    assert release.embargo.until == dt.datetime(2021, 10, 24, 8, 0, tzinfo=dt.timezone.utc)
    assert release.embargo.printed == line
    assert wire.startswith(line)


def test_quote_without_the_usual_comma_prints_back_word_for_word() -> None:
    said = "Bob Roe, MD stated, “We are proud of the plant.”"
    release, _ = _prints_back(f"{HEAD}{said}\n")
    quote = release.body[-1]
    assert isinstance(quote, Quote)
    assert (quote.speaker.name, quote.speaker.title, quote.comma) == ("Bob Roe", "MD", False)
    usual = from_text(f"{HEAD}Bob Roe, MD, stated, “We are proud of the plant.”\n").release
    assert isinstance(usual.body[-1], Quote)
    assert usual.body[-1].comma is None


def test_a_contact_heading_with_no_card_is_kept_as_a_note() -> None:
    release, wire = _prints_back(f"{HEAD}{ABOUT}\n\nMedia Contacts:\n\n###\n")
    assert [section.kind for section in release.closing] == ["about", "notes"]
    assert wire.rstrip().endswith("Media Contacts: ###")


def test_several_cards_above_the_headline_keep_their_heading() -> None:
    cards = "Media Contacts:\nJane Roe\njane@acme.example\nBob Smith\nbob@acme.example"
    release = from_text(f"{cards}\n\n{HEAD}{ABOUT}\n").release
    assert release.headline == "Acme Opens Plant"
    (section,) = [s for s in release.closing if s.kind == "contacts"]
    assert section.heading == "Media Contacts:"
    assert [c.name for c in section.contacts] == ["Jane Roe", "Bob Smith"]


def test_timing_line_under_a_contact_block_at_the_top() -> None:
    text = f"Media contact:\nJane Roe\njane@acme.example\n\nFor Immediate Release\n\n{HEAD}"
    release = from_text(text).release
    assert (release.timing, release.headline) == ("For Immediate Release", "Acme Opens Plant")
    assert [c.name for c in release.contacts] == ["Jane Roe"]
