"""Import from Markdown, DOCX, HTML and e-mail: the same recognisers as plain text, fed
with the structure each document states (styles, tags), so our own outputs read back."""

from __future__ import annotations

import contextlib
import io
import tempfile
import zipfile
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressrelease.api import render
from pressrelease.cli import main
from pressrelease.errors import InputError
from pressrelease.importing import NotAReleaseError, read, sniff
from pressrelease.importing.word import MAX_UNPACKED
from pressrelease.inline import escape_inline
from pressrelease.loading import load
from pressrelease.model import (
    BulletList,
    ListItem,
    Paragraph,
    PressRelease,
    Quote,
    Subheading,
    Table,
)
from tests.helpers import ROOT, SEED, make

EXAMPLES = sorted((ROOT / "examples").glob("*/release.yaml"))
MICROPORT = ROOT / "examples" / "microport-mih" / "release.yaml"
FIXTURES = Path(__file__).parent / "fixtures" / "import"
SEED_PARAGRAPHS = SEED.read_text(encoding="utf-8").strip().split("\n\n")


@pytest.fixture(scope="module")
def seed_release() -> object:
    return read(SEED).release


# -- must show: our own DOCX and HTML of every example read back to the same wire copy -------


AS_PUBLISHED_LEAD = "Acme Corp opened a new widget plant in Paris today, the company said."
AS_PUBLISHED: dict[str, dict[str, Any]] = {
    "preamble-and-worded-timing": {"preamble": ["NEWS RELEASE"], "timing": "For Immediate Release"},
    "no-timing-line": {"timing": False},
    "timing-under-headline": {"timing_position": "after_headline", "subheadlines": ["A sub line"]},
    "embargo-as-printed": {
        "embargo": {
            "until": "2021-10-24T09:00:00+02:00",
            "timezone": "Europe/Paris",
            "printed": "Embargoed until 9:00 a.m. CEST, 24 October 2021",
        }
    },
    "closing-order": {
        "closing": [
            {
                "disclaimer": {
                    "heading": "Forward-Looking Statements",
                    "paragraphs": ["This press release contains forward-looking statements."],
                }
            },
            {"about": {"heading": "About Acme", "paragraphs": ["Acme makes things."]}},
            "end_mark",
            {
                "contacts": {
                    "heading": "Media Contacts:",
                    "contacts": [
                        {
                            "heading": False,
                            "lines": ["Jane Roe", "Email: jane@acme.example"],
                            "name": "Jane Roe",
                            "email": "jane@acme.example",
                        },
                        {
                            "heading": False,
                            "lines": ["PR: pr@acme.example"],
                            "email": "pr@acme.example",
                            "role": "PR",
                        },
                    ],
                }
            },
            {"notes": ["Financial tables follow."]},
        ]
    },
    "card-lines": {
        "contacts": [
            {
                "heading": "Media Contact:",
                "lines": ["Jane Roe", "Tel: +1 555 0100"],
                "name": "Jane Roe",
                "phone": "+1 555 0100",
            }
        ]
    },
    "quote-comma": {
        "body": [
            AS_PUBLISHED_LEAD,
            {
                "kind": "quote",
                "position": "before",
                "verb": "stated",
                "comma": False,
                "text": "We are proud.",
                "speaker": {"name": "Bob Roe", "title": "MD"},
            },
        ]
    },
}


@pytest.mark.parametrize("kind", ["txt", "docx", "html"])
@pytest.mark.parametrize("fields", AS_PUBLISHED.values(), ids=list(AS_PUBLISHED))
def test_releases_as_published_import_back_from_every_format(
    fields: dict[str, Any], kind: str, tmp_path: Path
) -> None:
    release = make(**{"body": [AS_PUBLISHED_LEAD, "Second paragraph of the release."], **fields})
    source = tmp_path / f"release.{kind}"
    source.write_bytes(render(release, kind))
    assert render(read(source).release, "txt") == render(release, "txt")


