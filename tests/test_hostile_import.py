"""Hostile input against the importer's newest readers: joint releases (co-issuers from the
lead, About sections, listings), what a document states about its issuers (JSON-LD author,
the author property), ``*`` footnotes and Markdown nested past markdown-it's limit.

Each test feeds the input that broke the code before its fix: a crash becomes a clear
error or no guess at all, and a loop that grew with the square of the input is shown linear
by counting the work it does (characters scanned, comparisons made), never by timing it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pressrelease.api import render
from pressrelease.importing import Imported, parts, read
from pressrelease.importing.report import Guess
from pressrelease.importing.state import State, around
from pressrelease.renderers.base import RenderOptions
from tests.helpers import not_printed_in_order


class Scanned(str):
    """A text that counts the characters its searches and slices may go over."""

    chars = 0

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:
        Scanned.chars += _span(len(self), start, end)
        return super().rfind(sub, start, end)

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:
        Scanned.chars += _span(len(self), start, end)
        return super().find(sub, start, end)

    def count(self, sub: str, start: Any = None, end: Any = None) -> int:
        Scanned.chars += _span(len(self), start, end)
        return super().count(sub, start, end)

    def __getitem__(self, key: Any) -> str:
        if isinstance(key, slice):
            Scanned.chars += len(range(*key.indices(len(self))))
        return super().__getitem__(key)


def _span(size: int, start: int | None, end: int | None) -> int:
    return len(range(*slice(start, end).indices(size)))


@pytest.fixture
def scanned() -> type[Scanned]:
    Scanned.chars = 0
    return Scanned


def _in_order(imported: Imported, source: str) -> list[str]:
    """The source lines the wire copy does not print in the source's order."""
    wire = render(imported.release, "txt", RenderOptions(text_width=0)).decode()
    return not_printed_in_order(source.splitlines(), wire)


# -- work that grew with the square of the input ----------------------------------------------


def test_each_guess_is_compared_with_a_few_not_with_every_guess_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One guess per note: each was compared with every guess before it, so a text of 8,000
    # notes spent 36 s of its 39 s import refusing repeats (32 million comparisons).
    compared = 0
    equal = Guess.__eq__

    def counting(self: Guess, other: object) -> bool:
        nonlocal compared
        compared += 1
        return equal(self, other)

    monkeypatch.setattr(Guess, "__eq__", counting)
    notes = "\n\n".join(f"* note {n}\n\n** other" for n in range(1500))
    text = (
        "Acme reports results\n\nBERLIN, Germany, 1 March 2024 - Acme Corp. today reported "
        f"that revenue grew 12%* in the quarter.\n\nAbout Acme\n\nAcme makes widgets.\n\n{notes}\n"
    )
    imported = read(text)
    assert len(imported.guesses) > 1500
    assert compared < 10 * len(imported.guesses)


def test_hong_kong_codes_are_found_in_one_pass_over_the_text(scanned: type[Scanned]) -> None:
    # Whether a code stands inside parentheses was searched from the start of the text for
    # each code: 600,000 ``AB.HK`` in a 3.6 MB text took 40 s to import.
    text = scanned("(Acme, 00853.HK) " + "AB.HK " * 20_000 + "(Beta, 1234.HK)")
    found = parts.tickers(text)
    assert [(exchange, symbol) for exchange, symbol, _ in found] == [
        ("HKEX", "00853"),
        ("HKEX", "1234"),
    ]
    assert scanned.chars < 3 * len(text)


def test_the_name_before_a_listing_is_read_near_it(scanned: type[Scanned]) -> None:
    # The parenthesis and the paragraph were searched back from each listing to the start:
    # a listing per sentence of a long paragraph scanned it once per listing.
    words = "the company grew. " * 50_000
    text = scanned(f"{words}MicroPort Scientific Corporation (00853.HK) rose.")
    at = text.index("00853")
    assert parts.name_before(text, at) == "MicroPort Scientific Corporation"
    assert around(text, at) == "(00853.HK)"
    assert scanned.chars < 5_000
    scanned.chars = 0
    far = scanned(f"({words}NYSE: ACME")  # the only parenthesis opens a megabyte back
    assert parts.name_before(far, far.index("NYSE")) is None
    assert around(far, far.index("NYSE")) == "NYSE: ACME"
    assert scanned.chars < 5_000


def test_the_line_of_each_listing_is_looked_up_not_counted_again(
    scanned: type[Scanned],
) -> None:
    # Each listing's line was counted over the text before it: a scan per listing.
    state = State("Headline\n\n" + "Acme (NYSE: ACME) rose.\n" * 20_000, "x.txt", "en")
    state.text = scanned(state.text)
    lines = [state.line_at(offset) for _, _, offset in parts.tickers(state.text)]
    assert lines == list(range(3, 20_003))
    assert scanned.chars < 3 * len(state.text)


def test_a_text_of_thousands_of_listings_imports_word_for_word() -> None:
    symbols = [
        f"{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}{chr(65 + n // 676 % 26)}" for n in range(3000)
    ]
    body = " ".join(f"Unit (NYSE: {symbol}) grew." for symbol in symbols)
    text = (
        "Companies sign a deal\n\nOSLO, Norway, 1 March 2024 - Acme Energy (NYSE: ACME) and Beta "
        f"Grid (NYSE: BETA) today announced a deal.\n\n{body}\n\nAbout Acme Energy\n\nAcme makes "
        "power.\n\nAbout Beta Grid\n\nBeta makes grids.\n"
    )
    imported = read(text)
    assert [i.name for i in imported.release.issuers] == ["Acme Energy", "Beta Grid"]
    assert len(imported.release.issuer.listings) == 1 + len(symbols)
    assert _in_order(imported, text) == []


# -- joint releases -----------------------------------------------------------------------------


