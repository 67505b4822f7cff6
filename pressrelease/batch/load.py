"""Releases loaded for a batch: each read and validated once, in this process, with its
media files (``sources.load_one``), before anything is written; releases whose slugs clash
are refused together."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease._log import Log

if TYPE_CHECKING:
    from pressrelease.batch.outcome import Job, Outcome

logger = Log(__name__)


def load_all(sources: Sequence[Path]) -> tuple[list[Job], list[Outcome]]:
    """Load and validate every source once, with its media files; refuse those that cannot
    be loaded, and every release whose slug (after validation) another one also has: their
    files would collide."""
    from pressrelease.batch.outcome import Outcome
    from pressrelease.errors import InputError, InvalidReleaseError
    from pressrelease.sources import load_one

    loaded: list[Job] = []
    refused: list[Outcome] = []
    for source in sources:
        try:
            loaded.append(load_one(source))
        except (InvalidReleaseError, InputError) as exc:
            refused.append(Outcome(source, errors=tuple(str(exc).splitlines()), bad_input=True))
    by_slug: dict[str, list[Path]] = {}
    for source, release, _media in loaded:
        by_slug.setdefault(release.slug, []).append(source)
    clashing = {slug: paths for slug, paths in by_slug.items() if len(paths) > 1}
    for slug, paths in clashing.items():
        names = ", ".join(str(p) for p in paths)
        logger.info("slug %r is shared by %s: none of them is rendered", slug, names)
        for path in paths:
            message = (
                f"{path}: slug: {slug!r} is also the slug of another release ({names}); "
                "their outputs would overwrite each other, so none of them was written"
            )
            refused.append(Outcome(path, errors=(message,), bad_input=True))
    kept = [job for job in loaded if job[1].slug not in clashing]
    return kept, refused
