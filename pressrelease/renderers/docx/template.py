"""The template a DOCX is built on: styles, list numbering, theme, fonts and page setup.

Preparing a template (parsing python-docx's default package or a reference document, fitting
our styles in) costs milliseconds, so it happens once per process and template; a render only
splices the release's language into strings prepared here.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.errors import RenderError
from pressrelease.renderers.docx import styles
from pressrelease.renderers.docx.xml import NS, w

if TYPE_CHECKING:
    from lxml import etree

PAPER = {"a4": (11906, 16838), "letter": (12240, 15840)}
"""Page width and height in twentieths of a point."""
_FONTS_MARK = "<!--pressrelease:fonts-->"
_LANG_MARK = "<!--pressrelease:lang-->"
NUMS_MARK = "<!--pressrelease:nums-->"
ABSTRACTS_MARK = "<!--pressrelease:abstracts-->"


@dataclass(frozen=True)
class PageSetup:
    """Page size and margins in twips (1/1440 inch)."""

    width: int
    height: int
    top: int = 1440
    right: int = 1440
    bottom: int = 1440
    left: int = 1440
    header: int = 708
    footer: int = 708
    gutter: int = 0

    @classmethod
    def for_paper(cls, paper: str) -> PageSetup:
        """A4 or US Letter with one-inch (2.54 cm) margins."""
        if paper not in PAPER:
            raise RenderError(f"unknown paper {paper!r}: use {' or '.join(PAPER)}")
        width, height = PAPER[paper]
        return cls(width, height)

    @property
    def text_width(self) -> int:
        """Width between the margins."""
        return max(self.width - self.left - self.right - self.gutter, 1440)


@dataclass(frozen=True)
class Template:
    """Everything a render takes from its template, ready to splice."""

    styles: tuple[str, str, str]
    """styles.xml around the style defaults' fonts and language."""
    fonts: Mapping[str, str]
    """The style defaults' w:rFonts attributes (local names)."""
    lang: Mapping[str, str]
    """The style defaults' w:lang attributes (local names)."""
    ids: Mapping[str, str]
    """Our style id -> the id of that style in this template."""
    numbering: tuple[str, str, str]
    """numbering.xml around the places where each document's list definitions (after the
    template's) and list instances (after its instances) go."""
    bullet_num: int
    """The w:num of bulleted lists."""
    number_abstract: int
    """The w:abstractNum numbered lists restart from."""
    next_num: int
    """The first free w:numId."""
    theme: bytes | None
    font_table: bytes | None
    page: PageSetup | None
    """The template's page setup; None means: follow the paper option."""
    tab_stop: int = 720
    next_abstract: int = 2
    """The first free w:abstractNumId (for the definitions of sub-lists)."""


def parser() -> etree.XMLParser:
    """An XML parser that never fetches or expands anything: templates are untrusted."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def our_styles() -> list[etree._Element]:
    """Our style definitions as elements."""
    from lxml import etree

    root = etree.fromstring(f"<w:styles {NS}>{''.join(styles.STYLES)}</w:styles>", parser())
    return list(root)


def split_defaults(
    root: etree._Element,
) -> tuple[tuple[str, str, str], dict[str, str], dict[str, str]]:
    """Serialise styles.xml with marks where the defaults' fonts and language go."""
    from lxml import etree

    defaults = _child(root, "docDefaults", 0)
    rpr = _child(_child(defaults, "rPrDefault", 0), "rPr", 0)
    found: list[dict[str, str]] = []
    for tag in ("rFonts", "lang"):
        element = rpr.find(w(tag))
        attributes: dict[str, str] = {}
        if element is not None:
            for key, value in element.attrib.items():
                attributes[etree.QName(key).localname] = str(value)
            rpr.remove(element)
        found.append(attributes)
    rpr.insert(0, etree.Comment(_FONTS_MARK[4:-3]))
    tail = [c for c in rpr if c.tag in (w("eastAsianLayout"), w("specVanish"), w("oMath"))]
    position = rpr.index(tail[0]) if tail else len(rpr)
    rpr.insert(position, etree.Comment(_LANG_MARK[4:-3]))
    text = etree.tostring(root, encoding="unicode")
    head, rest = text.split(_FONTS_MARK)
    middle, end = rest.split(_LANG_MARK)
    return (head, middle, end), found[0], found[1]


