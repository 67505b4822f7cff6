"""How fast ``pressrelease send`` goes: ``--rate`` read, and the messages spaced evenly."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from pressrelease.errors import InputError

DEFAULT_RATE = 30.0
"""Messages per minute unless ``--rate`` says otherwise: slow enough for most providers."""

_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/\s*(s|sec|min|h|hour))?\s*$")
_PER_MINUTE = {None: 1.0, "min": 1.0, "s": 60.0, "sec": 60.0, "h": 1 / 60, "hour": 1 / 60}


def parse_rate(text: str) -> float:
    """``--rate``: messages per minute from ``N``, ``N/min``, ``N/s`` or ``N/h``."""
    match = _RATE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise InputError(f"--rate {text!r}: write a number of messages per minute, e.g. 30/min")
    return float(match.group(1)) * _PER_MINUTE[match.group(2)]


@dataclass
class Pacer:
    """At most ``per_minute`` messages a minute, evenly spaced."""

    per_minute: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _next: float | None = None

    def wait(self) -> None:
        now = self.clock()
        if self._next is not None and self._next > now:
            self.sleep(self._next - now)
            now = self._next
        self._next = now + 60.0 / self.per_minute