@pytest.mark.parametrize("kind", ["docx", "html"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_docx_and_html_of_each_example_import_back_to_the_same_wire_copy(
    path: Path, kind: str, tmp_path: Path
) -> None:
    release = load(path)
    source = tmp_path / f"release.{kind}"
    source.write_bytes(render(release, kind))
    again = read(source).release
    assert render(again, "txt") == render(release, "txt")
    # what the document states is read into the fields, not only into the words
    assert again.headline == release.headline
    assert again.boilerplates == release.boilerplates
    assert again.disclaimers == release.disclaimers
    assert [type(b) for b in again.body] == [type(b) for b in release.body]
    assert again.end_mark == release.end_mark
    # and what it states about itself: language, keywords, the date (A2 Healthcare's
    # dateline prints none: the document's own date stands in, not today's)
    assert again.language == release.language
    assert again.keywords == release.keywords
    assert again.dateline.date == release.dateline.date


JOINT = ROOT / "tests" / "fixtures" / "joint-footnotes.yaml"


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_docx_and_html_of_a_joint_release_give_back_its_issuers(kind: str, tmp_path: Path) -> None:
    release = load(JOINT)
    source = tmp_path / f"release.{kind}"
    source.write_bytes(render(release, kind))
    again = read(source).release
    assert render(again, "txt") == render(release, "txt")
    assert [i.name for i in again.issuers] == ["Northwind Energy ASA", "Helios Grid plc"]
    if kind == "html":  # the JSON-LD states web sites and listings too
        assert again.co_issuers[0].website == "https://heliosgrid.example"
        assert [(x.exchange, x.symbol) for x in again.co_issuers[0].listings] == [
            ("LSE", "HGP"), ("OTCQX", "HLGPF")
        ]  # fmt: skip


def test_html_given_as_text_is_sniffed_and_read() -> None:
    release = load(MICROPORT)
    page = render(release, "html").decode("utf-8")
    assert sniff(page) == "html"
    assert render(read(page).release, "txt") == render(release, "txt")


# -- must show: Markdown and e-mail versions of the seed give the text version's release ------


def test_markdown_seed_imports_to_the_text_release(seed_release: object) -> None:
    imported = read(FIXTURES / "microport-mih.md")
    assert imported.release == seed_release
    assert any(":21: guessed: a quote by Dr. Chengyun Yue" in line for line in imported.report())


def test_email_seed_imports_to_the_text_release(seed_release: object) -> None:
    imported = read(FIXTURES / "microport-mih.eml")
    assert imported.release == seed_release  # the HTML part, headed by the Subject
    assert any("the headline from the e-mail's Subject" in line for line in imported.report())
    assert "Unsubscribe" not in render(imported.release, "txt").decode("utf-8")


def test_plain_text_email_body_is_read_as_wire_copy(tmp_path: Path, seed_release: object) -> None:
    message = EmailMessage()
    message["From"] = "press@example.com"
    message["Subject"] = f"Fwd: {SEED_PARAGRAPHS[0]}"
    message.set_content("\n\n".join(SEED_PARAGRAPHS[1:]) + "\n")
    source = tmp_path / "release.eml"
    source.write_bytes(message.as_bytes())
    assert read(source).release == seed_release
    assert sniff(message.as_string()) == "email"


# -- documents from elsewhere: styles, runs, links, lists, tables, page chrome ---------------


def _client_docx(path: Path) -> None:
    """A release as a communications team writes it in Word: built-in styles only."""
    import docx

    document = docx.Document()
    document.add_paragraph("Acme Opens a Factory in Lyon", style="Title")
    document.add_paragraph("Five hundred jobs by 2027", style="Subtitle")
    lead = document.add_paragraph()
    lead.add_run("LYON, France").bold = True
    lead.add_run(" — Acme Corp. (NYSE: ACME) opened its first European factory today.")
    document.add_paragraph("What the plant makes", style="Heading 1")
    document.add_paragraph("Batteries for bicycles", style="List Bullet")
    document.add_paragraph("Chargers", style="List Bullet")
    body = document.add_paragraph("The plant is ")
    body.add_run("the largest").italic = True
    body.add_run(" of its kind in the region, and it is ")
    body.add_run("carbon neutral").bold = True
    body.add_run(".")
    table = document.add_table(rows=2, cols=2)
    for cell, words in zip(table._cells, ["Site", "Jobs", "Lyon", "500"], strict=True):
        cell.text = words
    document.add_paragraph(
        "“We are proud to build here,” said Jane Roe, Chief Executive Officer.", style="Quote"
    )
    document.add_paragraph("About Acme", style="Heading 1")
    document.add_paragraph("Acme makes batteries.")
    contact = document.add_paragraph("Media contact:")
    contact.add_run().add_break()
    contact.add_run("Jane Roe")
    contact.add_run().add_break()
    contact.add_run("press@acme.example")
    document.add_paragraph("###")
    document.save(str(path))


def test_docx_from_word_reads_styles_runs_lists_and_tables(tmp_path: Path) -> None:
    source = tmp_path / "client.docx"
    _client_docx(source)
    release = read(source).release
    assert release.headline == "Acme Opens a Factory in Lyon"
    assert release.subheadlines == ["Five hundred jobs by 2027"]
    assert release.dateline.printed == "LYON, France"  # the bold run is the dateline
    assert release.dateline.separator == " — "
    assert release.body[0].text.plain.startswith("Acme Corp. (NYSE: ACME) opened")  # type: ignore[union-attr]
    assert isinstance(release.body[1], Subheading)
    assert isinstance(release.body[2], BulletList)
    items = release.body[2].items
    assert [i.source for i in items if not isinstance(i, ListItem)] == [
        "Batteries for bicycles",
        "Chargers",
    ]
    assert len(items) == 2
    paragraph = release.body[3]
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text.source == (
        "The plant is *the largest* of its kind in the region, and it is **carbon neutral**."
    )
    table = release.body[4]
    assert isinstance(table, Table)
    assert [c.source for c in table.header_rows[0] if c] == ["Site", "Jobs"]
    assert [[c.source for c in row if c] for row in table.rows] == [["Lyon", "500"]]
    quote = release.body[5]
    assert isinstance(quote, Quote)
    assert quote.speaker.name == "Jane Roe"
    assert release.boilerplates[0].heading == "About Acme"
    assert release.contacts[0].name == "Jane Roe"
    assert release.contacts[0].email == "press@acme.example"
    assert release.end_mark == "###"
    assert release.issuer.listings[0].symbol == "ACME"


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_kitchen_sink_reads_back_with_links_tables_and_assets(kind: str, tmp_path: Path) -> None:
    release = load(ROOT / "tests" / "fixtures" / "kitchen-sink.yaml")
    source = tmp_path / f"k.{kind}"
    source.write_bytes(render(release, kind))
    again = read(source).release
    assert render(again, "txt") == render(release, "txt")
    sources = [b.text.source for b in again.body if isinstance(b, Paragraph)]
    assert any("](https://" in text or "<https://" in text for text in sources)
    assert [type(b) for b in again.body if isinstance(b, Table)] == [Table]
    assert again.assets == release.assets
    assert again.language == "en-US"


def test_newsroom_page_skips_chrome() -> None:
    dateline, lead = SEED_PARAGRAPHS[1].split(" - ", 1)
    page = (
        "<!DOCTYPE html><html lang='en'><head><title>Newsroom | MicroPort</title>"
        "<script>var tracking = 1;</script><style>p{}</style></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        "<main><ol class='breadcrumb'><li>Home</li><li>News</li></ol><article>"
        f"<h1>{SEED_PARAGRAPHS[0]}</h1>"
        "<div class='share-buttons'>Share: <a href='https://x.example/'>X</a></div>"
        "<span style='display: none'>Preview text of the e-mail</span>"
        f"<p><strong>{dateline}</strong> - {lead}</p>"
        + "".join(f"<p>{p}</p>" for p in SEED_PARAGRAPHS[2:6])
        + f"<h2>{SEED_PARAGRAPHS[6]}</h2><p>{SEED_PARAGRAPHS[7]}</p>"
        "</article><aside>Related news</aside></main>"
        "<footer>© MicroPort <a href='/privacy'>Privacy</a></footer></body></html>"
    )
    assert read(page).release == read(SEED).release


def test_markdown_lists_links_and_end_mark() -> None:
    text = (
        "# Acme Opens a Factory\n\n"
        "LYON, France, March 3, 2025 — Acme opened a plant, see\n"
        "[the site](https://acme.example/lyon) for *details*.\n\n"
        "- batteries\n- chargers\n\n"
        "1. first\n2. second\n\n"
        "| Site | Jobs |\n|---|---|\n| Lyon | 500 |\n\n"
        "###\n"
    )
    assert sniff(text) == "markdown"
    release = read(text).release
    assert release.body[0].text.source == (  # type: ignore[union-attr]
        "Acme opened a plant, see [the site](https://acme.example/lyon) for *details*."
    )
    assert isinstance(release.body[1], BulletList)
    assert not release.body[1].ordered
    assert isinstance(release.body[2], BulletList)
    assert release.body[2].ordered
    assert isinstance(release.body[3], Table)
    assert release.end_mark == "###"


# -- hostile input: refused with one message, exit 2, no traceback ---------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_docx_that_is_no_zip_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "release.docx"
    source.write_text("Headline\n\nThis is plain text saved with the wrong suffix.\n")
    with pytest.raises(NotAReleaseError, match="not a DOCX file"):
        read(source)
    assert main(["import", str(source)]) == 2
    err = capsys.readouterr().err
    assert "not a DOCX file" in err
    assert "Traceback" not in err


def test_zip_without_a_document_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "release.docx"
    source.write_bytes(_zip({"hello.txt": b"hello"}))
    with pytest.raises(NotAReleaseError, match=r"no word/document\.xml"):
        read(source)


def test_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    source = tmp_path / "bomb.docx"
    source.write_bytes(
        _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"\0" * (MAX_UNPACKED + 1)})
    )
    assert source.stat().st_size < 1_000_000  # it is small on disk
    with pytest.raises(NotAReleaseError, match="zip bomb"):
        read(source)


