"""Which reader a source needs: a file by its suffix (or, failing that, its content), text
given directly by sniffing it, an e-mail by its body or the release attached to it; each
read with the size limit of its kind. The readers (``text``, ``markdown``, ``word``, ``web``,
``mail``) are imported only when a source of their kind arrives.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.importing.imported import (
    Imported,
    from_mail_text,
    from_text,
    from_units,
)
from pressrelease.importing.text import NotAReleaseError

if TYPE_CHECKING:
    from pressrelease.importing.rich import Meta

MAX_BYTES = 5 * 1024 * 1024
"""The largest text, Markdown or HTML file read."""
MAX_DOCX_BYTES = 20 * 1024 * 1024
"""The largest DOCX file read (its members may unpack to at most 100 MB)."""
MAX_EMAIL_BYTES = 25 * 1024 * 1024
"""The largest e-mail message read (attachments included)."""
KINDS = ("text", "markdown", "docx", "html", "email")
"""Source kinds this importer reads."""
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "email",
}
"""The source kind a file's suffix names; any other suffix: sniffed from the content."""
_UNREAD = {
    ".doc": "Word 97-2003 (.doc)",
    ".rtf": "RTF",
    ".odt": "OpenDocument (.odt)",
    ".pdf": "PDF",
    ".pages": "Pages",
    ".msg": "Outlook (.msg)",
}
_SAVE_AS = "save it as .docx, .html, .md or .txt (or an e-mail as .eml) and import that"


def read(source: str | Path, *, kind: str | None = None, language: str | None = None) -> Imported:
    """Import a release from a file (a ``Path``, or a ``str`` naming an existing file) or
    from the text itself (any other ``str``).

    ``kind`` is the source kind: ``text``, ``markdown``, ``docx``, ``html`` or ``email``;
    default: from the file's suffix (``.txt``, ``.md``, ``.docx``, ``.html``/``.htm``,
    ``.eml``), else sniffed from the content. ``language`` is a BCP 47 tag to use instead of
    detecting it. Raises NotAReleaseError (an InputError) when the input is no release at
    all: empty, binary, not UTF-8, not what its suffix says, no paragraph.
    """
    from pressrelease.importing.text import decode
    from pressrelease.reading import read_limited

    if kind not in (None, *KINDS):
        raise NotAReleaseError(f"unknown source kind {kind!r}; known: {', '.join(KINDS)}")
    path = _as_path(source)
    if path is None:
        assert isinstance(source, str)
        if kind == "docx":
            raise NotAReleaseError("a DOCX document is read from a file: give its path")
        name = "<text>"
        kind = kind or sniff(source)
        if kind == "email":
            return _email(source.encode("utf-8"), name, language)
        return _from_kind(kind, source, name, language)
    name = str(path)
    unread = _UNREAD.get(path.suffix.lower())
    if kind is None and unread:
        raise NotAReleaseError(f"{name}: {unread} files are not read: {_SAVE_AS}")
    kind = kind or SUFFIXES.get(path.suffix.lower())
    if kind == "docx":
        from pressrelease.importing import word

        data = read_limited(path, MAX_DOCX_BYTES, what="DOCX file")
        if not data:
            raise NotAReleaseError(f"{name}: the file is empty: there is no release to import")
        found, meta = word.units(data, name)
        return from_units(found, source=name, language=language, meta=meta)
    if kind == "email":
        data = read_limited(path, MAX_EMAIL_BYTES, what="e-mail file")
        if not data.strip():
            raise NotAReleaseError(f"{name}: the file is empty: there is no release to import")
        return _email(data, name, language)
    if kind == "html":
        from pressrelease.importing import web

        data = read_limited(path, MAX_BYTES)
        if not data.strip():
            raise NotAReleaseError(f"{name}: the file is empty: there is no release to import")
        if b"\x00" in data[:8192]:
            raise NotAReleaseError(f"{name}: this is a binary file, not an HTML page")
        found, meta = web.units(data, name)
        return from_units(found, source=name, language=language, meta=meta)
    text = decode(read_limited(path, MAX_BYTES), name)
    kind = kind or sniff(text)
    if kind == "email":
        return _email(text.encode("utf-8"), name, language)
    return _from_kind(kind, text, name, language)


def sniff(text: str) -> str:
    """The kind of a source given as text: an e-mail (header lines), an HTML page, Markdown
    (an ``#`` headline, or ``**``/``[…](…)`` markup), else plain text."""
    import re

    from pressrelease.importing import mail

    start = text.lstrip("\ufeff \t\r\n")
    if mail.looks_like(start):
        return "email"
    if start.startswith("<") and re.search(
        r"<(?:!doctype html|html|body|article|main|div|p|h1|table)\b", start[:4096], re.I
    ):
        return "html"
    first = start.split("\n", 1)[0]
    if re.match(r"^#{1,2} \S", first) and first.strip() not in ("# # #",):
        return "markdown"
    return "text"


def _from_kind(kind: str, text: str, name: str, language: str | None) -> Imported:
    if kind == "html":
        from pressrelease.importing import web

        found, meta = web.units(text, name)
        return from_units(found, source=name, language=language, meta=meta)
    if kind == "markdown":
        from pressrelease.importing import markdown

        return from_units(markdown.units(text), source=name, language=language)
    return from_text(text, source=name, language=language)


def _email(data: bytes, name: str, language: str | None) -> Imported:
    from pressrelease.importing import mail

    attached = mail.attachment(data, SUFFIXES)
    try:
        kind, content, meta = mail.body(data, name)
    except NotAReleaseError:
        if attached is None:
            raise
        return _attached(attached, name, language)
    if attached is not None and mail.words(content, kind == "html") < mail.COVER_NOTE_WORDS:
        return _attached(attached, name, language)
    return _email_body(kind, content, meta, name, language)


def _attached(attached: tuple[str, str, bytes], name: str, language: str | None) -> Imported:
    """The release attached to an e-mail, named ``mail.eml (release.docx)`` in the report."""
    from pressrelease.importing.text import decode

    kind, filename, payload = attached
    source = f"{name} ({filename})"
    if kind == "docx":
        from pressrelease.importing import word

        if len(payload) > MAX_DOCX_BYTES:
            raise NotAReleaseError(f"{source}: the DOCX is over {MAX_DOCX_BYTES:,} bytes")
        found, meta = word.units(payload, source)
        return from_units(found, source=source, language=language, meta=meta)
    text = decode(payload, source)
    return _from_kind(kind, text, source, language)


def _email_body(kind: str, content: str, meta: Meta, name: str, language: str | None) -> Imported:
    if kind == "html":
        from pressrelease.importing import web

        found, page = web.units(content, name)
        meta.keywords = page.keywords
        meta.language = meta.language or page.language
        meta.date = meta.date or page.date
        return from_units(found, source=name, language=language, meta=meta)
    return from_mail_text(content, meta, source=name, language=language)


def _as_path(source: str | Path) -> Path | None:
    if isinstance(source, Path):
        return source
    if "\n" in source or len(source) > 4096 or not source.strip():
        return None
    try:
        path = Path(source)
        return path if path.is_file() else None
    except (OSError, ValueError):
        return None
