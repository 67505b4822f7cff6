"""``pressrelease validate``: load every release named, with its media files, and report
every problem; nothing is rendered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.cli import EXIT_OK, EXIT_USAGE, error, many_releases
from pressrelease.errors import InputError, InvalidReleaseError
from pressrelease.sources import release_files
from pressrelease.terminal import printable

if TYPE_CHECKING:
    import argparse


def validate(args: argparse.Namespace) -> int:
    """Exit 0 when every release is valid, 2 when any is not (each problem printed)."""
    from pressrelease.sources import load_one

    status, valid = EXIT_OK, []
    paths = release_files(args.releases)
    if len(paths) > 1:
        many_releases()
    for path in paths:
        try:
            load_one(path)
            valid.append(path)
        except (InvalidReleaseError, InputError) as exc:
            error(str(exc), debug=False)
            status = EXIT_USAGE
    if not args.quiet:
        for path in valid:
            print(printable(f"{'<stdin>' if str(path) == '-' else path}: valid"))
    return status
