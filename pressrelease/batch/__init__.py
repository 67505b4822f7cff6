"""Running ``build`` or ``pack`` over one release or many: the edge shared by both commands.

Every release is loaded once, in this process, and validated before anything is written;
releases whose slugs clash are refused together (``batch.load``). The rest are rendered
(in parallel on every core when there are several, ``batch.pool``) through
``pipeline.render_all`` and written atomically (``batch.run``); releases sharing a group
make one pack (``batch.groups``). One bad release never stops the others, and each one's
fate is an ``Outcome``; ``exit_code`` turns them into the command's exit code
(``batch.outcome``).

The names below are imported from their modules on first use. ``load_one``, which loads one
release with its media, lives in ``pressrelease.sources`` (``validate`` and ``send`` use it
too, without the batch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pressrelease.batch.groups import pack_groups as pack_groups
    from pressrelease.batch.groups import split_groups as split_groups
    from pressrelease.batch.load import load_all as load_all
    from pressrelease.batch.outcome import Job as Job
    from pressrelease.batch.outcome import Outcome as Outcome
    from pressrelease.batch.outcome import Task as Task
    from pressrelease.batch.outcome import exit_code as exit_code
    from pressrelease.batch.run import default_jobs as default_jobs
    from pressrelease.batch.run import run_many as run_many
    from pressrelease.batch.run import run_one as run_one
    from pressrelease.sources import load_one as load_one

__all__ = [
    "Job",
    "Outcome",
    "Task",
    "default_jobs",
    "exit_code",
    "load_all",
    "load_one",
    "pack_groups",
    "run_many",
    "run_one",
    "split_groups",
]

_LAZY = {
    "Job": "pressrelease.batch.outcome",
    "Outcome": "pressrelease.batch.outcome",
    "Task": "pressrelease.batch.outcome",
    "exit_code": "pressrelease.batch.outcome",
    "pack_groups": "pressrelease.batch.groups",
    "split_groups": "pressrelease.batch.groups",
    "load_all": "pressrelease.batch.load",
    "load_one": "pressrelease.sources",
    "default_jobs": "pressrelease.batch.run",
    "run_many": "pressrelease.batch.run",
    "run_one": "pressrelease.batch.run",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
