"""E-mail (.eml) -> the body to import and the subject, with the stdlib ``email`` package.

The body is the message's HTML part if it has one, else its plain text
(``msg.get_body(preferencelist=("html", "plain"))``), decoded from its transfer encoding and
charset; the Subject stands in for the headline when the body starts without one.
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
