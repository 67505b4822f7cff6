"""The e-mail renderer: a standard MIME message, deterministic, its headers safe."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from pathlib import Path
from types import MappingProxyType

import pytest

from pressrelease.errors import InputError
from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.pipeline import render_one
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.eml import EmlRenderer
from tests.golden import check_golden
from tests.helpers import EXAMPLE, ROOT, make, missing_sentences
from tests.html_support import parse
from tests.mail_support import eml_registry

EMBARGO = {"until": "2024-05-01T09:00:00+02:00", "timezone": "Europe/Berlin"}
GOLDEN_RELEASES = sorted((ROOT / "examples").glob("*/release.yaml"))
CONTACT = {"role": "Media", "name": "Jane Roe", "email": "jane@acme.example"}


def render(release: PressRelease, **extra: str) -> bytes:
    return EmlRenderer().render(release, RenderOptions(extra=MappingProxyType(extra)))


def message(release: PressRelease, **extra: str) -> EmailMessage:
    parsed = email.message_from_bytes(render(release, **extra), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def bodies(parsed: EmailMessage) -> tuple[str, str]:
    assert parsed.get_content_type() == "multipart/alternative"
    plain, html = parsed.iter_parts()
    assert isinstance(plain, EmailMessage)
    assert isinstance(html, EmailMessage)
    assert (plain.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
    return plain.get_content(), html.get_content()


def test_registered_as_eml() -> None:
    info = eml_registry().info("eml")
    assert (info.extension, info.media_type) == ("eml", "message/rfc822")


def test_a_multipart_alternative_message_with_every_seed_sentence(
    example_release: PressRelease,
) -> None:
    parsed = message(example_release)
    assert parsed.defects == []
    plain, html = bodies(parsed)
    assert missing_sentences(plain) == []
    root, doctype = parse(html)
    (body,) = root.iter("body")
    assert missing_sentences(body.text()) == []
    assert doctype == "DOCTYPE html"
    assert parsed["Content-Language"] == "en"
    assert parsed["MIME-Version"] == "1.0"
    assert "X-Mailer" not in parsed


def test_the_html_is_mail_safe(example_release: PressRelease) -> None:
    _, html = bodies(message(example_release))
    root, _ = parse(html)
    assert root.iter("script") == []
    assert root.iter("link") == []
    assert root.iter("style") == []
    assert root.iter("img") == []
    assert "<article" not in html
    assert "<section" not in html
    layout = [t for t in root.iter("table") if t.attrs.get("role") == "presentation"]
    assert [t.attrs.get("width") for t in layout] == ["100%", "100%"]
    assert "max-width:600px" in (layout[1].attrs.get("style") or "")
    assert '<!--[if mso]><table role="presentation" width="600"' in html  # Outlook's column
    for node in root.iter("p") + root.iter("h1") + root.iter("a"):
        assert node.attrs.get("style"), node.tag  # inline styles on every element
    hrefs = [a.attrs.get("href") or "" for a in root.iter("a")]
    assert all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs)


def test_the_message_is_seven_bit_with_crlf_lines(example_release: PressRelease) -> None:
    data = render(example_release)
    assert data.isascii()
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 78


def test_same_input_same_bytes(example_release: PressRelease) -> None:
    assert render(example_release) == render(example_release)
    assert render(example_release, to="a@b.example") == render(example_release, to="a@b.example")


def test_headers_from_the_document() -> None:
    release = make(
        contacts=[CONTACT], issuer={"name": "Acme", "website": "https://www.acme.example/"}
    )
    parsed = message(release)
    assert parsed["Subject"] == "Headline"
    assert parsed["Date"] == "Wed, 01 May 2024 00:00:00 +0000"
    assert parsed["From"] == "Jane Roe <jane@acme.example>"
    assert "To" not in parsed
    assert "Reply-To" not in parsed
    message_id = parsed["Message-ID"]
    assert message_id.startswith("<t.")
    assert message_id.endswith("@www.acme.example>")


def test_without_a_web_site_the_message_id_is_invalid_on_purpose() -> None:
    assert message(make())["Message-ID"].endswith("@pressrelease.invalid>")
    assert "From" not in message(make())  # no contact with an e-mail: the sender sets it


def test_addresses_from_options() -> None:
    parsed = message(
        make(contacts=[CONTACT]),
        **{"from": "Press <press@acme.example>", "reply_to": "desk@acme.example"},
        to="Jörg Müller <jm@news.example>",
    )
    assert parsed["From"] == "Press <press@acme.example>"
    assert parsed["Reply-To"] == "desk@acme.example"
    assert parsed["To"] == "Jörg Müller <jm@news.example>"
    assert "=?utf-8?" in render(make(), to="Jörg Müller <jm@news.example>").decode("ascii")


@pytest.mark.parametrize("bad", ["not an address", "a@b\nBcc: c@d.example", "@x.example"])
def test_a_bad_address_is_an_input_error(bad: str) -> None:
    with pytest.raises(InputError, match="-O to"):
        render(make(), to=bad)


def test_subject_of_an_embargoed_release() -> None:
    parsed = message(make(embargo=EMBARGO))
    assert parsed["Subject"].startswith("EMBARGOED UNTIL ")
    assert parsed["Subject"].endswith(": Headline")
    plain, _ = bodies(parsed)
    timing = plain.splitlines()[0]
    assert parsed["Subject"] == f"{timing}: Headline"
    assert parsed["Date"] == "Wed, 01 May 2024 07:00:00 +0000"  # the embargo, in UTC


def test_a_german_release_is_worded_in_german() -> None:
    release = make(language="de", embargo=EMBARGO, headline="Acme bringt Widgets für alle")
    parsed = message(release)
    assert parsed["Subject"].startswith("SPERRFRIST: ")
    assert parsed["Subject"].endswith(": Acme bringt Widgets für alle")
    assert parsed["Content-Language"] == "de"
    plain, html = bodies(parsed)
    assert plain.startswith("SPERRFRIST: ")
    assert 'lang="de"' in html
    assert "=?utf-8?" in render(release).split(b"\r\n\r\n")[0].decode("ascii")


def test_a_newline_in_the_headline_cannot_inject_a_header() -> None:
    release = make(headline="Acme news\nBcc: everyone@victim.example\r\nX-Evil: 1")
    data = render(release)
    head = data.split(b"\r\n\r\n")[0].decode("ascii")
    assert "\r\nBcc:" not in head
    assert "\r\nX-Evil:" not in head
    parsed = message(release)
    assert "Bcc" not in parsed
    assert "X-Evil" not in parsed
    assert parsed["Subject"] == "Acme news Bcc: everyone@victim.example X-Evil: 1"
    assert len(parsed.get_all("Subject") or []) == 1


def test_html_in_the_release_is_text() -> None:
    release = make(headline="<script>alert(1)</script>", body=["<img src=x onerror=y>"])
    _, html = bodies(message(release))
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html


def test_through_the_pipeline(example_release: PressRelease) -> None:
    data = render_one(example_release, "eml", RenderOptions(), eml_registry())
    assert data == render(example_release)


def test_a_right_to_left_release() -> None:
    _, html = bodies(message(make(language="ar", headline="إعلان", body=["فقرة أولى."])))
    assert '<html lang="ar" dir="rtl">' in html


def test_attachments_at_the_edge(example_release: PressRelease) -> None:
    from pressrelease.mail import as_bytes, message_for

    registry = eml_registry()
    plain = message_for(example_release, attach=(), registry=registry)
    assert as_bytes(plain) == render(example_release)  # parsed and written back unchanged

    mixed = message_for(example_release, sender="Desk <desk@acme.example>", registry=registry)
    data = as_bytes(mixed)
    assert data == as_bytes(message_for(example_release, sender="Desk <desk@acme.example>",
                                        registry=registry))  # fmt: skip
    assert data.isascii()
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content_type() == "multipart/mixed"
    assert parsed["From"] == "Desk <desk@acme.example>"
    assert parsed["Content-Language"] == "en"
    assert parsed.get_all("MIME-Version") == ["1.0"]
    alternative, *_ = parsed.iter_parts()
    assert isinstance(alternative, EmailMessage)
    plain_text, _ = bodies(alternative)
    assert missing_sentences(plain_text) == []
    slug = example_release.slug
    found = [(a.get_filename(), a.get_content_type()) for a in parsed.iter_attachments()]
    assert found == [
        (f"{slug}.pdf", "application/pdf"),
        (
            f"{slug}.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ]
    pdf = next(parsed.iter_attachments())
    assert isinstance(pdf, EmailMessage)
    assert pdf.get_content() == render_one(example_release, "pdf", RenderOptions(), registry)


def test_build_writes_the_eml(
    tmp_path: Path, example_release: PressRelease, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pressrelease import registry as registry_module
    from pressrelease.cli import main

    known = eml_registry()
    monkeypatch.setattr(registry_module, "default_registry", lambda: known)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert main(["build", str(EXAMPLE), "-f", "eml", "-o", str(tmp_path), "-j", "1"]) == 0
    written = tmp_path / f"{example_release.slug}.eml"
    assert written.read_bytes() == render(example_release)
    args = ["build", str(EXAMPLE), "-f", "eml", "-o", str(tmp_path), "-O", "to=a\nb"]
    assert main([*args, "-j", "1"]) == 2


@pytest.mark.parametrize("path", GOLDEN_RELEASES, ids=lambda p: p.parent.name)
def test_golden_eml(path: Path) -> None:
    """The whole message, CRLF line ends and quoted-printable as sent, pinned per example."""
    release = load(path)
    check_golden(f"{release.slug}/{release.slug}.eml", render(release).decode("ascii"))


def test_addresses_outside_ascii() -> None:
    release = make(contacts=[{"name": "Jörg", "email": "jo@müller.example"}])
    assert message(release)["From"] == "Jörg <jo@xn--mller-kva.example>"
    unsendable = make(contacts=[{"name": "Jörg", "email": "jörg@example.com"}])
    assert "From" not in message(unsendable)  # the sender gives one with -O from=
    with pytest.raises(InputError, match="outside ASCII"):
        render(make(), to="jörg@example.com")
