"""reportlab's TrueType font, adjusted where it is slow or writes what PDF readers reject.

Two changes, each guarded by a test that compares with reportlab's own behaviour: already
encoded text skips reportlab's per-character encoding loop (``fast_font_class``), and
characters beyond U+FFFF reach a font's ToUnicode map as UTF-16 surrogate pairs
(``utf16_to_unicode_maps``). Both load reportlab on first use, never at import.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def utf16_to_unicode_maps() -> None:
    """Make reportlab write characters beyond U+FFFF (emoji) into a font's ToUnicode map as
    UTF-16 surrogate pairs, as the PDF format requires; it writes ``<1F600>``, which readers
    reject, so an emoji drawn correctly could not be copied or extracted. Characters up to
    U+FFFF are written exactly as before."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap: str = original(fontname, subset)
        for code, value in enumerate(subset):
            if value > 0xFFFF:
                high, low = divmod(value - 0x10000, 0x400)
                cmap = cmap.replace(
                    f"<{code:02X}> <{value:04X}>",
                    f"<{code:02X}> <{0xD800 + high:04X}{0xDC00 + low:04X}>",
                )
        return cmap

    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


@functools.lru_cache(maxsize=1)
def fast_font_class() -> Any:
    """reportlab's TTFont with a fast path for text whose characters are already encoded.

    reportlab encodes every drawn string into subset codes with a Python loop per character
    (~2 ms a render). Once each character has its code in this document, the string is a
    list lookup away; the first sighting of a character still takes reportlab's own path.
    """
    from reportlab.pdfbase.ttfonts import TTFont

    class FastTTFont(TTFont):
        def splitString(
            self, text: str | bytes, doc: Any, encoding: str = "utf-8"
        ) -> list[tuple[int, bytes]]:
            state: Any = self.state.get(doc)
            if state is not None and isinstance(text, str) and text:
                assignments = state.assignments
                try:
                    codes = [assignments[code] for code in map(ord, text)]
                except KeyError:  # a new character (or NBSP, which reportlab maps to space)
                    pass
                else:
                    if max(codes) < 256:
                        return [(0, bytes(codes))]
            result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
            return result

    return FastTTFont
