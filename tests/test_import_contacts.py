"""Contacts in releases in other languages: headings from the catalogue (``Pressekontakt:``,
``Contact presse :``, ``【報道関係者お問い合わせ先】``), card lines with the languages' labels
and phone numbers, word for word, and back from our own txt, DOCX and HTML."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from pressrelease.api import render
from pressrelease.importing import from_text, read
from pressrelease.importing.parts import contact_inline, contact_role
from pressrelease.loading import load
from pressrelease.locale import LANGUAGES, lookup
from pressrelease.locale.contacts import heading_key, heading_roles
from pressrelease.model import Contact, ContactsSection, PressRelease
from pressrelease.renderers.base import RenderOptions
from tests.helpers import not_printed_in_order

ROOT = Path(__file__).parent / "fixtures"
FIXTURES = ROOT / "import" / "languages"
HEADINGS = {
    "de": ("Pressekontakt:", "Jana Weber", "presse@nordwind.example"),
    "fr": ("Contact presse :", "Julie Bernard", "presse@helios.example"),
    "es": ("Contacto de prensa:", "Lucía Gómez", "prensa@solara.example"),
    "it": ("Contatto stampa:", "Giulia Rossi", "stampa@vento.example"),
    "nl": ("Persvoorlichting:", "Sanne de Vries", "pers@polderstroom.example"),
    "pt": ("Contacto para a imprensa:", "Inês Costa", "imprensa@mare.example"),
    "sv": ("Presskontakt:", "Elin Lindqvist", "press@fjallkraft.example"),
    "pl": ("Kontakt dla mediów:", "Anna Nowak", "media@baltyk.example"),
}


def _cards(release: PressRelease) -> list[Contact]:
    """Every contact card, from ``contacts`` or from ``closing``, in printed order."""
    cards = list(release.contacts)
    for section in release.closing or ():
        if isinstance(section, ContactsSection):
            cards.extend(section.contacts)
    return cards


def _fields(card: Contact) -> dict[str, Any]:
    return card.model_dump(include={"role", "name", "organization", "email", "phone", "url"})


def _wire(release: PressRelease) -> str:
    return render(release, "txt", RenderOptions(text_width=0)).decode("utf-8")


def _paragraphs(release: PressRelease) -> list[str]:
    texts = [str(block) for block in release.body]
    for about in release.boilerplates:
        texts.extend(str(p) for p in about.paragraphs)
    return texts


@pytest.mark.parametrize("tag", sorted(HEADINGS))
def test_a_release_in_its_language_keeps_its_contact_card(tag: str) -> None:
    source = (FIXTURES / f"{tag}.txt").read_text(encoding="utf-8")
    release = read(FIXTURES / f"{tag}.txt").release
    heading, name, email = HEADINGS[tag]
    [card] = _cards(release)
    assert (card.role, card.name, card.email) == ("Media", name, email)
    assert (card.heading or lookup(tag).media_contact) == heading
    assert not [p for p in _paragraphs(release) if heading in p or email in p or name in p]
    assert not_printed_in_order(source.splitlines(), _wire(release)) == []


CARDS = {
    "de": "Pressekontakte\nNordwind Energie AG\nJana Weber\nTel.: +49 30 1234 5678\n"
    "E-Mail: presse@nordwind.example\n\nInvestorenkontakt:\nŁukasz Żak\n"
    "Telefon: 030/123 45 67\nir@nordwind.example",
    "fr": "Contacts presse\nJulie Bernard\nTél. : +33 (0)1 23 45 67 89\n"
    "Courriel : presse@helios.example",
    "es": "Contacto de prensa\nLucía Gómez\nTeléfono: +34 912 345 678\n"
    "Correo electrónico: prensa@solara.example",
    "it": "Ufficio stampa\nGiulia Rossi\nTel. +39 02 1234 5678\nE-mail: stampa@vento.example",
    "nl": "Perscontact: Sanne de Vries\nTelefoon: 020 123 4567\nE-mail: pers@polderstroom.example",
    "pt": "Contactos de imprensa:\nInês Costa\nTelemóvel: +351 912 345 678\n"
    "E-mail: imprensa@mare.example",
    "sv": "För ytterligare information, vänligen kontakta:\nElin Lindqvist\nTfn: 08-123 456 78\n"
    "E-post: press@fjallkraft.example",
    "pl": "Kontakty dla mediów:\nAnna Nowak\ntel. +48 22 123 45 67\ne-mail: media@baltyk.example",
}
PHONES = {
    "de": ["+49 30 1234 5678", "030/123 45 67"],
    "fr": ["+33 (0)1 23 45 67 89"],
    "es": ["+34 912 345 678"],
    "it": ["+39 02 1234 5678"],
    "nl": ["020 123 4567"],
    "pt": ["+351 912 345 678"],
    "sv": ["08-123 456 78"],
    "pl": ["+48 22 123 45 67"],
}


def _with_card(tag: str) -> str:
    text = (FIXTURES / f"{tag}.txt").read_text(encoding="utf-8")
    return text[: text.rindex("\n\n", 0, text.rindex("@"))] + "\n\n" + CARDS[tag] + "\n"


@pytest.mark.parametrize("tag", sorted(CARDS))
def test_card_lines_are_read_with_the_languages_labels(tag: str) -> None:
    source = _with_card(tag)
    release = from_text(source).release
    assert release.language == tag
    cards = _cards(release)
    assert [card.phone for card in cards] == PHONES[tag]
    assert all(card.email and "@" in card.email and ":" not in card.email for card in cards)
    assert cards[0].name == HEADINGS[tag][1]
    assert cards[0].role == "Media"
    assert [c.role for c in cards[1:]] == ["Investor"] * (len(cards) - 1)
    assert not [p for p in _paragraphs(release) if "@" in p]
    assert not_printed_in_order(source.splitlines(), _wire(release)) == []


ROUND_TRIP = [(tag, FIXTURES / f"{tag}.txt") for tag in sorted(HEADINGS)]
ROUND_TRIP += [(path.stem, path) for path in sorted((ROOT / "languages").glob("*.yaml"))]


def _release(path: Path) -> PressRelease:
    return load(path) if path.suffix == ".yaml" else read(path).release


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])
@pytest.mark.parametrize(("name", "path"), ROUND_TRIP, ids=[n for n, _ in ROUND_TRIP])
def test_our_outputs_read_back_to_the_same_contacts(name: str, path: Path, fmt: str) -> None:
    release = _release(path)
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / f"release.{fmt}"
        output.write_bytes(render(release, fmt, RenderOptions(text_width=0)))
        again = read(output, language=release.language).release
    assert [_fields(c) for c in _cards(again)] == [_fields(c) for c in _cards(release)]
    assert _cards(release)


JAPANESE = """アクメ、新工場を開設