def test_oversized_docx_is_refused_unread(tmp_path: Path) -> None:
    source = tmp_path / "big.docx"
    with source.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse: nothing is written or read
    with pytest.raises(Exception, match="over the limit"):
        read(source)


def test_broken_docx_parts_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "broken.docx"
    source.write_bytes(_zip({"[Content_Types].xml": b"<not xml", "word/document.xml": b"<"}))
    with pytest.raises(NotAReleaseError, match="not a DOCX file"):
        read(source)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("page.html", b"<html><body><script>alert(1)</script><nav>Home</nav></body></html>",
         "no text"),
        ("page.html", b"", "empty"),
        ("page.htm", b"\x00\x01\x02binary", "binary"),
        ("mail.eml", b"From: a@example.com\nSubject: hi\nContent-Type: image/png\n\n\x89PNG",
         "no text or HTML body"),
        ("notes.md", b"# Only a headline\n", "not a press release"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "save it as .docx"),
    ],
)  # fmt: skip
def test_documents_without_a_release_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    assert main(["import", str(source)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_cli_reads_the_kind_from_the_suffix_or_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = load(MICROPORT)
    source = tmp_path / "release.docx"
    source.write_bytes(render(release, "docx"))
    out = tmp_path / "release.yaml"
    assert main(["import", str(source), "-o", str(out)]) == 0
    assert render(load(out), "txt") == render(release, "txt")
    renamed = tmp_path / "release.bin"
    renamed.write_bytes(render(release, "html"))
    assert main(["import", str(renamed), "--from", "html", "-o", str(out)]) == 0
    assert render(load(out), "txt") == render(release, "txt")
    capsys.readouterr()


# -- generated releases with formatting, lists, tables, quotes and contacts -------------------

WORD = st.from_regex(r"[A-Za-z][a-z]{0,8}|[0-9]{1,4}|&|<x>|a_b|\*", fullmatch=True)
TITLE = st.lists(st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True), min_size=2, max_size=6).map(
    " ".join
)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = [escape_inline(w) for w in draw(st.lists(WORD, min_size=3, max_size=20))]
    at = draw(st.integers(0, len(words) - 1))
    shape = draw(st.sampled_from(["plain", "em", "strong", "link", "mail"]))
    if shape == "em":
        words[at] = f"*{words[at]}*" if words[at][-1:].isalnum() else words[at]
    elif shape == "strong":
        words[at] = f"**{words[at]}**" if words[at][-1:].isalnum() else words[at]
    elif shape == "link":
        words[at] = f"[{words[at]}](https://acme.example/{at})"
    elif shape == "mail":
        words[at] = "<mailto:press@acme.example>"
    return "Acme " + " ".join(words) + "."


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    TITLE,
    st.lists(_sentence(), min_size=2, max_size=4),
    st.lists(st.lists(WORD, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=3),
    st.booleans(),
    st.sampled_from(["docx", "html"]),
)
def test_generated_releases_read_back_from_docx_and_html(
    headline: str, paragraphs: list[str], items: list[str], extras: bool, kind: str
) -> None:
    body: list[object] = [
        paragraphs[0],
        {"kind": "list", "ordered": extras, "items": [escape_inline(i) for i in items]},
        {"kind": "subheading", "text": headline},
        *paragraphs[1:],
        {"kind": "table", "header": ["Site", "Jobs"], "rows": [["Lyon", "500"], ["Linz", "*9*"]]},
    ]
    if extras:
        speaker = {"name": "Jane Roe", "title": "CEO", "organization": "Acme"}
        body.insert(1, {"kind": "quote", "text": "We fly, and we land", "speaker": speaker})
    data: dict[str, object] = {
        "slug": "x",
        "headline": headline,
        "dateline": {"city": "Paris", "country": "France", "date": "2024-05-01"},
        "body": body,
        "boilerplates": [{"heading": "About Acme", "paragraphs": paragraphs[:1]}],
        "disclaimers": [{"heading": "Forward-Looking Statements", "paragraphs": paragraphs}],
        "issuer": {"name": "Acme"},
    }
    if extras:
        data["contacts"] = [
            {"name": "Jane Roe", "organization": "Acme Corp", "email": "jane@acme.example"},
            {"role": "Investors", "phone": "+1 555 0100", "url": "https://acme.example/ir"},
        ]
    release = PressRelease.model_validate(data)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"release.{kind}"
        source.write_bytes(render(release, kind))
        again = read(source)
    assert render(again.release, "txt") == render(release, "txt")
    assert again.release.body[0] == release.body[0]  # the lead's emphasis and links too


def test_a_quote_keeps_its_emphasis_and_links(tmp_path: Path) -> None:
    speaker = {"name": "Jane Roe", "title": "CEO", "organization": "Acme"}
    quote = {
        "kind": "quote",
        "text": "We fly *where* we are [welcome](https://acme.example/)",
        "speaker": speaker,
        "verb": "said",
        "continued": "And **nowhere** else.",
    }
    data = {
        "slug": "x",
        "headline": "Acme Flies",
        "dateline": {"city": "Paris", "country": "France", "date": "2024-05-01"},
        "body": ["Acme flies today, the company said.", quote],
        "issuer": {"name": "Acme"},
    }
    release = PressRelease.model_validate(data)
    for kind in ("docx", "html"):
        source = tmp_path / f"release.{kind}"
        source.write_bytes(render(release, kind))
        assert read(source).release.body == release.body


def test_a_release_attached_to_a_cover_note_is_read(tmp_path: Path) -> None:
    release = load(MICROPORT)
    message = EmailMessage()
    message["From"] = "press@example.com"
    message["Subject"] = "Our release for tomorrow"
    message.set_content("Dear editors,\n\nplease find our release attached.\n\nJane\n")
    message.add_attachment(
        render(release, "docx"),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="release.docx",
    )
    source = tmp_path / "cover.eml"
    source.write_bytes(message.as_bytes())
    imported = read(source)
    assert render(imported.release, "txt") == render(release, "txt")
    assert imported.source == f"{source} (release.docx)"


PIECES = st.sampled_from(
    ["<p>", "</p>", "<h1>", "</h1>", "<b>", "</b>", "<a href='javascript:x'>", "</a>",
     "<a href='https://a.example/(x'>", "<br>", "<table><tr><td>", "</td><td>",
     "</td></tr></table>", "<ul><li>", "</li></ul>", "<address>", "<script>", "</script>",
     "*", "**", "[", "](", "\n\n", "# ", "- ", "1. ", "|", "###", "“", "”", " said Jane Roe.",
     "Paris, France, 3 May 2024 - ", "Media contact:", "About Acme", "\x00", "\ufeff",
     "Subject: x\nFrom: y\n\n"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.one_of(PIECES, st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True)), max_size=60),
    st.sampled_from(["html", "markdown", "email", "text"]),
)
def test_any_markup_gives_a_release_or_an_input_error(pieces: list[str], kind: str) -> None:
    with contextlib.suppress(InputError):
        read(" ".join(pieces) + "\n\n", kind=kind)


