"""Path safety: a media path as written in a release names a regular file inside the
release's folder, and nothing else is read.

Refused: absolute paths, drive letters and backslashes (a release file must mean the same on
every system), ``..``, symbolic links that leave the folder, and anything ``read_limited``
refuses (devices, FIFOs, files over :data:`~pressrelease.media.MAX_MEDIA_BYTES`). Messages
name no absolute path: the caller prefixes the path as written.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

from pressrelease.errors import InputError
from pressrelease.media import MAX_MEDIA_BYTES
from pressrelease.reading import read_limited


def read_inside(base: Path, written: str) -> bytes:
    """The bytes of the file ``written`` names inside the folder ``base``."""
    resolved = inside(base, written)
    try:
        return read_limited(resolved, MAX_MEDIA_BYTES, what="media file")
    except InputError as exc:
        raise InputError(str(exc).removeprefix(f"{resolved}: ")) from None


def inside(base: Path, written: str) -> Path:
    """The file ``written`` names, which must resolve inside ``base``."""
    if PurePosixPath(written).is_absolute() or PureWindowsPath(written).is_absolute():
        raise InputError("an absolute path; give a path relative to the release file")
    if PureWindowsPath(written).drive or "\\" in written:
        raise InputError("write the path with / and no drive letter")
    if ".." in PurePosixPath(written).parts:
        raise InputError("the path leaves the release's folder ('..'); keep media next to it")
    target = base / written
    try:
        resolved = target.resolve(strict=True)
    except FileNotFoundError:
        raise InputError("no such file next to the release") from None
    except (OSError, RuntimeError) as exc:
        raise InputError(f"cannot be resolved ({exc})") from None
    if resolved != base and base not in resolved.parents:
        raise InputError("a symbolic link to a file outside the release's folder")
    return resolved
