"""Importing reportlab's platypus without its one slow regular expression.

``reportlab.platypus.paragraph`` compiles ``uri_pat`` when it is imported: a URL pattern with
case-insensitive ranges up to U+FFFF, which Python's ``re`` expands character by character.
On the 2-core machine the benchmarks run on that one ``re.compile`` takes ~60 ms, a tenth of
a whole ``pressrelease pack`` and more than rendering the PDF itself, while the pattern is
only used to split an over-long URL that does not fit a line (``_uri_split_pairs``).

``import_platypus`` imports the module with that single pattern compiled on first use
instead: ``re.compile`` is wrapped for the duration of the import, recognises exactly this
pattern (by its opening and its flags) and returns a stand-in that compiles the real pattern
the first time anything asks it for an attribute. Every other pattern is compiled as usual.
If reportlab changes the pattern the stand-in is simply not used (and a test notices: see
tests/test_pdf_startup.py); reportlab is pinned below 6 in pyproject.toml.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

_MODULE = "reportlab.platypus.paragraph"
_OPENING = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
"""How reportlab's ``uri_pat`` starts (derived from Django's URL validator)."""
_LOCK = threading.Lock()


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


def import_platypus() -> None:
    """Import reportlab's paragraph module (and so platypus) with ``uri_pat`` left lazy."""
    if _MODULE in sys.modules:
        return
    with _LOCK:
        if _MODULE in sys.modules:
            return
        real_compile = re.compile

        def compile_lazily(pattern: Any, flags: Any = 0) -> Any:
            if (
                isinstance(pattern, str)
                and pattern.startswith(_OPENING)
                and flags == re.IGNORECASE
                and "\uffff" in pattern
            ):
                return LazyPattern(pattern, flags)
            return real_compile(pattern, flags)

        re.compile = compile_lazily
        try:
            import reportlab.platypus.paragraph  # noqa: F401
        finally:
            re.compile = real_compile
