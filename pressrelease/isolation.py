"""Running untrusted work in a forked child: a crash, an exit or a hang stays in the child.

``pipeline.render_one`` runs plugin renderers through ``run_in_child``; ``batch`` uses the
helpers for its worker processes. POSIX only (``os.fork``); callers check ``CAN_FORK``.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
import sys
import time
import warnings
from collections.abc import Callable
from typing import TypeVar

CAN_FORK = hasattr(os, "fork")
T = TypeVar("T")


class ChildFailed(Exception):
    """The child returned nothing: it died, or it ran out of time and was killed."""

    def __init__(self, how: str, timed_out: bool = False) -> None:
        super().__init__(how)
        self.how = how
        """e.g. "exit code 1", "killed by signal SIGSEGV"."""
        self.timed_out = timed_out


def child_setup() -> None:
    """What every child of ours does first: leave SIGINT to the parent (a Ctrl-C to the
    whole process group must not print a traceback from each child), die on SIGTERM, and
    die with the parent (Linux) so that a killed run leaves no process behind."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()


def die_with_parent() -> None:
    """Ask the kernel to SIGKILL this process when its parent goes (Linux ``prctl``)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no prctl
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def describe_status(code: int) -> str:
    """A child's exit as words, from ``os.waitstatus_to_exitcode`` or ``Process.exitcode``."""
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        return f"killed by signal {name}"
    return f"exit code {code}"


def fork_quietly() -> int:
    """``os.fork`` without Python's warning about forking a process that has threads (the
    progress bar's); the child only runs our code and exits with ``os._exit``."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def run_in_child(work: Callable[[], T], timeout: float) -> T | BaseException:
    """``work()`` in a forked child: its result, the exception it raised, or ChildFailed.

    The result or exception travels back pickled over a pipe; the child is killed when it
    takes longer than ``timeout`` seconds, and always reaped, even when this process is
    interrupted while waiting.
    """
    read_fd, write_fd = os.pipe()
    pid = fork_quietly()
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        _child(work, read_fd, write_fd)
    os.close(write_fd)
    reaped = False
    try:
        data, finished = _read_all(read_fd, time.monotonic() + timeout)
        if not finished:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        reaped = True
    finally:
        os.close(read_fd)
        if not reaped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
    if not finished:
        return ChildFailed(f"no answer within {timeout:g} s", timed_out=True)
    try:
        kind, value = pickle.loads(data)
    except Exception:
        return ChildFailed(describe_status(os.waitstatus_to_exitcode(status)))
    return value if kind == "ok" else _as_exception(value)


def _as_exception(value: object) -> BaseException:
    return value if isinstance(value, BaseException) else RuntimeError(str(value))


def _child(work: Callable[[], T], read_fd: int, write_fd: int) -> None:  # pragma: no cover
    code = 0
    try:
        os.close(read_fd)
        child_setup()
        try:
            message: tuple[str, object] = ("ok", work())
        except BaseException as exc:  # everything goes back to the parent
            message = ("error", exc)
        try:
            data = pickle.dumps(message)
        except Exception as exc:  # an unpicklable result or exception: send its words
            data = pickle.dumps(("error", f"{type(exc).__name__}: {exc}"))
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _read_all(fd: int, deadline: float) -> tuple[bytes, bool]:
    """Everything until end of file, and whether it came before the deadline."""
    chunks: list[bytes] = []
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                return b"".join(chunks), False
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks), True
            chunks.append(chunk)
