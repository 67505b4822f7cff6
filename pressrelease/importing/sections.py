"""After the body: About sections, disclaimers, contacts, the end mark; then the issuer,
its listings, the slug and the language."""

from __future__ import annotations

import re
from typing import Any, Literal

from pressrelease.importing import contacts as contact_parts
from pressrelease.importing import parts
from pressrelease.importing.report import q
from pressrelease.importing.state import State, around, inline
from pressrelease.importing.text import Unit

_LEAD_STOP = frozenset({"The", "On", "In", "Today", "At", "For", "This", "A", "An", "As", "With"})


class Sections(State):
    """Everything after the body, and the fields derived from the whole text."""

    def _sections(self, rest: list[Unit]) -> None:
        boilerplates: list[dict[str, Any]] = []
        disclaimers: list[dict[str, Any]] = []
        order: list[tuple[str, Any]] = []  # the sections in printed order
        reader = self.reader
        first_groups = len(reader.groups) if reader is not None else 0
        current: dict[str, Any] | None = None
        headings: dict[int, Unit] = {}
        skip = False
        for index, unit in enumerate(rest):
            if skip:
                skip = False
                continue
            text = unit.text
            following = rest[index + 1] if index + 1 < len(rest) else None
            if not unit.is_block and following is not None and self._assets(unit, following):
                skip, current = True, None
                continue
            if not unit.is_block and parts.is_end_mark(text):
                if "end_mark" not in self.data:
                    self.data["end_mark"] = text.strip()
                    order.append(("end_mark", None))
                else:
                    self.tail.append((unit, "a second end mark"))
                current = None
                continue
            role = None if unit.is_block else parts.contact_heading(text)
            inline_contact = None if unit.is_block else parts.contact_inline(text)
            if role is None and inline_contact is not None:
                role = inline_contact[0]
            heading = unit.hint == "heading" or (unit.runs is None and parts.heading_like(text))
            if not unit.is_block and (
                parts.about(text)
                or parts.disclaimer_heading(text)
                or unit.hint in ("boilerplate", "notice")
            ):
                current = {"heading": text, "paragraphs": []}
                self.lines.setdefault(text, unit.line)
                legal = parts.disclaimer_heading(text) or unit.hint == "notice"
                target = disclaimers if legal else boilerplates
                headings[id(current)] = unit
                target.append(current)
                order.append(("disclaimer" if legal else "about", current))
                continue
            if role is not None:
                printed: str | Literal[False] = False if inline_contact is not None else text
                if reader is None:
                    reader = contact_parts.ContactReader(role, printed)
                else:
                    reader.heading(role, printed)
                order.append(("contacts", len(reader.groups) - 1))
                if inline_contact is not None:
                    reader.line(unit.line, inline_contact[1], text, unit.block)
                if role == "Media" and not text.lower().startswith("media contact"):
                    self.guess(
                        unit.line, "contacts", f'"{text}" read as the heading of media contacts'
                    )
                current = {"contacts": True}
                continue
            in_contacts = current is not None and "contacts" in current
            if (
                in_contacts
                and reader is not None
                and not unit.is_block
                and not parts.disclaimer_start(text)
                and not parts.note_start(text)
                and contact_parts.is_contact_line(text)
            ):
                for offset, line in enumerate(unit.lines or [text]):
                    reader.line(unit.line + offset, line, block=unit.block)
                continue
            if not unit.is_block and parts.note_start(text):
                current = {"paragraphs": [], "notes": True}
                order.append(("notes", current))
            elif (
                not unit.is_block
                and (parts.disclaimer_start(text) or unit.hint == "disclaimer")
                and (current is None or current not in disclaimers)
            ):
                current = {"paragraphs": []}
                disclaimers.append(current)
                order.append(("disclaimer", current))
                headings[id(current)] = unit
            if current is not None and "paragraphs" in current:
                if unit.is_block and "notes" in current:
                    current["paragraphs"].append(self.block(unit) or self.markup(unit))
                elif unit.is_block:
                    current["paragraphs"].extend(
                        self.item_markup(unit) if unit.items else [self.markup(unit)]
                    )
                    self.guess(
                        unit.line, "boilerplates", "a list inside a section: one paragraph per item"
                    )
                else:
                    current["paragraphs"].append(self.markup(unit))
                continue
            if not unit.is_block and heading:
                current = {"heading": text, "paragraphs": []}
                self.lines.setdefault(text, unit.line)
                headings[id(current)] = unit
                boilerplates.append(current)
                order.append(("about", current))
                self.guess(
                    unit.line,
                    f"boilerplates.{len(boilerplates) - 1}",
                    f'{q(text)} after the body read as the heading of an "About" section',
                )
                continue
            if order:  # text among the closing sections: a note where it stands
                current = {"paragraphs": [], "notes": True}
                order.append(("notes", current))
                current["paragraphs"].append(self.block(unit) or self.markup(unit))
                self.guess(unit.line, "closing", f"{q(text)} after the body kept as a note")
                continue
            self.tail.append((unit, "text after the body that is no section"))
        for section in (*boilerplates, *disclaimers):
            if not section["paragraphs"]:
                unit = headings[id(section)]
                self.tail.append((unit, "a heading with no text under it"))
        self.abouts = [b for b in boilerplates if b["paragraphs"]]
        order = [(k, v) for k, v in order if k not in ("about", "disclaimer") or v["paragraphs"]]
        groups: list[dict[str, Any]] = []
        if reader is not None:
            groups = self._contact_groups(reader)
            cards = [card for group in groups for card in group["contacts"]]
            printed_lines = {line for card in cards for line in card.get("lines", [])}
            for number, line_text in reader.leftover:
                if inline(line_text.strip()) not in printed_lines:
                    self.tail.append((Unit(number, line_text), "a contact line that fits no field"))
        self.data.setdefault("end_mark", None)
        head = [("contacts", n) for n in range(first_groups)]
        order = [self._no_cards(entry, groups) for entry in order]
        if self._classic(order, groups):
            self._classic_fields(head + order, groups)
        else:
            self._closing(order, head, groups)

    def _no_cards(self, entry: tuple[str, Any], groups: list[dict[str, Any]]) -> tuple[str, Any]:
        """A contact heading with no card under it: kept as a note where it stands."""
        kind, value = entry
        if kind != "contacts" or groups[value]["contacts"]:
            return entry
        heading = groups[value].get("heading") or ""
        self.guess(self.lines.get("lead", 1), "closing", f"{q(heading)}: no contact under it")
        return ("notes", {"paragraphs": [inline(heading)]}) if heading else ("dropped", None)

    def _contact_groups(self, reader: contact_parts.ContactReader) -> list[dict[str, Any]]:
        """The contacts under each printed heading: ``{heading, contacts}``, each card with
        its heading and lines as printed where the composed card would print it otherwise."""
        found = reader.finish()
        bounds = [start for start, _ in reader.groups] + [len(found)]
        groups = []
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
                cards.append(_card(fields, [text for text, _ in lines], heading, self.lang))
                shown = ", ".join(f'{k} "{v}"' for k, v in fields.items())
                self.contact_lines.append((line, f"contact: {shown}"))
            several = len(cards) > 1
            group: dict[str, Any] = {"contacts": cards}
            if several and printed:
                group["heading"] = printed
            if not cards:
                group["heading"] = printed
            groups.append(group)
        return groups

    @staticmethod
    def _classic(order: list[tuple[str, Any]], groups: list[dict[str, Any]]) -> bool:
        """Whether the classic fields print the sections in their published order."""
        rank = {"about": 0, "disclaimer": 1, "contacts": 2, "end_mark": 3}
        ranks = [rank.get(kind, 9) for kind, _ in order if kind != "dropped"]
        if ranks != sorted(ranks) or 9 in ranks:
            return False
        return all("heading" not in group for group in groups if group["contacts"])

    def _classic_fields(self, order: list[tuple[str, Any]], groups: list[dict[str, Any]]) -> None:
        boilerplates = [v for k, v in order if k == "about"]
        disclaimers = [v for k, v in order if k == "disclaimer"]
        self.data["boilerplates"] = boilerplates
        self.data["disclaimers"] = disclaimers
        cards = [c for k, v in order if k == "contacts" for c in groups[v]["contacts"]]
        if cards:
            self.data["contacts"] = cards
        for number, (line, message) in enumerate(self.contact_lines):
            self.guess(line, f"contacts.{number}", message)

    def _closing(
        self,
        order: list[tuple[str, Any]],
        head: list[tuple[str, Any]],
        groups: list[dict[str, Any]],
    ) -> None:
        """``closing``: the sections in published order (contacts printed above the headline
        come before the first contacts, else after the last About or disclaimer)."""
        if head:
            at = next((i for i, (k, _) in enumerate(order) if k == "contacts"), None)
            if at is None:
                kinds = [k for k, _ in order]
                at = max(
                    (i + 1 for i, k in enumerate(kinds) if k in ("about", "disclaimer")), default=0
                )
            order = order[:at] + head + order[at:]
        while order and order[-1][0] == "end_mark":
            order.pop()
        closing: list[dict[str, Any]] = []
        card_number = 0
        for kind, value in order:
            path = f"closing.{len(closing)}"
            if kind == "dropped":
                continue
            if kind == "end_mark":
                closing.append({"kind": "end_mark"})
            elif kind == "notes":
                closing.append({"kind": "notes", "blocks": value["paragraphs"]})
            elif kind == "contacts":
                group = groups[value]
                if not group["contacts"]:
                    continue
                closing.append({"kind": "contacts", **group})
                for number in range(len(group["contacts"])):
                    line, message = self.contact_lines[card_number]
                    self.guess(line, f"{path}.contacts.{number}", message)
                    card_number += 1
            else:
                closing.append({"kind": kind, **value})
        if closing:
            self.data["closing"] = closing
        self.guess(
            self.lines.get("lead", 1),
            "closing",
            "the sections after the body in the order they are printed (not About, disclaimers, "
            "contacts and the end mark last)",
        )

    def _assets(self, label: Unit, unit: Unit) -> bool:
        """``Media assets:`` and a list of ``title: caption (credit) URL``: the assets,
        when every item reads back word for word; else False and they stay text."""
        if not unit.items or "assets" in self.data or not self.assets_label(label.text):
            return False
        found = []
        for number, item in enumerate(unit.items):
            runs = unit.item_runs[number] if unit.item_runs else None
            asset = parts.asset(item, {r.href for r in runs or () if r.href})
            if asset is None:
                return False
            found.append(asset)
        self.data["assets"] = found
        self.guess(
            label.line, "assets", f"{len(found)} media assets from the list under {q(label.text)}"
        )
        return True

    def assets_label(self, text: str) -> bool:
        if self._labels is None:
            from pressrelease.document.wording import phrases

            label = phrases(self.lang).media_assets
            self._labels = (label, label.rstrip(": \u00a0"), "Media assets:", "Media assets")
        return text.strip() in self._labels

    # -- issuer, slug, language ------------------------------------------------------------------

    def _issuer(self) -> None:
        everything = self.text
        listings: list[dict[str, str]] = []
        name = None
        for exchange, symbol, offset in parts.tickers(everything):
            if not any(
                item["exchange"] == exchange and item["symbol"] == symbol for item in listings
            ):
                listings.append({"exchange": exchange, "symbol": symbol})
                line = self.line_at(offset)
                self.guess(
                    line,
                    f"issuer.listings.{len(listings) - 1}",
                    f"listing {exchange}: {symbol} from {q(around(everything, offset), 60)}",
                )
                if name is None:
                    name = parts.name_before(everything, offset)
                    if name:
                        self.guess(
                            line,
                            "issuer.name",
                            f'issuer "{name}": the name before its stock listing',
                        )
        if name is None:
            name = self._issuer_from_sections()
        self.data["issuer"] = {"name": name}
        if listings:
            self.data["issuer"]["listings"] = listings

    def _issuer_from_sections(self) -> str:
        for boilerplate in self.abouts:
            heading = boilerplate["heading"]
            if parts.about(heading):
                name = re.sub(r"\s*\([^)]*\)\s*$", "", heading.split(None, 1)[1]).strip()
                if name:
                    self.guess(
                        self.lines.get(heading, 1),
                        "issuer.name",
                        f'issuer "{name}" from the heading "{heading}"',
                    )
                    return str(name)
        lead = next((b for b in self.body if isinstance(b, str)), "")
        words: list[str] = []
        for word in lead.replace("\\", "").split()[:6]:
            clean_word = word.rstrip(",.;:")
            if (
                not clean_word[:1].isupper() and not clean_word[:1].isdigit()
            ) or clean_word in _LEAD_STOP:
                break
            words.append(clean_word)
            if word != clean_word:
                break
        name = " ".join(words) or self.data["headline"].split()[0]
        self.guess(
            self.lines.get("lead", 1),
            "issuer.name",
            f'issuer "{name}" from the start of the lead (no listing, no About section)',
        )
        return name

    def _slug_and_language(self) -> None:
        dateline = self.data["dateline"]
        dated = not any(g.field == "dateline.date" and "today" in g.message for g in self.guesses)
        base = parts.slugify(self.data["issuer"]["name"], 40)
        if dated and base:
            slug = f"{base}-{dateline['date'].isoformat()}"
        else:
            slug = parts.slugify(self.data["headline"]) or "release"
        self.data = {"slug": slug, **self.data}
        language = self.language or parts.language(self.text)
        if not self.language and language != "en":
            self.guess(1, "language", f'language "{language}" from the script of the text')
        self.data["language"] = language


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
