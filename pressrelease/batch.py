"""Running ``build`` or ``pack`` over one release or many: the edge shared by both commands.

Every release is loaded once, in this process, and validated before anything is written;
releases whose slugs clash are refused together. The rest are rendered (in parallel on
every core when there are several) through ``pipeline.render_all`` and written atomically.
One bad release never stops the others, and each one's fate is an ``Outcome``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkContext, SpawnContext

    from pressrelease.media import Media
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions

Task = Literal["build", "pack"]
Job = tuple[Path, "PressRelease", "Media"]
"""A release ready to render: its file, the release, and its media files, read and checked."""


@dataclass(frozen=True)
class Outcome:
    """What became of one release: the files written, and every error on the way."""

    source: Path
    written: tuple[Path, ...] = ()
    errors: tuple[str, ...] = ()
    bad_input: bool = False
    """The release could not be used at all (unreadable, invalid, a slug clash)."""
    details: tuple[str, ...] = field(default=(), compare=False)
    """Tracebacks of the errors, kept for ``--debug``."""


def load_all(sources: Sequence[Path]) -> tuple[list[Job], list[Outcome]]:
    """Load and validate every source once, with its media files; refuse those that cannot
    be loaded, and every release whose slug (after validation) another one also has: their
    files would collide."""
    from pressrelease.errors import InputError, InvalidReleaseError
    from pressrelease.loading import STDIN, load, load_stdin
    from pressrelease.media import folder_of, read_media

    loaded: list[Job] = []
    refused: list[Outcome] = []
    for source in sources:
        try:
            release = load_stdin() if str(source) == STDIN else load(source)
            name = "<stdin>" if str(source) == STDIN else str(source)
            loaded.append((source, release, read_media(release, folder_of(source), name)))
        except (InvalidReleaseError, InputError) as exc:
            refused.append(Outcome(source, errors=tuple(str(exc).splitlines()), bad_input=True))
    by_slug: dict[str, list[Path]] = {}
    for source, release, _media in loaded:
        by_slug.setdefault(release.slug, []).append(source)
    clashing = {slug: paths for slug, paths in by_slug.items() if len(paths) > 1}
    for slug, paths in clashing.items():
        names = ", ".join(str(p) for p in paths)
        for path in paths:
            message = (
                f"{path}: slug: {slug!r} is also the slug of another release ({names}); "
                "their outputs would overwrite each other, so none of them was written"
            )
            refused.append(Outcome(path, errors=(message,), bad_input=True))
    kept = [job for job in loaded if job[1].slug not in clashing]
    return kept, refused


def run_one(
    source: Path,
    release: PressRelease,
    task: Task,
    out_dir: Path,
    formats: Sequence[str],
    options: RenderOptions,
    media: Media | None = None,
) -> Outcome:
    """Render and write one release (with its ``media``); every error becomes part of the
    Outcome.

    ``build`` writes each format that renders and reports the others; ``pack`` writes a
    ZIP only when every format rendered.
    """
    import traceback
    from dataclasses import replace

    from pressrelease.errors import InputError, PressReleaseError

    if media is not None:
        options = replace(options, media=media)
    written: list[Path] = []
    errors: list[str] = []
    details: list[str] = []
    try:
        if task == "pack":
            from pressrelease.pack import write_pack

            written.append(write_pack(release, out_dir, formats, options))
        else:
            written, errors, details = _build(release, out_dir, formats, options)
    except InputError as exc:
        lines = str(exc).splitlines()
        return Outcome(source, errors=tuple(f"{source}: {line}" for line in lines), bad_input=True)
    except PressReleaseError as exc:
        errors.append(str(exc))
        details.append(_trace(exc))
    except Exception as exc:  # a bug outside the renderers; the batch goes on
        errors.append(f"internal error: {type(exc).__name__}: {exc} (this is a bug)")
        details.append(traceback.format_exc())
    prefixed = tuple(f"{source}: {line}" for error in errors for line in error.splitlines())
    return Outcome(source, tuple(written), prefixed, details=tuple(details))


def _build(
    release: PressRelease, out_dir: Path, formats: Sequence[str], options: RenderOptions
) -> tuple[list[Path], list[str], list[str]]:
    from pressrelease.errors import PressReleaseError
    from pressrelease.output import write_atomic
    from pressrelease.pipeline import render_all

    written, errors, details = [], [], []
    for result in render_all(release, formats, options):
        if result.error is not None:
            errors.append(str(result.error))
            details.append(_trace(result.error))
            continue
        target = out_dir / f"{release.slug}.{result.info.extension}"
        try:
            written.append(write_atomic(target, result.data or b""))
        except PressReleaseError as exc:
            errors.append(str(exc))
            details.append(_trace(exc))
    return written, errors, details


def _trace(exc: BaseException) -> str:
    import traceback

    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def default_jobs() -> int:
    """The CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_many(
    jobs: Sequence[Job],
    task: Task,
    out_dir: Path,
    formats: Sequence[str],
    options: RenderOptions,
    workers: int,
    on_done: Callable[[Outcome], None] = lambda outcome: None,
) -> list[Outcome]:
    """Run every job, ``workers`` at a time; ``on_done`` is called as each finishes.

    Outcomes come back in the order of ``jobs``. Temporary files that a killed earlier run
    left in ``out_dir`` are removed first. On several cores each release is rendered in a
    worker process of ours: a worker that dies, or takes longer than (formats + 1) ×
    ``options.timeout`` seconds, fails only its release and is replaced. An interruption
    (``KeyboardInterrupt``, which the CLI also raises for SIGTERM) stops handing out work,
    kills the workers, removes their partial files and propagates.
    """
    from pressrelease.output import remove_partial_files

    remove_partial_files(out_dir)
    try:
        if workers <= 1 or len(jobs) <= 1:
            outcomes: list[Outcome] = []
            for source, release, media in jobs:
                outcomes.append(run_one(source, release, task, out_dir, formats, options, media))
                on_done(outcomes[-1])
            return outcomes
        return _Pool(jobs, task, out_dir, formats, options, min(workers, len(jobs))).run(on_done)
    except BaseException:
        remove_partial_files(out_dir)
        raise