def _child(parent: etree._Element, tag: str, index: int) -> etree._Element:
    from lxml import etree

    found = parent.find(w(tag))
    if found is None:
        found = etree.Element(w(tag))
        parent.insert(index, found)
    return found


def _python_docx_default() -> Path:
    """python-docx's default template, found without importing python-docx (slow to import)."""
    spec = importlib.util.find_spec("docx")
    if spec is None or not spec.submodule_search_locations:
        raise RenderError("the docx format needs python-docx: pip install python-docx")
    return Path(next(iter(spec.submodule_search_locations))) / "templates" / "default.docx"


@functools.cache
def default_template() -> Template:
    """python-docx's default template with our styles and numbering, its thumbnail and
    sample properties left behind."""
    from lxml import etree

    with zipfile.ZipFile(_python_docx_default()) as package:
        source = package.read("word/styles.xml").decode("utf-8")
        theme = package.read("word/theme/theme1.xml")
        font_table = package.read("word/fontTable.xml")
    # Keep its root (namespaces), style defaults and latent styles; drop its ~160 styles
    # (mostly table styles) for ours. Cutting the text first spares parsing 430 kB.
    kept = [
        re.search(pattern, source, re.DOTALL)
        for pattern in (
            r"<w:styles\b[^>]*>",
            r"<w:docDefaults>.*?</w:docDefaults>",
            r"<w:latentStyles\b.*?</w:latentStyles>",
        )
    ]
    if not all(kept):
        raise RenderError(f"python-docx's default template has changed: {_python_docx_default()}")
    root = etree.fromstring("".join(m.group() for m in kept if m) + "</w:styles>", parser())
    root.extend(our_styles())
    # Body spacing lives in the defaults, not in Normal, so that table styles can override it.
    spacing = root.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}/{w('spacing')}")
    if spacing is not None:
        spacing.attrib.update({w("after"): "160", w("line"): "264", w("lineRule"): "auto"})
    parts, fonts, lang = split_defaults(root)
    # The template's body font is Cambria; releases read better in its Calibri headings font.
    theme = theme.replace(b'<a:latin typeface="Cambria"/>', b'<a:latin typeface="Calibri"/>')
    numbering = (
        f"<w:numbering {NS}>" + styles.bullet_definition(0) + styles.decimal_definition(1),
        styles.num(1, 0) + styles.num(2, 1),
        "</w:numbering>",
    )
    ids = {s.get(w("styleId"), ""): s.get(w("styleId"), "") for s in our_styles()}
    return Template(
        styles=parts,
        fonts=fonts,
        lang=lang,
        ids=ids,
        numbering=numbering,
        bullet_num=1,
        number_abstract=1,
        next_num=3,
        theme=theme,
        font_table=font_table,
        page=None,
    )


def merge_styles(root: etree._Element) -> tuple[dict[str, str], set[str]]:
    """Add the styles we use that ``root`` lacks; its own definitions win (matched by name).

    Returns our id -> its id, and the ids of the styles we copied in.
    """
    existing: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    has_default: set[str] = set()
    for style in root.iter(w("style")):
        kind, sid = style.get(w("type"), "paragraph"), style.get(w("styleId"), "")
        used.add(sid)
        name = style.find(w("name"))
        if name is not None:
            existing.setdefault((kind, name.get(w("val"), "").casefold()), sid)
        if style.get(w("default")) in ("1", "true", "on"):
            has_default.add(kind)
    ids: dict[str, str] = {}
    copied: set[str] = set()
    for ours in our_styles():
        sid, kind = ours.get(w("styleId"), ""), ours.get(w("type"), "")
        name = ours.find(w("name"))
        key = (kind, name.get(w("val"), "").casefold() if name is not None else sid.casefold())
        if key in existing:
            ids[sid] = existing[key]
            continue
        new = copy.deepcopy(ours)
        new_id, number = sid, 2
        while new_id in used:
            new_id, number = f"{sid}{number}", number + 1
        new.set(w("styleId"), new_id)
        if kind in has_default and w("default") in new.attrib:
            del new.attrib[w("default")]
        for link in new.findall(w("basedOn")) + new.findall(w("next")):
            target = ids.get(link.get(w("val"), ""))
            if target is None:
                new.remove(link)
            else:
                link.set(w("val"), target)
        root.append(new)
        used.add(new_id)
        ids[sid] = new_id
        copied.add(new_id)
    return ids, copied
