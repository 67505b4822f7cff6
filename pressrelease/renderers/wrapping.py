"""Line wrapping for wire copy: by display columns, never inside a word, URL or address.

East Asian wide characters count as two columns (wcwidth), and since CJK text has no
spaces, a line may also break between two wide characters, except before closing
punctuation such as 。or 」 (a light form of the kinsoku rule).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from wcwidth import wcswidth

_SPACE = re.compile(r"\s+")
_NO_BREAK_BEFORE = set(
    "、。，．・：；？！）」』】〕〉》〗〙〛｝ー々…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
_NO_BREAK_AFTER = set("（「『【〔〈《〖〘〚｛")


def width(text: str) -> int:
    """Display columns of ``text``; unprintable characters count as zero."""
    columns = wcswidth(text)
    if columns >= 0:
        return columns
    return sum(max(wcswidth(char), 0) for char in text)


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
    words = _SPACE.split(text.strip())
    if columns <= 0:
        return [indent + " ".join(words)]
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
