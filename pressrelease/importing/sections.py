"""After the body: About sections, disclaimers, contacts, the end mark; then the issuer,
its listings, the slug and the language."""

from __future__ import annotations

import re
from typing import Any

from pressrelease.importing import contacts as contact_parts
from pressrelease.importing import parts
from pressrelease.importing.report import q
from pressrelease.importing.state import State, around
from pressrelease.importing.text import Unit

_LEAD_STOP = frozenset({"The", "On", "In", "Today", "At", "For", "This", "A", "An", "As", "With"})


class Sections(State):
    """Everything after the body, and the fields derived from the whole text."""

    def _sections(self, rest: list[Unit]) -> None:
        boilerplates: list[dict[str, Any]] = []
        disclaimers: list[dict[str, Any]] = []
        reader = self.reader
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
                target = (
                    disclaimers
                    if parts.disclaimer_heading(text) or unit.hint == "notice"
                    else boilerplates
                )
                headings[id(current)] = unit
                target.append(current)
                continue
            if role is not None:
                if reader is None:
                    reader = contact_parts.ContactReader(role)
                else:
                    reader.heading(role)
                if inline_contact is not None:
                    reader.line(unit.line, inline_contact[1])
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
                and contact_parts.is_contact_line(text)
            ):
                for offset, line in enumerate(unit.lines or [text]):
                    reader.line(unit.line + offset, line)
                continue
            if (
                not unit.is_block
                and (parts.disclaimer_start(text) or unit.hint == "disclaimer")
                and (current is None or current not in disclaimers)
            ):
                current = {"paragraphs": []}
                disclaimers.append(current)
                headings[id(current)] = unit
            if current is not None and "paragraphs" in current:
                if unit.is_block:
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
                self.guess(
                    unit.line,
                    f"boilerplates.{len(boilerplates) - 1}",
                    f'{q(text)} after the body read as the heading of an "About" section',
                )
                continue
            self.tail.append((unit, "text after the body that is no section"))
        for section in (*boilerplates, *disclaimers):
            if not section["paragraphs"]:
                unit = headings[id(section)]
                self.tail.append((unit, "a heading with no text under it"))
        self.data["boilerplates"] = [b for b in boilerplates if b["paragraphs"]]
        self.data["disclaimers"] = [d for d in disclaimers if d["paragraphs"]]
        if reader is not None:
            found = reader.finish()
            self.data["contacts"] = found
            for number, contact in enumerate(found):
                shown = ", ".join(f'{k} "{v}"' for k, v in contact.items())
                self.guess(reader.lines[number], f"contacts.{number}", f"contact: {shown}")
            for number, line_text in reader.leftover:
                self.tail.append((Unit(number, line_text), "a contact line that fits no field"))
        self.data.setdefault("end_mark", None)

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
        for boilerplate in self.data.get("boilerplates", []):
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
