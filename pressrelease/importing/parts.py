"""Recognising the other parts of wire copy: timing line, headings, end marks, boilerplates,
disclaimers, contact blocks, stock tickers, the issuer's name and the language."""

from __future__ import annotations

import re
import unicodedata

IMMEDIATE = re.compile(
    r"^(?:for immediate release|immediate release|for release immediately)\.?:?$", re.I
)
EMBARGO = re.compile(
    r"^(?:embargoed?|embargo|hold for release|for release)"
    r"\s*(?:until|till|:|at|on)?\s*:?\s*(?P<when>.+)$",
    re.I,
)
END_MARKS = frozenset(
    {"###", "# # #", "-30-", "- 30 -", "-###-", "ENDS", "END", "-ENDS-", "- ENDS -", "–30–"}
)
ABOUT = re.compile(r"^(?:about|über|à propos d[e']|acerca de|sobre|informazioni su)\s*\S", re.I)
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
EMAIL = re.compile(r"^[^@\s<>:]+@[^@\s<>]+\.[^@\s<>.]+$")
PHONE = re.compile(
    r"^(?:tel\.?|phone|ph|t|mobile|m|cell)?:?\s*[+(]?[\d][\d\s().\-/–]{5,}(?:\s*(?:x|ext\.?)\s*\d+)?$",
    re.I,
)
URL = re.compile(r"^https?://\S+$")
LABELLED = re.compile(r"^(?P<label>[A-Z][\w &/-]{1,30}):\s+(?P<value>\S.*)$")


def timing(text: str) -> str | None:
    """``immediate``, the embargo's words, or None if ``text`` is no timing line."""
    if IMMEDIATE.match(text.strip()):
        return "immediate"
    match = EMBARGO.match(text.strip())
    if match and re.search(r"\d", match.group("when")):
        return match.group("when")
    return None


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
    """Short, on one line, not ending like a sentence: a title, not a paragraph."""
    text = text.strip()
    return (
        0 < len(text.split()) <= 12
        and len(text) <= 100
        and not text.endswith((".", ",", ";", ":", "”", '"', "?", "!"))
        and not text.startswith(("“", '"', "(", "*", "-"))
    )


_ABBREVIATED = re.compile(r"\s(?:Inc|Corp|Ltd|Co|Cos|Bros|L\.P|S\.A|N\.V|B\.V|S\.p\.A|P\.L\.C)\.$")
"""A name's legal form ending a heading with a full stop: ``About Pfizer Inc.``"""


def about(text: str) -> bool:
    text = text.strip()
    if _ABBREVIATED.search(text):
        text = text[:-1]
    return heading_like(text) and bool(ABOUT.match(text))


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
    match = CONTACT_HEADING.match(text.strip())
    if match is None or len(text.split()) > 6:
        return None
    role = (match.group("role") or "").strip(" :-–—")
    return role or "Media"


def contact_inline(text: str) -> tuple[str, str] | None:
    """``Media contact: Jane Roe`` -> (``Media``, ``Jane Roe``): a heading and its first line."""
    match = CONTACT_INLINE.match(text.strip())
    if match is None or len(match.group("role").split()) > 3:
        return None
    return (match.group("role").strip(" -–—") or "Media"), match.group("rest")


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


def language(text: str) -> str:
    """A BCP 47 tag from the script most letters are written in; en for Latin script."""
    counts: dict[str, int] = {}
    letters = 0
    for char in text[:5000]:
        if not char.isalpha():
            continue
        letters += 1
        code = ord(char)
        if 0x3040 <= code <= 0x30FF:
            script = "ja"
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            script = "ko"
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            script = "zh"
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
            script = "ar"
        elif 0x0590 <= code <= 0x05FF:
            script = "he"
        elif 0x0400 <= code <= 0x04FF:
            script = "ru"
        elif 0x0370 <= code <= 0x03FF:
            script = "el"
        else:
            continue
        counts[script] = counts.get(script, 0) + 1
    if not counts or not letters:
        return "en"
    if counts.get("ja") and counts.get("ja", 0) + counts.get("zh", 0) > letters * 0.3:
        return "ja"  # Japanese mixes kana with kanji
    script, number = max(counts.items(), key=lambda item: item[1])
    return script if number > letters * 0.3 else "en"


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
