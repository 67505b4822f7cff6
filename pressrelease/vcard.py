"""Contacts as vCard 4.0 (RFC 6350), so a journalist can add them to an address book."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressrelease.model import Contact


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not out else 74  # continuation lines start with a space
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def vcard(contact: Contact, label: str) -> str:
    """One vCard; the formatted name falls back to the organisation or the address; ``label``
    is the card's worded role ("Media contact", in the release's language)."""
    name = contact.name or contact.organization or contact.email or contact.phone or contact.url
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"KIND:{'individual' if contact.name else 'org'}",
        f"FN:{_escape(name or '')}",
    ]
    if contact.organization:
        lines.append(f"ORG:{_escape(contact.organization)}")
    lines.append(f"ROLE:{_escape(label)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=work:{_escape(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=work,voice;VALUE=text:{_escape(contact.phone)}")
    if contact.url:
        lines.append(f"URL:{contact.url}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def vcards(contacts: Iterable[tuple[Contact, str]]) -> bytes:
    """Every contact with its label, one vCard after another, UTF-8 with CRLF line ends."""
    return "".join(vcard(contact, label) for contact, label in contacts).encode("utf-8")
