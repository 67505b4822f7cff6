"""A ``*`` footnote in plain text and Markdown, which both read ``* note`` as a list item.

Releases mark a figure with an asterisk and explain it under the body: ``Revenue grew
12%* in the quarter.`` … ``* Excluding currency effects.``. Text and Markdown give a line
starting ``* `` to a bulleted list, so the note came back as a one-item list, printed as a
list. :func:`star_notes` takes such a list for the note it is, and only on clear evidence:

- the list is one item, typed with ``*`` (a list of two ``*`` items cannot be two notes: a
  reference could not tell them apart), with no ``*`` list next to it;
- the same ``*`` stands glued to the end of a word or number earlier in the text (``12%*``),
  not as emphasis (``*word*`` in plain text; Markdown has already read its emphasis);
- the line stands where notes stand: after the body, that is, what follows it (past other
  note lines such as ``** …``, ``† …``) is a closing section (About, contacts, a
  disclaimer, the end mark) or nothing, or a closing section came before it.

The note then becomes a line ``* …`` again, which :mod:`~pressrelease.importing.footnotes`
reads with every other note and its reference. A Markdown ``** …`` line right under the
``*`` item would be the item's own words (a lazy continuation): :func:`split_item` keeps it
a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pressrelease.importing.report import q
from pressrelease.importing.text import NOTE, Run, Unit

_GLUED = re.compile(r"(?<=[^\s*])\*(?![*\w])")
"""A single ``*`` glued to the end of a word or number (``12%*``, ``growth*,``)."""
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*\n]*?[^\s*]\*(?![\w*])")
"""``*word*`` typed in plain text: emphasis, not a marker."""


def star_notes(
    units: list[Unit], section_start: Callable[[Unit], bool]
) -> tuple[list[Unit], tuple[int, str] | None]:
    """``units`` with the one-item ``*`` list that is a footnote turned into its note line,
    and its line and a sentence for the report saying why (None, and ``units`` as they
    were, when no list is one, or more than one could be)."""
    found: list[tuple[int, str]] = []
    reference: tuple[int, str] | None = None  # the first marked word: its unit, the word
    closing = False  # a closing section stood after the first marked word
    for index, unit in enumerate(units):
        if _candidate(unit):
            near = [units[i] for i in (index - 1, index + 1) if 0 <= i < len(units)]
            alone = not any(u.items and u.bullet == "*" for u in near)
            if reference is not None and alone and (closing or _ends(units, index, section_start)):
                found.append((index, reference[1]))
            continue
        if reference is None:
            text = _EMPHASIS.sub(" ", unit.text)
            match = _GLUED.search(text)
            if match is not None:  # the word it marks, for the report
                start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start()))
                reference = (unit.line, text[start + 1 : match.end()])
        elif section_start(unit):
            closing = True
    if len(found) != 1:
        return units, None
    index, marked = found[0]
    unit = units[index]
    assert unit.items is not None
    text = f"* {unit.items[0]}"
    runs = None if unit.item_runs is None else (Run("* "), *unit.item_runs[0])
    note = Unit(unit.line, text, [text], block=unit.block, runs=runs)
    why = f"{q(text)} read as a footnote marked *, not a one-item list: {q(marked)} marks it"
    return [*units[:index], note, *units[index + 1 :]], (unit.line, why)


def _candidate(unit: Unit) -> bool:
    """A flat list of one item, typed with ``*``."""
    return (
        bool(unit.items)
        and len(unit.items or ()) == 1
        and unit.bullet == "*"
        and not (unit.ordered or unit.levels)
    )


def _ends(units: list[Unit], index: int, section_start: Callable[[Unit], bool]) -> bool:
    """What follows ``units[index]``, past note lines, is a closing section or nothing."""
    for unit in units[index + 1 :]:
        if not unit.is_block and NOTE.match(unit.text):
            continue
        return section_start(unit)
    return True


def split_item(item: list[Run]) -> list[Run]:
    """The lines of a Markdown list item's runs from the first that starts with a note
    marker (``** Adjusted …`` under ``* Excluding …``), cut off ``item``; [] for none."""
    for index, run in enumerate(item):
        # markdown-it gives an unmatched ** a text token of its own: look a few runs on
        if run.text == "\n" and NOTE.match("".join(r.text for r in item[index + 1 : index + 9])):
            rest = item[index + 1 :]
            del item[index:]
            return rest
    return []
