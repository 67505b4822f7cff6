"""After the body: About sections, disclaimers, notes, contacts, media assets and the end
mark, read in the order they are printed. Where they go in the release (the classic fields,
or ``closing`` in printed order) is ``closing``'s job; contact cards are ``cards``'."""

from __future__ import annotations

from typing import Any, Literal

from pressrelease.importing import contacts as contact_parts
from pressrelease.importing import parts
from pressrelease.importing.cards import contact_groups
from pressrelease.importing.closing import Closing
from pressrelease.importing.footnotes import Footnotes
from pressrelease.importing.report import q
from pressrelease.importing.state import inline
from pressrelease.importing.text import Unit


class Sections(Closing, Footnotes):
    """Everything after the body."""

    def _sections(self, rest: list[Unit]) -> None:
        boilerplates: list[dict[str, Any]] = []
        disclaimers: list[dict[str, Any]] = []
        order: list[tuple[str, Any]] = []  # the sections in printed order
        reader = self.reader
        first_groups = len(reader.groups) if reader is not None else 0
        current: dict[str, Any] | None = None
        headings: dict[int, Unit] = {}
        skip = 0
        for index, unit in enumerate(rest):
            if skip:
                skip -= 1
                continue
            text = unit.text
            following = rest[index + 1] if index + 1 < len(rest) else None
            if not unit.is_block and following is not None and self._assets(unit, following):
                skip, current = 1, None
                continue
            notes = self.note_section(rest, index)
            if notes is not None:
                order.append(("footnotes", notes[0]))
                skip, current = notes[1] - 1, None
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
                parts.about(text, self.lang)
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
                if role == "Media" and not parts.contact_role_stated(text):
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
            groups, reported = contact_groups(reader, self.lang)
            self.contact_lines.extend(reported)
            cards = [card for group in groups for card in group["contacts"]]
            printed_lines = {line for card in cards for line in card.get("lines", [])}
            for number, line_text in reader.leftover:
                if inline(line_text.strip()) not in printed_lines:
                    self.tail.append((Unit(number, line_text), "a contact line that fits no field"))
        self.data.setdefault("end_mark", None)
        head = [("contacts", n) for n in range(first_groups)]
        order = [self._no_cards(entry, groups) for entry in order]
        order = self._notes(order)
        if self._classic(order, groups):
            self._classic_fields(head + order, groups)
        else:
            self._closing(order, head, groups)

    def _notes(self, order: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        """The footnotes found: referenced from the text (``[^id]``) and placed, printed
        last and without a heading, in ``footnotes``, else where they stand (``closing``);
        when the text does not reference every note, they stay text, markers and all."""
        found = [value for kind, value in order if kind == "footnotes"]
        if not found:
            return order
        texts = [self.body, self.as_paragraph, *(v for k, v in order if k != "footnotes")]
        if not self.references(found, texts):
            self.guess(self.lines.get("lead", 1), "closing",
                       "notes with markers the text does not all print: kept as text")  # fmt: skip
            return [
                ("notes", {"paragraphs": [inline(f"{n['marker']} ") + n["text"]
                                          for n in v["notes"]], "notes": True})
                if k == "footnotes" else (k, v)
                for k, v in order
            ]  # fmt: skip
        count = sum(len(section["notes"]) for section in found)
        self.guess(self.lines.get("lead", 1), "footnotes",
                   f"{count} footnotes, their markers in the text read as references")  # fmt: skip
        printed = [k for k, _ in order if k not in ("end_mark", "dropped")]
        if len(found) == 1 and printed[-1] == "footnotes" and "heading" not in found[0]:
            self.data["footnotes"] = found[0]["notes"]
            return [(k, v) for k, v in order if k != "footnotes"]
        return order

    def _no_cards(self, entry: tuple[str, Any], groups: list[dict[str, Any]]) -> tuple[str, Any]:
        """A contact heading with no card under it: kept as a note where it stands."""
        kind, value = entry
        if kind != "contacts" or groups[value]["contacts"]:
            return entry
        heading = groups[value].get("heading") or ""
        self.guess(self.lines.get("lead", 1), "closing", f"{q(heading)}: no contact under it")
        return ("notes", {"paragraphs": [inline(heading)]}) if heading else ("dropped", None)

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
