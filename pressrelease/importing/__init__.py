"""Import: a release as clients send it -> a PressRelease. Plain text (wire copy),
Markdown, DOCX, HTML (a newsroom page, an e-mail body) and e-mail messages are read into
the same units, which one set of recognisers turns into the release.

``read(source)`` gives an :class:`Imported`: the validated release and the guesses it took,
each with the source line, so a person can check them; ``to_yaml(imported)`` writes the
release file with those guesses as ``# guessed:`` comments. See docs/import.md.

``sources`` picks the reader for a source, ``imported`` turns what it read into the release;
this module is their public face.
"""

from __future__ import annotations

from pressrelease.importing.imported import Imported, from_text, from_units, to_yaml
from pressrelease.importing.report import Guess
from pressrelease.importing.sources import (
    KINDS,
    MAX_BYTES,
    MAX_DOCX_BYTES,
    MAX_EMAIL_BYTES,
    SUFFIXES,
    read,
    sniff,
)
from pressrelease.importing.text import NotAReleaseError

__all__ = [
    "KINDS",
    "MAX_BYTES",
    "MAX_DOCX_BYTES",
    "MAX_EMAIL_BYTES",
    "SUFFIXES",
    "Guess",
    "Imported",
    "NotAReleaseError",
    "from_text",
    "from_units",
    "read",
    "sniff",
    "to_yaml",
]
