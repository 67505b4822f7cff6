"""The worker processes of a parallel batch: each renders one release at a time, and one
that dies or runs out of time fails only its release and is replaced."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pressrelease._log import Log
from pressrelease.batch.outcome import Job, Outcome, Task
from pressrelease.batch.run import run_one

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkContext, SpawnContext

    from pressrelease.media import Media
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions

logger = Log(__name__)


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
        logger.info("worker %s started", self.process.pid)
        self.job: int | None = None
        self.started = 0.0

    def give(self, index: int, source: Path, release: PressRelease, media: Media) -> None:
        import time

        self.job, self.started = index, time.monotonic()
        self.conn.send((index, source, release, media))
        logger.debug("worker %s: %s", self.process.pid, source)

    def stop(self, now: bool) -> None:
        """End the worker: ``now`` kills it, else it is asked to finish and given a second.

        (Asked with a message: closing our end of the pipe is not enough, since workers
        forked later hold copies of it.)"""
        if not now:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(1)
        self.conn.close()
        killed = self.process.is_alive()
        if killed:
            self.process.kill()
        self.process.join()
        logger.info("worker %s %s", self.process.pid, "killed" if killed else "stopped")


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


class Pool:
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
                logger.info("worker %s failed %s: %s", worker.process.pid, source, error)
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
