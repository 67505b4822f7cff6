"""Quotes in Chinese, Japanese and Korean, read by the sentence the catalogue composes.

These languages mark no name with a capital, and Chinese and Japanese put no space
between words, so the shape reading European quotes (a verb in small letters beside a
capitalised name) says nothing here. The catalogue's own templates do: each of the
language's quote sentences (``{open}{quote}{close}と{separator}{who}は{verb}。``,
``{who}{verb}{separator}{open}{quote}{close}``, ``{open}{quote}{close}라고 {who}{topic}
{verb}.``) becomes a pattern, its verb one of the words newsrooms print for "said"
(:mod:`pressrelease.locale.said_words`), its separator one they print there. The speaker's
organisation, title and name are cut by the catalogue's speaker templates where their
words are separated (``アクメ 社長の山田太郎``), else the attribution is the name.

What this finds are candidates: :func:`pressrelease.importing.quotes.parse` keeps one only
when the quote, composed again, prints the paragraph word for word.
"""

from __future__ import annotations

import functools
import re
from string import Formatter
from typing import Any

_NOT_WHO = '「」『』“”"。．.，,：:！？!?\n'
"""What an attribution does not hold: quotation marks and the ends of sentences."""


def reads(language: str) -> bool:
    """Whether quotes in ``language`` are read by its templates (the catalogue lists its
    verbs for "said")."""
    from pressrelease.locale.said_words import said_words

    return bool(said_words(language))


def candidates(
    text: str, escape: Any, language: str, opening: str, closing: str
) -> list[dict[str, Any]]:
    """Quote fields for each way the language's templates read ``text`` between
    ``opening`` and ``closing``: attribution after the words, then before them."""
    from pressrelease.locale import rules

    rule = rules(language)
    out = []
    for position, template in (("after", rule.after), ("before", rule.before)):
        match = _pattern(template, opening, closing, language).fullmatch(text)
        if match is None:
            continue
        who = match.group("who")
        fields: dict[str, Any] = {
            "kind": "quote",
            "text": escape(match.group("quote")),
            "speaker": speaker(who, language),
            "verb": match.group("verb"),
            "attribution": who,
            "marks": [opening, closing],
        }
        if position == "before":
            fields["position"] = "before"
        separator = match.groupdict().get("separator")
        if separator is not None and separator != rule.separator:
            fields["separator"] = separator
        out.append(fields)
    return out


@functools.cache
def _pattern(template: str, opening: str, closing: str, language: str) -> re.Pattern[str]:
    """``template`` as a pattern: the marks as given, the words, speaker, verb, separator
    and Korean topic particle as groups, the template's own words as printed."""
    from pressrelease.locale.said_words import SEPARATORS, said_words
    from pressrelease.locale.tags import resolve

    verbs = "|".join(re.escape(v) for v in sorted(said_words(language), key=len, reverse=True))
    separators = SEPARATORS.get(resolve(language), ("",))
    fields = {
        "open": re.escape(opening),
        "close": re.escape(closing),
        "quote": r"(?P<quote>\S.*?)",
        "who": rf"(?P<who>[^{re.escape(_NOT_WHO)}]+?)",
        "verb": rf"(?P<verb>{verbs})",
        "separator": rf"(?P<separator>{'|'.join(re.escape(s) for s in separators)})",
        "topic": r"(?:은\(는\)|은|는)",
        "comma": "",
    }
    out = []
    for literal, name, _, _ in Formatter().parse(template):
        out.append(re.escape(literal))
        if name is not None:
            out.append(fields[name])
    return re.compile("".join(out), re.S)


def speaker(who: str, language: str) -> dict[str, str]:
    """Name, title and organisation cut by the first of the catalogue's speaker templates
    (title and organisation, title, organisation) whose words stand apart in ``who``;
    else the attribution is the name."""
    from pressrelease.locale import rules

    rule = rules(language)
    for template in (rule.title_org, rule.title_only, rule.org_only):
        match = _speaker_pattern(template).fullmatch(who)
        if match is not None:
            return {key: value for key, value in match.groupdict().items() if value}
    return {"name": who}


@functools.cache
def _speaker_pattern(template: str) -> re.Pattern[str]:
    """A speaker template as a pattern, or one matching nothing when two of its fields
    touch (Chinese ``{organization}{title}{name}``: where one ends is not printed)."""
    out = []
    touching = False
    for literal, name, _, _ in Formatter().parse(template):
        if touching and not literal and name is not None:
            return re.compile(r"(?!)")
        out.append(re.escape(literal))
        if name is not None:
            out.append(rf"(?P<{name}>\S+?)")
        touching = name is not None
    return re.compile("".join(out))
