"""The errors a user can fix. Anything else escaping the library is a bug.

Every error here carries a message written for the person who wrote the release or
installed the plugin: it names the place (file, line, field, plugin) and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressrelease.terminal import printable


class PressReleaseError(Exception):
    """Root of every error the user can act on; the CLI prints it without a traceback."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is and what is wrong."""

    field: str
    message: str
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        """``FILE:LINE: FIELD: message`` on one line, control characters shown as escapes."""
        where = self.file or "<release>"
        if self.line is not None:
            where += f":{self.line}"
        field = f" {self.field}:" if self.field else ""
        return printable(f"{where}:{field} {self.message}")


class InvalidReleaseError(PressReleaseError):
    """The release data does not describe a valid press release."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class InputError(PressReleaseError):
    """A file could not be read or parsed at all (missing, too large, bad syntax)."""


class PluginError(PressReleaseError):
    """A renderer plugin is broken, duplicated or unknown."""


class OutputError(PressReleaseError):
    """An output file could not be written (not a folder, no permission, disk full)."""


class RenderError(PressReleaseError):
    """A renderer could not produce its format for this release (e.g. a missing glyph)."""
