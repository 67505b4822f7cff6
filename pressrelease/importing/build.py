"""Units of text -> a validated PressRelease and the guesses it took. The reading order of
wire copy: timing line, headline, subheadlines, dateline + lead, body, then the sections
(About …, disclaimers, contacts) and the end mark. Nothing is dropped: text that fits no part
becomes a body paragraph, and the report says so."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pressrelease.importing import contacts as contact_parts
from pressrelease.importing import dateline as datelines
from pressrelease.importing import parts, quotes
from pressrelease.importing.dates import find_date, parse_moment
from pressrelease.importing.report import Guess, excerpt, q
from pressrelease.importing.text import NotAReleaseError, Unit, clean, units
from pressrelease.inline import InlineText, escape_inline

_URL = re.compile(r"https?://[^\s<>]+")
_URL_TAIL = ".,;:!?)]}”’\"'"
_HEADQUARTERS = re.compile(
    r"\b(?:headquartered|based) in (?P<city>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?)"
    r"(?:, (?P<country>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?))?"
)
_LEAD_STOP = frozenset({"The", "On", "In", "Today", "At", "For", "This", "A", "An", "As", "With"})


def inline(text: str) -> str:
    """Plain text as inline markup that shows exactly ``text``; web addresses become links."""
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        url = match.group().rstrip(_URL_TAIL)
        if url.count("(") < url.count(")") or len(url) < 12:
            continue
        out.append(escape_inline(text[last : match.start()]))
        out.append(f"<{url}>")
        last = match.start() + len(url)
    out.append(escape_inline(text[last:]))
    source = "".join(out)
    try:
        if InlineText(source).plain == text:
            return source
    except ValueError:
        pass
    return escape_inline(text)


def _around(text: str, offset: int) -> str:
    """The words around ``offset``, from the start of its line or sentence."""
    start = max(text.rfind("\n", 0, offset), text.rfind(". ", 0, offset - 40), 0)
    return text[start : offset + 20].strip(" .\n")


class Builder:
    """One import: walks the units once and fills ``data`` and ``guesses``."""

    def __init__(self, text: str, name: str, language: str | None) -> None:
        self.text = clean(text)
        self.name = name
        self.language = language
        self.units = units(self.text)
        self.guesses: list[Guess] = []
        self.data: dict[str, Any] = {}
        self.body: list[dict[str, Any] | str] = []
        self.tail: list[tuple[Unit, str]] = []  # text placed nowhere else: end of the body
        self.as_paragraph: dict[int, str] = {}  # body index of a quote -> its paragraph
        self.reader: contact_parts.ContactReader | None = None

    def guess(self, line: int, field: str, message: str) -> None:
        self.guesses.append(Guess(line, field, message))

    def build(self) -> dict[str, Any]:
        prose = [u for u in self.units if u.words >= 2 or u.items]
        if len(self.units) < 2 or not prose or sum(u.words for u in self.units) < 4:
            raise NotAReleaseError(
                f"{self.name}: this is not a press release: it needs at least a headline and "
                "a paragraph, separated by a blank line"
            )
        rest = self._head(self.units)
        rest = self._lead(rest)
        rest = self._body(rest)
        self._sections(rest)
        for unit, why in self.tail:
            self.guess(unit.line, f"body.{len(self.body)}", f"{why}: kept as a body paragraph")
            self.body.append(inline(unit.text))
        self.data["body"] = self.body
        self._issuer()
        self._slug_and_language()
        return self.data

    # -- timing line, headline, subheadlines -------------------------------------------------

    def _head(self, rest: list[Unit]) -> list[Unit]:
        first = rest[0]
        when = None if first.items else parts.timing(first.text)
        if when is not None:
            rest = rest[1:]
            if when != "immediate":
                self._embargo(first, when)
        rest = self._contacts_first(rest)
        if not rest:
            raise NotAReleaseError(f"{self.name}: this is not a press release: no headline")
        headline = rest[0]
        self.data["headline"] = headline.text.replace("\n", " ")
        if headline.items:
            self.guess(headline.line, "headline", "a list where the headline belongs: joined")
        return rest[1:]

    def _contacts_first(self, rest: list[Unit]) -> list[Unit]:
        """A contact block above the headline, as US releases often print it."""
        if not rest or rest[0].items:
            return rest
        start = rest[0]
        inline_contact = parts.contact_inline(start.text)
        role = parts.contact_heading(start.text)
        if role is None and inline_contact is None:
            return rest
        self.reader = contact_parts.ContactReader(role or inline_contact[0])  # type: ignore[index]
        if inline_contact is not None:
            self.reader.line(start.line, inline_contact[1])
        taken = 1
        alone = len(rest) < 2 or rest[1].block != start.block
        for unit in rest[1:]:
            if unit.items or not contact_parts.is_contact_line(unit.text):
                break
            if unit.block != start.block and not (alone and contact_parts.card_line(unit.text)):
                break
            for offset, line in enumerate(unit.lines or [unit.text]):
                self.reader.line(unit.line + offset, line)
            taken += 1
        return rest[taken:]

    def _embargo(self, unit: Unit, when: str) -> None:
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
                return
        self.tail.append((unit, "an embargo line without a date, time and zone"))

    # -- dateline and lead ----------------------------------------------------------------------

    def _lead(self, rest: list[Unit]) -> list[Unit]:
        for index, unit in enumerate(rest[:6]):
            if unit.items:
                continue
            text = unit.text
            joined = 0
            if datelines.credit_alone(text) and index + 1 < len(rest) and not rest[index + 1].items:
                text = f"{text} {rest[index + 1].text}"
                joined = 1
            found = datelines.find(text)
            if found is None:
                continue
            self._before_lead(rest[:index])
            self._dateline(unit, found)
            self.body.append(inline(found.rest))
            return rest[index + 1 + joined :]
        return self._no_dateline(rest)

    def _before_lead(self, units_: list[Unit]) -> None:
        subheadlines: list[str] = []
        for unit in units_:
            if unit.items:
                self.body.append(
                    {
                        "kind": "list",
                        "ordered": unit.ordered,
                        "items": [inline(i) for i in unit.items],
                    }
                )
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
        found = find_date(self.text)
        if found is not None:
            day, written = found
            line = self.text[: self.text.find(written)].count("\n") + 1
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
        lead = next((i for i, u in enumerate(rest) if not u.items and u.words >= 12), None)
        if lead is None:
            lead = next((i for i, u in enumerate(rest) if not u.items), None)
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
        self.body.append(inline(remainder) if remainder else inline(first))
        return rest[lead + 1 :]

    # -- body ---------------------------------------------------------------------------------

    def _section_start(self, unit: Unit) -> bool:
        if unit.items:
            return False
        text = unit.text
        return (
            parts.is_end_mark(text)
            or parts.about(text)
            or parts.disclaimer_heading(text)
            or parts.contact_heading(text) is not None
            or parts.disclaimer_start(text)
        )

    def _body(self, rest: list[Unit]) -> list[Unit]:
        for index, unit in enumerate(rest):
            if self._section_start(unit):
                return rest[index:]
            number = len(self.body)
            if unit.items:
                self.body.append(
                    {
                        "kind": "list",
                        "ordered": unit.ordered,
                        "items": [inline(i) for i in unit.items],
                    }
                )
                if unit.ordered:
                    self.guess(
                        unit.line,
                        f"body.{number}",
                        "a numbered list: numbered 1, 2, 3 … when printed",
                    )
                continue
            if parts.heading_like(unit.text) and index + 1 < len(rest):
                self.body.append({"kind": "subheading", "text": unit.text})
                continue
            quote = quotes.parse(unit.text, inline)
            if quote is not None:
                self._speaker(unit, quote, number)
                self.body.append(quote)
                self.as_paragraph[number] = inline(unit.text)
                continue
            self.body.append(inline(unit.text))
        return []

    def _speaker(self, unit: Unit, quote: dict[str, Any], number: int) -> None:
        from pressrelease.renderers.wording import attribution

        speaker = quote["speaker"]
        before = self.text[: self.text.find(unit.text[:40])] if unit.text[:40] in self.text else ""
        longer = quotes.full_name(speaker["name"], before)
        if longer:
            quote.setdefault("attribution", attribution(quotes.construct(quote)))
            speaker["name"] = longer
        said = ", ".join(str(v) for v in speaker.values())
        self.guess(
            unit.line,
            f"body.{number}",
            f"a quote by {said} ({quote['verb']}, {quote.get('position', 'after')})",
        )

    # -- sections after the body ----------------------------------------------------------------

    def _sections(self, rest: list[Unit]) -> None:
        boilerplates: list[dict[str, Any]] = []
        disclaimers: list[dict[str, Any]] = []
        reader = self.reader
        current: dict[str, Any] | None = None
        headings: dict[int, Unit] = {}
        for unit in rest:
            text = unit.text
            if not unit.items and parts.is_end_mark(text):
                if "end_mark" not in self.data:
                    self.data["end_mark"] = text.strip()
                else:
                    self.tail.append((unit, "a second end mark"))
                current = None
                continue
            role = None if unit.items else parts.contact_heading(text)
            inline_contact = None if unit.items else parts.contact_inline(text)
            if role is None and inline_contact is not None:
                role = inline_contact[0]
            if not unit.items and (parts.about(text) or parts.disclaimer_heading(text)):
                current = {"heading": text, "paragraphs": []}
                target = disclaimers if parts.disclaimer_heading(text) else boilerplates
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
                and not unit.items
                and not parts.disclaimer_start(text)
                and contact_parts.is_contact_line(text)
            ):
                for offset, line in enumerate(unit.lines or [text]):
                    reader.line(unit.line + offset, line)
                continue
            if (
                not unit.items
                and parts.disclaimer_start(text)
                and (current is None or current not in disclaimers)
            ):
                current = {"paragraphs": []}
                disclaimers.append(current)
                headings[id(current)] = unit
            if current is not None and "paragraphs" in current:
                if unit.items:
                    current["paragraphs"].extend(inline(item) for item in unit.items)
                    self.guess(
                        unit.line, "boilerplates", "a list inside a section: one paragraph per item"
                    )
                else:
                    current["paragraphs"].append(inline(text))
                continue
            if not unit.items and parts.heading_like(text):
                current = {"heading": text, "paragraphs": []}
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
                line = everything[:offset].count("\n") + 1
                self.guess(
                    line,
                    f"issuer.listings.{len(listings) - 1}",
                    f"listing {exchange}: {symbol} from {q(_around(everything, offset), 60)}",
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
                    self.guess(1, "issuer.name", f'issuer "{name}" from the heading "{heading}"')
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
            1,
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
