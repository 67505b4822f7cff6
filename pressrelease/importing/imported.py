"""The units any reader made -> a validated release, and what had to be guessed to make it.

A document's own statements (an e-mail's Subject, a page's ``<title>``, ``lang`` and date:
``Meta``) fill what its text leaves open, each reported as a guess; a quote the model refuses
is kept as the paragraph it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pressrelease.importing.report import Guess
from pressrelease.importing.text import NotAReleaseError

if TYPE_CHECKING:
    from pressrelease.importing.build import Builder
    from pressrelease.importing.rich import Meta
    from pressrelease.importing.text import Unit
    from pressrelease.model import PressRelease


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


def from_mail_text(
    content: str, meta: Meta, *, source: str, language: str | None = None
) -> Imported:
    """Import a release from the plain-text body of an e-mail; ``meta``: what its headers
    state (the Subject is the headline when the body starts without one)."""
    from pressrelease.importing.build import Builder
    from pressrelease.importing.text import clean, units

    if not content.strip():
        raise NotAReleaseError(f"{source}: the e-mail body is empty: there is no release to import")
    extra = _stated(meta, language)
    language = language or meta.language
    if meta.title and _needs_headline(units(clean(content))):
        content = f"{meta.title}\n\n{content}"
        extra.append(Guess(1, "headline", f"the headline from {meta.where}: {meta.title}"))
    return _finish(Builder(content, source, language, None, meta), source, extra)


def _needs_headline(found: list[Unit]) -> bool:
    """The text starts with its lead (a dateline, or a long paragraph), not a headline."""
    from pressrelease.importing import dateline
    from pressrelease.importing.timing import timing

    rest = [u for u in found if u.is_block or timing(u.text) is None]
    if not rest or rest[0].is_block:
        return bool(rest)
    return dateline.find(rest[0].text) is not None or rest[0].words >= 40


def from_text(text: str, *, source: str = "<text>", language: str | None = None) -> Imported:
    """Import a release from its text; ``source`` names it in the report and errors."""
    from pressrelease.importing.build import Builder

    if not text.strip():
        raise NotAReleaseError(f"{source}: the text is empty: there is no release to import")
    return _finish(Builder(text, source, language), source)


def from_units(
    found: list[Unit],
    *,
    source: str = "<document>",
    language: str | None = None,
    meta: Meta | None = None,
) -> Imported:
    """Import a release from the units a document reader made (Markdown, DOCX, HTML).

    ``meta``: what the document states about itself: a title (an e-mail's Subject, a page's
    ``<title>``) used when the body starts without a headline, its language (unless
    ``language`` is given), keywords, and its date (used when the dateline states none).
    """
    from pressrelease.importing.build import Builder
    from pressrelease.importing.rich import Meta
    from pressrelease.importing.text import Run, Unit

    if not found:
        raise NotAReleaseError(f"{source}: the document has no text: there is no release to import")
    meta = meta or Meta()
    extra = _stated(meta, language)
    language = language or meta.language
    headline = meta.title
    if headline and not any(u.hint == "title" for u in found) and _needs_headline(found):
        first = found[0].line
        title = Unit(first, headline, [headline], block=-1, runs=(Run(headline),), hint="title")
        found = [title, *found]
        extra.append(Guess(first, "headline", f"the headline from {meta.where}: {headline}"))
    text = "\n\n".join(unit.text for unit in found)
    return _finish(Builder(text, source, language, found, meta), source, extra)


def _stated(meta: Meta, language: str | None) -> list[Guess]:
    if language is None and meta.language:
        return [Guess(1, "language", f'language "{meta.language}" as the document states it')]
    return []


def _finish(builder: Builder, source: str, extra: list[Guess] | None = None) -> Imported:
    from pydantic import ValidationError

    from pressrelease.errors import InputError
    from pressrelease.model import PressRelease

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
    guesses = sorted([*(extra or []), *builder.guesses], key=lambda g: g.line)
    return Imported(release, guesses, source)


def to_yaml(imported: Imported) -> str:
    """The release file, with every guess as a ``# guessed:`` comment above its field."""
    from pressrelease.dumping import dumps
    from pressrelease.importing.report import comments

    header = f"# Imported from {imported.source}; check every '# guessed' comment.\n"
    return header + dumps(imported.release, comments(imported.guesses))
