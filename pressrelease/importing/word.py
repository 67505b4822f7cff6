"""DOCX -> units, read with python-docx.

Paragraph styles say what a paragraph is: Title (headline), Subtitle, Heading 1-9, Quote,
List Bullet / List Number (and any paragraph with numbering), Caption (a table's title), and
the styles of the DOCX output: Contact, Disclaimer, End Mark. Runs keep bold and italic (the
Strong and Emphasis character styles too) and hyperlinks (the runs ``iter_inner_content``
gives, read straight from the paragraph's XML: python-docx's properties search the XML anew
on every call, which made a 2,000-word release take 400 ms); a line break ends a line;
tables become Table blocks; tracked insertions are read, deletions are not. Before
python-docx opens the file, the ZIP is checked: its members' uncompressed sizes must add up
to less than a limit, so a zip bomb is refused unread.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pressrelease.importing.docx_zip import MAX_MEMBERS as MAX_MEMBERS
from pressrelease.importing.docx_zip import MAX_UNPACKED as MAX_UNPACKED
from pressrelease.importing.docx_zip import check_zip
from pressrelease.importing.rich import Collector, Meta
from pressrelease.importing.text import NotAReleaseError, Run, superscript

if TYPE_CHECKING:
    from pressrelease.importing.text import Unit

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


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_OFF = ("0", "false", "off", "none")


def units(data: bytes, name: str) -> tuple[list[Unit], Meta]:
    """The document's paragraphs, lists and tables as units, in reading order, and its
    properties: language, keywords, the date it was created."""
    check_zip(data, name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        reader = _Reader(document)
        found = reader.read(document.element.body)
        properties = document.core_properties
        meta = Meta(properties.title or "", "the document's title property")
        meta.set_language(properties.language)
        meta.set_keywords(properties.keywords)
        meta.set_date(properties.created)
        meta.set_author(properties.author)
        return found, meta
    except NotAReleaseError:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors …
        raise NotAReleaseError(f"{name}: not a DOCX file python-docx can read ({exc})") from None


class _Reader:
    """The document's styles, numbering and links read once, then its body walked."""

    def __init__(self, document: Any) -> None:
        names: dict[str, str] = {}
        based: dict[str, str] = {}
        self.default = ""
        for style in document.styles.element.iterchildren(f"{W}style"):
            sid = style.get(f"{W}styleId") or ""
            name = style.find(f"{W}name")
            names[sid] = (name.get(f"{W}val") if name is not None else sid).lower()
            base = style.find(f"{W}basedOn")
            if base is not None:
                based[sid] = base.get(f"{W}val") or ""
            default = style.get(f"{W}default") in ("1", "true", "on")
            if default and style.get(f"{W}type") == "paragraph":
                self.default = sid
        self.chains: dict[str, list[str]] = {}
        for sid in names:
            chain: list[str] = []
            current = sid
            while current in names and len(chain) < 5:
                chain.append(names[current])
                current = based.get(current, "")
            self.chains[sid] = chain
        self.names = names
        self.part = document.part
        self.links: dict[str, str | None] = {}
        self.numbered: dict[tuple[str, str], bool] = {}

    def read(self, body: Any) -> list[Unit]:
        collector = Collector()
        items: list[list[Run]] = []
        levels: list[tuple[int, bool]] = []
        ordered = False
        list_line = 0
        for number, element in enumerate(_blocks(body), start=1):
            if element.tag == f"{W}p":
                props = element.find(f"{W}pPr")
                styles = self.styles(props)
                kind = self.list_kind(props, styles)
                depth = _depth(props) if kind is not None else 0
                if items and (kind is None or (depth == 0 and kind != ordered)):
                    collector.items(items, list_line, ordered, levels)
                    items, levels = [], []
                if kind is not None:
                    if not items:
                        list_line, ordered, depth = number, kind, 0
                    items.append(self.runs(element))
                    levels.append((depth, kind))
                    continue
                hint = _hint(styles)
                level = 3 if hint == "heading" and _minor(styles) else 2
                collector.paragraph(self.runs(element), number, hint, level=level)
            else:
                if items:
                    collector.items(items, list_line, ordered, levels)
                    items, levels = [], []
                collector.table(self.rows(element), number)
        if items:
            collector.items(items, list_line, ordered, levels)
        return collector.units

    def styles(self, props: Any) -> list[str]:
        """The paragraph's style and the styles it is based on, lower-case (``props``: its
        ``w:pPr``, if any)."""
        style = props.find(f"{W}pStyle") if props is not None else None
        sid = style.get(f"{W}val") if style is not None else self.default
        return self.chains.get(sid or "", [])

    def list_kind(self, props: Any, styles: list[str]) -> bool | None:
        """True for an item of a numbered list, False for a bullet, None for no list item."""
        if any(n.startswith("list number") for n in styles):
            return True
        if any(n.startswith("list bullet") for n in styles):
            return False
        numbering = props.find(f"{W}numPr") if props is not None else None
        if numbering is None:
            return None
        num_id = numbering.find(f"{W}numId")
        if num_id is None or num_id.get(f"{W}val") in (None, "0"):  # 0: numbering off
            return None
        ilvl = numbering.find(f"{W}ilvl")
        key = (num_id.get(f"{W}val") or "", ilvl.get(f"{W}val") or "0" if ilvl is not None else "0")
        if key not in self.numbered:
            self.numbered[key] = self._numbered(*key)
        return self.numbered[key]

    def _numbered(self, num_id: str, level: str) -> bool:
        """Whether numbering ``num_id`` prints numbers (not bullets) at ``level``."""
        try:
            numbering = self.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return False
        for num in numbering.iterchildren(f"{W}num"):
            if num.get(f"{W}numId") != num_id:
                continue
            abstract = num.find(f"{W}abstractNumId")
            wanted = abstract.get(f"{W}val") if abstract is not None else None
            for definition in numbering.iterchildren(f"{W}abstractNum"):
                if definition.get(f"{W}abstractNumId") != wanted:
                    continue
                for lvl in definition.iterchildren(f"{W}lvl"):
                    if lvl.get(f"{W}ilvl") == level:
                        fmt = lvl.find(f"{W}numFmt")
                        return fmt is not None and fmt.get(f"{W}val") not in ("bullet", "none")
        return False

    def runs(self, paragraph: Any, href: str | None = None) -> list[Run]:
        """The runs of a paragraph (or of a hyperlink, a tracked insertion, a content
        control inside it), in order."""
        out: list[Run] = []
        for child in paragraph.iterchildren():
            tag = child.tag
            if tag == f"{W}r":
                out.append(self.run(child, href))
            elif tag == f"{W}hyperlink":
                out += self.runs(child, self.link(child.get(R_ID)) or href)
            elif tag in (f"{W}ins", f"{W}smartTag", f"{W}fldSimple", f"{W}customXml"):
                out += self.runs(child, href)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    out += self.runs(content, href)
        return out

    def link(self, rid: str | None) -> str | None:
        if rid is None:
            return None
        if rid not in self.links:
            rel = self.part.rels.get(rid)
            self.links[rid] = rel.target_ref if rel is not None and rel.is_external else None
        return self.links[rid]

    def run(self, run: Any, href: str | None) -> Run:
        props = run.find(f"{W}rPr")
        strong = em = raised = False
        if props is not None:
            style = props.find(f"{W}rStyle")
            name = self.names.get(style.get(f"{W}val") or "", "") if style is not None else ""
            strong = _on(props.find(f"{W}b"), name in _BOLD_STYLES)
            em = _on(props.find(f"{W}i"), name in _ITALIC_STYLES)
            align = props.find(f"{W}vertAlign")
            raised = align is not None and align.get(f"{W}val") == "superscript"
        text: list[str] = []
        for child in run.iterchildren():
            tag = child.tag
            if tag == f"{W}t":
                text.append(child.text or "")
            elif tag == f"{W}tab":
                text.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                text.append("\n")
            elif tag == f"{W}noBreakHyphen":
                text.append("\u2011")
        words = "".join(text)
        if raised and words.strip().isdigit():  # a note's marker, printed as it was: ¹
            words = superscript(words)
        return Run(words, strong, em, href)

    def rows(self, table: Any) -> list[list[list[Run]]]:
        rows: list[list[list[Run]]] = []
        for row in table.iterchildren(f"{W}tr"):
            cells: list[list[Run]] = []
            for cell in row.iterchildren(f"{W}tc"):
                merge = cell.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val") != "restart":
                    cells.append([])  # merged with the cell above: the table is irregular
                    continue
                runs: list[Run] = []
                for number, paragraph in enumerate(cell.iterchildren(f"{W}p")):
                    if number:
                        runs.append(Run(" "))
                    runs += self.runs(paragraph)
                cells.append(runs)
                span = cell.find(f"{W}tcPr/{W}gridSpan")
                extra = int(span.get(f"{W}val") or 1) - 1 if span is not None else 0
                cells += [[] for _ in range(min(max(extra, 0), 50))]
            rows.append(cells)
        return rows


