"""Shared test data: a minimal release, the seed release text, its sentences, and whitespace
normalisation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st
from pydantic import ValidationError

from pressrelease.model import PressRelease

FIELD_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")) | st.sampled_from("\t\n "),
    min_size=1,
    max_size=60,
)
"""Any text a field may be given, layout whitespace included."""


def valid_or_skip(data: dict[str, Any]) -> PressRelease:
    """The release, or hypothesis drops the example (text the model rightly refuses)."""
    try:
        return PressRelease.model_validate(data)
    except ValidationError:
        assume(False)
        raise


ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "microport-mih" / "release.yaml"
SEED = Path(__file__).resolve().parent / "seed-microport-mih-2021-10-24.txt"

_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“‘])")
_ABBREVIATIONS = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "St.", "Inc.", "Co.", "Corp.")


def wire(release: PressRelease, columns: int = 72) -> str:
    """The release as wire text wrapped at ``columns`` (0: unwrapped), through the renderer."""
    from pressrelease.api import render
    from pressrelease.renderers.base import RenderOptions

    return render(release, "txt", RenderOptions(text_width=columns)).decode("utf-8")


def make(**fields: Any) -> PressRelease:
    """A minimal valid release (one lead paragraph), with ``fields`` replacing its own."""
    data: dict[str, Any] = {
        "slug": "t",
        "headline": "Headline",
        "dateline": {"city": "Springfield", "date": "2024-05-01"},
        "body": ["Lead paragraph."],
        "issuer": {"name": "Acme Corp"},
    }
    data.update(fields)
    return PressRelease.model_validate(data)


def normalize_ws(text: str) -> str:
    """Collapse every run of whitespace to one space: undoes line wrapping."""
    return " ".join(text.split())


def not_printed_in_order(pieces: Iterable[str], printed: str) -> list[str]:
    """The ``pieces`` of a source (its lines or paragraphs, blank ones aside) that ``printed``
    does not hold word for word after the pieces before them: what an import lost or moved.
    Only the layout may differ (wrapping, blank lines)."""
    flat, at, missing = normalize_ws(printed), 0, []
    for piece in pieces:
        words = normalize_ws(piece)
        if not words:
            continue
        found = flat.find(words, at)
        if found < 0:
            missing.append(words)
        else:
            at = found + len(words)
    return missing


def seed_paragraphs() -> list[str]:
    """The seed release's paragraphs, exactly as published."""
    text = SEED.read_text(encoding="utf-8")
    return [normalize_ws(p) for p in text.split("\n\n") if p.strip()]


def seed_sentences() -> list[str]:
    """Every sentence of the seed release (headline and heading count as sentences)."""
    sentences: list[str] = []
    for paragraph in seed_paragraphs():
        pieces = _SENTENCE_END.split(paragraph)
        merged: list[str] = []
        for piece in pieces:
            if merged and merged[-1].endswith(_ABBREVIATIONS):
                merged[-1] += " " + piece
            else:
                merged.append(piece)
        sentences.extend(merged)
    return sentences


def missing_sentences(output_text: str) -> list[str]:
    """The seed sentences not found, exactly, in ``output_text`` (whitespace normalised)."""
    haystack = normalize_ws(output_text)
    return [s for s in seed_sentences() if s not in haystack]


# Any published release (tests/corpus/): paragraphs, list items and sentences.

_LIST_MARKER = re.compile(r"^(?:[*•]|-(?!-)|\d+[.)])\s+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ANY_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”’\"]))\s+(?=[A-Z0-9“‘\"])")
_MORE_ABBREVIATIONS = (
    *("Jr.", "Sr.", "No.", "vs.", "Ltd.", "Hon.", "Gov.", "Sen.", "Rep."),
    *("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."),
)


def list_items(text: str) -> list[str]:
    """The bulleted or numbered items of a published text, markers removed."""
    return [item for is_item, item in _units(text) if is_item]


def text_units(text: str) -> list[str]:
    """Paragraphs of a published text, each list item on its own, whitespace normalised."""
    return [unit for _, unit in _units(text)]


def _units(text: str) -> list[tuple[bool, str]]:
    units: list[tuple[bool, str]] = []
    for block in _BLANK_LINE.split(text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not any(_LIST_MARKER.match(line) for line in lines):
            if lines:
                units.append((False, normalize_ws(" ".join(lines))))
            continue
        for line in lines:
            marker = _LIST_MARKER.match(line)
            if marker:
                units.append((True, normalize_ws(line[marker.end() :])))
            elif units and units[-1][0]:  # a wrapped item continues
                units[-1] = (True, f"{units[-1][1]} {normalize_ws(line)}")
            else:
                units.append((False, normalize_ws(line)))
    return units


def split_sentences(unit: str) -> list[str]:
    """One paragraph's sentences; a quotation's closing mark ends a sentence too."""
    merged: list[str] = []
    for piece in _ANY_SENTENCE_END.split(normalize_ws(unit)):
        if merged and merged[-1].endswith(_ABBREVIATIONS + _MORE_ABBREVIATIONS):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return merged


def text_sentences(text: str) -> list[str]:
    """Every sentence of a published release (headlines, headings and list items count)."""
    return [sentence for unit in text_units(text) for sentence in split_sentences(unit)]