class _Worker:
    """One process rendering one release at a time, sent over a pipe."""

    def __init__(self, context: ForkContext | SpawnContext, args: tuple[object, ...]) -> None:
        import warnings

        self.conn, child_end = context.Pipe()
        self.process = context.Process(target=_work, args=(child_end, *args), daemon=True)
        with warnings.catch_warnings():  # forking while the progress bar has a thread
            warnings.simplefilter("ignore", DeprecationWarning)
            self.process.start()
        child_end.close()
        self.job: int | None = None
        self.started = 0.0

    def give(self, index: int, source: Path, release: PressRelease, media: Media) -> None:
        import time

        self.job, self.started = index, time.monotonic()
        self.conn.send((index, source, release, media))

    def stop(self, now: bool) -> None:
        """End the worker: ``now`` kills it, else it is asked to finish and given a second.

        (Asked with a message: closing our end of the pipe is not enough, since workers
        forked later hold copies of it.)"""
        if not now:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(1)
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


def _work(
    conn: Connection,
    task: Task,
    out_dir: Path,
    formats: Sequence[str],
    options: RenderOptions,
) -> None:
    from pressrelease.isolation import child_setup

    child_setup()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        index, source, release, media = job
        conn.send((index, run_one(source, release, task, out_dir, formats, options, media)))


