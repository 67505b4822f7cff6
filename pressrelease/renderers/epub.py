"""EPUB 3 for phones and e-readers: one XHTML release, a nav document and an NCX.

ebooklib assembles the package (OPF, nav, NCX, container); we give it finished XHTML as
a plain item so it cannot "repair" it, fix the identifier and every date, and rewrite
its ZIP through ``deterministic_zip``: ``mimetype`` first and stored, fixed timestamps.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from io import BytesIO
from typing import TYPE_CHECKING, ClassVar, cast

from pressrelease.document import Footnotes, compose, utc_stamp
from pressrelease.errors import PressReleaseError, RenderError
from pressrelease.renderers._shared.direction import text_direction
from pressrelease.renderers._shared.escaping import escape_text
from pressrelease.renderers._shared.notes import EPUB_NAMESPACE, epub_types
from pressrelease.renderers._shared.styles import structure_styles
from pressrelease.renderers._shared.tree import serialize
from pressrelease.renderers._shared.xhtml import Built, build

if TYPE_CHECKING:
    import datetime as dt

    from pressrelease.document import Document
    from pressrelease.locale import Phrases
    from pressrelease.media import MediaImage
    from pressrelease.model import PressRelease
    from pressrelease.renderers._shared.archive import ZipMember
    from pressrelease.renderers._shared.tree import Element
    from pressrelease.renderers.base import RenderOptions

DOCUMENT = "release.xhtml"
STYLESHEET = "release.css"
MIMETYPE = b"application/epub+zip"
_MODIFIED = re.compile(rb'(<meta property="dcterms:modified">)[^<]*(</meta>)')
IMAGES = "images"
ACCESSIBILITY = (
    ("schema:accessMode", "textual"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityFeature", "readingOrder"),
    ("schema:accessibilityFeature", "displayTransformability"),
    ("schema:accessibilityHazard", "none"),
    (
        "schema:accessibilitySummary",
        "A text-only press release in one reflowable document, in reading order, with a "
        "headline, section headings, lists and tables marked up semantically and a table of "
        "contents; no images, audio, video or other hazards.",
    ),
)
ACCESSIBILITY_IMAGES = (
    ("schema:accessMode", "textual"),
    ("schema:accessMode", "visual"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessModeSufficient", "textual,visual"),
    ("schema:accessibilityFeature", "alternativeText"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityFeature", "readingOrder"),
    ("schema:accessibilityFeature", "displayTransformability"),
    ("schema:accessibilityHazard", "none"),
    (
        "schema:accessibilitySummary",
        "A press release in one reflowable document, in reading order, with a headline, "
        "section headings, lists and tables marked up semantically and a table of contents. "
        "Its images (the issuer's logo, photos) each have a text alternative, and photos a "
        "caption; no audio, video or other hazards.",
    ),
)
"""The accessibility metadata when the release embeds images: still truthful."""
CSS = """\
html { -epub-hyphens: auto; hyphens: auto; }
body { margin: 0 4%; line-height: 1.45; }
p { margin: 0 0 0.8em 0; }
.timing { font-size: 0.8em; font-weight: bold; letter-spacing: 0.05em; margin-top: 1em; }
h1 { font-size: 1.45em; line-height: 1.25; margin: 0.6em 0 0.4em 0; hyphens: manual; }
.subheadline { font-size: 1.05em; font-style: italic; margin-bottom: 0.6em; }
header { margin-bottom: 1.2em; }
h2 { font-size: 1.1em; margin: 1.3em 0 0.5em 0; page-break-after: avoid; break-after: avoid; }
.dateline { font-weight: bold; }
ul, ol { margin: 0 0 0.8em 0; padding-left: 1.6em; }
li { margin-bottom: 0.3em; }
table { border-collapse: collapse; margin: 0 0 1em 0; width: 100%; font-size: 0.9em; }
caption { font-weight: bold; text-align: left; margin-bottom: 0.3em; }
th, td { border: 1px solid #999; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { font-weight: bold; background-color: #eee; }
td.num, th.num { text-align: right; }
td.center, th.center { text-align: center; }
tbody th { background-color: transparent; }
.boilerplate, .disclaimer, .contacts, .assets { margin-top: 1.5em; }
.disclaimer { font-size: 0.85em; }
address { font-style: normal; margin-bottom: 1em; }
.role, .label { font-weight: bold; }
.end-mark { text-align: center; margin-top: 1.5em; }
nav ol { list-style: none; padding-left: 0; }
a { overflow-wrap: break-word; word-wrap: break-word; }
"""
IMAGE_CSS = """\
img { max-width: 100%; height: auto; }
.logo { margin: 0 0 1em 0; }
figure { margin: 0 0 1.2em 0; page-break-inside: avoid; break-inside: avoid; }
figcaption { font-size: 0.85em; margin-top: 0.3em; }
"""
"""Added to the style sheet only when the release shows an image."""
STRUCTURE_CSS = {
    "h3": "h3 { font-size: 1em; margin: 1.1em 0 0.4em 0; page-break-after: avoid; "
    "break-after: avoid; }\n",
    "blockquote": "blockquote { margin: 0 1.5em 0.8em 1.5em; }\n"
    "figure.quotation { margin: 0 0 0.8em 0; }\n"
    ".source { margin: 0 1.5em 0.8em 1.5em; font-size: 0.9em; }\n",
    "ul.sub": "ul.sub, ol.sub { margin: 0.3em 0 0 0; }\n",
}
"""Rules added when the release has minor headings, block quotations or sub-lists (keyed
by the shared selector that says it does), so a release without them keeps its sheet."""


class EpubRenderer:
    """EPUB 3 e-book that passes EPUBCheck."""

    name: ClassVar[str] = "epub"
    extension: ClassVar[str] = "epub"
    media_type: ClassVar[str] = "application/epub+zip"
    description: ClassVar[str] = "EPUB 3 e-book for phones and e-readers (EPUBCheck clean)"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        try:
            return render_epub(release, options)
        except PressReleaseError:
            raise
        except Exception as exc:  # ebooklib, lxml, zipfile: any failure is a render failure
            raise RenderError(
                f"could not build the EPUB of {release.slug!r}: {type(exc).__name__}: {exc}"
            ) from exc


def identifier(release: PressRelease) -> str:
    """Same release, same id: a name-based UUID of slug, language and date."""
    name = f"pressrelease:{release.slug}:{release.language}:{release.dateline.date.isoformat()}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def xhtml_document(release: PressRelease, built: Built, notes: bool = False) -> bytes:
    """The release as a standalone XHTML5 content document; ``notes``: it has footnotes,
    marked with ``epub:type`` (whose namespace the root then declares)."""
    root = [f' xmlns:epub="{EPUB_NAMESPACE}"'] if notes else []
    root.append(f' lang="{release.language}" xml:lang="{release.language}"')
    if text_direction(release.language) == "rtl":
        root.append(' dir="rtl"')
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml"{"".join(root)}>\n<head>\n'
        '<meta charset="utf-8"/>\n'
        f"<title>{escape_text(release.headline)}</title>\n"
        f'<link rel="stylesheet" type="text/css" href="{STYLESHEET}"/>\n'
        "</head>\n<body>\n"
        f"{serialize(built.article, xhtml=True)}"
        "</body>\n</html>\n"
    ).encode()


def render_epub(release: PressRelease, options: RenderOptions) -> bytes:
    """Build the package with ebooklib, then rewrite its ZIP deterministically."""
    from pressrelease.renderers._shared.archive import deterministic_zip

    document = compose(release, options.timestamp, options.media)
    built = build(document, _image_path)
    notes = any(isinstance(part, Footnotes) for part in document.parts)
    if notes:
        built = Built(cast("Element", epub_types(built.article)), built.outline)
    stamp = document.moment
    images = _images(document)
    css = CSS + IMAGE_CSS if images else CSS
    css += "".join(STRUCTURE_CSS.get(key, "") for key in structure_styles(document.parts))
    page = xhtml_document(release, built, notes)
    raw = _ebooklib_package(release, built, page, stamp, document.words.phrases, images, css)
    return deterministic_zip(_members(raw, _w3c(stamp)), stamp)


_w3c = utc_stamp


def _image_path(image: MediaImage) -> str:
    return f"{IMAGES}/{image.file_stem}.{image.web.extension}"


def _images(document: Document) -> list[MediaImage]:
    """The web-size images the release shows (logo first), each once."""
    found = [document.logo] if document.logo is not None else []
    found += [item.image for item in document.images if item.image is not None]
    return list({_image_path(image): image for image in found}.values())


def _ebooklib_package(
    release: PressRelease,
    built: Built,
    document: bytes,
    stamp: dt.datetime,
    words: Phrases,
    images: list[MediaImage],
    css: str | None = None,
) -> bytes:
    """The package as ebooklib writes it; ``css`` is the style sheet (default: the base
    sheet, with the image rules when there are images)."""
    from ebooklib import epub  # type: ignore[import-untyped]

    book = epub.EpubBook()
    opf = epub.NAMESPACES["OPF"]
    book.metadata.get(opf, {}).pop("generator", None)  # an ebooklib version is not our content
    book.set_identifier(identifier(release))
    book.set_title(release.headline)
    book.set_language(release.language)
    rtl = text_direction(release.language) == "rtl"
    if rtl:
        book.set_direction("rtl")
    book.add_author(release.issuer.name)
    for number, issuer in enumerate(release.co_issuers, start=2):  # a joint release
        book.add_author(issuer.name, uid=f"creator{number}")
    for issuer in release.issuers:
        book.add_metadata("DC", "publisher", issuer.name)
    book.add_metadata("DC", "date", _w3c(stamp))
    for keyword in release.keywords:
        book.add_metadata("DC", "subject", keyword)
    for prop, value in ACCESSIBILITY_IMAGES if images else ACCESSIBILITY:
        book.add_metadata(None, "meta", value, {"property": prop})

    content = epub.EpubItem(
        uid="release", file_name=DOCUMENT, media_type="application/xhtml+xml", content=document
    )
    style = epub.EpubItem(
        uid="style",
        file_name=STYLESHEET,
        media_type="text/css",
        content=(css or (CSS + IMAGE_CSS if images else CSS)).encode(),
    )
    nav = epub.EpubNav(title=words.contents, direction="rtl" if rtl else None)
    nav.add_link(href=STYLESHEET, rel="stylesheet", type="text/css")
    for item in (content, style, nav, epub.EpubNcx()):
        book.add_item(item)
    for number, image in enumerate(images, start=1):
        book.add_item(
            epub.EpubItem(
                uid=f"image-{number}",
                file_name=_image_path(image),
                media_type=image.web.media_type,
                content=image.web.data,
            )
        )
    book.toc = [
        epub.Link(f"{DOCUMENT}#{entry.id}", entry.label, f"nav-{entry.id}")
        for entry in built.outline
    ]
    book.spine = [content]
    book.guide = [{"type": "text", "href": DOCUMENT, "title": release.headline}]

    buffer = BytesIO()
    writer = epub.EpubWriter(
        buffer,
        book,
        {
            "mtime": stamp,
            "raise_exceptions": True,
            "epub3_pages": False,
            "compresslevel": 0,
            "landmark_title": words.landmarks,
        },
    )
    writer.process()
    writer.write()
    return buffer.getvalue()


def _members(package: bytes, modified: str) -> list[ZipMember]:
    """ebooklib's members in its order, ``mimetype`` first and the only one stored.

    ``dcterms:modified`` is set again in the package document: ebooklib versions differ
    in how (and whether) they honour the ``mtime`` option, and "now" must never leak in.
    """
    from pressrelease.renderers._shared.archive import ZipMember

    members = [ZipMember("mimetype", MIMETYPE, compress=False)]
    with zipfile.ZipFile(BytesIO(package)) as archive:
        for info in archive.infolist():
            if info.filename == "mimetype":
                continue
            data = archive.read(info)
            if info.filename.endswith(".opf"):
                data, found = _MODIFIED.subn(rb"\g<1>" + modified.encode() + rb"\g<2>", data)
                if found != 1:
                    raise RenderError(
                        "ebooklib wrote no dcterms:modified; the EPUB would be invalid"
                    )
            image = info.filename.startswith(f"EPUB/{IMAGES}/")  # compressed already
            members.append(ZipMember(info.filename, data, compress=not image))
    return members
