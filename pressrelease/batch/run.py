"""Rendering a batch: each release through ``pipeline.render_all`` and written atomically,
one after another or (``run_many`` on several cores) in worker processes (``batch.pool``).
One bad release never stops the others, and each one's fate is an ``Outcome``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.batch.outcome import Job, Outcome, Task

if TYPE_CHECKING:
    from pressrelease.media import Media
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions


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
        from pressrelease.batch.pool import Pool

        return Pool(jobs, task, out_dir, formats, options, min(workers, len(jobs))).run(on_done)
    except BaseException:
        remove_partial_files(out_dir)
        raise
