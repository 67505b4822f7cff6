"""Recognising the other parts of wire copy: headings, end marks, boilerplates,
disclaimers, contact blocks, stock tickers and the issuer's name (the language: ``language``)."""

from __future__ import annotations

import functools
import re
import unicodedata

END_MARKS = frozenset(
    {"###", "# # #", "-30-", "- 30 -", "-###-", "ENDS", "END", "-ENDS-", "- ENDS -", "–30–"}
)


def _about_parts(template: str) -> tuple[str, str]:
    """A heading template of the catalogue (``Über die {name}``) as the patterns before and
    after the name: a space written beside ``{name}`` must be printed, else one may be."""
    before, _, after = template.partition("{name}")
    head = re.escape(before.rstrip()) + (r"\s+" if before.endswith(" ") else r"\s*")
    tail = (r"\s+" if after.startswith(" ") else r"\s*") + re.escape(after.lstrip())
    return (head if before else ""), (tail if after else "")


def _about_openings() -> re.Pattern[str]:
    from pressrelease.locale.headings import about_headings

    heads = {_about_parts(template)[0] for template in about_headings()} - {""}
    return re.compile(rf"^(?:{'|'.join(sorted(heads, key=lambda h: (-len(h), h)))})\S", re.I)


ABOUT = _about_openings()
"""The opening of an About heading in any catalogue language; the name starts at its last
character (``match.end() - 1``). Used to read the name from a heading already known to be
one (recognising one goes by the release's language: :func:`about`)."""
DISCLAIMER_HEADING = re.compile(
    r"^(?:(?:cautionary|important)?\s*(?:note|statement)s?\s+(?:regarding|concerning|on|about)\s+)?"
    r"(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statement)?|disclaimer|"
    r"legal notice|cautionary (?:note|statement|language)|non-gaap financial measures?"
    r"|important (?:information|notice))[^.]*$",
    re.I,
)
DISCLAIMER_START = re.compile(
    r"^(?:this (?:press|news) release (?:contains|includes|may contain)|certain statements in this"
    r"|statements in this (?:press|news) release|view source version on|source:|©|copyright\b"
    r"|forward[- ]looking statements)",
    re.I,
)
CONTACT_HEADING = re.compile(
    r"^(?P<role>[^:\n]{0,40}?)\s*"
    r"(?:contacts?|inquiries|enquiries|contact details|contact information)"
    r"\s*(?:details|information)?\s*:?\s*$"
    r"|^for (?:more|further) information,? (?:please )?contact:?$",
    re.I,
)
CONTACT_INLINE = re.compile(
    r"^(?P<role>[^:\n]{0,30}?)\s*(?:contacts?|inquiries|enquiries)\s*:\s*(?P<rest>\S.*)$", re.I
)
ASSETS = re.compile(r"^media assets:?$", re.I)
EMAIL = re.compile(r"^[^@\s<>:：]+@[^@\s<>]+\.[^@\s<>.]+$")
PHONE = re.compile(r"^[+＋(（]?\d[\d\s().\-/–‐‑－（）]{5,}(?:\s*(?:x|ext\.?)\s*\d+)?$", re.I)
"""A phone number as the countries write them (``+49 30 1234567``, ``030/123 45 67``,
``+33 (0)1 23 45 67 89``, ``03-1234-5678``); labels before it (``Tel.:``, ``電話：``) are
the catalogue's (``locale.contacts``), read by ``contacts``."""
URL = re.compile(r"^https?://\S+$")
LABELLED = re.compile(r"^(?P<label>[A-Z][\w &/-]{1,30}):\s+(?P<value>\S.*)$")


PREAMBLE = re.compile(
    r"^(?:報道関係者各位|報道関係各位|プレスリリース|ニュースリリース|(?:news|press|media) release"
    r"|pressemitteilung|pressemeldung|communiqué de presse|comunicado de prensa|新闻稿|新聞稿)$",
    re.I,
)


def preamble(text: str) -> bool:
    """A label printed above the headline and timing line: NEWS RELEASE, 報道関係者各位."""
    return bool(PREAMBLE.match(text.strip()))


