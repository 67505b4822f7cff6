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

from pressrelease.terminal import printable

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
    helper: Helper | None = None,
) -> Outcome:
    """Load, pack and write one release; errors become an Outcome, never an exception.

    With a ``helper`` (see ``start_helper``), the slowest format renders in that second
    process while this one renders the rest: a single release then uses two cores.
    """
    from pressrelease.errors import InputError, InvalidReleaseError, PressReleaseError
    from pressrelease.loading import load
    from pressrelease.pack import render_format, write_pack

    offloaded = helper if helper is not None and helper.name in formats else None
    try:
        release = load(source)
        rendered: dict[str, bytes] = {}
        if offloaded:  # hand the release over, render the rest here, collect the child's
            offloaded.send(release)
            for name in formats:
                if name != offloaded.name:
                    rendered[name] = render_format(release, name, options)
            rendered.update(offloaded.result())
        written = write_pack(release, out_dir, formats, options, prerendered=rendered)
        return Outcome(source, written, None)
    except (InvalidReleaseError, InputError) as exc:
        return Outcome(source, None, str(exc), bad_input=True)
    except PressReleaseError as exc:
        return Outcome(source, None, f"{source}: {exc}")
    except Exception as exc:  # a bug in a renderer must not take the batch down
        return Outcome(source, None, f"{source}: internal error: {type(exc).__name__}: {exc}")


_SLOWEST = "pdf"


class Helper:
    """One format rendered in a forked child process.

    The child is forked before the release is loaded and prepares its renderer (imports,
    fonts) meanwhile; the parent then sends it the loaded release and later reads back its
    bytes or error. Both travel as pickles over pipes.
    """

    def __init__(self, pid: int, to_child: int, from_child: int, name: str) -> None:
        self.pid, self.name = pid, name
        self.to_child, self.from_child = to_child, from_child

    def send(self, release: PressRelease) -> None:
        import pickle

        with os.fdopen(self.to_child, "wb") as pipe:
            self.to_child = -1
            pipe.write(pickle.dumps(release))

    def result(self) -> dict[str, bytes]:
        import pickle

        with os.fdopen(self.from_child, "rb") as pipe:
            self.from_child = -1
            kind, payload = pickle.loads(pipe.read())
        if kind == "ok":
            return {self.name: payload}
        from pressrelease.errors import RenderError

        raise RenderError(f"{self.name}: {payload}")

    def close(self) -> None:
        for fd in (self.to_child, self.from_child):
            if fd >= 0:
                os.close(fd)
        os.waitpid(self.pid, 0)


def start_helper(formats: Sequence[str] | None, options: RenderOptions) -> Helper | None:
    """Fork a process that prepares the slowest renderer (PDF) and renders one release.

    ``formats`` None means the defaults. Call this early (the child's imports overlap the
    parent's work) and ``close`` it in any case; None where forking would not help.
    """
    if formats is not None and (_SLOWEST not in formats or len(formats) < 2):
        return None
    if not hasattr(os, "fork"):
        return None
    request_read, request_write = os.pipe()
    reply_read, reply_write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(request_read)
        os.close(reply_write)
        return Helper(pid, request_write, reply_read, _SLOWEST)
    os.close(request_write)
    os.close(reply_read)
    try:
        _child(request_read, reply_write, options)
    finally:
        os._exit(0)  # leave without running the parent's cleanup handlers


def _child(request: int, reply: int, options: RenderOptions) -> None:
    import pickle

    from pressrelease.errors import PressReleaseError
    from pressrelease.registry import default_registry

    message: tuple[str, bytes | str]
    try:
        renderer = default_registry().get(_SLOWEST)()
        prepare = getattr(renderer, "prepare", None)
        if callable(prepare):
            prepare(options)
        with os.fdopen(request, "rb") as pipe:
            data = pipe.read()
        if not data:
            return  # the parent could not load the release: nothing to render
        message = ("ok", renderer.render(pickle.loads(data), options))
    except PressReleaseError as exc:
        message = ("error", str(exc))
    except Exception as exc:
        message = ("error", f"internal error: {type(exc).__name__}: {exc}")
    with os.fdopen(reply, "wb") as pipe:
        pipe.write(pickle.dumps(message))


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
    helper: Helper | None = None,
) -> list[Outcome]:
    """Pack every source, ``jobs`` at a time; ``on_done`` is called as each finishes."""
    outcomes: list[Outcome] = []
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            outcomes.append(pack_one(source, out_dir, formats, options, helper))
            helper = None  # it serves one release
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
                from rich.markup import escape

                for line in outcome.error.split("\n"):
                    shown = escape(printable(line))
                    self._bar.console.print(f"[red]failed[/red] {shown}", markup=True)
        elif outcome.error:
            for line in outcome.error.split("\n"):
                print(f"pressrelease: error: {printable(line)}", file=self.stream, flush=True)
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
                for line in (outcome.error or "").split("\n"):
                    print(f"pressrelease: error: {printable(line)}", file=self.stream)
