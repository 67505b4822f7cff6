"""``pressrelease build`` and ``pack``: one pipeline, one progress report, one exit-code rule,
over one release or many, to a folder or (``-o -``) to standard output."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.cli import EXIT_OK, EXIT_USAGE, error, many_releases
from pressrelease.cli.options import render_options, selected_formats, use_choices
from pressrelease.errors import InputError
from pressrelease.sources import release_files

if TYPE_CHECKING:
    import argparse

    from pressrelease.batch import Outcome, Task
    from pressrelease.renderers.base import RenderOptions


def build_or_pack(args: argparse.Namespace, task: Task) -> int:
    """``build`` and ``pack``: one pipeline, one progress report, one rule for the exit code."""
    from dataclasses import replace

    from pressrelease.batch import default_jobs, exit_code, load_all, run_many
    from pressrelease.pack import DEFAULT_FORMATS
    from pressrelease.progress import Progress

    if args.jobs < 0:
        raise InputError("--jobs must be a positive number (0 = one per core)")
    if not args.timeout > 0:
        raise InputError("--timeout must be a positive number of seconds")
    use = use_choices(args.use)
    formats = selected_formats(args.format, DEFAULT_FORMATS if task == "pack" else None, use)
    options = replace(render_options(args, formats), timeout=args.timeout)
    to_stdout = args.out == "-"
    out = Path(args.out)
    if not to_stdout and out.exists() and not out.is_dir():
        raise InputError(f"-o {out}: this is a file; -o takes a folder to write the outputs in")
    sources = release_files(args.releases, skip=None if to_stdout else out)
    if to_stdout:
        return _to_stdout(sources, task, formats, options)
    if len(sources) > 1:
        many_releases()
    progress = Progress(len(sources), task, debug=args.debug, quiet=args.quiet)
    jobs, refused = load_all(sources)
    for outcome in refused:
        progress(outcome)
    workers = args.jobs or default_jobs()
    done: list[Outcome] = []

    def report(outcome: Outcome) -> None:
        done.append(outcome)
        progress(outcome)

    grouped: list[Outcome] = []
    if task == "pack":  # one release in several languages: one pack with a folder each
        from pressrelease.batch import pack_groups, split_groups

        groups, jobs = split_groups(jobs)
        for outcome in pack_groups(groups, Path(args.out), formats, options):
            grouped.append(outcome)
            report(outcome)
    try:
        outcomes = (
            refused
            + grouped
            + run_many(jobs, task, Path(args.out), formats, options, workers, report)
        )
    except KeyboardInterrupt:  # the workers are gone and no partial file is left
        progress.close(refused + done, cancelled=True)
        raise
    finally:
        progress.stop()  # whatever happened, never leave the terminal without its cursor
    progress.close(outcomes)
    return exit_code(outcomes)


def _to_stdout(
    sources: Sequence[Path], task: Task, formats: Sequence[str], options: RenderOptions
) -> int:
    """``-o -``: one release's one format (build) or pack, as bytes on standard output."""
    from dataclasses import replace

    from pressrelease.batch import load_all

    if len(sources) != 1:
        raise InputError(f"-o - writes one release to standard output; {len(sources)} given")
    if task == "build" and len(formats) != 1:
        raise InputError(
            "-o - writes one format to standard output; choose it with -f (e.g. -f txt)"
        )
    jobs, refused = load_all(sources)
    if refused:
        for line in refused[0].errors:
            error(line, debug=False)
        return EXIT_USAGE
    _source, release, media = jobs[0]
    options = replace(options, media=media)
    if task == "pack":
        from pressrelease.pack import build_pack

        data = build_pack(release, formats, options)
    else:
        from pressrelease.pipeline import render_one

        data = render_one(release, formats[0], options)
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return EXIT_OK
