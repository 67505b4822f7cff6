"""Who said a quote, with which verb, between which quotation marks: read in the release's
language, so that ``„…“, sagte Anna Schmidt, Vorständin der Acme AG.``, ``« … », a déclaré
Marie Dupont, directrice générale.`` and ``„…” – mówi Anna Nowak.`` become quotes.

The quotation marks are those the catalogue prints for any of its languages (CLDR's, in
``pressrelease.locale.quotes``), the release's own first, and the few that newsrooms print
where CLDR gives no catalogue language them: ``"…"``, ``»…«`` and ``»…»``. English keeps its
list of said-verbs (``said``, ``commented`` …). Other languages written in capitals and small
letters are read by the shape the catalogue's quote sentence has: the verb is the words in
small letters (at most three: ``sagte``, ``a déclaré``, ``ha dichiarato``, ``so``) beside a
name that starts with a capital, so a verb is kept as printed (``erklärte``, ``betont``)
without a table of verbs per language. Elsewhere the verb must be the catalogue's ``said``.
Whatever is read, :func:`pressrelease.importing.quotes.parse` keeps it only when the quote,
composed again, prints the paragraph word for word.
"""

from __future__ import annotations

import functools
import re

VERBS = (
    "said|says|commented|comments|added|adds|noted|notes|stated|states|explained|explains"
    "|remarked|continued|concluded|observed|emphasized|emphasised|highlighted|shared"
    "|declared|announced|according to"
)
_AFTER = re.compile(
    rf"^(?P<verb>{VERBS}) (?P<who>[^“”\"«»„]+?)\.$|^(?P<who2>[^“”\"«»„]+?) (?P<verb2>{VERBS})\.$"
)
_EXTRA_MARKS = (('"', '"'), ("»", "«"), ("»", "»"))
"""Marks printed in releases of many languages that CLDR gives none of the catalogue's."""
SPACES = " \u00a0\u202f"
"""What may stand between a guillemet and the words (French: a no-break space)."""
_MAX_VERB = 3
_TITLES = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Sir", "Dame")


def english(language: str) -> bool:
    from pressrelease.locale import resolve

    return resolve(language) == "en"


def mark_pairs(language: str) -> list[tuple[str, str]]:
    """(opening, closing) quotation marks, bare, the release language's own first."""
    return list(_mark_pairs(language))


@functools.cache
def _mark_pairs(language: str) -> tuple[tuple[str, str], ...]:
    """Worked out once per language: every paragraph of a release asks."""
    from pressrelease.locale import all_quote_marks, quote_marks

    opening, closing = (mark.strip(SPACES) for mark in quote_marks(language))
    return tuple(dict.fromkeys([(opening, closing), ("“", "”"), *all_quote_marks(), *_EXTRA_MARKS]))


def _small(word: str) -> bool:
    """A word in small letters (a verb, an auxiliary): ``a``, ``déclaré``, ``zegt``."""
    return bool(word) and word[0].islower() and all(c.isalpha() or c in "’'-" for c in word)


