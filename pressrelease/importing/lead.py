"""The dateline that starts the lead, and the lead: found among the first paragraphs after
the headline (the subheadlines stand between them), with the city and date the dateline
prints, or those the text states elsewhere when it prints none."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pressrelease.importing import dateline as datelines
from pressrelease.importing.dates import find_date
from pressrelease.importing.head import Head
from pressrelease.importing.report import excerpt, q
from pressrelease.importing.state import inline
from pressrelease.importing.text import NotAReleaseError, Unit
from pressrelease.importing.timing import timing

_HEADQUARTERS = re.compile(
    r"\b(?:headquartered|based) in (?P<city>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?)"
    r"(?:, (?P<country>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?))?"
)


class Lead(Head):
    """The dateline and the lead, read after the head; text between headline and dateline
    is subheadlines (or the timing line printed under the headline)."""

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
            if self.data.get("timing") is False and not unit.is_block and timing(unit.text):
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
