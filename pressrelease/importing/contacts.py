"""Contact blocks -> Contact fields: cards of lines (organisation, name, e-mail, phone, web),
``Name, Organisation`` lines as the wire text writes them, and ``PR: press@acme.com``."""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

from pressrelease.importing.parts import EMAIL, LABELLED, PHONE, URL

_ORG_WORDS = re.compile(
    r"\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|LLP|plc|GmbH|AG|SA|S\.A|Group|Office|Company|Agency"
    r"|Communications|Relations|Partners|PR|Media|Newsroom|Press|Team|Department|Desk|Holdings"
    r"|University|Institute|Foundation|Association)\b\.?",
)
_TITLES = frozenset({"Dr.", "Mr.", "Ms.", "Mrs.", "Prof."})
_NAME_WORD = re.compile(r"^[^\W\d_][\w’'.-]*$")
_HAN_OR_HANGUL = "[\u3400-\u4dbf\u4e00-\u9fff々\uac00-\ud7af]"
_UNSPACED_NAME = re.compile(rf"^{_HAN_OR_HANGUL}{{1,4}} ?{_HAN_OR_HANGUL}{{1,4}}$")
"""A name in Han characters or Hangul, as Chinese, Japanese and Korean cards print it:
``王伟``, ``鈴木花子``, ``山田 太郎``, ``김민수``."""
_ONE_LINE = re.compile(r"^(?P<who>[^:;@]{2,80}): (?P<values>\S.*)$")
_VALUES = re.compile(r"\s*[;|]\s*|,\s+|\s+/\s+")
_SENTENCE_ENDS = (".", "!", "?", ":", "。", "！", "？", "：")


def is_contact_line(text: str) -> bool:
    """Short enough and shaped like a card line (no sentence)."""
    text = text.strip()
    if _read_value(text) is not None:
        return True
    labelled = LABELLED.match(text)
    if labelled and _value_kind(labelled.group("value")):
        return True
    return len(text.split()) <= 8 and not text.endswith(_SENTENCE_ENDS)


def card_line(text: str) -> bool:
    """Clearly a line of a contact card: an address, a number, a person or an organisation."""
    text = text.strip()
    return bool(
        _value_kind(text)
        or (LABELLED.match(text) and _value_kind(LABELLED.match(text).group("value")))  # type: ignore[union-attr]
        or looks_like_person(text)
        or _ORG_WORDS.search(text)
    )


def looks_like_person(text: str) -> bool:
    """Two to four capitalised words (``Jane Roe``, ``Łukasz Żak``; in a script without
    capitals any words: ``سارة حسن``), lower-case particles inside (``Sanne de Vries``), or
    a name in Han characters or Hangul (``鈴木花子``); no digits, no organisation's word."""
    from pressrelease.locale.contacts import name_particles, organisation_words

    text = text.strip()
    if _ORG_WORDS.search(text) or re.search(r"\d", text):
        return False
    if any(word in text for word in organisation_words()):
        return False
    if _UNSPACED_NAME.match(text):
        return True
    words = text.split()
    if len(words) > 2 and words[0] in _TITLES:
        words = words[1:]
    inner = set(range(1, len(words) - 1))
    named = [w for at, w in enumerate(words) if not (at in inner and w in name_particles())]
    return 2 <= len(named) <= 4 and all(_NAME_WORD.match(w) and _capital(w[0]) for w in named)


def _capital(letter: str) -> bool:
    """A capital letter, or a letter of a script without capitals (Arabic, Hebrew)."""
    return letter.isupper() or letter.lower() == letter.upper()


def _value_kind(value: str) -> str | None:
    found = _read_value(value)
    return None if found is None else found[0]


def _read_value(text: str) -> tuple[str, str] | None:
    """(kind, value) of a line holding only an e-mail address, a web address or a phone
    number, bare or after a label the catalogue knows in any language (``Tel.:``,
    ``Téléphone :``, ``E-post:``, ``TEL：``), or a person's name after a label for it
    (``担当：山田 太郎``); None for any other line."""
    text = text.strip()
    for kind, pattern in (("email", EMAIL), ("url", URL), ("phone", PHONE)):
        if pattern.match(text):
            return kind, text
    match = _label_pattern().match(text)
    if match is None:
        return None
    from pressrelease.locale.contacts import labels

    kind, value = labels()[match.group("label").casefold()], match.group("value")
    if kind == "name":
        return (kind, value) if _read_value(value) is None and "@" not in value else None
    pattern = {"email": EMAIL, "url": URL, "phone": PHONE}[kind]
    return (kind, value) if pattern.match(value) else None


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    """A catalogue label starting a line, its full stop, a colon or spaces, then the value."""
    from pressrelease.locale.contacts import labels

    names = "|".join(re.escape(name) for name in sorted(labels(), key=len, reverse=True))
    return re.compile(rf"^(?P<label>{names})\.?(?:\s*[:：]\s*|\s+)(?P<value>\S.*)$", re.I)