def _capital(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _named(who: str) -> bool:
    """An attribution that starts with a name: its first and the name's last word start
    with a capital (``Sanne de Vries``, ``Anna Schmidt, Vorständin``; not ``la directrice``
    nor ``Anna Schmidt und ging``)."""
    name = who.partition(",")[0].split()
    return bool(name) and _capital(name[0]) and _capital(name[-1])


def _cased(text: str) -> bool:
    """Text in a script of capitals and small letters (not Hebrew, Arabic, CJK)."""
    return any(c.islower() for c in text)


def after(tail: str, language: str) -> tuple[str, str, bool] | None:
    """(verb, who, verb first) from the sentence after the quoted words: ``sagte Anna
    Schmidt, Vorständin der Acme AG.``, ``Anna Schmidt sagte.``; None if it is not one."""
    if english(language):
        said = _AFTER.match(tail)
        if said is None:
            return None
        if said.group("verb"):
            return said.group("verb"), said.group("who"), True
        return said.group("verb2"), said.group("who2"), False
    if not tail.endswith(".") or any(o in tail for o, _ in mark_pairs(language)):
        return None
    words = tail[:-1].split(" ")
    small = next((n for n, word in enumerate(words) if not _small(word)), len(words))
    if 0 < small <= _MAX_VERB and _named(" ".join(words[small:])):
        return " ".join(words[:small]), " ".join(words[small:]), True
    last = next((n for n, word in enumerate(reversed(words)) if not _small(word)), len(words))
    who = " ".join(words[: len(words) - last])
    if 0 < last <= _MAX_VERB and _named(who) and "," not in who:
        return " ".join(words[len(words) - last :]), who, False
    return None if _cased(tail) else _catalogue_verb(tail[:-1], language)


def _catalogue_verb(text: str, language: str) -> tuple[str, str, bool] | None:
    """The catalogue's ``said`` before or after the name, in a language without capitals."""
    from pressrelease.document.wording import phrases

    said = phrases(language).said
    if text.startswith(f"{said} ") and len(text) > len(said) + 1:
        return said, text[len(said) + 1 :], True
    if text.endswith(f" {said}") and len(text) > len(said) + 1:
        return said, text[: -len(said) - 1], False
    return None


def before(head: str, language: str) -> tuple[str, str, bool] | None:
    """(who, verb, comma) from the words before the quotation mark, their punctuation and
    space taken off: ``Anna Schmidt, Vorständin der Acme AG, erklärte``; ``comma`` says
    whether a comma joins the attribution and the verb."""
    words = head.split(" ")
    last = next((n for n, word in enumerate(reversed(words)) if not _small(word)), len(words))
    if _cased(head):
        if not 0 < last <= _MAX_VERB or last == len(words):
            return None
        who, verb = " ".join(words[: len(words) - last]), " ".join(words[len(words) - last :])
    else:
        from pressrelease.document.wording import phrases

        said = phrases(language).said
        if not head.endswith(f" {said}"):
            return None
        who, verb = head[: -len(said) - 1], said
    comma = who.endswith(",")
    who = who.removesuffix(",")
    return (who, verb, comma) if who and (_named(who) or not _cased(who)) else None


def speaker(who: str, language: str = "en") -> dict[str, str]:
    """Name, title and organisation from an attribution such as ``Dr. Jane Roe, the Chief
    Executive Officer of Acme``, ``Acme’s CEO Jane Roe`` or, in French, ``Marie Dupont,
    directrice générale de Helios`` (the word joining title and organisation is the
    catalogue's: of, von, de, di, van, på)."""
    name, _, role = (part.strip() for part in who.partition(","))
    out: dict[str, str] = {"name": name}
    if not role:
        return out
    if english(language):
        role = re.sub(r"^(?:the|a|an) ", "", role)
        possessive = re.match(r"^(?P<org>[A-Z][^,]*?)[’']s (?P<title>.+)$", role)
        if possessive:
            out["title"], out["organization"] = possessive.group("title"), possessive.group("org")
            return out
    title, of, org = _title_and_organization(role, language)
    if of and title and _capital(org) and not org.lower().startswith("the "):
        out["title"], out["organization"] = title, org
    else:
        out["title"] = role
    return out


def _title_and_organization(role: str, language: str) -> tuple[str, str, str]:
    """``role`` cut where the catalogue's speaker wording joins title and organisation."""
    from pressrelease.locale import rules

    shape = rules(language).title_org
    start, end = "{name}, {title}", "{organization}"
    if not (shape.startswith(start) and shape.endswith(end)):
        return role, "", ""  # Chinese, Japanese, Korean: name and title are not cut
    joiner = shape[len(start) : -len(end)]  # " of ", ", "
    return role.rpartition(joiner)


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