東京、2025年3月4日 – アクメ株式会社は本日、新工場を開設しました。

同社は今後も生産能力の拡大を続けます。

【報道関係者お問い合わせ先】
アクメ株式会社 広報部
担当：山田 太郎
TEL：03-1234-5678
E-mail：press@acme.example

お問い合わせ
鈴木花子
０３－１２３４－５６７８
"""
CHINESE = """艾克米在上海开设新工厂

上海，2025年3月4日 – 艾克米今日宣布在上海开设新工厂，年产能十万台。

公司将继续扩大产能。

媒体联系人：
艾克米有限公司
联系人：王伟
电话：+86 21 1234 5678
邮箱：press@acme.example
"""


def test_japanese_and_chinese_cards() -> None:
    japanese = from_text(JAPANESE).release
    assert japanese.language == "ja"
    first, second = _cards(japanese)
    assert (first.heading, first.role) == ("【報道関係者お問い合わせ先】", "Media")
    assert (first.organization, first.name) == ("アクメ株式会社 広報部", "山田 太郎")
    assert (first.phone, first.email) == ("03-1234-5678", "press@acme.example")
    assert (second.heading, second.name) == ("お問い合わせ", "鈴木花子")
    assert second.phone == "０３－１２３４－５６７８"  # full-width digits and hyphens
    assert not_printed_in_order(JAPANESE.splitlines(), _wire(japanese)) == []
    chinese = from_text(CHINESE).release
    assert chinese.language == "zh-Hans"
    [card] = _cards(chinese)
    assert (card.role, card.organization, card.name) == ("Media", "艾克米有限公司", "王伟")
    assert (card.phone, card.email) == ("+86 21 1234 5678", "press@acme.example")
    assert card.heading is None  # 媒体联系人： is what the card prints from its role
    assert not_printed_in_order(CHINESE.splitlines(), _wire(chinese)) == []


@pytest.mark.parametrize(
    ("text", "role", "stated"),
    [
        ("Pressekontakt:", "Media", True),
        ("Medienkontakte", "Media", True),
        ("Investorenkontakt:", "Investor", True),
        ("Kontakt:", "Media", False),
        ("Contact presse\u00a0:", "Media", True),
        ("RELATIONS PRESSE :", "Media", True),
        ("Contatti per gli investitori", "Investor", True),
        ("Perscontact:", "Media", True),  # Dutch, not the English pattern's role "Pers"
        ("■お問い合わせ先", "Media", False),
        ("IRに関するお問い合わせ先：", "Investor", True),
        ("媒體聯絡人：", "Media", True),
        ("Kontakt Analysten:", "Analysten", True),  # the catalogue's "Kontakt {role}:"
        ("アナリストお問い合わせ先：", "アナリスト", True),
        ("Investor Relations Contacts", "Investor Relations", True),
        ("Media Contact:", "Media", True),
    ],
)
def test_headings_in_every_language(text: str, role: str, stated: bool) -> None:
    assert contact_role(text) == (role, stated)


@pytest.mark.parametrize(
    "text", ["Kontakt Jana Weber", "Presse", "Über Nordwind", "联系人：王伟", "Investor Relations:"]
)
def test_what_is_no_contact_heading(text: str) -> None:
    assert contact_role(text) is None


def test_an_inline_heading_and_its_first_line() -> None:
    assert contact_inline("Pressekontakt: Jana Weber") == ("Media", "Jana Weber")
    assert contact_inline("Contact presse : Julie Bernard") == ("Media", "Julie Bernard")
    assert contact_inline("联系人：王伟") is None


def test_every_catalogue_heading_phrase_is_recognised_with_its_role() -> None:
    for tag in LANGUAGES:
        words = lookup(tag)
        assert contact_role(words.media_contact) == ("Media", True), tag
        assert contact_role(words.investor_contact) == ("Investor", True), tag
        assert contact_role(words.contacts) == ("Media", False), tag
        assert heading_roles()[heading_key(words.media_contact)] == "Media"
