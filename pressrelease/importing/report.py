"""What the importer guessed: each guess names the source line, the field and the reasoning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Guess:
    """One decision the text did not state outright; a person should check it."""

    line: int
    """The source line (1-based) the guess was made from."""
    field: str
    """The release field it sets, as a path: ``dateline.city``, ``body.2``."""
    message: str
    """What was guessed and from what, e.g. ``dateline city "Suzhou" from "SUZHOU, …"``."""

    def format(self, source: str = "<text>") -> str:
        """``release.txt:3: guessed: dateline city "Suzhou" from "SUZHOU, China, …"``."""
        return f"{source}:{self.line}: guessed: {self.message}"


def excerpt(text: str, limit: int = 40) -> str:
    """The start of ``text``, cut at a word with an ellipsis when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:") + " …"


def q(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` and in double quotes, for a report line."""
    return f'"{excerpt(text, limit)}"'


def comments(guesses: list[Guess]) -> dict[str, str]:
    """Guesses as YAML comments by field path (several guesses on one field: several lines)."""
    out: dict[str, str] = {}
    for guess in guesses:
        line = f"guessed (line {guess.line}): {guess.message}"
        out[guess.field] = f"{out[guess.field]}\n{line}" if guess.field in out else line
    return out