def _joint(count: int) -> str:
    names = [f"Org{n} Energy" for n in range(count)]
    abouts = "\n\n".join(f"About {name}\n\n{name} makes power." for name in names)
    return (
        "Many companies sign a deal\n\nOSLO, Norway, 1 March 2024 - "
        f"{', '.join(names[:-1])} and {names[-1]} today announced a deal.\n\nMore text here.\n\n"
        f"{abouts}\n"
    )


def test_a_lead_naming_more_organisations_than_a_joint_release_has_one_issuer() -> None:
    # 1,600 names, each with its About section, took 24 s (a search of the headings taken
    # for each name and heading), 5,000 did not finish, and each of the issuers' report lines
    # named every other issuer: their number squared printed.
    joint = read(_joint(20)).release
    assert len(joint.issuers) == 20
    text = _joint(1600)
    imported = read(text)
    assert [issuer.name for issuer in imported.release.issuers] == ["Org0 Energy"]
    assert sum(len(guess.message) for guess in imported.guesses) < 10_000
    assert _in_order(imported, text) == []
    assert len(read(_joint(21)).release.issuers) == 1


def test_an_issuers_names_are_compared_once_not_once_per_listing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each listing in the text recomputed every issuer's name and defined terms to find its
    # owner: 3,000 terms and 300 listings made 900,000 names compared.
    from pressrelease.importing import coissuers

    made = 0
    key = coissuers.key

    def counting(name: str) -> tuple[str, ...]:
        nonlocal made
        made += 1
        return key(name)

    monkeypatch.setattr(coissuers, "key", counting)
    terms = " ".join(f"(“A{n}”)" for n in range(3000))
    listings = " ".join(f"Unit (NYSE: X{n}) grew." for n in range(300))
    text = (
        f"Deal\n\nOSLO, Norway, 1 March 2024 - Acme Energy {terms} and Beta Grid (NYSE: BETA) "
        f"today announced a deal.\n\n{listings}\n\nAbout Acme Energy\n\nAcme makes power.\n\n"
        "About Beta Grid\n\nBeta makes grids.\n"
    )
    imported = read(text)
    assert [issuer.name for issuer in imported.release.issuers] == ["Acme Energy", "Beta Grid"]
    assert len(imported.release.issuer.listings) == 300
    assert made < 10_000


# -- what a page states about its issuers -----------------------------------------------------


def _page(tmp_path: Path, ld: object, author: str = "", lead: str = "") -> Imported:
    """A newsroom page of Acme Energy and Beta Grid with ``ld`` as its JSON-LD, imported."""
    script = ld if isinstance(ld, str) else json.dumps(ld)
    meta = f'<meta name="author" content="{author}">' if author else ""
    lead = lead or "Acme Energy (NYSE: ACME) and Beta Grid today announced a deal."
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="en"><head><title>Deal</title>{meta}<script type="application/ld+json">'
        f"{script}</script></head><body><h1>Acme Energy and Beta Grid sign a deal</h1>"
        f"<p>OSLO, Norway, 1 March 2024 - {lead}</p><p>More text.</p>"
        "<h2>About Acme Energy</h2><p>Acme makes power.</p>"
        "<h2>About Beta Grid</h2><p>Beta makes grids.</p></body></html>",
        encoding="utf-8",
    )
    return read(page)


@pytest.mark.parametrize(
    "ld",
    [
        "[" * 100_000 + "]" * 100_000,  # nested past the JSON parser's stack: RecursionError
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"@graph": 5}',  # TypeError: 'int' object is not iterable
        '{"@graph": null}',
        '{"@graph": "text"}',
        '{"@graph": {"datePublished": "2024-03-01", "author": 5}}',
        '{"datePublished": "2024-03-01", "author": [[{"@type": "Organization"}], null, 1]}',
    ],
    ids=["deep-list", "deep-object", "graph-number", "graph-null", "graph-text", "graph-object",
         "author-odd"],
)  # fmt: skip
def test_json_ld_of_any_shape_is_read_or_passed_over(tmp_path: Path, ld: str) -> None:
    release = _page(tmp_path, ld).release
    assert [issuer.name for issuer in release.issuers] == ["Acme Energy", "Beta Grid"]


def _org(name: str, **fields: object) -> dict[str, object]:
    return {"@type": "Organization", "name": name, **fields}


def test_stated_issuers_that_would_name_one_organisation_twice_are_not_taken(
    tmp_path: Path,
) -> None:
    # Taken, they made a valid page an invalid release: "the imported release is not
    # valid: 'Beta Grid plc' is named twice among the issuers", exit 2.
    site = "https://one.example"
    twice = [_org("Acme Energy ASA", url=site), _org("Beta Grid plc", url=f"{site}/")]
    release = _page(tmp_path, {"datePublished": "2024-03-01", "author": twice}).release
    assert [(i.name, i.website) for i in release.issuers] == [
        ("Acme Energy", None),
        ("Beta Grid", None),
    ]
    lead = "Acme (NYSE: ACME) and Acme Energy today announced a deal."
    page = _page(tmp_path, "{}", author="Acme Energy and Acme Energy", lead=lead)
    assert [i.name for i in page.release.issuers] == ["Acme", "Acme Energy"]


def test_a_listing_stated_twice_or_also_printed_is_listed_once(tmp_path: Path) -> None:
    symbols = ["NYSE ACME", "NYSE ACME", "OSE ACM"]
    orgs = [_org("Acme Energy ASA", tickerSymbol=symbols), _org("Beta Grid plc")]
    release = _page(tmp_path, {"datePublished": "2024-03-01", "author": orgs}).release
    assert [(x.exchange, x.symbol) for x in release.issuer.listings] == [
        ("NYSE", "ACME"),
        ("OSE", "ACM"),
    ]
