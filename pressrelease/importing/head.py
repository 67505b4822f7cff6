"""The top of wire copy: timing line, a contact block above the headline, headline,
subheadlines, and the dateline that starts the lead."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pressrelease.importing import contacts as contact_parts
from pressrelease.importing import dateline as datelines
from pressrelease.importing import parts
from pressrelease.importing.dates import find_date, parse_moment
from pressrelease.importing.report import excerpt, q
from pressrelease.importing.state import State, inline
from pressrelease.importing.text import NotAReleaseError, Unit

_HEADQUARTERS = re.compile(
    r"\b(?:headquartered|based) in (?P<city>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?)"
    r"(?:, (?P<country>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?))?"
)


class Head(State):
    """Timing line, headline, subheadlines, dateline and lead."""

    def _head(self, rest: list[Unit]) -> list[Unit]:
        rest = self._preamble_and_timing(rest)
        rest = self._contacts_first(rest)
        top = rest[0] if rest and not rest[0].is_block else None
        if top and self.data.get("timing") is False and parts.timing(top.text) is not None:
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
            if parts.timing(unit.text) is not None:
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

        when = parts.timing(unit.text)
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

        found = parse_moment(when)
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
        self.tail.append((unit, "an embargo line without a date, time and zone"))
        return False

    # -- dateline and lead ----------------------------------------------------------------------

    def _lead(self, rest: list[Unit]) -> list[Unit]:
        for index, unit, text, joined in self._lead_candidates(rest):
            found = datelines.find(text, self.lang)
            if found is None:
                continue
            return self._take_lead(rest, index, unit, text, joined, found)
        for index, unit, text, joined in self._lead_candidates(rest):
            if unit.lead and not joined:  # a bold run starting a paragraph: its dateline
                found = datelines.bold(text, unit.lead)
                if found is not None:
                    return self._take_lead(rest, index, unit, text, joined, found)
        return self._no_dateline(rest)

    def _lead_candidates(self, rest: list[Unit]) -> list[tuple[int, Unit, str, int]]:
        """(index, unit, text, 1 if joined with the next unit) for the first paragraphs."""
        out = []
        for index, unit in enumerate(rest[:6]):
            if unit.is_block:
                continue
            text = unit.text
            joined = 0
            if (
                datelines.credit_alone(text)
                and index + 1 < len(rest)
                and not rest[index + 1].is_block
            ):
                text = f"{text} {rest[index + 1].text}"
                joined = 1
            out.append((index, unit, text, joined))
        return out

    def _take_lead(
        self,
        rest: list[Unit],
        index: int,
        unit: Unit,
        text: str,
        joined: int,
        found: datelines.FoundDateline,
    ) -> list[Unit]:
        self._before_lead(rest[:index])
        self._dateline(unit, found)
        start = len(text) - len(found.rest)
        if joined:
            self.body.append(self.markup(rest[index + 1], start - len(unit.text) - 1))
        else:
            self.body.append(self.markup(unit, start))
        self.lines["lead"] = unit.line
        return rest[index + 1 + joined :]

    def _before_lead(self, units_: list[Unit]) -> None:
        subheadlines: list[str] = []
        for unit in units_:
            if self.data.get("timing") is False and not unit.is_block and parts.timing(unit.text):
                del self.data["timing"]
                self._timing(unit)
                self.data["timing_position"] = "after_headline"
                self.guess(unit.line, "timing_position", "the timing line under the headline")
                continue
            block = self.block(unit)
            if block is not None:
                self.body.append(block)
            elif unit.table is not None:
                self.tail.append((unit, "a table with merged or empty cells"))
            else:
                number = len(subheadlines)
                subheadlines.append(unit.text)
                self.guess(unit.line, f"subheadlines.{number}", f"subheadline {q(unit.text)}")
        if subheadlines:
            self.data["subheadlines"] = subheadlines

    def _dateline(self, unit: Unit, found: datelines.FoundDateline) -> None:
        fields = dict(found.fields)
        shown = excerpt(found.printed)
        if "city" not in fields:
            where = _HEADQUARTERS.search(self.text)
            if where:
                fields["city"] = where.group("city")
                if where.group("country"):
                    fields["country"] = where.group("country")
                self.guess(
                    unit.line,
                    "dateline.city",
                    f'dateline city "{fields["city"]}" (not printed) from {q(where.group(), 60)}',
                )
            else:
                fields["city"] = "unknown"
                self.guess(
                    unit.line,
                    "dateline.city",
                    f"no place in the dateline \"{shown}\": city set to 'unknown', write it",
                )
        elif found.others:
            named = ", ".join(f'"{place}"' for place in found.others)
            self.guess(
                unit.line,
                "dateline.city",
                f'dateline city "{fields["city"]}", the first place in "{shown}"; {named} '
                "only in the printed dateline (a dateline has one city)",
            )
        elif fields["city"] not in found.printed:
            self.guess(
                unit.line, "dateline.city", f'dateline city "{fields["city"]}" from "{shown}"'
            )
        if ("region" in fields or "country" in fields) and fields["city"] in found.printed:
            which = "region" if "region" in fields else "country"
            self.guess(
                unit.line,
                f"dateline.{which}",
                f'"{fields[which]}" taken as the {which} in "{shown}"',
            )
        if not found.dated:
            fields["date"] = self._date_elsewhere(unit)
        if "printed" in fields:
            self.guess(
                unit.line,
                "dateline.printed",
                f'dateline kept as printed: "{shown}" (its parts would not print it word for word)',
            )
        self.data["dateline"] = fields

    def _date_elsewhere(self, unit: Unit) -> dt.date:
        if self.meta.date is not None:
            self.guess(
                unit.line,
                "dateline.date",
                f"release date {self.meta.date.isoformat()} from the document's own date "
                "(published, created or sent): the dateline states none",
            )
            return self.meta.date
        found = find_date(self.text, self.lang)
        if found is not None:
            day, written = found
            line = self.line_at(self.text.find(written))
            self.guess(
                line,
                "dateline.date",
                f'release date {day.isoformat()} from "{written}": the dateline states none',
            )
            return day
        today = dt.date.today()
        self.guess(
            unit.line,
            "dateline.date",
            f"the text states no date: today ({today.isoformat()}) used, write the release date",
        )
        return today

    def _no_dateline(self, rest: list[Unit]) -> list[Unit]:
        lead = next((i for i, u in enumerate(rest) if not u.is_block and u.words >= 12), None)
        if lead is None:
            lead = next((i for i, u in enumerate(rest) if not u.is_block), None)
        if lead is None:
            raise NotAReleaseError(
                f"{self.name}: this is not a press release: no paragraph of text after the headline"
            )
        self._before_lead(rest[:lead])
        unit = rest[lead]
        first, _, remainder = unit.text.partition(" ")
        if not remainder:
            first, remainder = unit.text, ""
        fields: dict[str, Any] = {"printed": first, "separator": " "}
        self.guess(
            unit.line,
            "dateline",
            f'no dateline found: the lead\'s first word "{first}" stands in as the printed '
            "dateline, so the text stays word for word; write city and date",
        )
        found = datelines.FoundDateline(fields, first, remainder, False)
        self._dateline(unit, found)
        self.body.append(self.markup(unit, len(first) + 1) if remainder else inline(first))
        self.lines["lead"] = unit.line
        return rest[lead + 1 :]

    # -- body ---------------------------------------------------------------------------------
