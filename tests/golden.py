"""Golden files: accepted outputs kept in tests/golden/, compared byte for byte.

One helper for every golden test, so a difference always reads the same way: which file,
the first lines that differ, and the command that accepts the new output after a review.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
ACCEPT = "PRESSRELEASE_ACCEPT_GOLDEN"


def check_golden(name: str, actual: str) -> None:
    """Compare ``actual`` with ``tests/golden/<name>``; with PRESSRELEASE_ACCEPT_GOLDEN=1 set,
    write it there instead (review ``git diff tests/golden`` before committing)."""
    path = GOLDEN_DIR / name
    if os.environ.get(ACCEPT):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
        return
    if not path.exists():
        raise AssertionError(
            f"no golden file {path}; create it with: {ACCEPT}=1 pytest tests -k golden"
        )
    expected = path.read_bytes().decode("utf-8")
    if actual == expected:
        return
    diff = "".join(
        list(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"golden/{name}",
                "output",
            )
        )[:60]
    )
    raise AssertionError(
        f"output differs from {path}:\n{diff}\n"
        f"if the change is intended, accept it with: {ACCEPT}=1 pytest tests -k golden"
    )
