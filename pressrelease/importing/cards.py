"""Contact cards from what the contact reader found: cards split inside one block of lines
merged, each card's heading and lines kept as printed where the card composed from its
fields would print them otherwise."""

from __future__ import annotations

from typing import Any, Literal

from pressrelease.importing.contacts import ContactReader
from pressrelease.importing.state import inline


def contact_groups(
    reader: ContactReader, language: str
) -> tuple[list[dict[str, Any]], list[tuple[int, str]]]:
    """The contacts under each printed heading: ``{heading, contacts}``, each card with
    its heading and lines as printed where the composed card would print it otherwise; and
    each card's source line and what the report says of it."""
    found = reader.finish()
    bounds = [start for start, _ in reader.groups] + [len(found)]
    groups = []
    reported: list[tuple[int, str]] = []
    for number, (start, printed) in enumerate(reader.groups):
        read = _merged(
            [
                (found[at], reader.printed[at], reader.lines[at])
                for at in range(start, bounds[number + 1])
            ]
        )
        cards = []
        for fields, lines, line in read:
            heading: str | Literal[False] = (False if len(read) > 1 else printed) or False
            cards.append(_card(fields, [text for text, _ in lines], heading, language))
            shown = ", ".join(f'{k} "{v}"' for k, v in fields.items())
            reported.append((line, f"contact: {shown}"))
        several = len(cards) > 1
        group: dict[str, Any] = {"contacts": cards}
        if several and printed:
            group["heading"] = printed
        if not cards:
            group["heading"] = printed
        groups.append(group)
    return groups, reported


Read = list[tuple[dict[str, Any], list[tuple[str, int]], int]]


def _merged(read: Read) -> Read:
    """Cards the reader split inside one block of lines (``press@acme.example`` over
    ``Acme Press Office``) are one card when no field is given twice."""
    out: Read = []
    for fields, lines, line in read:
        if out and lines and out[-1][1]:
            last_fields, last_lines, last_line = out[-1]
            keys = set(fields) - {"role"}
            if (
                last_lines[-1][1] == lines[0][1] >= 0
                and not keys & (set(last_fields) - {"role"})
                and fields.get("role") == last_fields.get("role")
            ):
                out[-1] = ({**last_fields, **fields}, last_lines + lines, last_line)
                continue
        out.append((fields, lines, line))
    return out


def _card(
    fields: dict[str, Any], printed: list[str], heading: str | Literal[False], language: str
) -> dict[str, Any]:
    """A contact card: its fields, and its heading and lines as printed unless the card
    composed from its fields prints them so."""
    from pressrelease.document import wording
    from pressrelease.model import Contact

    role = fields.get("role")
    default = wording.contact_heading(Contact.model_construct(role=role, heading=None), language)
    card = dict(fields)
    if heading != (default or False):
        card["heading"] = heading
    composed = [wording.contact_name(Contact.model_construct(**fields)) or ""]
    composed = [line for line in composed if line]
    composed += [fields[k] for k in ("email", "phone", "url") if fields.get(k)]
    if composed == printed:
        return card
    shown = "\n".join(printed)
    kept = {k: v for k, v in card.items() if k in ("role", "heading") or _appears(str(v), shown)}
    if not any(k in kept for k in ("name", "organization", "email", "phone", "url")):
        return card
    return {**kept, "lines": [inline(line) for line in printed]}


def _appears(value: str, printed: str) -> bool:
    """Whether a contact's value is printed (a web address may lack its scheme)."""
    return value in printed or value.split("://", 1)[-1].rstrip("/") in printed
