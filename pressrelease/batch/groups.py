"""One release in several languages (releases sharing a ``group``): one pack for them all,
``<group>.zip``, with a folder per language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.batch.outcome import Job, Outcome

if TYPE_CHECKING:
    from pressrelease.renderers.base import RenderOptions


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
