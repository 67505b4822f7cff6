"""The edge where bytes become files: atomic writes, and the build time from the environment."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from pathlib import Path

from pressrelease.errors import InputError, OutputError


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


_PARTIAL = re.compile(r"\..+\.[a-z0-9_]{8}\.part")
"""The temporary files ``write_atomic`` makes: ``.NAME.XXXXXXXX.part``."""


def remove_partial_files(folder: str | Path, prefix: str = ".") -> None:
    """Remove the temporary files of ``write_atomic`` (those starting with ``prefix``) left in
    ``folder`` by a process that was killed while writing; nothing else is touched."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(prefix) and _PARTIAL.fullmatch(name):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def source_date_epoch() -> dt.datetime | None:
    """The build time fixed by the SOURCE_DATE_EPOCH convention, if set and valid.

    A value that is not a whole number is ignored (unset, empty, a word); a whole number
    that no date can hold (negative, or after the year 9999) is an InputError.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not _INTEGER.match(value):
        return None
    if value.startswith("-") or len(value) > len(str(MAX_EPOCH)) or int(value) > MAX_EPOCH:
        raise InputError(
            f"SOURCE_DATE_EPOCH={value[:30]} is not a date: give the seconds since "
            f"1970-01-01 00:00 UTC, from 0 to {MAX_EPOCH} (the end of the year 9999)"
        )
    return dt.datetime.fromtimestamp(int(value), tz=dt.timezone.utc)


_INTEGER = re.compile(r"^-?[0-9]+$")
MAX_EPOCH = 253402300799
"""SOURCE_DATE_EPOCH of 9999-12-31 23:59:59 UTC, the last second a datetime can hold."""
