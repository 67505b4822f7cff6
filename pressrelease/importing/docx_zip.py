"""A DOCX checked as a ZIP before python-docx opens it: a zip bomb or a file that is no
DOCX is refused unread (see :func:`check_zip`)."""

from __future__ import annotations

import io
import zipfile

from pressrelease.importing.text import NotAReleaseError

MAX_UNPACKED = 100 * 1024 * 1024
"""The most the members of a DOCX may unpack to (a release is well under 1 MB of XML)."""
MAX_MEMBERS = 2000


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
