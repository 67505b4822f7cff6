"""Right-to-left text in the PDF: Arabic shaping before layout, bidi reordering per line.

reportlab lays text out left to right and has no shaping. So Arabic letters are joined into
their presentation forms (arabic-reshaper) before line breaking, which needs the real glyph
widths; reportlab then breaks the paragraph into lines in logical order, and only when a line
is drawn are its characters put in visual order (python-bidi's Unicode bidi algorithm, run on
the line with the paragraph's base direction). Reordering before breaking would put the lines
of a paragraph in the wrong order. A paragraph whose base direction is right to left is set
flush right. Both libraries are imported only when a text has right-to-left characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from pressrelease.renderers._shared.direction import RTL_CHARS

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
"""Letters that arabic-reshaper joins (Arabic and its supplements)."""


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left letters."""
    return not text.isascii() and RTL_CHARS.search(text) is not None


def shape(text: str) -> str:
    """``text`` with Arabic letters in their joined presentation forms; else unchanged."""
    if text.isascii() or ARABIC.search(text) is None:
        return text
    shaped: str = _reshaper().reshape(text)
    return shaped


@functools.lru_cache(maxsize=1)
def _reshaper() -> Any:
    import arabic_reshaper  # type: ignore[import-untyped]

    # Vowel marks (harakat) are kept: they are part of the text a reader copies.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def base_direction(text: str, rtl_release: bool) -> str:
    """ "R" or "L": the whole release's direction when it is right to left, else that of the
    paragraph's first strong character (Unicode bidi rules P2-P3)."""
    if rtl_release:
        return "R"
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def visual(pieces: list[tuple[str, Any]], base: str) -> list[tuple[str, Any, int, int]]:
    """The pieces of one line (text, owner) in visual order, as runs ``(text, owner, level,
    logical start)``: characters reordered by the bidi algorithm and mirrored where needed,
    cut where the owner or the embedding level changes."""
    from bidi import algorithm  # type: ignore[import-untyped]

    text = "".join(part for part, _ in pieces)
    owners = [owner for part, owner in pieces for _ in part]
    storage: Any = algorithm.get_empty_storage()
    storage["base_level"] = algorithm.PARAGRAPH_LEVELS[base]
    storage["base_dir"] = base
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    out: list[tuple[str, Any, int, int]] = []
    run: list[str] = []
    key: tuple[Any, int] | None = None
    first = 0
    for char in storage["chars"]:
        owner, level = owners[char["index"]], char["level"]
        if run and key != (owner, level):
            out.append(("".join(run), key[0] if key else None, key[1] if key else 0, first))
            run, first = [], char["index"]
        if not run:
            first = char["index"]
        first = min(first, char["index"])
        key = (owner, level)
        run.append(char["ch"])
    if run and key is not None:
        out.append(("".join(run), key[0], key[1], first))
    return out


def draw_lines(paragraph: Any, base: str) -> None:
    """Draw a broken paragraph's lines in visual order, each run of text placed where it
    belongs on the line but written to the page in logical order.

    Text extractors (pypdf, pdftotext) read a page's text in the order it is written and
    read a right-to-left string back to front; so each word goes in the stream in reading
    order, its characters in visual order, and an extractor gets the sentences in logical
    order while a viewer shows them right to left."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas = paragraph.canv
    style = paragraph.style
    bl_para = paragraph.blPara
    lines = bl_para.lines
    if not lines:
        return
    first = bl_para if bl_para.kind == 0 else lines[0]
    first_ascent = getattr(first, "ascent", first.fontSize)  # as reportlab's drawPara
    y = paragraph.height - first_ascent
    left = style.leftIndent
    canvas.saveState()
    for number, line in enumerate(lines):
        if bl_para.kind == 0:
            extra, words = line
            pieces: list[tuple[str, Any]] = [(" ".join(words), bl_para)]
        else:
            extra = line.extraSpace
            pieces = [(f.text, f) for f in line.words if isinstance(getattr(f, "text", None), str)]
        x = left + (style.firstLineIndent if number == 0 else 0)
        if style.alignment == TA_RIGHT:
            x += extra
        elif style.alignment == TA_CENTER:
            x += extra / 2
        placed = []
        for text, frag, level, start in visual(pieces, base):
            width = stringWidth(text, frag.fontName, frag.fontSize)
            placed.append((start, x, width, text, frag, level))
            x += width
        for _, at, width, text, frag, level in sorted(placed, key=lambda item: item[0]):
            for shift, part in _extraction_pieces(text, level):
                _show(canvas, at + stringWidth(shift, frag.fontName, frag.fontSize), y, part, frag)
            for _, url in getattr(frag, "link", None) or ():
                rect = (at, y - frag.fontSize / 8, at + width, y + style.leading)
                canvas.linkURL(url, rect, relative=1)
        y -= style.leading
    canvas.restoreState()
    if paragraph.bulletText:
        _bullet(paragraph, base, paragraph.height - first_ascent)


def _extraction_pieces(text: str, level: int) -> list[tuple[str, str]]:
    """``(text left of it, piece)`` of a run in the order a text extractor should read them.

    An extractor reads a right-to-left string back to front from its first right-to-left
    letter on; the punctuation at the left end of a right-to-left run (the full stop that ends
    an Arabic sentence) comes last in reading order, so it is written after the rest."""
    if not level % 2:
        return [("", text)]
    core = text
    while core and not RTL_CHARS.match(core[0]):
        core = core[1:]
    lead = text[: len(text) - len(core)]
    if not core or not lead.strip():
        return [("", text)]
    return [(lead, core), ("", lead)]


def _show(canvas: Any, x: float, y: float, text: str, frag: Any) -> None:
    """One piece of text as its own text object (an extractor ends a line there)."""
    if not text.strip():
        return
    words = canvas.beginText()
    words.setTextOrigin(x, y + getattr(frag, "rise", 0))
    words.setFont(frag.fontName, frag.fontSize)
    words.setFillColor(frag.textColor)
    words.textOut(text)
    canvas.drawText(words)


def _bullet(paragraph: Any, base: str, y: float) -> None:
    """The bullet or number of a list item: on the right of a right-to-left item."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    style = paragraph.style
    canvas = paragraph.canv
    text = paragraph.bulletText
    font, size = style.bulletFontName, style.bulletFontSize
    canvas.saveState()
    canvas.setFont(font, size)
    canvas.setFillColor(style.textColor)
    if base == "R":
        x = paragraph.width - style.bulletIndent - stringWidth(text, font, size)
    else:
        x = style.bulletIndent
    canvas.drawString(x, y, text)
    canvas.restoreState()


@functools.lru_cache(maxsize=4)
def paragraph_class(base: str, chunk: type | None = None) -> type:
    """A reportlab Paragraph (or longtext chunk class) that draws its lines in visual order
    with base direction ``base`` ("R" or "L")."""
    from reportlab.platypus import Paragraph

    parent: type = chunk or Paragraph

    class BidiParagraph(parent):  # type: ignore[misc]
        direction = base

        def drawPara(self, debug: int = 0) -> None:
            draw_lines(self, self.direction)

    return BidiParagraph
