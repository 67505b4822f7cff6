"""The release as an e-mail message (RFC 5322, MIME): wire text and an HTML body.

A ``multipart/alternative`` message: the wire copy as ``text/plain`` (what a journalist
can paste) and the release as ``text/html`` in a layout mail clients render
(``body.py``). Both bodies are quoted-printable, so the message is 7-bit clean and its
fixed MIME boundary (``=_`` and a digest of the bodies) can never occur in them.

Headers come from the document and the options: ``Subject`` is the headline, after the
timing line when the release is embargoed; ``Date`` is ``Document.moment``; the
``Message-ID`` is derived from the slug and that moment; ``From``, ``Reply-To`` and ``To``
come from ``options.extra`` (``-O from=… -O reply-to=… -O to=…``), ``From`` defaulting to
the first contact with an e-mail address. Same input, same bytes.

Attachments (the PDF, the DOCX) are another renderer's output, which a renderer may not
call: ``pressrelease.mail`` adds them at the edge.
"""

from __future__ import annotations

import hashlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from pressrelease.document import TimingLine, compose
from pressrelease.errors import InputError
from pressrelease.locale import writes_without_spaces
from pressrelease.renderers._shared.wire import paragraphs
from pressrelease.renderers.eml.body import render_body

if TYPE_CHECKING:
    from pressrelease.document import Document
    from pressrelease.media import MediaImage
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions

FALLBACK_DOMAIN = "pressrelease.invalid"
"""The Message-ID domain of a release whose issuer has no web site (RFC 2606: never real)."""

ADDRESS_OPTIONS = (("from", "From"), ("reply-to", "Reply-To"), ("to", "To"))
"""``options.extra`` keys naming addresses, and the header each fills."""


class EmlRenderer:
    """The release as an e-mail message: wire text and HTML, ready to send."""

    name: ClassVar[str] = "eml"
    extension: ClassVar[str] = "eml"
    media_type: ClassVar[str] = "message/rfc822"
    description: ClassVar[str] = "E-mail message (MIME): wire text and an HTML body"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        message = build_message(compose(release, options.timestamp, options.media), options)
        return message.as_bytes(policy=policy.SMTP)


def build_message(document: Document, options: RenderOptions) -> EmailMessage:
    """The message: headers, then the text and HTML alternatives."""
    release = document.release
    message = EmailMessage(policy=policy.SMTP)
    for key, header in ADDRESS_OPTIONS:
        value = options.extra.get(key) or options.extra.get(key.replace("-", "_"))
        if value:
            message[header] = addresses(value, f"-O {key}")
        elif header == "From" and (sender := default_sender(release)) is not None:
            message[header] = sender
    message["Subject"] = subject(document)
    message["Date"] = format_datetime(document.moment)
    message["Message-ID"] = message_id(release, document)

    unspaced = writes_without_spaces(release.language)
    text = paragraphs(document.parts, options.text_width, unspaced)
    plain = "\n\n".join("\n".join(lines) for lines in text) + "\n"
    images = _images(document)
    cids = {image.path: content_id(image, release) for image in images}
    html = render_body(document, lambda image: f"cid:{cids[image.path]}")
    message.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    digest = hashlib.sha256(f"{plain}\0{html}".encode()).hexdigest()[:32]
    if images:  # the HTML and its pictures as one multipart/related alternative
        html_part = list(message.iter_parts())[1]
        assert isinstance(html_part, EmailMessage)
        for image in images:
            web = image.web
            html_part.add_related(
                web.data,
                maintype="image",
                subtype="png" if web.media_type == "image/png" else "jpeg",
                cid=f"<{cids[image.path]}>",
                disposition="inline",
                filename=f"{image.file_stem}.{web.extension}",
            )
        html_part.set_boundary(f"=_rel_{digest}")
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]  # the new parts get one; only the top has it
    message.set_boundary(f"=_alt_{digest}")  # "=_" is "=3D_" in quoted-printable
    # After the bodies: setting a body clears every Content-* header of the message.
    message["Content-Language"] = release.language
    return message


def _images(document: Document) -> list[MediaImage]:
    """The pictures the body shows (the logo first), each once."""
    found = [document.logo] if document.logo is not None else []
    found += [item.image for item in document.images if item.image is not None]
    return list({image.path: image for image in found}.values())


def content_id(image: MediaImage, release: PressRelease) -> str:
    """A stable Content-ID: the picture's name and a digest of its bytes, at the issuer's
    domain (``photos-ceo.1a2b…@acme.example``)."""
    digest = hashlib.sha256(image.web.data).hexdigest()[:16]
    return f"{image.file_stem}.{digest}@{message_domain(release)}"


def one_line(text: str) -> str:
    """Text for a header: every run of whitespace, line breaks included, as one space,
    so no text of the release can end a header and start another."""
    return " ".join(text.split())


def subject(document: Document) -> str:
    """The headline; after the embargo line (``EMBARGOED UNTIL …: headline``) when the
    release may not be published yet, in the release's own language."""
    headline = one_line(document.release.headline)
    timing = next((p for p in document.parts if isinstance(p, TimingLine)), None)
    if timing is not None and timing.embargoed:
        return f"{one_line(timing.text)}: {headline}"
    return headline


def message_domain(release: PressRelease) -> str:
    """The issuer's web site's host name (ASCII), else ``pressrelease.invalid``."""
    website = release.issuer.website
    host = urlsplit(str(website)).hostname if website else None
    if not host:
        return FALLBACK_DOMAIN
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return FALLBACK_DOMAIN


def message_id(release: PressRelease, document: Document) -> str:
    """``<slug.digest@domain>``: the same release at the same moment has the same id."""
    digest = hashlib.sha256(f"{release.slug}\0{document.moment.isoformat()}".encode())
    return f"<{release.slug}.{digest.hexdigest()[:16]}@{message_domain(release)}>"


def default_sender(release: PressRelease) -> Address | None:
    """The first contact with an e-mail address a header can hold, under its name (or
    organisation); None when there is none, and the sender names one (``-O from=``)."""
    for contact in release.all_contacts:
        if contact.email:
            name = one_line(contact.name or contact.organization or release.issuer.name)
            try:
                return mailbox(name, contact.email, "the contact's e-mail")
            except InputError:
                continue
    return None


def addresses(value: str, what: str) -> tuple[Address, ...]:
    """``Name <addr>, addr`` as mailboxes; an InputError names what is wrong."""
    if "\r" in value or "\n" in value:
        raise InputError(f"{what}: an address list is one line, without line breaks")
    found = [mailbox(name, addr, what) for name, addr in getaddresses([value]) if name or addr]
    if not found:
        raise InputError(f"{what} {value!r}: no e-mail address")
    return tuple(found)


def mailbox(name: str, addr: str, what: str) -> Address:
    """One mailbox, checked: ``user@domain`` with both parts and no spaces."""
    local, at, domain = addr.rpartition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in addr):
        raise InputError(f"{what}: {addr!r} is not an e-mail address")
    if not local.isascii():
        raise InputError(
            f"{what}: {addr!r} has letters outside ASCII before the @, which only servers "
            "speaking SMTPUTF8 accept; give an ASCII address"
        )
    try:
        domain = domain.encode("idna").decode("ascii")  # müller.example: xn--mller-kva.example
        return Address(display_name=one_line(name), username=local, domain=domain)
    except UnicodeError as exc:
        raise InputError(f"{what}: {addr!r} has a domain no DNS name can hold") from exc
    except (ValueError, TypeError) as exc:
        raise InputError(f"{what}: {addr!r} is not an e-mail address ({exc})") from exc
