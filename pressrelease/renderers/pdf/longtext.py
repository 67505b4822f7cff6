"""Very long paragraphs laid out in linear time, looking exactly like one paragraph.

reportlab breaks a paragraph into lines with list operations that cost the square of its
word count, and breaks the rest of a paragraph again at every page it spans, so a paragraph
of 100 KB takes seconds and one of a few MB hours. A paragraph longer than ``LONG`` characters
is therefore broken into lines here, one window of text at a time: reportlab breaks a window
of ``WINDOW`` characters, the lines but the last two are kept (a greedy line break depends
only on where its line starts and on the words that follow, and the last lines of a window
may lack words the next window brings) and the next window starts where the first dropped
line starts. Each run of kept lines becomes its own Paragraph, cut from the parsed fragments
(never from the markup, so no tag is cut), and the chunks are stacked without gaps: the space
before, the first-line indent and the bullet only on the first, the space after only on the
last, widow and orphan control only where the paragraph starts and ends. Each chunk is
shorter than a page, so reportlab's own page splitting of a chunk stays cheap.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from copy import copy
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

LONG = 8000
"""Paragraphs of more characters than this are laid out in chunks (about two pages)."""
WINDOW = 4000
"""Characters broken into lines at a time, at most; a window yields a chunk of about 40 lines."""
_CHUNK_LINES = 40
_MIN_WINDOW = 100
_SPACE = re.compile(
    "[\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+"
)
"""What reportlab breaks lines at (its ``_wsc``; a no-break space is not one)."""


def fit(paragraph: Any) -> Flowable:
    """``paragraph`` itself, or a LongParagraph when its text has more than LONG characters
    and is plain styled text (the only kind this renderer writes)."""
    frags = paragraph.frags
    long = (
        len(paragraph.text or "") > LONG  # the markup: never shorter than the text
        and _plain_frags(frags)
        and sum(len(f.text) for f in frags) > LONG
    )
    result: Flowable = _classes()[0](paragraph) if long else paragraph
    return result


def cell(flowable: Flowable, width: float) -> Flowable | list[Flowable]:
    """A table cell's content: a long paragraph as its list of chunks of ``width`` (a cell
    holding a list of flowables splits between them; it would drop all but two of the
    pieces a LongParagraph splits into)."""
    if not isinstance(flowable, _classes()[0]):
        return flowable
    return [chunk for chunk, _ in chunks(getattr(flowable, "paragraph"), width)]  # noqa: B009


def _plain_frags(frags: list[Any]) -> bool:
    """Whether every fragment is text (no images, anchors, line breaks or callbacks)."""
    return all(
        isinstance(getattr(f, "text", None), str)
        and not hasattr(f, "cbDefn")
        and not getattr(f, "lineBreak", False)
        for f in frags
    )


class _Text:
    """A paragraph's fragments as one string, and cutting them at character offsets."""

    def __init__(self, frags: list[Any]) -> None:
        frags = _merged(frags)
        self.frags = frags
        self.starts: list[int] = []
        pieces: list[str] = []
        offset = 0
        for frag in frags:
            self.starts.append(offset)
            pieces.append(frag.text)
            offset += len(frag.text)
        self.text = "".join(pieces)

    def cut(self, start: int, stop: int) -> list[Any]:
        """Fresh fragments holding the characters ``start:stop``."""
        index = max(bisect_right(self.starts, start) - 1, 0)
        out: list[Any] = []
        while index < len(self.frags) and self.starts[index] < stop:
            frag = self.frags[index]
            begin = self.starts[index]
            text = frag.text[max(start - begin, 0) : stop - begin]
            if text:
                out.append(frag.clone(text=text))
            index += 1
        return out


def _merged(frags: list[Any]) -> list[Any]:
    """Runs of fragments in the same style as one: reportlab's parser makes a fragment of each
    entity, so ``<&<&…`` would be a fragment a character, each cut and cloned a window at
    a time."""
    from reportlab.lib.rl_accel import sameFrag

    out: list[Any] = []
    run: list[str] = []
    for frag in frags:
        if out and sameFrag(out[-1], frag):
            run.append(frag.text)
            continue
        if run:
            out[-1] = out[-1].clone(text="".join(run))
        out.append(frag)
        run = [frag.text]
    if run:
        out[-1] = out[-1].clone(text="".join(run))
    return out