def is_end_mark(text: str) -> bool:
    return text.strip() in END_MARKS


def heading_like(text: str) -> bool:
    """Short, on one line, not ending like a sentence (in full-width punctuation too:
    ``。``, ``」``): a title, not a paragraph."""
    text = text.strip()
    return (
        0 < len(text.split()) <= 12
        and len(text) <= 100
        and not text.endswith((".", ",", ";", ":", "”", '"', "?", "!", *_FULL_WIDTH_ENDS))
        and not text.startswith(("“", '"', "(", "*", "-", "「", "『"))
    )


_FULL_WIDTH_ENDS = ("。", "，", "；", "：", "？", "！", "」", "』")
"""How a sentence or a quotation ends in Chinese and Japanese."""


_ABBREVIATED = re.compile(r"\s(?:Inc|Corp|Ltd|Co|Cos|Bros|L\.P|S\.A|N\.V|B\.V|S\.p\.A|P\.L\.C)\.$")
"""A name's legal form ending a heading with a full stop: ``About Pfizer Inc.``"""


@functools.cache
def _about_headings(language: str | None) -> tuple[re.Pattern[str], ...]:
    from pressrelease.locale.headings import about_headings

    return tuple(
        re.compile(rf"^{head}\S.*?{tail}$", re.I | re.S)
        for head, tail in map(_about_parts, about_headings(language))
    )


def about(text: str, language: str | None = None) -> bool:
    """An About heading as the catalogue words it in the release's ``language`` or English
    (``Über die Acme AG``, ``Over Polderstroom``, ``Acme について``); in any catalogue
    language with None. Only those two: ``Over`` and ``Om`` start English headings too."""
    text = text.strip()
    if _ABBREVIATED.search(text):
        text = text[:-1]
    return heading_like(text) and any(p.match(text) for p in _about_headings(language))


def disclaimer_heading(text: str) -> bool:
    return heading_like(text) and bool(DISCLAIMER_HEADING.match(text.strip().rstrip(":")))


def disclaimer_start(text: str) -> bool:
    return bool(DISCLAIMER_START.match(text.strip()))


NOTE_START = re.compile(
    r"^(?:view (?:the )?(?:source|original) version on|financial tables? (?:follows?|to follow)"
    r"|tables? follow)",
    re.I,
)


def note_start(text: str) -> bool:
    """A line printed after the closing sections: "View source version on …", "Financial
    tables follow"."""
    return bool(NOTE_START.match(text.strip()))


def contact_heading(text: str) -> str | None:
    """The contact role a heading names (``Media``, ``Investor``), or None."""
    found = contact_role(text)
    return None if found is None else found[0]


def contact_role(text: str) -> tuple[str, bool] | None:
    """The role a contact heading names and whether its words state it (``Pressekontakt:``,
    ``Media Contacts``) or it is ``Media`` because they state none (``Kontakt:``); None when
    ``text`` is no contact heading. The catalogue's headings in every language first
    (``Perscontact`` is Dutch, not a contact of the role "Pers"), then English with any role
    before "contact", then the catalogue's heading for any other role (``Kontakt Analysten:``)."""
    from pressrelease.locale.contacts import heading_key, heading_roles

    text = " ".join(text.split())
    key = heading_key(text)
    if key in heading_roles():
        stated = heading_roles()[key]
        return (stated or "Media"), stated is not None
    match = CONTACT_HEADING.match(text)
    if match is not None and len(text.split()) <= 6:
        role = (match.group("role") or "").strip(" :-–—")
        return (role or "Media"), bool(role)
    templated = _templated_role(text)
    return None if templated is None else (templated, True)


def contact_role_stated(text: str) -> bool:
    """Whether a contact heading, or the heading starting an inline one (``Kontakt: Jana
    Weber``), states its role; a heading that does not is read as the media's."""
    found = contact_role(text)
    if found is None:
        cut = _at_colon(text.strip())
        found = contact_role(cut[0]) if cut is not None else None
    return found is not None and found[1]


