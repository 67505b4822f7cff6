"""Packing many releases at once: in parallel on every core, with progress and a summary.

One bad release never stops the others: each is loaded, packed and written on its own,
and a failure leaves no ZIP behind (packs are written atomically).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions


@dataclass(frozen=True)
class Outcome:
    """What became of one release: the pack written, or why not."""

    source: Path
    pack: Path | None
    error: str | None
    bad_input: bool = False


def pack_one(
    source: Path,
    out_dir: Path,
    formats: Sequence[str],
    options: RenderOptions,
    split: bool = False,
) -> Outcome:
    """Load, pack and write one release; errors become an Outcome, never an exception.

    With ``split``, the slowest format renders in a forked process while this one renders
    the rest: a single release then uses two cores.
    """
    from pressrelease.errors import InputError, InvalidReleaseError, PressReleaseError
    from pressrelease.loading import load
    from pressrelease.pack import write_pack

    try:
        release = load(source)
        offloaded = _offload(release, formats, options) if split else None
        try:
            rendered = offloaded.result() if offloaded else {}
        finally:
            if offloaded:
                offloaded.close()
        written = write_pack(release, out_dir, formats, options, prerendered=rendered)
        return Outcome(source, written, None)
    except (InvalidReleaseError, InputError) as exc:
        return Outcome(source, None, str(exc), bad_input=True)
    except PressReleaseError as exc:
        return Outcome(source, None, f"{source}: {exc}")
    except Exception as exc:  # a bug in a renderer must not take the batch down
        return Outcome(source, None, f"{source}: internal error: {type(exc).__name__}: {exc}")


_SLOWEST = "pdf"


class _Forked:
    """One format rendered in a forked child; its bytes (or error) come back over a pipe."""

    def __init__(self, pid: int, read_fd: int, name: str) -> None:
        self.pid, self.read_fd, self.name = pid, read_fd, name

    def result(self) -> dict[str, bytes]:
        import pickle

        with os.fdopen(self.read_fd, "rb") as pipe:
            self.read_fd = -1
            kind, payload = pickle.loads(pipe.read())
        if kind == "ok":
            return {self.name: payload}
        from pressrelease.errors import RenderError

        raise RenderError(f"{self.name}: {payload}")

    def close(self) -> None:
        if self.read_fd >= 0:
            os.close(self.read_fd)
        os.waitpid(self.pid, 0)


def _offload(
    release: PressRelease, formats: Sequence[str], options: RenderOptions
) -> _Forked | None:
    if _SLOWEST not in formats or len(formats) < 2 or not hasattr(os, "fork"):
        return None
    import pickle

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write_fd)
        return _Forked(pid, read_fd, _SLOWEST)
    os.close(read_fd)  # the child: render, report, and leave without running any cleanup
    status = 0
    try:
        from pressrelease.errors import PressReleaseError
        from pressrelease.registry import default_registry

        message: tuple[str, bytes | str]
        try:
            renderer = default_registry().get(_SLOWEST)()
            message = ("ok", renderer.render(release, options))
        except PressReleaseError as exc:
            message = ("error", str(exc))
        except Exception as exc:
            message = ("error", f"internal error: {type(exc).__name__}: {exc}")
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(pickle.dumps(message))
    except BaseException:
        status = 1
    os._exit(status)


def default_jobs() -> int:
    """The CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def pack_many(
    sources: Sequence[Path],
    out_dir: Path,
    formats: Sequence[str],
    options: RenderOptions,
    jobs: int,
    on_done: Callable[[Outcome], None] = lambda outcome: None,
) -> list[Outcome]:
    """Pack every source, ``jobs`` at a time; ``on_done`` is called as each finishes."""
    outcomes: list[Outcome] = []
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            outcomes.append(pack_one(source, out_dir, formats, options, split=jobs > 1))
            on_done(outcomes[-1])
        return outcomes
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(sources)), mp_context=context) as pool:
        futures = [pool.submit(pack_one, s, out_dir, formats, options) for s in sources]
        for future in as_completed(futures):
            outcomes.append(future.result())
            on_done(outcomes[-1])
    order = {source: index for index, source in enumerate(sources)}
    return sorted(outcomes, key=lambda outcome: order[outcome.source])


class Progress:
    """A progress bar on a terminal (rich), plain lines elsewhere (logs, CI, pipes)."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        stream = stream or sys.stderr
        self.total, self.stream, self.done = total, stream, 0
        self.started = time.perf_counter()
        self._bar = None
        if stream.isatty() and total > 1:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            self._bar = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(file=stream),
                transient=True,
            )
            self._task = self._bar.add_task("packing", total=total)
            self._bar.start()

    def __call__(self, outcome: Outcome) -> None:
        self.done += 1
        if self._bar is not None:
            self._bar.advance(self._task)
            if outcome.error:
                self._bar.console.print(f"[red]failed[/red] {outcome.error}", markup=True)
        elif outcome.error:
            print(f"pressrelease: error: {outcome.error}", file=self.stream, flush=True)
        else:
            print(f"[{self.done}/{self.total}] packed {outcome.pack}", file=self.stream, flush=True)

    def close(self, outcomes: list[Outcome]) -> None:
        if self._bar is not None:
            self._bar.stop()
        failed = [o for o in outcomes if o.error]
        seconds = time.perf_counter() - self.started
        summary = f"packed {len(outcomes) - len(failed)} of {len(outcomes)} releases"
        summary += f" in {seconds:.2f} s"
        if failed:
            summary += f"; {len(failed)} failed"
        print(summary, file=self.stream, flush=True)
        if failed and self._bar is not None:
            for outcome in failed:
                print(f"pressrelease: error: {outcome.error}", file=self.stream)
