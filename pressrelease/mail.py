"""The e-mail with its attachments, and one copy per recipient: an edge, like ``pack``.

A renderer may not call another renderer, so the ``eml`` renderer writes the message
alone (the wire text and the HTML body) and this module, which may render anything
through ``pipeline.render_one``, turns it into ``multipart/mixed`` with the PDF, the DOCX
or any other format attached as ``<slug>.<extension>``.

Like the message itself, the result is deterministic: the mixed boundary is a digest of
what it holds, and starts with ``=_``, which neither quoted-printable nor base64 can
produce.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from email import message_from_bytes, policy
from email.headerregistry import Address
from email.message import EmailMessage
from types import MappingProxyType
from typing import TYPE_CHECKING

from pressrelease.errors import InputError
from pressrelease.pipeline import render_one, unique_formats
from pressrelease.renderers.base import RenderOptions

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.registry import Registry

FORMAT = "eml"
"""The renderer that writes the message."""
DEFAULT_ATTACHMENTS = ("pdf", "docx")
"""What a journalist expects besides the text in the message: the print and editable copies."""


def message_for(
    release: PressRelease,
    options: RenderOptions | None = None,
    attach: Sequence[str] = DEFAULT_ATTACHMENTS,
    sender: str | None = None,
    reply_to: str | None = None,
    to: str | None = None,
    registry: Registry | None = None,
) -> EmailMessage:
    """The release as an e-mail, with the formats in ``attach`` attached.

    ``sender``, ``reply_to`` and ``to`` fill From, Reply-To and To (``Name <addr>`` or
    ``addr``) over what ``options.extra`` says. A format that fails raises its
    ``RenderError``: a message is never sent with an attachment missing.
    """
    from pressrelease.registry import default_registry

    registry = registry or default_registry()
    options = options or RenderOptions()
    extra = dict(options.extra)
    for key, value in (("from", sender), ("reply-to", reply_to), ("to", to)):
        if value is not None:
            extra.pop(key.replace("-", "_"), None)
            extra[key] = value
    data = render_one(release, FORMAT, replace(options, extra=MappingProxyType(extra)), registry)
    message = parse(data)
    names = unique_formats(attach)
    if not names:
        return message
    if FORMAT in names:
        raise InputError("the e-mail cannot be attached to itself; attach other formats")
    infos = [registry.info(name) for name in names]  # an unknown format fails before rendering
    payloads = [render_one(release, info.name, options, registry) for info in infos]

    language = message["Content-Language"]
    message.make_mixed()  # moves every Content-* header down into the alternative part
    if language is not None:
        for part in message.iter_parts():
            del part["Content-Language"]
        del message["Content-Language"]
    digest = hashlib.sha256(data)
    for info, payload in zip(infos, payloads, strict=True):
        maintype, subtype, params = media_type(info.media_type)
        message.add_attachment(
            payload,
            maintype=maintype,
            subtype=subtype,
            params=params,
            filename=f"{release.slug}.{info.extension}",
        )
        digest.update(hashlib.sha256(payload).digest())
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]  # only the message itself carries it
    message.set_boundary(f"=_mixed_{digest.hexdigest()[:32]}")
    if language is not None:
        message["Content-Language"] = language
    return message


def media_type(value: str) -> tuple[str, str, dict[str, str]]:
    """``text/plain; charset=utf-8`` as ("text", "plain", {"charset": "utf-8"})."""
    kind, *rest = (piece.strip() for piece in value.split(";"))
    maintype, _, subtype = kind.partition("/")
    params = {}
    for piece in rest:
        name, _, param = piece.partition("=")
        if name:
            params[name.strip().lower()] = param.strip().strip('"')
    return maintype or "application", subtype or "octet-stream", params


def parse(data: bytes) -> EmailMessage:
    """A message's bytes as an ``EmailMessage`` that writes back the same bytes."""
    message = message_from_bytes(data, policy=policy.SMTP)
    assert isinstance(message, EmailMessage)
    return message


def as_bytes(message: EmailMessage) -> bytes:
    """The message as sent: CRLF line ends, 7-bit headers."""
    return message.as_bytes(policy=policy.SMTP)


def for_recipient(message: EmailMessage, recipient: Address) -> EmailMessage:
    """A copy addressed to ``recipient`` alone, with a Message-ID of its own.

    The id keeps the release's (``<slug.digest@domain>``) and adds a digest of the
    address, so two recipients' copies differ and the same copy is the same id again.
    """
    copy = parse(as_bytes(message))
    del copy["To"]
    del copy["Cc"]
    del copy["Bcc"]
    copy["To"] = recipient
    base = copy["Message-ID"]
    del copy["Message-ID"]
    left, at, domain = str(base or "").strip().strip("<>").rpartition("@")
    if not at:
        left, domain = "release", "pressrelease.invalid"
    tag = hashlib.sha256(recipient.addr_spec.lower().encode()).hexdigest()[:12]
    copy["Message-ID"] = f"<{left}.{tag}@{domain}>"
    return copy
