"""Shared test data: the seed release text, its sentences, and whitespace normalisation."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "microport-mih" / "release.yaml"
SEED = Path(__file__).resolve().parent / "seed-microport-mih-2021-10-24.txt"

_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“‘])")
_ABBREVIATIONS = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "St.", "Inc.", "Co.", "Corp.")


def normalize_ws(text: str) -> str:
    """Collapse every run of whitespace to one space: undoes line wrapping."""
    return " ".join(text.split())


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
