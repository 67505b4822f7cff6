"""A joint release's issuers, read from evidence that is hard to get wrong.

Wire copy of a joint release names its issuers together as the subject of the lead
("Northwind Energy and Helios Grid today signed …", "Acme Corp. (NYSE: ACME), a maker of
widgets, and Beta Inc. (Nasdaq: BETA) today announced …") and prints an About section for
each. A name the lead's subject gives counts as an issuer only when something else says it
is an organisation of its own: an About section about it, or a stock listing printed right
after its name. So several About sections alone ("About the study", "About the product"),
or a second company's ticker further on (an acquisition's target), make no co-issuer; and a
subject the reader cannot take apart name by name makes none either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from pressrelease.importing import parts

_WORD = re.compile(r"[^\s(),;:“”\"«»]+")
_INNER = frozenset({"&", "of", "de", "du", "des", "der", "für", "la", "le", "the", "for"})
"""Small words inside an organisation's name (``Bank of Montreal``, ``Johnson & Johnson``)."""
_LEGAL = frozenset(
    {"inc", "incorporated", "ltd", "limited", "llc", "lp", "plc", "corp", "corporation", "co"}
    | {"company", "ag", "se", "sa", "nv", "bv", "gmbh", "ab", "asa", "oyj", "spa", "kk"}
    | {"holdings", "group"}
)
"""Words a company's name may carry or drop (``Acme Corp.`` is ``Acme``), compared away."""
_LEGAL_AFTER_COMMA = re.compile(
    r",\s*(?:Inc|Ltd|LLC|L\.P|LP|plc|PLC|S\.A|SA|N\.V|NV|AG|SE|Corp|Co|GmbH|AB|ASA|Limited"
    r"|Incorporated|S\.p\.A|B\.V|Oyj|A/S)\.?(?=[\s,(]|$)"
)
_PARENS = re.compile(r"\s*\(([^()]{1,80})\)")
_DEFINED = re.compile(r"^(?:the\s+)?[“\"‘']([^“”\"‘’']{1,40})[”\"’']$", re.I)
"""A defined term in parentheses: ``(“Acme”)``, ``(the "Company")``."""
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|one|its|their)\s[^()“”]{1,160}?,(?=\s)")
"""``, a maker of widgets,`` between a name and the next one."""
_TODAY = re.compile(r"^(?:today|on \w+ \d{1,2}(?:, \d{4})?),\s+", re.I)
MAX_ANNOUNCERS = 20
"""The most organisations a lead's subject is read as naming. A joint release names two or
three; a subject naming more is no list of issuers the reader takes apart (and each issuer's
report line names all the others, so their number squared is printed)."""


@dataclass(frozen=True)
class Announcer:
    """An organisation the lead names among those announcing, and what confirms it."""

    name: str
    """As the lead names it, without the parentheses after it."""
    listings: tuple[tuple[str, str], ...] = ()
    """(exchange, symbol) printed in parentheses right after its name."""
    aliases: tuple[str, ...] = ()
    """Defined terms in parentheses after its name: ``Acme`` in ``(“Acme”)``."""
    evidence: tuple[str, ...] = ()
    """What confirms it, for the report: ``the heading "About Helios Grid"``."""

    @cached_property
    def keys(self) -> tuple[tuple[str, ...], ...]:
        """Its name and aliases as compared (:func:`key`), worked out once."""
        return (key(self.name), *(key(alias) for alias in self.aliases))

    @cached_property
    def listed(self) -> frozenset[tuple[str, str]]:
        """Its listings as a set: :func:`owner` looks each listing of the text up in it."""
        return frozenset(self.listings)


