"""What every command shares: exit codes, the error line, SIGTERM as an interruption, and
the release files named on the command line."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.errors import InputError
from pressrelease.terminal import printable

if TYPE_CHECKING:
    from pressrelease.registry import Registry

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM
RELEASE_SUFFIXES = (".yaml", ".yml", ".json")


class Terminated(KeyboardInterrupt):
    """SIGTERM during ``build`` or ``pack``: raised like Ctrl-C so that the same cleanup runs."""


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` while inside (main thread only: elsewhere Python
    cannot install a handler), so a killed batch removes its workers and partial files."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def error(message: str, debug: bool) -> None:
    """Print ``message`` as ``pressrelease: error:`` lines (the traceback too with --debug)."""
    if debug:
        import traceback

        traceback.print_exc()
    for line in message.split("\n"):
        print(f"pressrelease: error: {printable(line)}", file=sys.stderr)


def warn_plugins(registry: Registry) -> None:
    """Print the registry's warnings and the formats it could not load."""
    for problem in [*registry.warnings, *registry.problems.values()]:
        print(f"pressrelease: warning: {printable(str(problem))}", file=sys.stderr)


def many_releases() -> None:
    """Switch the cyclic garbage collector back on (``cli.run`` turns it off): a batch of
    releases makes enough garbage to need it."""
    import gc

    gc.enable()


def release_files(arguments: Sequence[str], skip: Path | None = None) -> list[Path]:
    """The release files named, a folder standing for the release files anywhere inside it
    (hidden files and folders, and the folder ``skip`` (the output folder), left out);
    ``-`` stands for standard input and may be given once."""
    from pressrelease.loading import STDIN

    files: list[Path] = []
    if list(arguments).count(STDIN) > 1:
        raise InputError("- (standard input) can be read only once")
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN:
            files.append(path)
        elif path.is_dir():
            found = _releases_in(path, skip)
            if not found:
                raise InputError(
                    f"{path}: no .yaml, .yml or .json release files in this folder or below it"
                )
            files.extend(found)
        elif not path.exists() and path.suffix.lower() not in RELEASE_SUFFIXES:
            raise InputError(f"{path}: no such file or folder")
        else:
            files.append(path)
    return files


def _releases_in(folder: Path, skip: Path | None) -> list[Path]:
    """Release files in ``folder`` and its sub-folders, in a stable order."""
    import os

    skipped = skip.resolve() if skip is not None and skip.is_dir() else None
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (here / d).resolve() != skipped
        )
        found.extend(
            here / name
            for name in sorted(names)
            if not name.startswith(".") and Path(name).suffix.lower() in RELEASE_SUFFIXES
        )
    return found