def chunks(paragraph: Any, width: float) -> list[tuple[Any, int]]:
    """The paragraph as chunk paragraphs of ``width`` and their line counts."""
    _, chunk_class = _classes()
    direction = getattr(paragraph, "direction", None)
    if direction is not None:  # right-to-left text: chunks reorder their lines when drawn
        from pressrelease.renderers.pdf.rtl import paragraph_class

        chunk_class = paragraph_class(direction, chunk_class)
    style = paragraph.style
    whole = _Text(paragraph.frags)
    text = whole.text
    later = _variant(style, firstLineIndent=0)
    bounds: list[tuple[int, int, Any]] = []  # start, stop, the lines broken for it
    leading = _SPACE.match(text)
    start = leading.end() if leading else 0
    # About _CHUNK_LINES lines of text (a character is about half the font size wide): in a
    # narrow table column, a window of WINDOW characters would be thousands of lines.
    per_window = int(_CHUNK_LINES * width / (0.5 * style.fontSize))
    per_window = max(_MIN_WINDOW, min(WINDOW, per_window))
    window = per_window
    while len(text) - start > window:
        stop = _cut(text, start, window)
        piece = chunk_class(None, style if not bounds else later, frags=whole.cut(start, stop))
        piece.wrap(width, 1e9)
        lines = _line_starts(piece.blPara, text, start)
        if len(lines) < 4 or len(lines) != len(piece.blPara.lines):
            window *= 2  # a window of (almost) invisible characters: take more at once
            continue
        broken = piece.blPara.clone(lines=piece.blPara.lines[:-2])
        bounds.append(
            (start, lines[-2], (piece._wrapWidths, broken, getattr(piece, "_width_max", 0)))
        )
        start = lines[-2]
        window = per_window
    bounds.append((start, len(text), None))
    out: list[tuple[Any, int]] = []
    last = len(bounds) - 1
    for number, (begin, end, broken) in enumerate(bounds):
        chunk = chunk_class(
            None,
            _chunk_style(style, first=number == 0, last=number == last),
            bulletText=paragraph.bulletText if number == 0 else None,
            frags=whole.cut(begin, end),
        )
        chunk.broken = broken
        chunk.wrap(width, 1e9)
        out.append((chunk, len(chunk.blPara.lines)))
    return out


def _cut(text: str, start: int, window: int) -> int:
    """Where a window from ``start`` ends: after the last space in its second half, else
    inside a word so long (half a window) that reportlab splits it at line ends anyway."""
    stop = start + window
    end = -1
    for match in _SPACE.finditer(text, start + window // 2, stop):
        end = match.end()
    return end if end > 0 else stop


def _line_starts(bl_para: Any, text: str, offset: int) -> list[int]:
    """Where in ``text`` each line of a broken window (starting at ``offset``) starts."""
    starts: list[int] = []
    position = offset
    for line in bl_para.lines:
        words = line[1] if bl_para.kind == 0 else [getattr(w, "text", "") for w in line.words]
        first = True
        for word in words:
            for piece in _SPACE.split(str(word)):
                if not piece:
                    continue
                found = text.find(piece, position)
                if found < 0:  # not our text (cannot happen): stop chunking here
                    return starts
                if first:
                    starts.append(found)
                    first = False
                position = found + len(piece)
    return starts


def _chunk_style(style: ParagraphStyle, *, first: bool, last: bool) -> ParagraphStyle:
    changes: dict[str, Any] = {}
    if not first:
        changes.update(spaceBefore=0, firstLineIndent=0, allowOrphans=1)
    if not last:
        changes.update(spaceAfter=0, allowWidows=1, keepWithNext=0)
    return _variant(style, **changes) if changes else style


def _variant(style: ParagraphStyle, **changes: Any) -> ParagraphStyle:
    variant = copy(style)
    for name, value in changes.items():
        setattr(variant, name, value)
    return variant


@functools.lru_cache(maxsize=1)
def _classes() -> tuple[type, type]:
    """LongParagraph and Chunk, defined once reportlab is imported."""
    from reportlab.platypus import Flowable, Paragraph

    class Chunk(Paragraph):
        """A Paragraph that takes the lines it was already broken into, at that width."""

        broken: tuple[list[float], Any, float] | None = None

        def breakLines(self, width: float | list[float] | tuple[float, ...]) -> Any:
            if self.broken is not None and self.broken[0] == width:
                self._width_max = self.broken[2]
                return self.broken[1]
            return super().breakLines(width)

        def breakLinesCJK(self, maxWidths: Any) -> Any:
            if self.broken is not None and self.broken[0] == maxWidths:
                return self.broken[1]
            return super().breakLinesCJK(maxWidths)

    class LongParagraph(Flowable):
        """One long paragraph, drawn as chunks that the frame places one after another."""

        def __init__(self, paragraph: Any) -> None:
            super().__init__()
            self.paragraph = paragraph
            self.style = paragraph.style
            self._width = -1.0
            self._chunks: list[tuple[Any, int]] = []

        def _chunks_for(self, width: float) -> list[tuple[Any, int]]:
            if width != self._width:
                self._chunks = chunks(self.paragraph, width)
                self._width = width
            return self._chunks

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            lines = sum(count for _, count in self._chunks_for(available_width))
            self.width, self.height = available_width, lines * self.style.leading
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            parts = [chunk for chunk, _ in self._chunks_for(available_width)]
            head = parts[0].split(available_width, available_height)
            if not head:
                return []
            return [*head, *parts[1:]]

        def getSpaceBefore(self) -> float:
            return float(self.style.spaceBefore)

        def getSpaceAfter(self) -> float:
            return float(self.style.spaceAfter)

        def draw(self) -> None:
            top = self.height
            for chunk, _ in self._chunks:
                _, height = chunk.wrap(self.width, top)
                chunk.drawOn(self.canv, 0, top - height)
                top -= height

    return LongParagraph, Chunk
