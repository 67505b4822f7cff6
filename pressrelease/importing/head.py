"""The top of wire copy, above the dateline: the timing line (or an embargo), labels printed
above the headline (the preamble), a contact block above the headline, and the headline.
The dateline and the lead that follow are :mod:`pressrelease.importing.lead`'s."""

from __future__ import annotations

from typing import Literal

from pressrelease.importing import contacts as contact_parts
from pressrelease.importing import parts
from pressrelease.importing.dates import parse_moment
from pressrelease.importing.report import q
from pressrelease.importing.state import State
from pressrelease.importing.text import NotAReleaseError, Unit
from pressrelease.importing.timing import timing


class Head(State):
    """Timing line, preamble, contacts above the headline, and the headline."""

    def _head(self, rest: list[Unit]) -> list[Unit]:
        rest = self._preamble_and_timing(rest)
        rest = self._contacts_first(rest)
        top = rest[0] if rest and not rest[0].is_block else None
        if top and self.data.get("timing") is False and timing(top.text) is not None:
            del self.data["timing"]  # the timing line under a contact block at the top
            self._timing(top)
            rest = rest[1:]
        if not rest:
            raise NotAReleaseError(f"{self.name}: this is not a press release: no headline")
        title = next((i for i, u in enumerate(rest[:8]) if u.hint == "title"), 0)
        for unit in rest[:title]:  # a label or a logo's words above the document's title
            if unit.is_block or unit.words > 12:
                self.tail.append((unit, "text above the headline"))
            else:
                self._preamble_line(unit)
        rest = rest[title:]
        headline = rest[0]
        self.data["headline"] = headline.text.replace("\n", " ")
        if headline.items:
            self.guess(headline.line, "headline", "a list where the headline belongs: joined")
        return rest[1:]

    def _preamble_and_timing(self, rest: list[Unit]) -> list[Unit]:
        """Lines above the headline: the timing line as published (``timing``, or the
        embargo and its ``printed`` line), and any other short lines before it
        (``preamble``: 報道関係者各位, NEWS RELEASE)."""
        at = None
        for index, unit in enumerate(rest[:5]):
            if unit.is_block or unit.hint == "title":
                break
            if timing(unit.text) is not None:
                at = index
                break
            if not (parts.preamble(unit.text) or (unit.words <= 6 and index + 1 < len(rest))):
                break
        if at and not any(parts.preamble(unit.text) for unit in rest[:at]):
            at = None  # a short headline over the timing line: see _before_lead
        if at is None:
            while rest and not rest[0].is_block and parts.preamble(rest[0].text):
                self._preamble_line(rest[0])
                rest = rest[1:]
            self.data["timing"] = False
            return rest
        for unit in rest[:at]:
            self._preamble_line(unit)
        self._timing(rest[at])
        return rest[at + 1 :]

    def _preamble_line(self, unit: Unit) -> None:
        preamble = self.data.setdefault("preamble", [])
        self.guess(
            unit.line, f"preamble.{len(preamble)}", f"{q(unit.text)} printed above the headline"
        )
        preamble.append(unit.text.replace("\n", " "))

    def _timing(self, unit: Unit) -> None:
        """The timing line ``unit``: FOR IMMEDIATE RELEASE (kept as published when worded
        otherwise) or an embargo line."""
        from pressrelease.document.wording import phrases

        when = timing(unit.text)
        printed = " ".join(unit.text.split())
        if when == "immediate":
            if printed != phrases(self.lang).immediate:
                self.data["timing"] = printed
            return
        if when is not None and self._embargo(unit, when):
            self.embargo_printed = printed

    def _contacts_first(self, rest: list[Unit]) -> list[Unit]:
        """A contact block above the headline, as US releases often print it."""
        if not rest or rest[0].is_block:
            return rest
        start = rest[0]
        inline_contact = parts.contact_inline(start.text)
        role = parts.contact_heading(start.text)
        if role is None and inline_contact is None:
            return rest
        printed: str | Literal[False] = start.text if inline_contact is None else False
        self.reader = contact_parts.ContactReader(role or inline_contact[0], printed)  # type: ignore[index]
        if inline_contact is not None:
            self.reader.line(start.line, inline_contact[1], start.text, start.block)
        taken = 1
        alone = len(rest) < 2 or rest[1].block != start.block
        for unit in rest[1:]:
            if unit.is_block or not contact_parts.is_contact_line(unit.text):
                break
            if unit.block != start.block and not (alone and contact_parts.card_line(unit.text)):
                break
            for offset, line in enumerate(unit.lines or [unit.text]):
                self.reader.line(unit.line + offset, line, block=unit.block)
            taken += 1
        return rest[taken:]

    def _embargo(self, unit: Unit, when: str) -> bool:
        from pydantic import ValidationError

        from pressrelease.importing.dates import zone_for
        from pressrelease.model import Embargo

        found = parse_moment(when, self.lang)
        if found is not None:
            moment, zone = found
            for candidate in (zone, zone_for(moment)):
                try:
                    Embargo(until=moment, timezone=candidate)
                except ValidationError:
                    continue
                self.data["embargo"] = {"until": moment, "timezone": candidate}
                self.guess(
                    unit.line,
                    "embargo",
                    f"embargo until {moment.isoformat()} shown in {candidate} from {q(unit.text)}",
                )
                return True
        # Word for word and in its place, as the timing line; not an embargo nobody stated.
        self.data["timing"] = " ".join(unit.text.split())
        self.guess(
            unit.line,
            "timing",
            f"an embargo line without a date, time and zone read from it: {q(unit.text)} kept "
            "as the printed timing line (write embargo: to hold the release until then)",
        )
        return False