def _templated_role(text: str) -> str | None:
    """``Analysten`` from ``Kontakt Analysten:``: the role in a language's heading for a
    role without a heading of its own, as the renderers print it (colon and all)."""
    if not text.strip().endswith((":", "：")):  # every such heading ends with its colon
        return None
    for pattern in _role_patterns():
        match = pattern.fullmatch(text.strip())
        role = match.group("role").strip() if match else ""
        if role and len(role.split()) <= 3 and len(role) <= 30 and not _NOT_ROLE.search(role):
            return role
    return None


@functools.cache
def _role_patterns() -> tuple[re.Pattern[str], ...]:
    """Each language's heading for any role, as a pattern; built once (every unit of a
    release is asked whether it is a contact heading: 2,000 words compiled them 13,000 times)."""
    from pressrelease.locale.contacts import heading_templates

    return tuple(
        re.compile(rf"{re.escape(before)}(?P<role>.+?)\s*{re.escape(after)}\s*[:：]", re.I)
        for before, after in heading_templates()
    )


_NOT_ROLE = re.compile(r"[\d@:：/]")


def contact_inline(text: str) -> tuple[str, str] | None:
    """``Media contact: Jane Roe``, ``Pressekontakt: Jana Weber`` -> (role, first line): a
    heading and its first line."""
    from pressrelease.locale.contacts import heading_key, heading_roles

    cut = _at_colon(text.strip())
    if cut is not None and cut[1] and heading_key(cut[0]) in heading_roles():
        return (heading_roles()[heading_key(cut[0])] or "Media"), cut[1]
    match = CONTACT_INLINE.match(text.strip())
    if match is None or len(match.group("role").split()) > 3:
        return None
    return (match.group("role").strip(" -–—") or "Media"), match.group("rest")


_COLON = re.compile(r"\s*[:：]\s*")


def _at_colon(text: str) -> tuple[str, str] | None:
    """A line cut at its first colon (``:``, `` :``, ``：``): the words before, those after."""
    match = _COLON.search(text)
    return None if match is None else (text[: match.start()], text[match.end() :])


# Exchanges as wires print them; suffixes of Reuters/Yahoo style codes (00853.HK).
_EXCHANGES = (
    r"NYSE American|NYSE Arca|NYSE|Nasdaq(?: GS| GM| CM| Stockholm| Helsinki| Copenhagen)?|NASDAQ"
    r"|TSX-?V|TSXV|TSX|CSE|ASX|LSE|AIM|HKEX|HKSE|SEHK|SGX|SIX|SSE|SZSE|TSE|TYO|JPX|KRX|KOSDAQ|BSE|NSE"
    r"|Euronext(?: Paris| Amsterdam| Brussels| Dublin| Lisbon| Oslo| Growth)?|XETRA|FWB|FSE|OMX"
    r"|OTCQX|OTCQB|OTC Pink|OTC|Oslo Børs|Borsa Italiana|BME|JSE|B3|BMV|TASE|NZX"
)
_TICKER = re.compile(
    rf"\b(?P<exchange>{_EXCHANGES})\s*:\s*(?P<symbol>[A-Z0-9][A-Z0-9.\-]{{0,11}})\b"
)
_SUFFIXES = {"HK": "HKEX", "T": "TSE", "L": "LSE", "TO": "TSX", "V": "TSXV", "AX": "ASX",
             "SS": "SSE", "SZ": "SZSE", "SI": "SGX", "KS": "KRX", "PA": "Euronext Paris",
             "AS": "Euronext Amsterdam", "DE": "XETRA", "SW": "SIX", "NS": "NSE",
             "BO": "BSE"}  # fmt: skip
_CODE = re.compile(
    r"(?<![\w.])(?P<symbol>\d{3,6}|[A-Z]{1,5})\.(?P<suffix>HK|T|L|TO|V|AX|SS|SZ|SI|KS|PA|AS|DE|SW|NS|BO)\b"
)


