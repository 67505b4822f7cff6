"""Co-issuers on import: a joint release is recognised from evidence that is hard to get
wrong (the lead names the companies as announcing together, and each has an About section
or its listing after its name), every such guess is reported, and the words stay word for
word; a release by one company with several About sections gets no co-issuer."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressrelease.api import render
from pressrelease.importing import read
from pressrelease.importing.coissuers import conjunctions, subject
from pressrelease.importing.stated import split
from pressrelease.renderers.base import RenderOptions
from tests.helpers import ROOT, not_printed_in_order

WIRES = ROOT / "tests" / "fixtures" / "import"
BUSINESS_WIRE = WIRES / "joint-businesswire.txt"
GLOBE_NEWSWIRE = WIRES / "joint-globenewswire.txt"


def _listings(issuer: object) -> list[str]:
    return [f"{x.exchange}: {x.symbol}" for x in getattr(issuer, "listings", [])]


def test_business_wire_joint_release() -> None:
    imported = read(BUSINESS_WIRE)
    release = imported.release
    assert release.issuer.name == "Solvane Therapeutics, Inc."
    assert _listings(release.issuer) == ["Nasdaq: SLVN"]
    assert [i.name for i in release.co_issuers] == ["Kestrel Biopharma AG"]
    assert _listings(release.co_issuers[0]) == ["SIX: KSTL"]
    report = imported.report()
    assert any(
        line.endswith(
            ':5: guessed: co-issuer "Kestrel Biopharma AG": named with "Solvane Therapeutics, '
            'Inc." as announcing in the lead, confirmed by the About section "About Kestrel '
            'Biopharma AG" and its listing (SIX: KSTL) after its name'
        )
        for line in report
    ), report
    assert any(":5: guessed: listing SIX: KSTL of Kestrel Biopharma AG" in x for x in report)


def test_globe_newswire_joint_release_with_defined_names_and_two_listings() -> None:
    imported = read(GLOBE_NEWSWIRE)
    release = imported.release
    assert [i.name for i in release.issuers] == ["Northern Copper Corp.", "Gulf Minerals Inc."]
    assert _listings(release.issuer) == ["TSX: NCU", "OTCQX: NCUUF"]
    assert _listings(release.co_issuers[0]) == ["NYSE: GMI"]
    messages = [g.message for g in imported.guesses if g.field == "co_issuers.0.name"]
    assert messages == [
        'co-issuer "Gulf Minerals Inc.": named with "Northern Copper Corp." as announcing in '
        'the lead, confirmed by the About section "About Gulf Minerals" and its listing '
        "(NYSE: GMI) after its name"
    ]


@pytest.mark.parametrize("path", [BUSINESS_WIRE, GLOBE_NEWSWIRE], ids=lambda p: p.stem)
def test_joint_wires_print_back_every_line_in_order(path: Path) -> None:
    release = read(path).release
    wire = render(release, "txt", RenderOptions(text_width=0)).decode("utf-8")
    missing = not_printed_in_order(path.read_text(encoding="utf-8").splitlines(), wire)
    assert missing == [], f"not printed after what comes before it: {missing[0]!r}"
    again = read(render(release, "txt").decode("utf-8")).release
    assert again.issuers == release.issuers  # its own wire copy says the same


THREE = (
    "Three Utilities Form Nordic Hydrogen Alliance\n\n"
    "Oslo, Norway, 4 March 2025 - Today, Fjordkraft Energi, Baltic Power Group and Suomen "
    "Vety Oy announced a joint venture to build a hydrogen pipeline.\n\n"
    "The pipeline will run 600 km from Norway to Finland.\n\n"
    "About Fjordkraft Energi\n\nFjordkraft Energi supplies power in Norway.\n\n"
    "About Baltic Power Group\n\nBaltic Power Group runs grids in the Baltics.\n\n"
    "About Suomen Vety\n\nSuomen Vety produces hydrogen in Finland.\n\n###\n"
)


def test_three_issuers_named_in_a_list_without_listings() -> None:
    imported = read(THREE)
    names = [i.name for i in imported.release.issuers]
    assert names == ["Fjordkraft Energi", "Baltic Power Group", "Suomen Vety Oy"]
    fields = [g.field for g in imported.guesses]
    assert "co_issuers.1.name" in fields


def test_markdown_joint_release_in_german() -> None:
    """The names are joined with the release's own conjunction (``und``, from CLDR's list
    patterns), and ``## Über …`` are its About sections."""
    text = (
        "# Acme und Beta gründen Gemeinschaftsunternehmen\n\n"
        "Berlin, Germany, 4 March 2025 - Acme Energie GmbH (XETRA: ACE) und Beta Netz AG "
        "(XETRA: BNZ) gaben heute die Gründung eines Gemeinschaftsunternehmens bekannt.\n\n"
        "## Über Acme Energie\n\nAcme Energie betreibt Windparks.\n\n"
        "## Über Beta Netz\n\nBeta Netz betreibt Stromnetze.\n"
    )
    release = read(text, kind="markdown", language="de").release
    assert [i.name for i in release.issuers] == ["Acme Energie GmbH", "Beta Netz AG"]
    assert [_listings(i) for i in release.issuers] == [["XETRA: ACE"], ["XETRA: BNZ"]]


