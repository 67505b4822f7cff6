"""Units of text -> a validated PressRelease and the guesses it took. The reading order of
wire copy: timing line, headline, subheadlines, dateline + lead, body, then the sections
(About …, disclaimers, contacts) and the end mark. Nothing is dropped: text that fits no part
becomes a body paragraph, and the report says so."""

from __future__ import annotations

from typing import Any

from pressrelease.importing import parts, quotes, rich
from pressrelease.importing.issuer import Issuer
from pressrelease.importing.lead import Lead
from pressrelease.importing.sections import Sections
from pressrelease.importing.starnotes import star_notes
from pressrelease.importing.state import inline
from pressrelease.importing.text import NotAReleaseError, Unit

_SOURCE_DASHES = ("— ", "― ", "– ", "-- ")
"""How the source line under a block quotation starts (``— Example Research, 2024``)."""
_QUOTE_MARKS = ("“", '"', "«", "„", "「", "»")
"""A paragraph in a Quote style holding these is a quote sentence (a speaker's words),
kept a paragraph when no quote pattern reads it; without them it is a block quotation."""


class Builder(Lead, Sections, Issuer):
    """One import: walks the units once and fills ``data`` and ``guesses``."""

    def build(self) -> dict[str, Any]:
        prose = [u for u in self.units if u.words >= 2 or u.is_block]
        if len(self.units) < 2 or not prose or sum(u.words for u in self.units) < 4:
            raise NotAReleaseError(
                f"{self.name}: this is not a press release: it needs at least a headline and "
                "a paragraph, separated by a blank line"
            )
        for unit in self.units:
            if unit.report:
                self.guess(unit.line, "body", unit.report)
        self.units, star = star_notes(self.units, self._closes)
        if star is not None:
            self.guess(star[0], "footnotes", star[1])
        rest = self._head(self.units)
        rest = self._lead(rest)
        rest = self._body(rest)
        self._sections(rest)
        for unit, why in self.tail:
            self.guess(unit.line, f"body.{len(self.body)}", f"{why}: kept as a body paragraph")
            self.body.append(self.markup(unit))
        self.data["body"] = self.body
        if self.meta.keywords:
            self.data["keywords"] = self.meta.keywords
            self.guess(
                1, "keywords", f"keywords from the document: {', '.join(self.meta.keywords)}"
            )
        self._issuer()
        self._slug_and_language()
        self._embargo_printed()
        return self.data

    def _embargo_printed(self) -> None:
        """The embargo line as published, when the worded notice would say it otherwise."""
        from pydantic import ValidationError

        from pressrelease.document.wording import embargo_line
        from pressrelease.model import Embargo

        embargo = self.data.get("embargo")
        if embargo is None or self.embargo_printed is None:
            return
        try:
            worded = embargo_line(
                Embargo(**embargo),
                self.data["language"],
                self.data["dateline"].get("style") == "ap",
            )
        except (ValidationError, ValueError):
            worded = None
        if worded != self.embargo_printed:
            embargo["printed"] = self.embargo_printed

    # -- timing line, headline, subheadlines -------------------------------------------------

    def _section_start(self, unit: Unit) -> bool:
        if unit.is_block:
            return False
        text = unit.text
        return (
            unit.hint in ("boilerplate", "notice", "disclaimer", "contact", "end")
            or parts.is_end_mark(text)
            or parts.about(text, self.lang)
            or parts.disclaimer_heading(text)
            or parts.contact_heading(text) is not None
            or _inline_card(text)
            or parts.disclaimer_start(text)
            or self.assets_label(text)
        )

    def _closes(self, unit: Unit) -> bool:
        """A unit that only stands after the body: a section's start, a note line."""
        return self._section_start(unit) or (not unit.is_block and parts.note_start(unit.text))

    def _body(self, rest: list[Unit]) -> list[Unit]:
        for index, unit in enumerate(rest):
            if self._section_start(unit) or self.note_section(rest, index) is not None:
                return rest[index:]
            number = len(self.body)
            block = self.block(unit)
            if block is not None:
                if block["kind"] == "table" and index and rest[index - 1].hint == "caption":
                    block = {"kind": "table", "caption": rest[index - 1].text, **block}
                self.body.append(block)
                if unit.items and unit.ordered:
                    self.guess(
                        unit.line,
                        f"body.{number}",
                        "a numbered list: numbered 1, 2, 3 … when printed",
                    )
                continue
            if unit.table is not None:  # not one header row and rows of as many cells
                self.guess(
                    unit.line,
                    f"body.{number}",
                    "a table with merged or empty cells: one paragraph per row",
                )
                for row in unit.table:
                    self.body.append(inline("  ".join(rich.plain(c) for c in row if c)))
                continue
            after_quote = index > 0 and rest[index - 1].hint == "blockquote"
            source_line = after_quote and unit.text.startswith(_SOURCE_DASHES)
            if (unit.hint in ("blockquote", "blockquote-source") or source_line) and self.quotation(
                unit, rest[index - 1] if index else None
            ):
                continue
            if unit.hint == "heading" or (
                parts.heading_like(unit.text) and index + 1 < len(rest) and not unit.runs
            ):
                heading: dict[str, Any] = {"kind": "subheading", "text": unit.text}
                if unit.level == 3:
                    heading["level"] = 3
                self.body.append(heading)
                continue
            if unit.hint == "caption" and index + 1 < len(rest) and self.block(rest[index + 1]):
                continue  # the table's caption
            quote = quotes.parse(unit.text, inline, self.lang)
            if quote is None and unit.hint != "quote":
                quote = self._inside(unit)
            if (
                quote is None
                and unit.hint == "quote"
                and not any(mark in unit.text for mark in _QUOTE_MARKS)
                and self.quotation(unit, rest[index - 1] if index else None)
            ):
                continue  # set off as a quotation, no quotation marks: a block quotation
            if quote is not None:
                if unit.runs is not None:
                    _formatted(quote, unit.text, unit.runs)
                self._speaker(unit, quote, number)
                self.body.append(quote)
                self.as_paragraph[number] = self.markup(unit)
                continue
            self.body.append(self.markup(unit))
        return []

    def _inside(self, unit: Unit) -> dict[str, Any] | None:
        """A quote printed inside a narrative paragraph: the Quote with the narrative
        before it as ``lead`` and after it as ``tail`` (reported as a guess)."""
        found = quotes.inside(unit.text, inline, self.lang)
        if found is None:
            return None
        lead_end, tail_start, fields = found
        quote: dict[str, Any] = {"kind": "quote"}
        if lead_end:
            quote["lead"] = self._part(unit, 0, lead_end)
        quote.update({key: value for key, value in fields.items() if key != "kind"})
        if tail_start < len(unit.text):
            quote["tail"] = self._part(unit, tail_start, len(unit.text))
        self.guess(
            unit.line,
            f"body.{len(self.body)}",
            "a quote inside a narrative paragraph: the narrative kept as its lead and tail",
        )
        return quote

    def _part(self, unit: Unit, start: int, end: int) -> str:
        """Part of a unit's text as inline markup, with its formatting when it has any."""
        if unit.runs is None:
            return inline(unit.text[start:end])
        return rich.markup(unit.runs, start, end)

    def quotation(self, unit: Unit, previous: Unit | None) -> bool:
        """A paragraph of a block quotation: the next paragraph of the one just read (the
        unit before was one of it too), its source (a line starting with a dash, or an
        HTML ``<figcaption>``), or the start of a new one. False for text that is none."""
        last = self.body[-1] if self.body else None
        open_quote = (
            isinstance(last, dict)
            and last.get("kind") == "blockquote"
            and "source" not in last
            and previous is not None
            and previous.hint in ("blockquote", "quote")
        )
        if unit.hint == "blockquote-source" or unit.text.startswith(_SOURCE_DASHES):
            if open_quote:
                assert isinstance(last, dict)
                last["source"] = self.markup(unit)
                return True
            if unit.hint == "blockquote-source":
                return False
        if open_quote:
            assert isinstance(last, dict)
            last["paragraphs"].append(self.markup(unit))
            return True
        self.body.append({"kind": "blockquote", "paragraphs": [self.markup(unit)]})
        return True

    def _speaker(self, unit: Unit, quote: dict[str, Any], number: int) -> None:
        from pressrelease.document.wording import attribution

        speaker = quote["speaker"]
        before = self.text[: self.text.find(unit.text[:40])] if unit.text[:40] in self.text else ""
        longer = quotes.full_name(speaker["name"], before)
        if longer:
            quote.setdefault("attribution", attribution(quotes.construct(quote), self.lang))
            speaker["name"] = longer
        said = ", ".join(str(v) for v in speaker.values())
        self.guess(
            unit.line,
            f"body.{number}",
            f"a quote by {said} ({quote['verb']}, {quote.get('position', 'after')})",
        )

    # -- sections after the body ----------------------------------------------------------------


def _formatted(quote: dict[str, Any], text: str, runs: rich.Runs) -> None:
    """The quoted words with the emphasis and links the document gave them (a quote is
    recognised from its plain words)."""
    from pressrelease.inline import InlineText

    for key in ("text", "continued"):
        if key not in quote:
            continue
        words = InlineText(quote[key]).plain
        at = text.find(words)
        if at < 0 or text.find(words, at + 1) >= 0:
            continue
        source = rich.markup(runs, at, at + len(words))
        if InlineText(source).plain == words:
            quote[key] = source


def _inline_card(text: str) -> bool:
    """``Media contact: Jane Roe``, ``Pressekontakt: Jana Weber``: a contact heading and a
    card's first line, which starts the closing sections as a heading does."""
    from pressrelease.importing.contacts import card_line

    inline_contact = parts.contact_inline(text)
    return inline_contact is not None and "\n" not in text and card_line(inline_contact[1])