class ContactReader:
    """Feed it the lines of a contact section; ``contacts`` and ``leftover`` hold the result."""

    def __init__(self, role: str, heading: str | Literal[False] | None = None) -> None:
        """``heading``: the contact heading as printed (false: printed on the first line,
        as in ``Media contact: Jane Roe``)."""
        self.role = role
        self.contacts: list[dict[str, Any]] = []
        self.leftover: list[tuple[int, str]] = []
        self.current: dict[str, Any] = {"role": role}
        self.pending_org: str | None = None
        self.unused_org: dict[str, Any] | None = None
        self.lines: list[int] = []
        """The source line each contact in ``contacts`` starts on."""
        self.start = 0
        self.unused_line = 0
        self.raw: list[tuple[str, int]] = []
        """Lines as printed that no contact has taken yet, and the block each is in."""
        self.printed: list[list[tuple[str, int]]] = []
        """Each contact's lines as printed, labels and all, and their blocks."""
        self.unused_raw: list[tuple[str, int]] = []
        self.groups: list[tuple[int, str | Literal[False] | None]] = [(0, heading)]
        """Where each heading's contacts start in ``contacts``, and the heading as printed."""

    def heading(self, role: str, printed: str | Literal[False] | None = None) -> None:
        self.flush()
        self._keep_unused()
        self._rest_to_last()
        self.role, self.current, self.pending_org = role, {"role": role}, None
        self.groups.append((len(self.contacts), printed))

    def _rest_to_last(self) -> None:
        """Printed lines no contact took (no field fits them) stay with the card above."""
        if self.raw and self.printed:
            self.printed[-1].extend(self.raw)
            self.raw = []

    def flush(self) -> None:
        fields = {k: v for k, v in self.current.items() if k != "role"}
        if any(k in fields for k in ("email", "phone", "url", "name")):
            self.contacts.append(self.current)
            self.lines.append(self.start)
            self.printed.append(self.raw)
            self.raw = []
        elif fields.get("organization"):
            self._keep_unused()
            self.unused_raw = list(self.raw)
            self.pending_org = fields["organization"]
            self.unused_org, self.unused_line = self.current, self.start
        self.current = {"role": self.role}

    def _keep_unused(self) -> None:
        """An organisation line no contact used: a contact of its own, never dropped."""
        if self.unused_org is not None:
            self.contacts.append(self.unused_org)
            self.lines.append(self.unused_line)
            self.unused_org = None
            taken = self.unused_raw
            if self.raw[: len(taken)] == taken:
                self.raw = self.raw[len(taken) :]
            self.printed.append(taken)
            self.unused_raw = []

    def _reachable(self) -> bool:
        return any(k in self.current for k in ("email", "phone", "url"))

    def line(self, number: int, text: str, printed: str | None = None, block: int = -1) -> None:
        """Read one line of a card; ``printed``: the line as printed, when ``text`` is only
        its part after an inline heading; ``block``: the block of lines it is in."""
        if len(self.current) == 1:
            self.start = number
        self._line(number, text)
        if len(self.current) == 1:
            self.start = number
        self.raw.append(((printed or text).strip(), block))

    def _line(self, number: int, text: str) -> None:
        from pressrelease.locale.contacts import labels

        text = text.strip()
        found = _read_value(text)
        labelled = LABELLED.match(text) if found is None else None
        if labelled:
            label, value = labelled.group("label"), labelled.group("value").strip()
            value_kind = _value_kind(value)
            if value_kind is None:
                self.leftover.append((number, text))
                return
            if label.strip().casefold().rstrip(".") in labels():
                self._set(value_kind, value)
                return
            org = self.current.get("organization") or self.pending_org
            if self._reachable() or "name" in self.current:
                self.flush()
            else:
                org = self.current.get("organization") or org
                self.current = {"role": self.role}
            self.current, self.start = {"role": label}, number
            if org == self.pending_org:
                self.unused_org = None
            if org:
                self.current["organization"] = org
                self.pending_org = org
            self._set(value_kind, value)
            return
        if found is not None:
            if found[0] == "name" and self._reachable():
                self.flush()
            self._set(*found)
            return
        if self._one_line(text):
            return
        if self._reachable():
            self.flush()
        first, comma, rest = text.partition(", ")
        if comma and looks_like_person(first) and "name" not in self.current:
            self.current["name"], self.current["organization"] = first, rest
        elif looks_like_person(text) and "name" not in self.current:
            self.current["name"] = text
        elif "organization" not in self.current:
            self.current["organization"] = text
        elif "name" not in self.current:
            self.current["name"] = text
        else:
            self.leftover.append((number, text))

    def _one_line(self, text: str) -> bool:
        """``Jane Roe, Acme: +1 555 0100; jane@acme.example``: a whole card on one line."""
        match = _ONE_LINE.match(text)
        if match is None:
            return False
        values = [v for v in _VALUES.split(match.group("values")) if v]
        kinds = [_value_kind(v) for v in values]
        if not values or None in kinds:
            return False
        if self._reachable() or "name" in self.current:
            self.flush()
        who, comma, org = match.group("who").partition(", ")
        if comma and looks_like_person(who):
            self.current["name"], self.current["organization"] = who, org
        elif looks_like_person(who):
            self.current["name"] = who
        else:
            self.current["organization"] = match.group("who")
        for kind, value in zip(kinds, values, strict=True):
            if kind not in self.current:
                self.current[str(kind)] = value
        return True

    def _set(self, kind: str, value: str) -> None:
        if kind in self.current:
            self.flush()
            if self.pending_org:
                self.current["organization"] = self.pending_org
        self.current[kind] = value

    def finish(self) -> list[dict[str, Any]]:
        self.flush()
        self._keep_unused()
        self._rest_to_last()
        return self.contacts
