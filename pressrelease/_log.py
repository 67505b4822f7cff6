"""Library diagnostics through :mod:`logging`, without importing it on the fast path.

Every module logs to ``pressrelease.<module>``; the ``pressrelease`` logger carries a
``NullHandler``, so a program that configures no logging sees nothing (not even Python's
last-resort output of warnings). The library never configures logging; the CLI does
(``-v``), through :func:`configure_when_loaded`.

Importing :mod:`logging` costs several milliseconds of a cold ``pressrelease validate``
on a slow machine, and the fast path logs nothing anyone could see: a handler can only be
attached through the ``logging`` module, so while it has not been imported, no record of
ours could reach one. :class:`Log` therefore drops DEBUG and INFO records until something
(the program, pytest, the CLI with ``-v``) has imported ``logging``; warnings and errors
always go through, importing it when needed.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging
    from collections.abc import Callable

ROOT = "pressrelease"
_WARNING = 30  # logging.WARNING, known without importing logging
_loggers: dict[str, logging.Logger] = {}
_pending: list[Callable[[], None]] = []


def logger(name: str) -> logging.Logger:
    """The standard logger ``name`` (``pressrelease.<module>``), importing ``logging`` on
    first use and putting the ``NullHandler`` on the ``pressrelease`` logger first."""
    found = _loggers.get(name)
    if found is not None:
        return found
    import logging

    if not _loggers:
        root = logging.getLogger(ROOT)
        if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
            root.addHandler(logging.NullHandler())
        while _pending:
            _pending.pop(0)()
    _loggers[name] = logging.getLogger(name)
    return _loggers[name]


def configure_when_loaded(configure: Callable[[], None]) -> None:
    """Run ``configure`` (which sets handlers up) when the first logger is made, or now if
    ``logging`` is already in use: the CLI's way to show warnings without paying for the
    import on a run that has none."""
    if _loggers or "logging" in sys.modules:
        logger(ROOT)  # the NullHandler first, then the caller's set-up
        configure()
    else:
        _pending.append(configure)


def forget(configure: Callable[[], None]) -> None:
    """Drop a set-up that never ran (nothing was logged)."""
    if configure in _pending:
        _pending.remove(configure)


class Log:
    """A module's logger, made on first use; ``Log(__name__)`` at module level is free."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def enabled(self, level: int) -> bool:
        """Whether a record at ``level`` (10 DEBUG, 20 INFO, …) could reach a handler: use it
        to skip work done only for a message (timing, formatting a listing)."""
        if level < _WARNING and "logging" not in sys.modules:
            return False
        return logger(self.name).isEnabledFor(level)

    def debug(self, message: str, *args: object) -> None:
        """``message % args`` at DEBUG: detail for following a run step by step."""
        if self.enabled(10):
            logger(self.name).debug(message, *args, stacklevel=2)

    def info(self, message: str, *args: object) -> None:
        """``message % args`` at INFO: what was found, chosen or skipped."""
        if self.enabled(20):
            logger(self.name).info(message, *args, stacklevel=2)

    def warning(self, message: str, *args: object) -> None:
        """``message % args`` at WARNING: something the user may want to act on."""
        logger(self.name).warning(message, *args, stacklevel=2)

    def error(self, message: str, *args: object) -> None:
        """``message % args`` at ERROR: something failed and the run goes on without it."""
        logger(self.name).error(message, *args, stacklevel=2)
