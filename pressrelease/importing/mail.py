"""E-mail (.eml) -> the body to import and the subject, with the stdlib ``email`` package.

The body is the message's HTML part if it has one, else its plain text
(``msg.get_body(preferencelist=("html", "plain"))``), decoded from its transfer encoding and
charset; the Subject stands in for the headline when the body starts without one. A short
cover note ("please find our release attached") with a release attached as DOCX, HTML,
Markdown or text: the attachment is the release.
"""

from __future__ import annotations

import re

from pressrelease.importing.rich import Meta
from pressrelease.importing.text import NotAReleaseError

_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*|\[[^\]]{0,40}\]\s*)+", re.I)


def body(data: bytes, name: str) -> tuple[str, str, Meta]:
    """(``"html"`` or ``"text"``, the body, the subject without Re:/Fwd: prefixes as the
    title, the Date and Content-Language)."""
    import email
    from email import policy
    from email.message import EmailMessage

    try:
        message = email.message_from_bytes(data, policy=policy.default)
        assert isinstance(message, EmailMessage)
        if not message.keys():
            raise NotAReleaseError(f"{name}: not an e-mail message: it has no header lines")
        part = message.get_body(preferencelist=("html", "plain"))
        if part is None:
            raise NotAReleaseError(f"{name}: the e-mail has no text or HTML body to import")
        content = part.get_content()
        subject = str(message.get("subject", "") or "")
        meta = Meta(_PREFIX.sub("", " ".join(subject.split())).strip(), "the e-mail's Subject")
        meta.set_language(str(message.get("content-language", "") or "").split(",")[0])
        sent = message.get("date")
        if sent is not None:
            meta.set_date(getattr(sent, "datetime", None))
    except NotAReleaseError:
        raise
    except Exception as exc:  # a malformed header or an unknown charset
        raise NotAReleaseError(f"{name}: an e-mail message that cannot be read ({exc})") from None
    if not isinstance(content, str):
        raise NotAReleaseError(f"{name}: the e-mail body is not text")
    kind = "html" if part.get_content_subtype() == "html" else "text"
    return kind, content, meta


def looks_like(text: str) -> bool:
    """Header lines (``From:``, ``Subject:`` …) up to the first blank line: a message."""
    head = text.lstrip("\ufeff").split("\n\n", 1)[0].replace("\r", "")
    names = {
        line.split(":", 1)[0].lower() for line in head.split("\n") if re.match(r"^[\w-]+:", line)
    }
    first = head.split("\n", 1)[0]
    return (
        bool(re.match(r"^[\w-]+:", first))
        and "subject" in names
        and ("from" in names or "mime-version" in names or "date" in names)
    )


_ATTACHED = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/html": "html",
    "text/markdown": "markdown",
    "text/plain": "text",
}
_PREFERENCE = ("docx", "html", "markdown", "text")
COVER_NOTE_WORDS = 100
"""A body shorter than this is a cover note when a release is attached."""


def attachment(data: bytes, suffixes: dict[str, str]) -> tuple[str, str, bytes] | None:
    """(kind, file name, bytes) of the release attached to the message, if any: a DOCX
    first, then HTML, Markdown, text (by the file name's suffix, else the media type)."""
    import email
    from email import policy
    from email.message import EmailMessage
    from pathlib import PurePath

    try:
        message = email.message_from_bytes(data, policy=policy.default)
        assert isinstance(message, EmailMessage)
        found: list[tuple[int, str, str, bytes]] = []
        for part in message.iter_attachments():
            assert isinstance(part, EmailMessage)
            filename = str(part.get_filename() or "")
            kind = suffixes.get(PurePath(filename).suffix.lower()) or _ATTACHED.get(
                part.get_content_type()
            )
            if kind is None:
                continue
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                found.append((_PREFERENCE.index(kind), kind, filename or "attachment", payload))
    except Exception:  # a malformed part: no attachment to offer
        return None
    if not found:
        return None
    _, kind, filename, payload = min(found, key=lambda item: item[0])
    return kind, filename, payload


def words(text: str, html: bool) -> int:
    """How many words a body has (an HTML body without its tags)."""
    if html:
        import lxml.html

        try:
            text = lxml.html.document_fromstring(text.encode("utf-8")).text_content()  # type: ignore[attr-defined]
        except Exception:  # no text is no words
            return 0
    return len(text.split())