class _Pool:
    """``count`` worker processes, each replaced when it dies or runs out of time."""

    def __init__(
        self,
        jobs: Sequence[Job],
        task: Task,
        out_dir: Path,
        formats: Sequence[str],
        options: RenderOptions,
        count: int,
    ) -> None:
        import multiprocessing

        self.jobs, self.out_dir, self.count = jobs, out_dir, count
        self.args = (task, out_dir, formats, options)
        self.context: ForkContext | SpawnContext = (
            multiprocessing.get_context("fork")
            if sys.platform == "linux"
            else multiprocessing.get_context("spawn")
        )
        self.limit = options.timeout * (len(formats) + 1)
        self.timeout, self.formats = options.timeout, len(formats)

    def run(self, on_done: Callable[[Outcome], None]) -> list[Outcome]:
        import time
        from collections import deque
        from multiprocessing.connection import wait

        pending = deque(range(len(self.jobs)))
        results: dict[int, Outcome] = {}
        workers: list[_Worker] = []

        def finish(worker: _Worker, outcome: Outcome | None, error: str = "") -> None:
            assert worker.job is not None
            if outcome is None:
                source, release, _media = self.jobs[worker.job]
                worker.stop(now=True)
                workers.remove(worker)
                from pressrelease.output import remove_partial_files

                remove_partial_files(self.out_dir, prefix=f".{release.slug}.")
                outcome = Outcome(source, errors=(f"{source}: {error}",))
            results[worker.job] = outcome
            worker.job = None
            on_done(outcome)

        try:
            while len(results) < len(self.jobs):
                idle = sum(1 for worker in workers if worker.job is None)
                while len(workers) < self.count and len(pending) > idle:
                    workers.append(_Worker(self.context, self.args))
                    idle += 1
                for worker in list(workers):
                    if worker.job is None and pending:
                        index = pending.popleft()
                        try:
                            worker.give(index, *self.jobs[index])
                        except OSError:  # it died idle: the job goes to its replacement
                            pending.appendleft(index)
                            worker.stop(now=True)
                            workers.remove(worker)
                busy = [worker for worker in workers if worker.job is not None]
                if not busy:
                    continue
                first_deadline = min(worker.started + self.limit for worker in busy)
                wait(
                    [w.conn for w in busy] + [w.process.sentinel for w in busy],
                    max(0.0, first_deadline - time.monotonic()),
                )
                for worker in busy:
                    answer = _answer(worker)
                    if answer is not None:
                        finish(worker, answer)
                    elif not worker.process.is_alive():
                        from pressrelease.isolation import describe_status

                        how = describe_status(worker.process.exitcode or 0)
                        finish(worker, None, _DIED.format(how=how))
                    elif time.monotonic() > worker.started + self.limit:
                        finish(
                            worker,
                            None,
                            _SLOW.format(limit=self.limit, n=self.formats, timeout=self.timeout),
                        )
        finally:
            interrupted = len(results) < len(self.jobs)
            for worker in workers:
                worker.stop(now=interrupted)
        return [results[index] for index in range(len(self.jobs))]


_DIED = (
    "the process rendering this release died ({how}), most likely in a renderer's native "
    "code; the other releases were not affected (render it alone with --jobs 1 to see which "
    "format fails)"
)
_SLOW = (
    "rendering this release did not finish within {limit:g} s (({n} formats + 1) × "
    "--timeout {timeout:g} s) and was stopped"
)


def _answer(worker: _Worker) -> Outcome | None:
    """The worker's outcome if it has sent one, else None (also when its pipe broke)."""
    try:
        if not worker.conn.poll():
            return None
        index, outcome = worker.conn.recv()
    except (EOFError, OSError):
        return None
    assert index == worker.job
    return cast("Outcome", outcome)


def exit_code(outcomes: Sequence[Outcome]) -> int:
    """The command's exit code, the same for build and pack, one release or many:
    2 when any input was bad, else 1 when anything failed to render or be written, else 0."""
    if any(outcome.bad_input for outcome in outcomes):
        return 2
    return 1 if any(outcome.errors for outcome in outcomes) else 0


def split_groups(jobs: Sequence[Job]) -> tuple[list[list[Job]], list[Job]]:
    """Releases sharing a ``group`` (one release in several languages), in the order given,
    and the releases packed alone."""
    by_group: dict[str, list[Job]] = {}
    for job in jobs:
        if job[1].group:
            by_group.setdefault(job[1].group, []).append(job)
    groups = [members for members in by_group.values() if len(members) > 1]
    grouped = {id(job[1]) for members in groups for job in members}
    return groups, [job for job in jobs if id(job[1]) not in grouped]


def pack_groups(
    groups: Sequence[Sequence[Job]],
    out_dir: Path,
    formats: Sequence[str],
    options: RenderOptions,
) -> list[Outcome]:
    """One pack per group, ``<group>.zip``, written atomically; every language of a group
    must render, or none is packed."""
    from pressrelease.errors import InputError, PressReleaseError
    from pressrelease.output import write_atomic
    from pressrelease.pack import build_group_pack

    outcomes = []
    for members in groups:
        sources = ", ".join(str(job[0]) for job in members)
        releases = [job[1] for job in members]
        first = members[0][0]
        try:
            data = build_group_pack(releases, formats, options, media=[job[2] for job in members])
            target = write_atomic(out_dir / f"{releases[0].group}.zip", data)
            outcomes += [Outcome(job[0], (target,)) for job in members]
        except InputError as exc:
            outcomes.append(Outcome(first, errors=(f"{sources}: {exc}",), bad_input=True))
        except PressReleaseError as exc:
            lines = str(exc).splitlines()
            outcomes.append(Outcome(first, errors=tuple(f"{sources}: {line}" for line in lines)))
    return outcomes