def tickers(text: str) -> list[tuple[str, str, int]]:
    """(exchange, symbol, offset) of every listing written in ``text``, in order."""
    found = [(m.group("exchange"), m.group("symbol"), m.start()) for m in _TICKER.finditer(text)]
    # A code counts inside parentheses: the last ( before it comes after the last ). Both are
    # carried from code to code, each search covering only the text since the code before:
    # searching from the start for each code made 600,000 ``AB.HK`` in a 3.6 MB text take 40 s.
    opened = closed = -1
    scanned = 0
    for m in _CODE.finditer(text):
        at = m.start()
        opened = max(opened, text.rfind("(", scanned, at))
        closed = max(closed, text.rfind(")", scanned, at))
        scanned = at
        if opened > closed:
            found.append((_SUFFIXES[m.group("suffix")], m.group("symbol"), at))
    return sorted(found, key=lambda t: t[2])


_LEGAL_FORMS = frozenset({"Inc", "Ltd", "LLC", "plc", "Corp", "Co", "AG", "SE", "S.A", "N.V"})
_CONNECTORS = frozenset({"of", "and", "&", "de", "du", "des", "der", "für", "la", "le", "the"})


_NEAR = 300
"""How far before a listing the parenthesis holding it may open."""
_WORDS = 1000
"""How far before that parenthesis the words of a name are read."""


def name_before(text: str, at: int) -> str | None:
    """The capitalised name just before the parenthesis holding offset ``at``:
    ``MicroPort Scientific Corporation`` in ``… of MicroPort Scientific Corporation (00853.HK``."""
    # Only the text near ``at`` is searched, so that a call per listing stays cheap in a long
    # paragraph: the parenthesis must open within _NEAR characters, and the name's eight
    # words are read from the _WORDS characters before it (a word cut there is left out).
    opening = text.rfind("(", max(at - _NEAR, 0), at)
    if opening < 0:
        return None
    start = max(text.rfind("\n\n", max(opening - _WORDS, 0), opening) + 1, opening - _WORDS, 0)
    words = text[start:opening].split()
    if start and words and not text[start - 1].isspace() and not text[start].isspace():
        words = words[1:]
    name: list[str] = []
    for word in reversed(words[-8:]):
        glued = "--" in word  # CHICAGO--(BUSINESS WIRE)--Acme: the wire's dateline before it
        word = word.rsplit("--", 1)[-1]
        if not (word[:1].isupper() or word[:1].isdigit() or (word in _CONNECTORS and name)):
            break
        legal_form = len(name) == 1 and name[0].rstrip(".") in _LEGAL_FORMS  # Acme, Inc.
        if word.endswith((",", ".", ";", ":")) and name and not (legal_form and word[-1] == ","):
            break
        name.insert(0, word)
        if glued:
            break
    while name and name[0] in _CONNECTORS:
        name.pop(0)
    return " ".join(name).rstrip(",") or None


def slugify(text: str, limit: int = 60) -> str:
    """ASCII letters and digits joined by '-': ``MicroPort® Expands`` -> ``microport-expands``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug


_ASSET = re.compile(r"^(?P<title>.+?)(?:: (?P<caption>.+?))?(?: \((?P<credit>[^()]+)\))?$", re.S)


def asset(item: str, links: set[str]) -> dict[str, str] | None:
    """An asset list item as printed, ``Title: caption (credit) https://…`` (the address
    written out, or the link on the title), as Asset fields; None unless they print the
    item back word for word."""
    words, _, last = item.rpartition(" ")
    if URL.match(last) and links <= {last}:
        url = last
    elif len(links) == 1:
        url, words = next(iter(links)), item
    else:
        return None
    match = _ASSET.match(words)
    if match is None or not URL.match(url):
        return None
    fields = {key: value for key, value in match.groupdict().items() if value}
    details = (f": {fields['caption']}" if "caption" in fields else "") + (
        f" ({fields['credit']})" if "credit" in fields else ""
    )
    if fields["title"] + details != words:
        return None
    return {"url": url, **fields}
