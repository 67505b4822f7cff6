"""The edge where bytes become files: atomic writes and deterministic ZIP archives."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pressrelease.errors import OutputError

ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    The bytes go to a temporary file in the same directory, which is then renamed over
    the target; on any failure the temporary file is removed and nothing else changes.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def source_date_epoch() -> dt.datetime | None:
    """The build time fixed by the SOURCE_DATE_EPOCH convention, if set and valid."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(value), tz=dt.timezone.utc)


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
    """
    stamp = max(timestamp.astimezone(dt.timezone.utc), ZIP_EPOCH)
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