def _blocks(body: Any) -> Iterator[Any]:
    """The body's paragraphs and tables, also those inside content controls (a cover page,
    a form field) and custom XML."""
    for child in body.iterchildren(f"{W}p", f"{W}tbl", f"{W}sdt", f"{W}customXml"):
        if child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag == f"{W}customXml":
            yield from _blocks(child)
        else:
            yield child


def _on(toggle: Any, inherited: bool) -> bool:
    """A run property such as ``<w:b/>``: on unless its value says off; else the style's."""
    if toggle is None:
        return inherited
    return (toggle.get(f"{W}val") or "1").lower() not in _OFF


def _depth(props: Any) -> int:
    """A list item's level (``w:ilvl``): 0 for the list's own items."""
    ilvl = props.find(f"{W}numPr/{W}ilvl") if props is not None else None
    value = ilvl.get(f"{W}val") if ilvl is not None else "0"
    return int(value) if value and value.isdigit() else 0


def _minor(styles: list[str]) -> bool:
    """Heading 2 and below: a minor heading under a section heading (Heading 1)."""
    for name in styles:
        if name.startswith("heading"):
            return name.removeprefix("heading").strip() not in ("", "1")
    return False


def _hint(styles: list[str]) -> str:
    for name in styles:
        if name in _STYLE_HINTS:
            return _STYLE_HINTS[name]
        if name.startswith("heading"):
            return "heading"
    return ""
