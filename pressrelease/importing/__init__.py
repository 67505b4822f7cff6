"""Import: the plain text of a release (wire copy, an e-mail body) -> a PressRelease.

``read(source)`` gives an :class:`Imported`: the validated release and the guesses it took,
each with the source line, so a person can check them; ``to_yaml(imported)`` writes the
release file with those guesses as ``# guessed:`` comments. See docs/import.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.importing.report import Guess
from pressrelease.importing.text import NotAReleaseError

if TYPE_CHECKING:
    from pressrelease.model import PressRelease

MAX_BYTES = 5 * 1024 * 1024
KINDS = ("text",)
"""Source kinds this importer reads; more (Markdown, DOCX, HTML, e-mail) may follow."""


@dataclass(frozen=True)
class Imported:
    """A release read from text, and what had to be guessed to make it."""

    release: PressRelease
    guesses: list[Guess] = field(default_factory=list)
    source: str = "<text>"
    """The name the report gives the source (its path, or ``<text>``)."""

    def report(self) -> list[str]:
        """One line per guess: ``release.txt:3: guessed: …``."""
        return [guess.format(self.source) for guess in self.guesses]


def read(source: str | Path, *, kind: str | None = None, language: str | None = None) -> Imported:
    """Import a release from a text file (a ``Path``, or a ``str`` naming an existing file)
    or from the text itself (any other ``str``).

    ``kind`` is the source kind (only ``"text"`` today; default: from the file, else text);
    ``language`` a BCP 47 tag to use instead of detecting it. Raises NotAReleaseError (an
    InputError) when the input is no release at all: empty, binary, not UTF-8, no paragraph.
    """
    from pressrelease.importing.text import decode

    if kind not in (None, *KINDS):
        raise NotAReleaseError(f"unknown source kind {kind!r}; known: {', '.join(KINDS)}")
    path = _as_path(source)
    if path is None:
        assert isinstance(source, str)
        text, name = source, "<text>"
    else:
        name = str(path)
        text = decode(_read_bytes(path), name)
    return from_text(text, source=name, language=language)


def from_text(text: str, *, source: str = "<text>", language: str | None = None) -> Imported:
    """Import a release from its text; ``source`` names it in the report and errors."""
    from pydantic import ValidationError

    from pressrelease.errors import InputError
    from pressrelease.importing.build import Builder
    from pressrelease.model import PressRelease

    if not text.strip():
        raise NotAReleaseError(f"{source}: the text is empty: there is no release to import")
    builder = Builder(text, source, language)
    data = builder.build()
    try:
        try:
            release = PressRelease.model_validate(data)
        except ValidationError as exc:
            # A quote the model refuses (say, a name it cannot hold) is kept as its paragraph.
            refused = {e["loc"][1] for e in exc.errors() if e["loc"][:1] == ("body",)}
            if not refused or not refused <= set(builder.as_paragraph):
                raise
            for index in refused:
                assert isinstance(index, int)
                data["body"][index] = builder.as_paragraph[index]
            release = PressRelease.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}" for error in exc.errors()
        )
        raise InputError(f"{source}: the imported release is not valid: {problems}") from None
    guesses = sorted(builder.guesses, key=lambda g: g.line)
    return Imported(release, guesses, source)


def to_yaml(imported: Imported) -> str:
    """The release file, with every guess as a ``# guessed:`` comment above its field."""
    from pressrelease.dumping import dumps
    from pressrelease.importing.report import comments

    header = f"# Imported from {imported.source}; check every '# guessed' comment.\n"
    return header + dumps(imported.release, comments(imported.guesses))


def _as_path(source: str | Path) -> Path | None:
    if isinstance(source, Path):
        return source
    if "\n" in source or len(source) > 4096 or not source.strip():
        return None
    try:
        path = Path(source)
        return path if path.is_file() else None
    except (OSError, ValueError):
        return None


def _read_bytes(path: Path) -> bytes:
    import stat

    from pressrelease.errors import InputError

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: the file is over the limit of {MAX_BYTES:,} bytes")
    return data


__all__ = ["Guess", "Imported", "NotAReleaseError", "from_text", "read", "to_yaml"]
