"""Where the library's log records go on the command line: stderr, one line each.

The library only logs (``pressrelease._log``); the CLI decides what is shown: ``-v`` INFO
(what was found, chosen or skipped), ``-vv`` DEBUG (each step, with timings), and without
``-v`` only warnings. ``cli.main`` sets this up lazily (``cli._diagnostics``): this module
and :mod:`logging` are imported only when a record is logged, or ``-v`` asks for them, and
the handler is taken away when the command returns, so ``main`` can run many times in one
process.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from pressrelease import _log
from pressrelease.terminal import printable

LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)
"""The level shown with no -v, with -v and with -vv."""


class Stderr(logging.Handler):
    """``pressrelease: <level>: [<module>] <message>`` to whatever ``sys.stderr`` is at the
    time (tests swap it), with control characters of user text shown as escapes."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = printable(record.getMessage())
            where = record.name.removeprefix(f"{_log.ROOT}.")
            print(f"pressrelease: {record.levelname.lower()}: [{where}] {message}", file=sys.stderr)
        except Exception:
            self.handleError(record)


def install(verbosity: int) -> Callable[[], None]:
    """Show the records ``verbosity`` (the count of -v) asks for; returns the undoing."""
    level = LEVELS[min(max(verbosity, 0), len(LEVELS) - 1)]
    root = logging.getLogger(_log.ROOT)
    handler, previous = Stderr(level), root.level
    root.addHandler(handler)
    root.setLevel(level)

    def uninstall() -> None:
        root.removeHandler(handler)
        root.setLevel(previous)

    return uninstall
