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

from pressrelease.importing import said, said_cjk
from pressrelease.importing.said import SPACES, full_name, speaker

__all__ = ["construct", "full_name", "inside", "parse", "speaker"]


def parse(text: str, escape: Any, language: str = "en") -> dict[str, Any] | None:
    """Quote fields for the paragraph ``text``, or None if it is not just a quotation.

    ``escape`` turns plain text into the inline markup a Quote's ``text`` holds. Each pair
    of quotation marks the paragraph may use is tried, the language's own first.
    """
    if said_cjk.reads(language):
        for opening, closing in said.mark_pairs(language):
            for found in said_cjk.candidates(text, escape, language, opening, closing):
                if checked := _prints_back(found, text, language):
                    return checked
        return None
    for opening, closing in said.mark_pairs(language):
        if text.startswith(opening):
            fields = _after(text, escape, language, opening, closing)
        elif opening in text:
            fields = _before(text, escape, language, opening, closing)
        else:
            continue
        if fields is not None and (checked := _prints_back(fields, text, language)):
            return checked
    return None


def _prints_back(fields: dict[str, Any], text: str, language: str) -> dict[str, Any] | None:
    """The fields, without an ``attribution`` the speaker's fields print anyway, when the
    quote composed from them is ``text`` word for word; else None."""
    from pressrelease.document.wording import quote_spans
    from pressrelease.inline import plain_text as plain

    if not fields["text"].strip() or not fields["speaker"]["name"].strip():
        return None
    if "marks" in fields:
        from pressrelease.locale import quote_marks

        if tuple(fields["marks"]) == quote_marks(language):
            del fields["marks"]
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


def _split_quote(text: str, opening: str, closing: str) -> tuple[str, str, str, str] | None:
    """``opening`` + words + ``closing`` at the start of ``text`` -> (words, rest, and the
    marks as printed: with the spaces French typography puts inside guillemets)."""
    if not text.startswith(opening):
        return None
    pad = len(text[len(opening) :]) - len(text[len(opening) :].lstrip(SPACES))
    start = len(opening) + pad
    end = text.find(closing, start)
    if end < 0:
        return None
    words = text[start:end].rstrip(SPACES)
    printed_open, printed_close = text[:start], text[start + len(words) : end] + closing
    return words, text[end + len(closing) :], printed_open, printed_close


_JOINERS = re.compile(r"^(?:,|،| [–—]|, —)? ")
"""What stands between a closing mark and the attribution: the comma (or Polish dash)
that languages other than English print after the mark."""


def _after(
    text: str, escape: Any, language: str, opening: str, closing: str
) -> dict[str, Any] | None:
    split = _split_quote(text, opening, closing)
    if split is None:
        return None
    words, rest, printed_open, printed_close = split
    joiner = re.match(" ", rest) if said.english(language) else _JOINERS.match(rest)
    if joiner is None:
        return None
    tail, _, more = rest[joiner.end() :].partition(f" {opening}")
    more_intro = ""
    if not tail.endswith("."):
        # "…,” said X. He added, “…”: the sentence ends before the intro.
        head, dot, intro = tail.rpartition(". ")
        if not dot:
            return None
        tail, more_intro = head + ".", intro
    found = said.after(tail, language)
    if found is None:
        return None
    verb, who, verb_first = found
    if words.endswith(",") and said.english(language):
        words = words[:-1]
    fields: dict[str, Any] = {"kind": "quote", "text": escape(words), "verb": verb}
    fields["speaker"] = speaker(who, language)
    fields["attribution"] = who
    if not verb_first:
        fields["verb_first"] = False
    if more:
        pad = printed_open[len(opening) :]
        if not more.startswith(pad) or not more.endswith(printed_close):
            return None
        more = more[len(pad) :]
        fields["continued"] = escape(more[: -len(printed_close)])
        if more_intro:
            fields["continued_intro"] = more_intro
    fields["marks"] = [printed_open, printed_close]
    return fields


_BEFORE = re.compile(rf"^(?P<who>[^“”\"«»„]+?),? (?P<verb>{said.VERBS}), $")
_BEFORE_ELSEWHERE = re.compile(r"^(?P<head>.*?)(?P<punct>\s?[:,])?\s$", re.S)


def _before(
    text: str, escape: Any, language: str, opening: str, closing: str
) -> dict[str, Any] | None:
    at = text.find(opening)
    head = text[:at]
    split = _split_quote(text[at:], opening, closing)
    if split is None or not head:
        return None
    words, rest, printed_open, printed_close = split
    if said.english(language):
        match = _BEFORE.match(head)
        if match is None:
            return None
        who, verb = match.group("who"), match.group("verb")
        comma = head[match.end("who")] == ","
    else:
        cut = _BEFORE_ELSEWHERE.match(head)
        found = said.before(cut.group("head"), language) if cut else None
        if found is None:
            return None
        who, verb, comma = found
    fields: dict[str, Any] = {
        "kind": "quote",
        "text": escape(words),
        "speaker": speaker(who, language),
        "verb": verb,
        "position": "before",
        "attribution": who,
    }
    if comma != ("," in who):  # "Bob Roe, MD stated, “…”": no comma where one is usual
        fields["comma"] = comma
    fields["marks"] = [printed_open, printed_close]
    if rest:
        intro, sep, more = rest.strip().partition(f" {opening}")
        pad = printed_open[len(opening) :]
        if not sep or not more.startswith(pad) or not more.endswith(printed_close):
            return None
        if not rest.startswith(" "):
            return None
        more = more[len(pad) :]
        fields["continued_intro"] = intro
        fields["continued"] = escape(more[: -len(printed_close)])
    return fields


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
    if language.split("-")[0] in ("zh", "ja", "ko"):
        return None
    pairs = said.mark_pairs(language)
    openings = "".join(opening for opening, _ in pairs if opening != "‘")  # ‘ is an apostrophe
    first = next((i for i, c in enumerate(text) if c in openings), -1)
    if first < 0:
        return None
    closings = re.escape("".join(dict.fromkeys(closing for _, closing in pairs)))
    cuts = [
        m.start()
        for m in re.finditer(rf"(?<=[.!?{closings}]) (?=\S)", text)
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
