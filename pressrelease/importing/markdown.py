"""Markdown -> units, parsed with markdown-it-py (CommonMark and tables).

``#`` is the headline, ``##``-``######`` headings; paragraphs, ``-``/``*`` and ``1.`` lists
and pipe tables are blocks; ``**strong**``, ``*emphasis*`` and links stay inline markup. A
hard break (two spaces or a backslash at the end of the line) ends a line. A soft break is
a space where the line was wrapped, and ends the line where the next word would have fitted
on it (a contact card's lines), as in plain text. ``###`` alone on its line (an empty
heading to Markdown) is the end mark.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressrelease.importing import deep
from pressrelease.importing.rich import Collector
from pressrelease.importing.starnotes import split_item
from pressrelease.importing.text import Run, Unit, display_width, meant_break, superscript

if TYPE_CHECKING:
    from markdown_it.token import Token


_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]+(\S.*)$", re.M)
_REFERENCE = re.compile(r"\[\^([^\]\s]+)\](?!:)")


def footnotes_as_printed(text: str) -> str:
    """Markdown footnotes (``word[^id]`` and ``[^id]: note`` lines, as pandoc and GitHub
    write them) as a release prints them: numbered in order of first reference, ``word¹``
    and a ``¹ note`` line, which the footnote recogniser reads like any printed release.

    Left to CommonMark, a definition is a link reference definition: it vanishes, and the
    references become links to it. A reference without a definition is left as it is."""
    defined = [match.group(1) for match in _DEFINITION.finditer(text)]
    if not defined:
        return text
    known = set(defined)
    numbers: dict[str, int] = {}
    for match in _REFERENCE.finditer(_DEFINITION.sub("", text)):
        if match.group(1) in known:
            numbers.setdefault(match.group(1), len(numbers) + 1)
    for name in defined:  # notes nobody references: after the others, as defined
        numbers.setdefault(name, len(numbers) + 1)

    def mark(name: str) -> str:
        return superscript(str(numbers[name]))

    def reference(match: re.Match[str]) -> str:
        name = match.group(1)
        return mark(name) if name in numbers else match.group(0)

    def definition(match: re.Match[str]) -> str:
        return f"{mark(match.group(1))} {_REFERENCE.sub(reference, match.group(2))}"

    lines = []
    for line in text.split("\n"):
        found = _DEFINITION.fullmatch(line)
        lines.append(definition(found) if found else _REFERENCE.sub(reference, line))
    return "\n".join(lines)


def units(text: str) -> list[Unit]:
    """The units of a Markdown document, in reading order."""
    from markdown_it import MarkdownIt

    text = footnotes_as_printed(text)
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # the model checks links
    tokens = md.parse(text)
    source_lines = text.split("\n")
    max_nesting = int(md.options["maxNesting"])
    # the wrapping width, as the text importer finds it: the widest line of several words
    # (of paragraph text: a heading or a table row is never wrapped), measured without a
    # quotation's > markers, as the lines of its paragraphs are
    quoted_lines = (line.lstrip(" \t>") if line.startswith(">") else line for line in source_lines)
    columns = max(
        (
            display_width(line.rstrip())
            for line in quoted_lines
            if " " in line.strip() and not line.lstrip().startswith(("#", "|"))
        ),
        default=0,
    )
    collector = Collector()
    index = 0
    depth = 0  # inside a list
    items: list[list[Run]] = []
    levels: list[tuple[int, bool]] = []
    kinds: list[bool] = []  # the open lists, outermost first: numbered or not
    quoted = 0  # inside a > block quotation
    deepest = 0  # the deepest level of the open quotation, to report a nested one
    first = 0  # the open quotation's first unit (of collector.units)
    list_report = ""  # list items read flat past markdown-it's nesting limit
    bullet = ""  # the open list's bullet (*, - or +)
    grid: list[list[list[Run]]] = []
    table_line = 0
    heading = ""
    level = 2
    while index < len(tokens):
        token = tokens[index]
        line = (token.map[0] + 1) if token.map else 0
        kind = token.type
        quotes = 0  # the > levels of a container read flat
        if deep.cut(tokens, index, max_nesting):
            quotes, added = deep.refill(md, tokens, index, source_lines)
            if added and kind == "list_item_open":
                list_report = (
                    "list items nested deeper than the Markdown reader follows "
                    f"(from line {line}): read as one list under the item above them"
                )
        if kind in ("bullet_list_open", "ordered_list_open"):
            if depth == 0:
                items, levels, list_start = [], [], (line, kind == "ordered_list_open")
                bullet = token.markup if kind == "bullet_list_open" else ""
            kinds.append(kind == "ordered_list_open")
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            kinds.pop()
            if depth == 0:
                made = len(collector.units)
                notes = split_item(items[0]) if bullet == "*" and len(items) == 1 else []
                collector.items(items, *list_start, levels)
                if len(collector.units) > made:
                    collector.units[made].bullet = bullet
                    collector.units[made].report = list_report
                list_report = ""
                if notes:  # ** … under a * item: a note of its own, not the item's words
                    breaks = sum(run.text.count("\n") for run in items[0])
                    collector.paragraph(notes, list_start[0] + breaks + 1)
        elif kind == "list_item_open":
            items.append([])
            levels.append((depth - 1, kinds[-1]))
        elif kind == "blockquote_open":
            if not quoted:
                deepest, first = 0, len(collector.units)
            quoted += 1
            deepest = max(deepest, quoted, quotes)
        elif kind == "blockquote_close":
            quoted -= 1
            if not quoted and deepest > 1 and len(collector.units) > first:
                collector.units[first].report = (
                    f"a block quotation nested {deepest:,} levels deep: read as one block "
                    "quotation, the one level a release holds"
                )
        elif kind == "heading_open":
            heading = "title" if token.tag == "h1" else "heading"
            level = 3 if token.tag in ("h3", "h4", "h5", "h6") else 2
            content = tokens[index + 1]
            if not (content.children or []) and token.markup.startswith("#"):
                collector.paragraph([Run(token.markup)], line, "end")
                heading = ""
        elif kind == "heading_close":
            heading = ""
        elif kind == "table_open":
            grid, table_line = [], line
        elif kind == "tr_open":
            grid.append([])
        elif kind == "table_close":
            collector.table(grid, table_line)
            grid = []
        elif kind in ("code_block", "fence"):
            collector.paragraph([Run(token.content.rstrip("\n"))], line)
        elif kind == "inline":
            runs = _runs(token.children or [], token.content.split("\n"), columns)
            if grid:
                grid[-1].append(runs)
            elif depth and items:
                if items[-1]:
                    items[-1].append(Run(" "))
                items[-1].extend(runs)
            elif heading or runs:
                hint = heading or ("blockquote" if quoted else "")
                collector.paragraph(runs, line, hint, level=level)
        index += 1
    return collector.units


def _runs(children: list[Token], lines: list[str], columns: int) -> list[Run]:
    """The inline tokens as runs; ``lines`` are the paragraph's source lines, to tell a
    wrapped line (joined with a space) from a line typed short (a contact card's)."""
    out: list[Run] = []
    strong = em = 0
    href: str | None = None
    line = 0
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(Run(child.content, strong > 0, em > 0, href))
        elif kind == "softbreak":
            line += 1
            meant = 0 < line < len(lines) and meant_break(lines[line - 1], lines[line], columns)
            out.append(Run("\n" if meant else " ", strong > 0, em > 0, href))
        elif kind == "hardbreak":
            line += 1
            out.append(Run("\n"))
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            em += 1
        elif kind == "em_close":
            em -= 1
        elif kind == "link_open":
            href = str(child.attrGet("href") or "") or None
        elif kind == "link_close":
            href = None
        elif kind == "image":
            out.append(Run(child.content, strong > 0, em > 0, href))
    return out
