"""Deterministic ZIP archives: the container of DOCX, EPUB and distribution packs.

Same members, same timestamp, same bytes: every entry gets one date, fixed permissions and
no extra fields, so a rebuilt file can be compared with ``cmp``.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO

ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)
ZIP_LAST = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.timezone.utc)
"""The last moment a ZIP entry can carry: its date field counts years from 1980 in 7 bits."""


@dataclass(frozen=True)
class ZipMember:
    """One file inside a deterministic archive."""

    name: str
    data: bytes
    compress: bool = True


def deterministic_zip(members: Iterable[ZipMember], timestamp: dt.datetime) -> bytes:
    """A ZIP whose bytes depend only on the members (in the given order) and ``timestamp``.

    Every entry gets the same date, fixed permissions and no extra fields; names must be
    relative and may not climb out of the archive.

    The MS-DOS date of a ZIP entry can only hold 1980-01-01 to 2107-12-31 23:59:58 (years
    from 1980 in 7 bits, seconds in steps of two), and ``zipfile`` fails outside it, so the
    timestamp is clamped into that range: a release dated 1975 or 2150 still gets a valid
    archive. Only the file dates in the ZIP directory are clamped; the dates written inside
    the documents (DOCX core properties, EPUB metadata, the manifest) keep the real date.
    """
    stamp = min(max(timestamp.astimezone(dt.timezone.utc), ZIP_EPOCH), ZIP_LAST)
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member in members:
            if member.name.startswith("/") or ".." in member.name.split("/"):
                raise ValueError(f"unsafe archive member name {member.name!r}")
            info = zipfile.ZipInfo(member.name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED if member.compress else zipfile.ZIP_STORED
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            info.create_system = 3
            archive.writestr(info, member.data, compresslevel=6 if member.compress else None)
    return buffer.getvalue()