def key(name: str) -> tuple[str, ...]:
    """A name's words as compared: case, ``®``, punctuation, ``the`` and legal forms away."""
    words = re.sub(r"[®™©.,'’]", "", name).casefold().replace("&", " & ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL:
        words.pop()
    return tuple(words)


def same(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """One name is the other, or the other with words added (``Acme`` and ``Acme Energy``)."""
    size = min(len(one), len(other))
    return size > 0 and one[:size] == other[:size]


def about_subject(heading: str) -> str | None:
    """``Helios Grid`` in ``About Helios Grid:``; None for ``About the study`` (no name)."""
    match = parts.ABOUT.match(heading.strip())
    if match is None:
        return None
    subject = re.sub(r"\s*\([^)]*\)\s*$", "", heading.strip()[match.end() - 1 :]).rstrip(":. ")
    first = subject.split()[0] if subject.split() else ""
    return subject if _capital(first) and first.casefold() not in ("the", "this", "our") else None


def _capital(word: str) -> bool:
    """A word that may start or carry a name: ``Helios``, ``3M``, ``eBay``."""
    return bool(word) and (
        word[0].isupper() or word[0].isdigit() or (len(word) > 1 and word[1].isupper())
    )


def subject(lead: str, conjunctions: Sequence[str]) -> list[Announcer] | None:
    """The organisations the lead's subject names, or None when the lead does not start with
    names joined by commas or a conjunction and followed by a verb (``today announced``)."""
    pos = m.end() if (m := _TODAY.match(lead)) else 0
    found: list[Announcer] = []
    joiner = "|".join(re.escape(c) for c in conjunctions)
    separator = re.compile(rf",?\s+(?:{joiner})\s+|,\s+(?=\S)")
    while True:
        begin, pos = _name(lead, pos)
        if begin < 0:
            return None
        pos = m.end() if (m := _LEGAL_AFTER_COMMA.match(lead, pos)) else pos
        name = lead[begin:pos]
        listings: list[tuple[str, str]] = []
        aliases: list[str] = []
        while m := _PARENS.match(lead, pos):
            inside = m.group(1).strip()
            listings += [(exchange, symbol) for exchange, symbol, _ in parts.tickers(f"({inside})")]
            if defined := _DEFINED.match(inside):
                aliases.append(defined.group(1))
            pos = m.end()
        found.append(Announcer(name, tuple(listings), tuple(aliases)))
        if len(found) > MAX_ANNOUNCERS:
            return None
        if m := _APPOSITIVE.match(lead, pos):
            pos = m.end() - 1
        m = separator.match(lead, pos)
        if m is None:
            break
        pos = m.end()
    rest = lead[pos:].split(None, 1)
    return found if rest and rest[0][:1].islower() and lead[pos : pos + 1].isspace() else None


def _name(text: str, pos: int) -> tuple[int, int]:
    """Where the capitalised words from ``pos`` start and end; (-1, pos) when none do."""
    words: list[tuple[int, int, str]] = []
    while m := _WORD.match(text, pos + 1 if words else pos):
        word = m.group()
        if not (_capital(word) or (words and word in _INNER)):
            break
        words.append((m.start(), m.end(), word))
        pos = m.end()
        if text[pos : pos + 1] != " ":
            break
    while words and words[-1][2] in _INNER:
        words.pop()
    if not words:
        return -1, pos
    return words[0][0], words[-1][1]


def confirmed(found: Sequence[Announcer], headings: Sequence[str]) -> list[Announcer]:
    """The announcers an About section or their own listing confirms, in the lead's order;
    empty unless at least two distinct organisations are. Each About section confirms one
    announcer: the one it names exactly, else one whose name it starts or extends."""
    subjects = [(h, key(s)) for h in headings if (s := about_subject(h)) and key(s)]
    names = [a.keys for a in found]
    taken: dict[int, str] = {}
    used: set[str] = set()  # the headings in ``taken``: looked up, not searched for
    for exact in (True, False):
        for index, keys in enumerate(names):
            for heading, words in subjects:
                if index in taken or heading in used:
                    continue
                if any(k == words if exact else same(k, words) for k in keys):
                    taken[index] = heading
                    used.add(heading)
    out: list[Announcer] = []
    for index, announcer in enumerate(found):
        evidence = [f'the About section "{taken[index]}"'] if index in taken else []
        if announcer.listings:
            listed = ", ".join(f"{e}: {s}" for e, s in announcer.listings)
            evidence.append(f"its listing ({listed}) after its name")
        announcer = replace(announcer, evidence=tuple(evidence))
        clash = any(announcer.listed & other.listed for other in out)
        if announcer.evidence and not clash:
            out.append(announcer)
    distinct = {key(a.name) for a in out}
    return out if len(out) >= 2 and len(distinct) == len(out) else []


def owner(found: Sequence[Announcer], listing: tuple[str, str], before: str | None) -> int:
    """Which issuer a listing printed in the text belongs to: the one it follows in the
    lead, else the one named just before it, else the lead issuer (as for one issuer)."""
    for index, announcer in enumerate(found):
        if listing in announcer.listed:
            return index
    if before:
        words = key(before)
        for index, announcer in enumerate(found):
            if any(same(k, words) and len(words) >= 1 for k in announcer.keys):
                return index
    return 0


def conjunctions(language: str) -> tuple[str, ...]:
    """The words a language joins two names with (``and``, ``und``, ``et``), from the CLDR
    list patterns the renderers join issuers with; English's ``and`` besides, as wires write
    it whatever the language of the release."""
    from pressrelease.locale.lists import name_list

    words: list[str] = []
    for count in (2, 3):
        joined = name_list([f"\x00{n}\x00" for n in range(count)], language)
        for piece in re.split(r"\x00\d\x00", joined)[1:-1]:
            word = piece.strip(" ,、")
            if word and word not in words and " " not in word:
                words.append(word)
    return (*words, "and") if "and" not in words else tuple(words)