def test_a_docx_with_damaged_parts_gives_a_release_or_an_input_error(tmp_path: Path) -> None:
    import random

    data = render(load(EXAMPLES[1]), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    chance = random.Random(13)
    source = tmp_path / "damaged.docx"
    for _ in range(40):
        damaged = dict(members)
        name = chance.choice(sorted(damaged))
        part = bytearray(damaged[name])
        for _ in range(chance.randint(1, 5)):
            part[chance.randrange(len(part))] = chance.randrange(256)
        damaged[name] = bytes(part)
        packed = _zip(damaged)
        source.write_bytes(packed[: chance.randrange(len(packed) // 2, len(packed) + 1)])
        with contextlib.suppress(InputError):
            read(source)


def test_markdown_contact_lines_typed_short_stay_lines() -> None:
    text = (
        "# Acme Opens a Factory in Lyon Today\n\n"
        "LYON, France, March 3, 2025 — Acme opened a plant in Lyon today, where it will\n"
        "make batteries for bicycles and chargers for the next ten years, it said.\n\n"
        "Media contact:\nJane Roe\njane@acme.example\n+33 1 23 45 67 89\n"
    )
    release = read(text).release
    assert release.body[0].text.plain.endswith("for the next ten years, it said.")  # type: ignore[union-attr]
    assert release.contacts[0].name == "Jane Roe"
    assert release.contacts[0].email == "jane@acme.example"
    assert release.contacts[0].phone == "+33 1 23 45 67 89"


def test_text_typed_with_br_line_ends_reads_as_plain_text(seed_release: object) -> None:
    """An e-mail client's HTML of a plain-text message: each line ends with <br>."""
    import textwrap

    wrapped = ["<br>\n".join(textwrap.wrap(p, 72)) for p in SEED_PARAGRAPHS]
    page = "<html><body><div>" + "<br>\n<br>\n".join(wrapped) + "</div></body></html>"
    assert read(page).release == seed_release
