"""What a batch reports: one ``Outcome`` per release, and the one exit-code rule that
``build`` and ``pack`` share, for one release or many."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pressrelease.media import Media
    from pressrelease.model import PressRelease

Task = Literal["build", "pack"]
Job = tuple[Path, "PressRelease", "Media"]
"""A release ready to render: its file, the release, and its media files, read and checked."""


@dataclass(frozen=True)
class Outcome:
    """What became of one release: the files written, and every error on the way."""

    source: Path
    written: tuple[Path, ...] = ()
    errors: tuple[str, ...] = ()
    bad_input: bool = False
    """The release could not be used at all (unreadable, invalid, a slug clash)."""
    details: tuple[str, ...] = field(default=(), compare=False)
    """Tracebacks of the errors, kept for ``--debug``."""


def exit_code(outcomes: Sequence[Outcome]) -> int:
    """The command's exit code, the same for build and pack, one release or many:
    2 when any input was bad, else 1 when anything failed to render or be written, else 0."""
    if any(outcome.bad_input for outcome in outcomes):
        return 2
    return 1 if any(outcome.errors for outcome in outcomes) else 0