# -- no co-issuer: one company, however many About sections or tickers ------------------------

ONE_COMPANY = (
    "Acme Reports Positive Phase 3 Results for AC-101\n\n"
    "BOSTON, March 4, 2025 /PRNewswire/ -- Acme Pharmaceuticals, Inc. (Nasdaq: ACME) today "
    "announced positive results from its Phase 3 MERIDIAN study of AC-101.\n\n"
    "The study met its primary endpoint.\n\n"
    "About the MERIDIAN Study\n\nMERIDIAN enrolled 1,200 patients in 14 countries.\n\n"
    "About AC-101\n\nAC-101 is an oral therapy for migraine.\n\n"
    "About Acme Pharmaceuticals\n\nAcme develops medicines for neurological diseases.\n\n"
)
ACQUISITION = (
    "Acme to Acquire Beta\n\n"
    "BOSTON, March 4, 2025 /PRNewswire/ -- Acme Corp. (NYSE: ACME) today announced that it "
    "has agreed to acquire Beta Inc. (Nasdaq: BETA) for $2 billion in cash.\n\n"
    "The transaction is expected to close in the second quarter.\n\n"
    "About Acme Corp.\n\nAcme makes widgets.\n\n"
    "About Beta Inc.\n\nBeta makes gadgets.\n\n"
)
UNCONFIRMED_PARTNER = (
    "Acme and Oslo University Hospital Publish Migraine Study\n\n"
    "Oslo, Norway, 4 March 2025 - Acme and Oslo University Hospital today published the "
    "results of a two-year study of migraine in adults.\n\n"
    "The study followed 3,000 patients.\n\n"
    "About the Study\n\nThe study was funded by the Research Council of Norway.\n\n"
    "About Acme\n\nAcme develops medicines.\n\n"
)
PARTNER_AFTER_THE_VERB = (
    "Acme Launches Nimbus\n\n"
    "Oslo, Norway, 4 March 2025 - Acme Inc. (Nasdaq: ACME) today launched Nimbus, a cloud "
    "service for newsrooms built with Beta Cloud Inc. (NYSE: BCLD).\n\n"
    "Nimbus is available today.\n\n"
    "About Nimbus\n\nNimbus is a cloud service.\n\nAbout Acme\n\nAcme makes software.\n\n"
    "About Beta Cloud\n\nBeta Cloud runs data centres.\n\n"
)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (ONE_COMPANY, "Acme Pharmaceuticals, Inc."),
        (ACQUISITION, "Acme Corp."),
        (UNCONFIRMED_PARTNER, "Acme"),
        (PARTNER_AFTER_THE_VERB, "Acme Inc."),
    ],
    ids=["about-the-study-and-product", "acquisition", "unconfirmed-partner", "partner"],
)
def test_one_company_gets_no_co_issuer(text: str, issuer: str) -> None:
    imported = read(text)
    assert imported.release.co_issuers == []
    assert imported.release.issuer.name == issuer
    assert not any("co-issuer" in line for line in imported.report())


# -- the parts ---------------------------------------------------------------------------------


def test_the_lead_subject_is_read_name_by_name_or_not_at_all() -> None:
    words = conjunctions("en")
    found = subject("Acme Corp. (NYSE: ACME), a maker of widgets, and Beta (the “Partner”) "
                    "today said", words)  # fmt: skip
    assert found is not None
    assert [(a.name, a.listings, a.aliases) for a in found] == [
        ("Acme Corp.", (("NYSE", "ACME"),), ()), ("Beta", (), ("Partner",))
    ]  # fmt: skip
    assert subject("Acme and its partner Beta today said", words) is None
    assert subject("Johnson & Johnson and Bank of Montreal said", words) is not None
    assert conjunctions("de")[0] == "und"


def test_an_author_phrase_is_cut_only_where_the_language_joins_names() -> None:
    assert split("Procter and Gamble Co. and Acme Inc.", ["Procter and Gamble", "Acme"], "en") == [
        "Procter and Gamble Co.", "Acme Inc."
    ]  # fmt: skip
    assert split("Acme und Beta AG", ["Acme", "Beta"], "de") == ["Acme", "Beta AG"]
    assert split("Acme, Beta, and Gamma", ["Acme", "Beta", "Gamma"], "en") == []
    assert split("Jane Roe", ["Acme"], "en") == []
