"""Plain text -> units: paragraphs (hard-wrapped lines joined again) and lists, with line numbers.

A line break inside a block of lines is taken as wrapping when the next line's first word
would not have fitted on the line (the text's widest line gives the width): that is how
every wrapper breaks lines. Otherwise the break was meant, and the lines are separate units
(a contact card, a headline over a timing line, paragraphs one per line).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pressrelease.errors import InputError

_LIST_MARKER = re.compile(r"^(?P<marker>[*•·▪‣◦]|-(?!-)|–(?!–)|(?P<number>\d{1,3})[.)])\s+")
NOTE_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NOTE_SYMBOLS = "*†‡§¶"
NOTE = re.compile(
    rf"^(?P<marker>[{NOTE_DIGITS}]{{1,3}}|[{re.escape(NOTE_SYMBOLS)}]{{1,3}})\s+(?=\S)"
)
"""A footnote's line: its marker (``¹``, ``†``, ``**``) and a space before the note."""
_QUOTED = re.compile(r"^ {4}\S")
"""A line of a block quotation as wire copy sets it: in by four spaces."""
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"\S+")


class NotAReleaseError(InputError):
    """The input is not the text of a press release at all (empty, binary, one line)."""


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a paragraph read from a document, with its formatting."""

    text: str
    strong: bool = False
    em: bool = False
    href: str | None = None


Runs = tuple[Run, ...]


@dataclass
class Unit:
    """A paragraph, or a list when ``items`` is set, and the line it starts on.

    Units read from a document (Markdown, DOCX, HTML) also carry their formatting in
    ``runs`` (so links and emphasis survive as inline markup) and what the document said
    the paragraph is in ``hint``; the recognisers read ``text`` either way.
    """

    line: int
    text: str
    lines: list[str] = field(default_factory=list)
    items: list[str] | None = None
    ordered: bool = False
    block: int = 0
    """Which block of lines (between blank lines) the unit comes from."""
    runs: Runs | None = None
    """The text with its formatting (``"".join(r.text for r in runs) == text``)."""
    item_runs: list[Runs] | None = None
    """The same for each list item."""
    table: list[list[Runs]] | None = None
    """A table's rows of cells (the first row is the header); ``text`` has its words."""
    hint: str = ""
    """What the document's structure says the unit is: ``title``, ``subtitle``, ``heading``,
    ``quote``, ``caption``, ``boilerplate`` (the heading of an About section), ``notice``
    (the heading of a legal notice), ``disclaimer`` (its text), ``contact``, ``end``."""
    lead: int = 0
    """The length of a bold (or dateline-styled) run starting the paragraph: a dateline."""
    levels: list[tuple[int, bool]] | None = None
    """For a nested list: each item's depth (0 for the list's own items) and whether the
    list it stands in is numbered; None for a flat list."""
    level: int = 2
    """A heading's level: 2 for a section heading, 3 for a minor heading under one."""
    bullet: str = ""
    """The bullet an unordered list was typed with (``*``, ``-``, ``•``), when the source
    shows it (text and Markdown): a one-item ``*`` list may be a footnote."""
    report: str = ""
    """What the reader had to change to read the unit (text nested deeper than it
    follows, read flat), reported as a guess on the unit's line."""

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def is_block(self) -> bool:
        """A list or a table: never a heading, a dateline or a contact line."""
        return bool(self.items) or self.table is not None


