"""A corporate reference document (like pandoc's reference-doc): its styles and page setup.

python-docx's package reader opens it, so the parts are found through relationships whatever
they are called, and .dotx templates work as well as .docx documents. Its body, headers,
footers, comments and properties are never copied: only the look is taken.
"""

from __future__ import annotations

import functools
import io
import zipfile
from typing import TYPE_CHECKING

from pressrelease.errors import RenderError
from pressrelease.renderers.docx import styles
from pressrelease.renderers.docx.template import (
    ABSTRACTS_MARK,
    NUMS_MARK,
    PageSetup,
    Template,
    merge_styles,
    parser,
    split_defaults,
)
from pressrelease.renderers.docx.xml import NS, RT, w

if TYPE_CHECKING:
    from lxml import etree

MAX_UNPACKED = 64 * 1024 * 1024
"""A reference unpacking to more than this is refused (a template is a few hundred kB)."""


def reference_template(data: bytes) -> Template:
    """The template of a reference document; RenderError if it is not a usable one."""
    if not isinstance(data, bytes):
        raise RenderError("the DOCX reference must be given as the bytes of a .docx or .dotx")
    return _prepared(data)


@functools.lru_cache(maxsize=4)
def _prepared(data: bytes) -> Template:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise RenderError(
            f"the DOCX reference is not a Word document (not a ZIP package: {exc})"
        ) from None
    if size > MAX_UNPACKED:
        raise RenderError(
            f"the DOCX reference unpacks to {size} bytes; a template should be far smaller"
        )
    try:
        return _load(data)
    except RenderError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types for a broken package
        raise RenderError(
            f"the DOCX reference cannot be used: {type(exc).__name__}: {exc}; "
            "give a .docx or .dotx saved by Word or LibreOffice"
        ) from None


def _load(data: bytes) -> Template:
    from docx.opc.package import OpcPackage
    from lxml import etree

    main = OpcPackage.open(io.BytesIO(data)).main_document_part
    blobs: dict[str, bytes] = {}
    for rel in main.rels.values():
        if not rel.is_external:
            blobs.setdefault(rel.reltype.removeprefix(RT), rel.target_part.blob)
    if "styles" not in blobs:
        raise RenderError("the DOCX reference has no styles part; save it from Word first")
    root = etree.fromstring(blobs["styles"], parser())
    if root.tag != w("styles"):
        raise RenderError("the DOCX reference's styles part is not WordprocessingML styles")
    ids, copied = merge_styles(root)
    numbering = _numbering(root, ids, copied, blobs.get("numbering"))
    parts, fonts, lang = split_defaults(root)
    return Template(
        styles=parts,
        fonts=fonts,
        lang=lang,
        ids=ids,
        numbering=numbering[0],
        bullet_num=numbering[1],
        number_abstract=numbering[2],
        next_num=numbering[3],
        theme=blobs.get("theme"),
        font_table=blobs.get("fontTable"),
        page=_page(etree.fromstring(main.blob, parser())),
        tab_stop=_tab_stop(blobs.get("settings")),
        next_abstract=numbering[4],
    )


def _numbering(
    styles_root: etree._Element, ids: dict[str, str], copied: set[str], blob: bytes | None
) -> tuple[tuple[str, str, str], int, int, int, int]:
    """The reference's list definitions plus ours where its list styles have none; the
    first free w:abstractNumId (sub-lists add theirs there)."""
    from lxml import etree

    root = etree.fromstring(blob, parser()) if blob else etree.fromstring(f"<w:numbering {NS}/>")
    abstracts = [int(a.get(w("abstractNumId"), "0")) for a in root.findall(w("abstractNum"))]
    nums: dict[int, int] = {}
    for element in root.findall(w("num")):
        target = element.find(w("abstractNumId"))
        if target is not None:
            nums[int(element.get(w("numId"), "0"))] = int(target.get(w("val"), "0"))
    by_id = {s.get(w("styleId")): s for s in styles_root.iter(w("style"))}
    next_abstract, next_num = max(abstracts, default=-1) + 1, max(nums, default=0) + 1
    added_abstracts: list[str] = []
    added_nums: list[str] = []
    chosen: dict[str, int] = {}
    for sid, definition in (("ListBullet", styles.bullet_definition), ("ListNumber", None)):
        style = by_id.get(ids[sid])
        found = style.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}") if style is not None else None
        num_id = int(found.get(w("val"), "0")) if found is not None else 0
        if ids[sid] in copied or num_id not in nums:
            make = definition or styles.decimal_definition
            added_abstracts.append(make(next_abstract))
            added_nums.append(styles.num(next_num, next_abstract))
            nums[next_num] = next_abstract
            num_id, next_abstract, next_num = next_num, next_abstract + 1, next_num + 1
            if found is not None and ids[sid] in copied:
                found.set(w("val"), str(num_id))
        chosen[sid] = num_id
    wrapper = f"<w:numbering {NS}>{''.join(added_abstracts + added_nums)}</w:numbering>"
    new = list(etree.fromstring(wrapper, parser()))
    last_abstract = root.findall(w("abstractNum"))
    at = (
        root.index(last_abstract[-1]) + 1 if last_abstract else len(root.findall(w("numPicBullet")))
    )
    for offset, element in enumerate(new[: len(added_abstracts)]):
        root.insert(at + offset, element)
    existing_nums = root.findall(w("num"))
    at = root.index(existing_nums[-1]) + 1 if existing_nums else at + len(added_abstracts)
    for offset, element in enumerate(new[len(added_abstracts) :]):
        root.insert(at + offset, element)
    root.insert(at + len(added_nums), etree.Comment(NUMS_MARK[4:-3]))
    defined = root.findall(w("abstractNum"))
    after = root.index(defined[-1]) + 1 if defined else len(root.findall(w("numPicBullet")))
    root.insert(after, etree.Comment(ABSTRACTS_MARK[4:-3]))
    head, rest = etree.tostring(root, encoding="unicode").split(ABSTRACTS_MARK)
    middle, tail = rest.split(NUMS_MARK)
    numbering = (head, middle, tail)
    return numbering, chosen["ListBullet"], nums[chosen["ListNumber"]], next_num, next_abstract


def _twips(element: etree._Element | None, name: str, default: int) -> int:
    value = element.get(w(name)) if element is not None else None
    try:
        return int(value) if value is not None else default
    except ValueError:  # a measure with units ("2.5cm"): keep ours
        return default


def _page(document: etree._Element) -> PageSetup | None:
    """The page size and margins of the reference's last section, if it states them."""
    sections = list(document.iter(w("sectPr")))
    if not sections:
        return None
    size, margins = sections[-1].find(w("pgSz")), sections[-1].find(w("pgMar"))
    if size is None or _twips(size, "w", 0) <= 0 or _twips(size, "h", 0) <= 0:
        return None
    return PageSetup(
        width=_twips(size, "w", 0),
        height=_twips(size, "h", 0),
        top=abs(_twips(margins, "top", 1440)),
        right=_twips(margins, "right", 1440),
        bottom=abs(_twips(margins, "bottom", 1440)),
        left=_twips(margins, "left", 1440),
        header=_twips(margins, "header", 708),
        footer=_twips(margins, "footer", 708),
        gutter=_twips(margins, "gutter", 0),
    )


def _tab_stop(settings: bytes | None) -> int:
    if not settings:
        return 720
    from lxml import etree

    stop = etree.fromstring(settings, parser()).find(w("defaultTabStop"))
    return _twips(stop, "val", 720) or 720
