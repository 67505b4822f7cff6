"""The one rule every text field obeys: NFC, and only characters XML 1.0 can hold.

DOCX, EPUB and our HTML are XML: a NUL or a lone surrogate that slipped through would
crash a renderer far from its cause, so we refuse it here and name the field.
"""

from __future__ import annotations

import re
import unicodedata

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Normalise line ends and to NFC; raise ValueError naming an illegal character."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    bad = _ILLEGAL.search(value)
    if bad:
        char = bad.group()
        raise ValueError(
            f"contains the character U+{ord(char):04X} at position {bad.start() + 1}, "
            "which XML documents cannot hold; remove it"
        )
    if value.isascii():
        return value
    return unicodedata.normalize("NFC", value)