_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(digits: str) -> str:
    """Digits set as superscript in a document, as the characters wire copy prints: ``¹²``."""
    return digits.strip().translate(_RAISED)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (BOM allowed), or NotAReleaseError saying what the bytes are instead."""
    if not data.strip():
        raise NotAReleaseError(f"{name}: the file is empty: there is no release to import")
    if b"\x00" in data[:8192]:
        raise NotAReleaseError(f"{name}: this is a binary file, not the text of a release")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotAReleaseError(
            f"{name}: not UTF-8 text (byte {exc.start + 1} is invalid); save it as UTF-8"
        ) from None


def clean(text: str) -> str:
    """LF line ends, NFC, form feeds as line breaks and no other control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = _CONTROL.sub("", text).replace("\t", "    ")
    return unicodedata.normalize("NFC", text)


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def join_lines(lines: list[str]) -> str:
    """Wrapped lines as one line: a space between words, none between wide (CJK) characters."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and not (_wide(out[-1]) or _wide(line[0])):
            out += " "
        out += line
    return out


def units(text: str) -> list[Unit]:
    """The text's paragraphs and lists, in order."""
    raw = text.split("\n")
    # The wrapping width: the widest line of several words (a long word overflows alone).
    columns = max((display_width(line.rstrip()) for line in raw if " " in line.strip()), default=0)
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(raw, start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip())
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    out: list[Unit] = []
    for number, (first, lines) in enumerate(blocks):
        for unit in _block_units(first, lines, columns):
            unit.block = number
            out.append(unit)
    return out


def _block_units(first: int, lines: list[str], columns: int) -> list[Unit]:
    out: list[Unit] = []
    pending: list[str] = []
    pending_line = first
    items: list[str] = []
    item_lines: list[list[str]] = []
    list_line = first
    ordered = False
    levels: list[tuple[int, bool]] = []
    indents: list[tuple[int, bool]] = []  # the open (sub-)lists: indent, numbered
    bullet = ""  # the list's first bullet

    def flush_text() -> None:
        nonlocal pending
        if pending:
            quoted = all(_QUOTED.match(line) for line in pending)
            hint = "blockquote" if quoted else ""
            out.append(Unit(pending_line, join_lines(pending), list(pending), hint=hint))
            pending = []

    def flush_list() -> None:
        nonlocal items, item_lines, levels
        if items:
            texts = [join_lines(chunk) for chunk in item_lines]
            all_lines = [line for chunk in item_lines for line in chunk]
            nested = levels if any(depth for depth, _ in levels) else None
            unit = Unit(list_line, "\n".join(texts), all_lines, texts, ordered, levels=nested)
            unit.bullet = "" if ordered else bullet
            out.append(unit)
            items, item_lines, levels = [], [], []

    for offset, line in enumerate(lines):
        number = first + offset
        marker = _LIST_MARKER.match(line.strip())
        # a note's line after a note (or a one-item * list, which may be one) starts a
        # note of its own, however long the line above: notes are printed one a line
        after_note = NOTE.match(line) is not None and (
            (len(items) == 1 and bullet == "*") or bool(pending and NOTE.match(pending[0]))
        )
        wrapped = offset > 0 and not (after_note or meant_break(lines[offset - 1], line, columns))
        if marker and (items or not wrapped or marker.group("marker") in "*•·▪‣◦"):
            flush_text()
            numbered = marker.group("number") is not None
            indent = len(line) - len(line.lstrip())
            if not items:
                list_line, ordered, indents = number, numbered, [(indent, numbered)]
                bullet = marker.group("marker")
            while len(indents) > 1 and indent < indents[-1][0]:
                indents.pop()  # back out of a sub-list
            if indent > indents[-1][0]:  # set in under the item above: its sub-list
                indents.append((indent, numbered))
            levels.append((len(indents) - 1, indents[-1][1]))
            items.append(line)
            item_lines.append([line.strip()[marker.end() :]])
            continue
        if items and (wrapped or line.startswith((" ", "\t"))):
            item_lines[-1].append(line)  # a wrapped item continues
            continue
        flush_list()
        if pending and (after_note or meant_break(pending[-1], line, columns)):
            flush_text()
        if not pending:
            pending_line = number
        pending.append(line)
    flush_text()
    flush_list()
    return out


def meant_break(line: str, following: str, columns: int) -> bool:
    """Whether the break after ``line`` was typed, not made by wrapping at ``columns``."""
    word = _WORD.search(following)
    if word is None:
        return True
    first = word.group()
    if _wide(first[0]):
        first = first[0]
    return display_width(line.rstrip()) + 1 + display_width(first) <= columns
