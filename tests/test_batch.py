"""Batches on several cores: a worker that dies or hangs costs only its release."""

from __future__ import annotations

import os
import signal
import time
import zipfile
from pathlib import Path

import pytest

from pressrelease.batch import Outcome, run_many
from pressrelease.loading import load
from pressrelease.media import NO_MEDIA, Media
from pressrelease.model import PressRelease
from pressrelease.output import remove_partial_files
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.txt import TextRenderer
from tests.helpers import EXAMPLE

SLUG = "microport-mih-2021-10-24"


def releases(count: int) -> list[tuple[Path, PressRelease, Media]]:
    release = load(EXAMPLE)
    return [
        (Path(f"r{n}.yaml"), release.model_copy(update={"slug": f"release-{n}"}), NO_MEDIA)
        for n in range(count)
    ]


def children() -> set[int]:
    """The pids of this process's living children (Linux)."""
    pids: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        pids.update(int(pid) for pid in (task / "children").read_text().split())
    return pids


def misbehave_on(monkeypatch: pytest.MonkeyPatch, slug: str, action: str) -> None:
    """Make the built-in txt renderer, which runs inside the worker, misbehave for ``slug``."""
    render = TextRenderer.render

    def sabotaged(self: TextRenderer, release: PressRelease, options: RenderOptions) -> bytes:
        if release.slug == slug:
            if action == "exit":
                os._exit(3)
            if action == "segfault":
                os.kill(os.getpid(), signal.SIGSEGV)
            time.sleep(3600)
        return render(self, release, options)

    monkeypatch.setattr(TextRenderer, "render", sabotaged)


pytestmark = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("exit", "the process rendering this release died (exit code 3)"),
        ("segfault", "the process rendering this release died (killed by signal SIGSEGV)"),
        ("hang", "did not finish within 1 s ((1 formats + 1) × --timeout 0.5 s) and was stopped"),
    ],
)
def test_a_dying_or_hanging_worker_fails_only_its_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, message: str
) -> None:
    misbehave_on(monkeypatch, "release-2", action)
    before = children()
    done: list[Outcome] = []
    jobs = releases(6)
    options = RenderOptions(timeout=0.5)
    outcomes = run_many(jobs, "pack", tmp_path, ["txt"], options, 2, done.append)
    assert [o.source for o in outcomes] == [source for source, _, _ in jobs]
    assert len(done) == 6
    failed = [o for o in outcomes if o.errors]
    assert [o.source for o in failed] == [Path("r2.yaml")]
    assert failed[0].errors == (f"r2.yaml: {failed[0].errors[0].split(': ', 1)[1]}",)
    assert message in failed[0].errors[0]
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"release-{n}.zip" for n in (0, 1, 3, 4, 5)]
    for name in names:
        assert zipfile.ZipFile(tmp_path / name).testzip() is None
    assert children() <= before  # every worker was reaped


def test_workers_that_finish_are_reaped_and_outcomes_keep_their_order(tmp_path: Path) -> None:
    before = children()
    outcomes = run_many(releases(5), "build", tmp_path, ["txt", "jsonld"], RenderOptions(), 3)
    assert [len(o.written) for o in outcomes] == [2] * 5
    assert [o.written[0].name for o in outcomes] == [f"release-{n}.txt" for n in range(5)]
    assert children() <= before


def test_partial_files_of_a_killed_run_are_removed_and_nothing_else(tmp_path: Path) -> None:
    stale = [".release-1.zip.k3j4_h5g.part", f".{SLUG}.txt.abcdefgh.part"]
    kept = ["notes.part", ".hidden", ".x.part", "release-1.zip", ".a.b.TOOLONG12.part"]
    for name in stale + kept:
        (tmp_path / name).write_bytes(b"x")
    run_many([], "pack", tmp_path, ["txt"], RenderOptions(), 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)
    remove_partial_files(tmp_path / "missing")  # no folder: nothing to do
