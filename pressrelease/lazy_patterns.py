"""Importing a library without compiling its slow, rarely used regular expressions.

Python's ``re`` expands every range of a character class one character at a time while it
compiles, so a class such as ``[\\xa1-\\uffff]`` (worse, with ``re.IGNORECASE``) costs
milliseconds to tens of milliseconds. Two libraries we import compile such a pattern at
import time although we never, or rarely, use it:

- ``reportlab.platypus.paragraph`` compiles ``uri_pat`` (a URL pattern with case-insensitive
  ranges up to U+FFFF): ~60 ms on the 2-core benchmark machine, a tenth of a whole
  ``pressrelease pack`` and more than rendering the PDF. It is only used to split a URL too
  long for a line.
- ``yaml.reader`` compiles ``Reader.NON_PRINTABLE``: ~10 ms, a tenth of ``validate``'s own
  work. Only the pure-Python reader uses it; we parse with libyaml's ``CSafeLoader``.

``import_with_lazy_patterns`` imports such a module with exactly those patterns (recognised
by their full text and flags) replaced by stand-ins that compile the real pattern the first
time anything asks them for an attribute; every other pattern compiles as usual. If a
library changes its pattern, the stand-in is simply not used: tests/test_lazy_patterns.py
notices.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from collections.abc import Collection
from typing import Any

_LOCK = threading.Lock()

REPORTLAB_PARAGRAPH = "reportlab.platypus.paragraph"
REPORTLAB_URI = (
    "(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+(?::\\S*)?@)?(?:(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)"
    "(?:\\.(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}|\\[[0-9a-f:\\.]+\\]|([a-z\xa1-\uffff0-9]"
    "(?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9])?(?:\\.(?!-)[a-z\xa1-\uffff0-9-]{1,63}"
    "(?<!-))*\\.(?!-)(?:[a-z\xa1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?|localhost))"
    "(?::\\d{2,5})?(?:[/?#][^\\s]*)?\\Z",
    re.IGNORECASE,
)
"""reportlab's ``uri_pat`` (derived from Django's URL validator), as reportlab 4 writes it."""

YAML_READER = "yaml.reader"
YAML_NON_PRINTABLE = (
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]",
    0,
)
"""PyYAML's ``Reader.NON_PRINTABLE``."""


class LazyPattern:
    """A compiled pattern that is compiled when first used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)


def import_with_lazy_patterns(module: str, patterns: Collection[tuple[str, int]]) -> None:
    """Import ``module`` (once) with each of ``patterns`` left uncompiled until first use.

    ``re.compile`` is wrapped only while the import runs, and only these exact (pattern,
    flags) pairs get a stand-in.
    """
    if module in sys.modules:
        return
    with _LOCK:
        if module in sys.modules:
            return
        real_compile = re.compile

        def compile_lazily(pattern: Any, flags: Any = 0) -> Any:
            if isinstance(pattern, str) and (pattern, int(flags)) in patterns:
                return LazyPattern(pattern, int(flags))
            return real_compile(pattern, flags)

        re.compile = compile_lazily
        try:
            importlib.import_module(module)
        finally:
            re.compile = real_compile


def import_platypus() -> None:
    """reportlab's platypus, with its URL pattern compiled on first use."""
    import_with_lazy_patterns(REPORTLAB_PARAGRAPH, {REPORTLAB_URI})


def import_yaml() -> None:
    """PyYAML, with the pure-Python reader's printable-character check compiled on first use."""
    import_with_lazy_patterns(YAML_READER, {YAML_NON_PRINTABLE})
