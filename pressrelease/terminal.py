"""Text from a release, shown safely on a terminal.

Error messages quote what the user wrote (a key, a value, a file name). Control characters
in it could move the cursor, clear the screen, forge a line of output, or (bidi overrides)
show the rest of the line in another order; :func:`printable` shows them as escapes instead.
"""

from __future__ import annotations

import re

# C0 controls (newline and tab included), DEL, C1 controls, the bidi embeddings and overrides
# (U+202A-U+202E), the bidi isolates (U+2066-U+2069) and the Unicode line/paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` on one line, with every control character shown as ``\\x1b`` or ``\\u202e``."""
    return _UNSAFE.sub(_escape, text)
