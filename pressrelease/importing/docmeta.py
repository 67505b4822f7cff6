"""What a document states about itself, outside its text (its title, language, date and
keywords): read by the DOCX, HTML and e-mail readers, used where the text is silent."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$")


@dataclass
class Meta:
    """What a document states about itself, outside its text: used where the text is
    silent (a headline when the body has none, the date when no date is written)."""

    title: str = ""
    """An e-mail's Subject or a page's ``<title>``."""
    where: str = "title"
    """What ``title`` is, for the report: ``the e-mail's Subject``."""
    language: str | None = None
    """``<html lang>``, a DOCX's language property, an e-mail's Content-Language."""
    date: dt.date | None = None
    """When it was published or sent: JSON-LD ``datePublished``, ``<time datetime>``, a
    DOCX's created date, an e-mail's Date."""
    keywords: list[str] = field(default_factory=list)
    """``<meta name="keywords">``, a DOCX's keywords property."""
    author: str = ""
    """Its author as one phrase: a DOCX's author property, ``<meta name="author">`` (ours
    print the issuers joined the language's way: "Northwind Energy ASA and Helios Grid plc")."""
    organisations: list[dict[str, Any]] = field(default_factory=list)
    """The organisations a page's JSON-LD gives as its ``author``, as issuer fields (name,
    website, listings)."""

    def set_language(self, value: str | None) -> None:
        value = (value or "").strip().replace("_", "-")
        if _TAG.match(value):
            self.language = value

    def set_keywords(self, value: str | None) -> None:
        words: list[str] = []
        for word in re.split(r"[,;]", value or ""):
            word = " ".join(word.split())
            if word and word not in words and len(word) <= 100:
                words.append(word)
        self.keywords = words[:30]

    def set_author(self, value: object) -> None:
        if isinstance(value, str) and len(value) <= 300:
            self.author = " ".join(value.split())

    def set_date(self, value: object) -> None:
        """A date, a datetime or an ISO 8601 text (``2024-03-19``, ``2024-03-19T09:00Z``)."""
        if isinstance(value, dt.datetime):
            self.date = value.date()
        elif isinstance(value, dt.date):
            self.date = value
        elif isinstance(value, str):
            match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
            if match:
                with contextlib.suppress(ValueError):  # 2024-02-30
                    self.date = dt.date(*(int(g) for g in match.groups()))
