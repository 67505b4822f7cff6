"""Reading input files safely: regular files only, never more than a limit.

A path given on the command line may name a FIFO (reading it would wait forever), a device
such as /dev/zero (endless, and its size reads as 0) or a folder. Every input file is read
through :func:`read_limited`, which opens it without blocking, checks what the opened file
is, and reads at most one byte more than the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pressrelease.errors import InputError

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_FLAGS |= getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1 << 16


def read_limited(path: str | Path, limit: int, *, what: str = "file") -> bytes:
    """The bytes of the regular file ``path``; InputError if it is anything else or too big.

    ``what`` names the file in messages (e.g. "file", "--docx-reference file").
    """
    fd = _open_regular(path, limit, what)
    try:
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise _too_big(path, what, limit)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def check_regular(path: str | Path, limit: int, *, what: str = "file") -> None:
    """Refuse ``path`` unless it is a readable regular file of at most ``limit`` bytes.

    For files a library reads itself by name (a font): checked the same way, not read.
    """
    os.close(_open_regular(path, limit, what))


def _open_regular(path: str | Path, limit: int, what: str) -> int:
    """A descriptor open on ``path``, which is a regular file of at most ``limit`` bytes."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: the {what} is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise _too_big(path, what, limit)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _too_big(path: str | Path, what: str, limit: int) -> InputError:
    return InputError(f"{path}: the {what} is over the limit of {limit:,} bytes")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_stdin(max_bytes: int) -> bytes:
    """Standard input's bytes, at most ``max_bytes``; InputError naming ``<stdin>`` when it
    is more."""
    import sys

    raw = sys.stdin.buffer.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError(f"<stdin>: the input is over the limit of {max_bytes:,} bytes")
    return raw
