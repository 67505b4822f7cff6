"""Quotation paragraphs -> Quote blocks, only when the Quote prints the same words back.

``“…,” said NAME, TITLE of ORG. “…”``, ``“…,” NAME said.``, ``NAME, TITLE, commented, “…”``
and ``… He added, “…”``. A paragraph that mixes narrative and quotation in any other way
stays a paragraph: the check is that the Quote, printed, is the paragraph word for word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pressrelease.model import Quote

VERBS = (
    "said|says|commented|comments|added|adds|noted|notes|stated|states|explained|explains"
    "|remarked|continued|concluded|observed|emphasized|emphasised|highlighted|shared"
    "|declared|announced|according to"
)
_MARKS = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "「": "」", "»": "«"}
_NAME_WORD = r"(?:[A-Z][\w’'.-]*|de|van|von|da|di|le|la|du|der|bin|al-[A-Z][\w’'-]*)"
_AFTER = re.compile(
    rf"^(?P<verb>{VERBS}) (?P<who>[^“”\"«»„]+?)\.$|^(?P<who2>[^“”\"«»„]+?) (?P<verb2>{VERBS})\.$"
)
_TITLES = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Sir", "Dame")


def parse(text: str, escape: Any, language: str = "en") -> dict[str, Any] | None:
    """Quote fields for the paragraph ``text``, or None if it is not just a quotation.

    ``escape`` turns plain text into the inline markup a Quote's ``text`` holds.
    """
    fields = _after(text, escape) if text[:1] in _MARKS else _before(text, escape)
    if fields is None:
        return None
    from pressrelease.document.wording import quote_spans
    from pressrelease.inline import plain_text as plain

    if not fields["text"].strip() or not fields["speaker"]["name"].strip():
        return None
    default = {key: value for key, value in fields.items() if key != "attribution"}
    if plain(quote_spans(construct(default), language)) == text:
        return default
    return fields if plain(quote_spans(construct(fields), language)) == text else None


def construct(fields: dict[str, Any]) -> Quote:
    """A Quote from trusted fields without building its validator (that costs a cold start
    ~80 ms; the whole release is validated once at the end)."""
    from pressrelease.inline import InlineText
    from pressrelease.model import Quote, Speaker

    values = {key: value for key, value in fields.items() if key != "kind"}
    values["speaker"] = Speaker.model_construct(**fields["speaker"])
    values["text"] = InlineText(fields["text"])
    if "continued" in values:
        values["continued"] = InlineText(fields["continued"])
    if "marks" in values:
        values["marks"] = tuple(values["marks"])
    return Quote.model_construct(**values)


def _split_quote(text: str, opening: str, closing: str) -> tuple[str, str] | None:
    """``opening`` + words + ``closing`` at the start of ``text`` -> (words, rest)."""
    if not text.startswith(opening):
        return None
    end = text.find(closing, len(opening))
    if end < 0:
        return None
    return text[len(opening) : end], text[end + len(closing) :]


def _after(text: str, escape: Any) -> dict[str, Any] | None:
    opening = text[0]
    closing = _MARKS[opening]
    split = _split_quote(text, opening, closing)
    if split is None:
        return None
    words, rest = split
    if not rest.startswith(" "):
        return None
    tail, _, more = rest[1:].partition(f" {opening}")
    more_intro = ""
    if not tail.endswith("."):
        # "…,” said X. He added, “…”: the sentence ends before the intro.
        head, dot, intro = tail.rpartition(". ")
        if not dot:
            return None
        tail, more_intro = head + ".", intro
    said = _AFTER.match(tail)
    if said is None:
        return None
    verb = said.group("verb") or said.group("verb2")
    who = said.group("who") or said.group("who2")
    if words.endswith(","):
        words = words[:-1]
    fields: dict[str, Any] = {"kind": "quote", "text": escape(words), "verb": verb}
    fields["speaker"] = speaker(who)
    fields["attribution"] = who
    if said.group("who2"):
        fields["verb_first"] = False
    if more:
        if not more.endswith(closing):
            return None
        fields["continued"] = escape(more[: -len(closing)])
        if more_intro:
            fields["continued_intro"] = more_intro
    if (opening, closing) != ("“", "”"):
        fields["marks"] = [opening, closing]
    return fields


_BEFORE = re.compile(rf"^(?P<who>[^“”\"«»„]+?),? (?P<verb>{VERBS}), (?P<open>[“\"«„])")


def _before(text: str, escape: Any) -> dict[str, Any] | None:
    match = _BEFORE.match(text)
    if match is None:
        return None
    opening = match.group("open")
    closing = _MARKS[opening]
    split = _split_quote(text[match.start("open") :], opening, closing)
    if split is None:
        return None
    words, rest = split
    who = match.group("who")
    fields: dict[str, Any] = {
        "kind": "quote",
        "text": escape(words),
        "speaker": speaker(who),
        "verb": match.group("verb"),
        "position": "before",
        "attribution": who,
    }
    comma = text[match.end("who")] == ","
    if comma != ("," in who):  # "Bob Roe, MD stated, “…”": no comma where one is usual
        fields["comma"] = comma
    if (opening, closing) != ("“", "”"):
        fields["marks"] = [opening, closing]
    if rest:
        intro, sep, more = rest.strip().partition(f" {opening}")
        if not sep or not more.endswith(closing) or not rest.startswith(" "):
            return None
        fields["continued_intro"] = intro
        fields["continued"] = escape(more[: -len(closing)])
    return fields


def speaker(who: str) -> dict[str, str]:
    """Name, title and organisation from an attribution such as
    ``Dr. Jane Roe, the Chief Executive Officer of Acme`` or ``Acme’s CEO Jane Roe``."""
    name, _, role = (part.strip() for part in who.partition(","))
    out: dict[str, str] = {"name": name}
    if not role:
        return out
    role = re.sub(r"^(?:the|a|an) ", "", role)
    possessive = re.match(r"^(?P<org>[A-Z][^,]*?)[’']s (?P<title>.+)$", role)
    if possessive:
        out["title"], out["organization"] = possessive.group("title"), possessive.group("org")
        return out
    title, of, org = role.rpartition(" of ")
    if of and title and org[:1].isupper() and not org.lower().startswith("the "):
        out["title"], out["organization"] = title, org
    else:
        out["title"] = role
    return out


def full_name(short: str, before: str) -> str | None:
    """``Gérard Mestrallet`` for ``Mestrallet`` when the text before names them in full."""
    if " " in short or not short[:1].isupper():
        return None
    found = re.search(rf"((?:[A-Z][a-zà-ÿ’'-]+\.? ){{1,3}}){re.escape(short)}\b", before)
    if not found:
        return None
    words = found.group(1).split()
    while words and (words[0] in ("The", "A", "An", "On", "In", "At") or words[0] in _TITLES):
        words = words[1:]
    return " ".join([*words, short]) if words else None


_BOUNDARY = re.compile(r"(?<=[.!?”\"»]) (?=\S)")
_OPENINGS = '“"«„'
_ABBREVIATION = re.compile(
    r"(?:\b(?:Dr|Mr|Ms|Mrs|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Gen|Rep|Sen|Gov)|\b[A-Z])\.$"
)
"""A period ending a title, an abbreviation or an initial, not a sentence: ``Dr.``, ``J.``"""


def inside(text: str, escape: Any, language: str = "en") -> tuple[int, int, dict[str, Any]] | None:
    """A quote sentence printed inside a narrative paragraph: ``(lead_end, tail_start,
    fields)``, the narrative before it being ``text[:lead_end]`` and after it
    ``text[tail_start:]`` (one of them not empty), or None.

    The quote is one whole sentence or more between sentence ends (a space after ``.``,
    ``!``, ``?`` or a closing mark) that :func:`parse` reads, and so prints back word for
    word; the narrative around it is joined to it by one space, as the Quote prints it.
    """
    first = next((i for i, c in enumerate(text) if c in _OPENINGS), -1)
    if first < 0 or language.split("-")[0] in ("zh", "ja", "ko"):
        return None
    cuts = [
        m.start()
        for m in _BOUNDARY.finditer(text)
        if not _ABBREVIATION.search(text[max(m.start() - 6, 0) : m.start()])
    ]
    starts = [0, *(cut + 1 for cut in cuts if cut < first)]
    ends = [cut for cut in cuts if cut > first] + [len(text)]
    # The shortest lead that leaves the attribution whole; a quote of a few sentences at most.
    for start in reversed(starts[-3:]):
        for end in ends[:4]:
            if start == 0 and end == len(text):
                continue
            fields = parse(text[start:end], escape, language)
            if fields is not None:
                return max(start - 1, 0), min(end + 1, len(text)), fields
    return None
