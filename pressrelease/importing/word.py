"""DOCX -> units, read with python-docx.

Paragraph styles say what a paragraph is: Title (headline), Subtitle, Heading 1-9, Quote,
List Bullet / List Number (and any paragraph with numbering), Caption (a table's title), and
the styles of the DOCX output: Contact, Disclaimer, End Mark. Runs keep bold and italic (the
Strong and Emphasis character styles too) and hyperlinks (``Paragraph.iter_inner_content``);
a line break ends a line; tables become Table blocks. Before python-docx opens the file, the
ZIP is checked: its members' uncompressed sizes must add up to less than a limit, so a zip
bomb is refused unread.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

from pressrelease.importing.rich import Collector
from pressrelease.importing.text import NotAReleaseError, Run

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

    from pressrelease.importing.text import Unit

MAX_UNPACKED = 100 * 1024 * 1024
"""The most the members of a DOCX may unpack to (a release is well under 1 MB of XML)."""
MAX_MEMBERS = 2000
_STYLE_HINTS = {
    "title": "title",
    "subtitle": "subtitle",
    "quote": "quote",
    "intense quote": "quote",
    "caption": "caption",
    "contact": "contact",
    "disclaimer": "disclaimer",
    "end mark": "end",
}
_BOLD_STYLES = frozenset({"strong", "dateline", "bold", "intense emphasis"})
_ITALIC_STYLES = frozenset({"emphasis", "subtle emphasis", "intense emphasis"})


def check_zip(data: bytes, name: str) -> None:
    """Refuse what is no DOCX before anything unpacks it: not a ZIP, no document part,
    too many members, or members unpacking to more than :data:`MAX_UNPACKED` bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise NotAReleaseError(
            f"{name}: not a DOCX file (a DOCX is a ZIP archive, and this is none)"
        ) from None
    if len(members) > MAX_MEMBERS:
        raise NotAReleaseError(f"{name}: refused: the DOCX holds over {MAX_MEMBERS} files")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED:
        raise NotAReleaseError(
            f"{name}: refused: the DOCX would unpack to {unpacked:,} bytes "
            f"(over the limit of {MAX_UNPACKED:,}); is it a zip bomb?"
        )
    if not any(member.filename == "word/document.xml" for member in members):
        raise NotAReleaseError(f"{name}: not a DOCX file: the ZIP has no word/document.xml")


def units(data: bytes, name: str) -> list[Unit]:
    """The document's paragraphs, lists and tables as units, in reading order."""
    check_zip(data, name)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors …
        raise NotAReleaseError(f"{name}: not a DOCX file python-docx can read ({exc})") from None
    collector = Collector()
    items: list[list[Run]] = []
    ordered = False
    list_line = 0
    for number, block in enumerate(blocks, start=1):
        if isinstance(block, DocxParagraph):
            kind = _list_kind(block)
            if kind is not None and (not items or kind == ordered):
                if not items:
                    list_line, ordered = number, kind
                items.append(_runs(block))
                continue
            if items:
                collector.items(items, list_line, ordered)
                items = []
                if kind is not None:
                    list_line, ordered = number, kind
                    items.append(_runs(block))
                    continue
            collector.paragraph(_runs(block), number, _hint(block))
        elif isinstance(block, Table):
            if items:
                collector.items(items, list_line, ordered)
                items = []
            collector.table(_rows(block), number)
    if items:
        collector.items(items, list_line, ordered)
    return collector.units


def _style_names(paragraph: Paragraph) -> list[str]:
    """The paragraph's style and the styles it is based on, lower-case."""
    names: list[str] = []
    style: Any = paragraph.style
    while style is not None and len(names) < 5:
        names.append((style.name or "").lower())
        style = style.base_style
    return names


def _hint(paragraph: Paragraph) -> str:
    for name in _style_names(paragraph):
        if name in _STYLE_HINTS:
            return _STYLE_HINTS[name]
        if name.startswith("heading"):
            return "heading"
    return ""


def _list_kind(paragraph: Paragraph) -> bool | None:
    """True for an item of a numbered list, False for a bullet, None for no list item."""
    names = _style_names(paragraph)
    if any(n.startswith("list number") for n in names):
        return True
    if any(n.startswith("list bullet") for n in names):
        return False
    ppr: Any = paragraph._p.pPr
    num_pr: Any = None if ppr is None else ppr.numPr
    if num_pr is None or num_pr.numId is None or num_pr.numId.val == 0:  # 0: switched off
        return None
    return _numbered(paragraph, num_pr.numId.val, num_pr.ilvl)


def _numbered(paragraph: Paragraph, num_id: int, ilvl: Any) -> bool:
    """Whether numbering ``num_id`` prints numbers (not bullets) at the paragraph's level."""
    from docx.oxml.ns import qn

    level = str(ilvl.val if ilvl is not None else 0)
    try:
        part: Any = paragraph.part
        numbering = part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return False
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) != str(num_id):
            continue
        abstract = num.find(qn("w:abstractNumId"))
        if abstract is None:
            return False
        for definition in numbering.findall(qn("w:abstractNum")):
            if definition.get(qn("w:abstractNumId")) != abstract.get(qn("w:val")):
                continue
            for lvl in definition.findall(qn("w:lvl")):
                if lvl.get(qn("w:ilvl")) == level:
                    fmt = lvl.find(qn("w:numFmt"))
                    return fmt is not None and fmt.get(qn("w:val")) not in ("bullet", "none")
    return False


def _runs(paragraph: Paragraph) -> list[Run]:
    from docx.text.hyperlink import Hyperlink

    out: list[Run] = []
    for content in paragraph.iter_inner_content():
        if isinstance(content, Hyperlink):
            href = content.url or None
            for run in content.runs:
                out.append(_run(run, href))
        else:
            out.append(_run(content, None))
    return out


def _run(run: Any, href: str | None) -> Run:
    style = (run.style.name or "").lower() if run.style is not None else ""
    strong = bool(run.bold) or (run.bold is None and style in _BOLD_STYLES)
    em = bool(run.italic) or (run.italic is None and style in _ITALIC_STYLES)
    return Run(run.text, strong, em, href)


def _rows(table: Any) -> list[list[list[Run]]]:
    rows: list[list[list[Run]]] = []
    for row in table.rows:
        seen: list[Any] = []
        cells: list[list[Run]] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):  # a merged cell: once per grid column
                continue
            seen.append(cell._tc)
            runs: list[Run] = []
            for number, paragraph in enumerate(cell.paragraphs):
                if number:
                    runs.append(Run(" "))
                runs += _runs(paragraph)
            cells.append(runs)
        rows.append(cells)
    return rows
