"""What one import knows while it walks the text: the units, the fields found so far, the
guesses, and text not yet placed; and how plain text becomes inline markup."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pressrelease.importing.report import Guess
from pressrelease.importing.text import Unit, clean, units
from pressrelease.inline import InlineText, escape_inline

if TYPE_CHECKING:
    from pressrelease.importing.contacts import ContactReader
    from pressrelease.importing.rich import Meta

_URL = re.compile(r"https?://[^\s<>\u3000-\u303f\uff00-\uffef]+")
"""A web address in plain text; CJK punctuation (U+3000-303F) and full-width forms end it:
wire copy in Chinese and Japanese prints ``（https://acme.example/jp）``."""
_URL_TAIL = ".,;:!?)]}”’\"'"


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


def around(text: str, offset: int) -> str:
    """The parenthesis holding ``offset`` as written, e.g. ``(00853.HK, MicroPort®)``."""
    # Both searches stop 80 characters out, the most a parenthesis shown may span: unbounded,
    # each listing in a text without parentheses scanned all of it.
    start = text.rfind("(", max(offset - 80, 0), offset + 1)
    end = text.find(")", offset, start + 81) if start >= 0 else -1
    if start < 0 or end < 0 or end - start > 80:
        return text[offset : offset + 30]
    return " ".join(text[start : end + 1].split())


class State:
    """The import so far; the parts (head, body, sections) are methods of its subclasses."""

    def __init__(
        self,
        text: str,
        name: str,
        language: str | None,
        read: list[Unit] | None = None,
        meta: Meta | None = None,
    ) -> None:
        """``read``: the units of a document (Markdown, DOCX, HTML) whose plain ``text``
        this is; without them the units are read from the text. ``meta``: what the
        document states about itself (its date, keywords)."""
        from pressrelease.importing.rich import Meta

        self.meta = meta or Meta()
        self.text = clean(text)
        self.name = name
        self.language = language
        from pressrelease.importing.language import Language, detect

        self.detected: Language | None = None if language else detect(self.text)
        """The language read from the text, when neither the caller nor the document gave one."""
        self.lang = language or (self.detected.tag if self.detected else "en")
        """The language quotes and datelines are worded in, to check they print back."""
        self.units = units(self.text) if read is None else read
        self._starts: list[tuple[int, int]] | None = None
        if read is not None:  # where each unit's text starts in self.text, and its line
            offset, self._starts = 0, []
            for unit in read:
                self._starts.append((offset, unit.line))
                offset += len(unit.text) + 2
        self.guesses: list[Guess] = []
        self._guessed: set[Guess] = set()  # the same guesses, to refuse a repeat in O(1)
        self._newlines: list[int] | None = None  # where each line ends in self.text
        self.data: dict[str, Any] = {}
        self.body: list[dict[str, Any] | str] = []
        self.tail: list[tuple[Unit, str]] = []  # text placed nowhere else: end of the body
        self.as_paragraph: dict[int, str] = {}  # body index of a quote -> its paragraph
        self.reader: ContactReader | None = None
        self.lines: dict[str, int] = {}  # where a heading or the lead was read: for the report
        self.embargo_printed: str | None = None
        self.abouts: list[dict[str, Any]] = []  # the About sections found
        self.contact_lines: list[
            tuple[int, str]
        ] = []  # each card's line and report  # the embargo line as published
        self._labels: tuple[str, ...] | None = None  # "Media assets:" in the release's language

    def guess(self, line: int, field: str, message: str) -> None:
        guess = Guess(line, field, message)
        # A unit may be looked at twice (a caption's table): the set keeps one of each. The
        # list alone made every guess compare with all before it, and a text of 8,000 notes
        # (one guess each) spent 36 s of a 39 s import here.
        if guess not in self._guessed:
            self._guessed.add(guess)
            self.guesses.append(guess)

    def line_at(self, offset: int) -> int:
        """The source line of the character at ``offset`` in ``self.text``."""
        from bisect import bisect_left, bisect_right

        if self._starts is None:
            # Counting the newlines before each offset was a scan of the text per call, and
            # issuers call this once per stock listing: found once, then bisected.
            if self._newlines is None:
                self._newlines = [m.start() for m in re.finditer("\n", self.text)]
            return bisect_left(self._newlines, offset) + 1

        index = max(bisect_right(self._starts, (offset, 1 << 62)) - 1, 0)
        return self._starts[index][1] if self._starts else 1

    def markup(self, unit: Unit, start: int = 0) -> str:
        """The unit's text from ``start`` on as inline markup: its own formatting and links
        when it was read from a document, else the plain text escaped."""
        if unit.runs is None:
            return inline(unit.text[start:])
        from pressrelease.importing.rich import markup

        return markup(unit.runs, start)

    def item_markup(self, unit: Unit) -> list[str]:
        """A list unit's items as inline markup."""
        if unit.item_runs is None:
            return [inline(item) for item in unit.items or []]
        from pressrelease.importing.rich import markup

        return [markup(item) for item in unit.item_runs]

    def block(self, unit: Unit) -> dict[str, Any] | None:
        """A list or a table unit as its body block, or None for a paragraph."""
        if unit.items:
            items: list[Any] = self.item_markup(unit)
            if unit.levels is not None:
                from pressrelease.importing.nesting import MAX_DEPTH, nest

                deepest = max((depth for depth, _numbered in unit.levels), default=0)
                if deepest > MAX_DEPTH:
                    self.guess(
                        unit.line,
                        "body",
                        f"a list nested {deepest + 1} levels deep: the items below level "
                        f"{MAX_DEPTH + 1} joined it, the deepest a release takes",
                    )
                items = nest(items, unit.levels)
            return {"kind": "list", "ordered": unit.ordered, "items": items}
        if unit.table:
            from pressrelease.importing.rich import markup

            header, *rows = unit.table
            if rows and all(header) and all(len(row) == len(header) and all(row) for row in rows):
                return {
                    "kind": "table",
                    "header": [markup(cell) for cell in header],
                    "rows": [[markup(cell) for cell in row] for row in rows],
                }
        return None
