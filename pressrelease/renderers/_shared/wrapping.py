"""Line wrapping for wire copy: by display columns, never inside a word, URL or address.

East Asian wide characters count as two columns (wcwidth), and since CJK text has no
spaces, a line may also break between two wide characters, except before closing
punctuation such as 。or 」 (a light form of the kinsoku rule).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_SPACE = re.compile("[^\\S\u00a0\u2007\u202f]+")
"""Where a line may break: white space, except the no-break spaces (NBSP, figure and narrow
NBSP) that keep « Bonjour » and 10 000 together."""
_NO_BREAK_BEFORE = set(
    "、。，．・：；？！）」』】〕〉》〗〙〛｝ー々…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
_NO_BREAK_AFTER = set("（「『【〔〈《〖〘〚｛")


# One column each, as wcwidth counts them (checked exhaustively in the tests): printable
# Latin, Greek and Cyrillic letters, general punctuation (’ “ — …) and currency signs.
_ONE_COLUMN = re.compile(
    "[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*"
)


def width(text: str) -> int:
    """Display columns of ``text``; unprintable characters count as zero.

    Text made only of one-column characters (most Latin, Greek, Cyrillic) is counted
    directly; anything else goes to wcwidth, whose tables are only loaded when needed.
    """
    if _ONE_COLUMN.fullmatch(text):
        return len(text)
    from wcwidth import wcswidth

    columns = wcswidth(text)
    if columns >= 0:
        return columns
    from wcwidth import wcwidth

    return sum(max(wcwidth(char), 0) for char in text)


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _pieces(word: str) -> Iterator[tuple[str, bool]]:
    """Split a word where a line may break without a space; True = glue to the previous."""
    if word.isascii():
        yield word, False
        return
    start = 0
    for i in range(1, len(word)):
        before, after = word[i - 1], word[i]
        if (
            (_is_wide(before) or _is_wide(after))
            and after not in _NO_BREAK_BEFORE
            and before not in _NO_BREAK_AFTER
            and not unicodedata.combining(after)
            and unicodedata.category(after) not in ("Mn", "Me", "Mc", "Sk")  # VS16, 🏻 modifiers
            and after != "\u200d"
            and before != "\u200d"
        ):
            yield word[start:i], start > 0
            start = i
    yield word[start:], start > 0


def wrap(text: str, columns: int, indent: str = "", hanging: str | None = None) -> list[str]:
    """Wrap ``text`` into lines of at most ``columns`` display columns (0: one line).

    ``indent`` starts the first line, ``hanging`` (default: same) the following ones. A
    word longer than the line is left whole on a line of its own.
    """
    hanging = indent if hanging is None else hanging
    if "\n" in text.strip():  # a line break inside a paragraph is kept
        first, *rest = text.strip().split("\n")
        broken = wrap(first, columns, indent, hanging)
        for part in rest:
            broken += wrap(part, columns, hanging, hanging)
        return broken
    words = _SPACE.split(text.strip(" \t\r\n\f\v"))
    if columns <= 0:
        return [indent + " ".join(words)]
    if _ONE_COLUMN.fullmatch(text) and _ONE_COLUMN.fullmatch(indent + hanging):
        return _wrap_narrow(words, columns, indent, hanging)
    return _wrap_pieces(words, columns, indent, hanging)


def _wrap_pieces(words: list[str], columns: int, indent: str, hanging: str) -> list[str]:
    """``wrap`` for any text: words split where CJK text may break, widths by wcwidth."""
    lines: list[str] = []
    line, used = indent, width(indent)
    empty = True
    for word in words:
        for piece, glued in _pieces(word):
            piece_width = width(piece)
            gap = 0 if (glued or empty) else 1
            if not empty and used + gap + piece_width > columns:
                lines.append(line)
                line, used, gap = hanging, width(hanging), 0
            line += " " * gap + piece
            used += gap + piece_width
            empty = False
    lines.append(line)
    return lines


def _wrap_narrow(words: list[str], columns: int, indent: str, hanging: str) -> list[str]:
    """``wrap`` for text whose every character takes one column (most Latin, Greek and
    Cyrillic text): a word's width is its length and no word breaks between characters, so
    the per-character checks are skipped. Gives the same lines as the general loop (a
    property test compares them); wire copy spends most of its time here."""
    lines: list[str] = []
    line, used, empty = indent, len(indent), True
    for word in words:
        if empty:
            line += word
            used += len(word)
            empty = False
        elif used + 1 + len(word) > columns:
            lines.append(line)
            line, used = hanging + word, len(hanging) + len(word)
        else:
            line += " " + word
            used += 1 + len(word)
    lines.append(line)
    return lines
