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

_URL = re.compile(r"https?://[^\s<>]+")
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
    start = text.rfind("(", 0, offset + 1)
    end = text.find(")", offset)
    if start < 0 or end < 0 or end - start > 80:
        return text[offset : offset + 30]
    return " ".join(text[start : end + 1].split())


class State:
    """The import so far; the parts (head, body, sections) are methods of its subclasses."""

    def __init__(self, text: str, name: str, language: str | None) -> None:
        self.text = clean(text)
        self.name = name
        self.language = language
        from pressrelease.importing.parts import language as detect

        self.lang = language or detect(text)
        """The language quotes and datelines are worded in, to check they print back."""
        self.units = units(self.text)
        self.guesses: list[Guess] = []
        self.data: dict[str, Any] = {}
        self.body: list[dict[str, Any] | str] = []
        self.tail: list[tuple[Unit, str]] = []  # text placed nowhere else: end of the body
        self.as_paragraph: dict[int, str] = {}  # body index of a quote -> its paragraph
        self.reader: ContactReader | None = None
        self.lines: dict[str, int] = {}  # where a heading or the lead was read: for the report

    def guess(self, line: int, field: str, message: str) -> None:
        self.guesses.append(Guess(line, field, message))
