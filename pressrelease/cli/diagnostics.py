"""The CLI's logging set-up: the library's records on stderr, warnings by default.

The library only logs (``pressrelease._log``); this is the one place that decides where
records go. ``-v`` shows INFO (what was found, chosen or skipped), ``-vv`` DEBUG (each
step, with timings); without ``-v`` only warnings. The handler is set up when the first
record is logged, so a run that logs nothing never imports :mod:`logging`, and it is taken
away when the command returns, so ``main`` can be called many times in one process.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pressrelease import _log
from pressrelease.terminal import printable

if TYPE_CHECKING:
    import logging

LEVELS = (30, 20, 10)
"""WARNING, INFO, DEBUG: the level shown with no -v, with -v and with -vv."""


@contextlib.contextmanager
def diagnostics(verbosity: int) -> Iterator[None]:
    """Library records at the level ``verbosity`` asks for go to stderr while inside."""
    level = LEVELS[min(max(verbosity, 0), len(LEVELS) - 1)]
    installed: list[tuple[logging.Logger, logging.Handler, int]] = []

    def configure() -> None:
        import logging

        class Stderr(logging.Handler):
            """``pressrelease: <level>: <message>``, to whatever ``sys.stderr`` is now
            (tests swap it), with control characters of user text shown as escapes."""

            def emit(self, record: logging.LogRecord) -> None:
                try:
                    message = printable(record.getMessage())
                    kind = record.levelname.lower()
                    where = record.name.removeprefix(f"{_log.ROOT}.")
                    print(f"pressrelease: {kind}: [{where}] {message}", file=sys.stderr)
                except Exception:
                    self.handleError(record)

        root = logging.getLogger(_log.ROOT)
        handler = Stderr(level)
        installed.append((root, handler, root.level))
        root.addHandler(handler)
        root.setLevel(level)

    if level < LEVELS[0]:  # asked for: import logging now, or DEBUG and INFO are dropped
        _log.logger(_log.ROOT)
    _log.configure_when_loaded(configure)
    try:
        yield
    finally:
        _log.forget(configure)
        for root, handler, previous in installed:
            root.removeHandler(handler)
            root.setLevel(previous)
