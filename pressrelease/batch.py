"""Running ``build`` or ``pack`` over one release or many: the edge shared by both commands.

Every release is loaded once, in this process, and validated before anything is written;
releases whose slugs clash are refused together. The rest are rendered (in parallel on
every core when there are several) through ``pipeline.render_all`` and written atomically.
One bad release never stops the others, and each one's fate is an ``Outcome``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions

Task = Literal["build", "pack"]


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


def load_all(sources: Sequence[Path]) -> tuple[list[tuple[Path, PressRelease]], list[Outcome]]:
    """Load and validate every source once; refuse those that cannot be loaded, and every
    release whose slug (after validation) another one also has: their files would collide."""
    from pressrelease.errors import InputError, InvalidReleaseError
    from pressrelease.loading import load

    loaded: list[tuple[Path, PressRelease]] = []
    refused: list[Outcome] = []
    for source in sources:
        try:
            loaded.append((source, load(source)))
        except (InvalidReleaseError, InputError) as exc:
            refused.append(Outcome(source, errors=tuple(str(exc).splitlines()), bad_input=True))
    by_slug: dict[str, list[Path]] = {}
    for source, release in loaded:
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
    kept = [(source, release) for source, release in loaded if release.slug not in clashing]
    return kept, refused


def run_one(
    source: Path,
    release: PressRelease,
    task: Task,
    out_dir: Path,
    formats: Sequence[str],
    options: RenderOptions,
) -> Outcome:
    """Render and write one release; every error becomes part of the Outcome.

    ``build`` writes each format that renders and reports the others; ``pack`` writes a
    ZIP only when every format rendered.
    """
    import traceback

    from pressrelease.errors import InputError, PressReleaseError

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
    jobs: Sequence[tuple[Path, PressRelease]],
    task: Task,
    out_dir: Path,
    formats: Sequence[str],
    options: RenderOptions,
    workers: int,
    on_done: Callable[[Outcome], None] = lambda outcome: None,
) -> list[Outcome]:
    """Run every job, ``workers`` at a time; ``on_done`` is called as each finishes.

    Outcomes come back in the order of ``jobs``.
    """
    outcomes: list[Outcome] = []
    if workers <= 1 or len(jobs) <= 1:
        for source, release in jobs:
            outcomes.append(run_one(source, release, task, out_dir, formats, options))
            on_done(outcomes[-1])
        return outcomes
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context) as pool:
        futures = [
            pool.submit(run_one, source, release, task, out_dir, formats, options)
            for source, release in jobs
        ]
        for future in as_completed(futures):
            outcomes.append(future.result())
            on_done(outcomes[-1])
    order = {source: index for index, (source, _) in enumerate(jobs)}
    return sorted(outcomes, key=lambda outcome: order[outcome.source])


def exit_code(outcomes: Sequence[Outcome]) -> int:
    """The command's exit code, the same for build and pack, one release or many:
    2 when any input was bad, else 1 when anything failed to render or be written, else 0."""
    if any(outcome.bad_input for outcome in outcomes):
        return 2
    return 1 if any(outcome.errors for outcome in outcomes) else 0
