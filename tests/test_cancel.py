"""Cancelling ``pressrelease pack`` of many releases: SIGINT, SIGTERM, Ctrl-C to the group."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE

SLUG = "microport-mih-2021-10-24"
COUNT = 200

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc"),
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """200 releases, and their packs from one uninterrupted run."""
    root = tmp_path_factory.mktemp("batch")
    releases = root / "in"
    releases.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    for number in range(COUNT):
        (releases / f"r{number:03}.yaml").write_text(
            text.replace(f"slug: {SLUG}", f"slug: release-{number:03}"), encoding="utf-8"
        )
    reference = root / "reference"
    subprocess.run(_pack(releases, reference), check=True, capture_output=True, timeout=300)
    assert len(list(reference.glob("*.zip"))) == COUNT
    return releases, reference


def _pack(releases: Path, out: Path) -> list[str]:
    command = [sys.executable, "-m", "pressrelease", "pack", str(releases), "-o", str(out)]
    return [*command, "-f", "txt,jsonld", "-j", "2"]


def _group(pgid: int) -> list[int]:
    """Living processes (zombies aside) of process group ``pgid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize(
    ("how", "code"),
    [("SIGINT", 130), ("SIGTERM", 143), ("group SIGINT", 130)],
)
def test_a_cancelled_pack_stops_cleanly_and_a_rerun_completes_it(
    batch: tuple[Path, Path], tmp_path: Path, how: str, code: int
) -> None:
    releases, reference = batch
    out = tmp_path / "out"
    process = subprocess.Popen(
        _pack(releases, out),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, for the group Ctrl-C
    )
    try:
        deadline = time.monotonic() + 120
        while len(list(out.glob("*.zip"))) < 3:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert len(_group(process.pid)) >= 3  # the main process and its two workers
        sent = time.monotonic()
        if how == "group SIGINT":
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGINT if how == "SIGINT" else signal.SIGTERM)
        _, err = process.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == code, err
    assert took < 5
    assert "Traceback" not in err
    assert "cancelled" in err
    assert "packed " in err
    time.sleep(0.2)  # the kernel's reaping of killed workers
    assert _group(process.pid) == []
    names = [p.name for p in out.iterdir()]
    assert not [name for name in names if name.endswith(".part")]
    assert 3 <= len(names) < COUNT
    for name in names:
        with zipfile.ZipFile(out / name) as pack:
            assert pack.testzip() is None

    stale = out / ".release-199.zip.abcd1234.part"  # as a SIGKILLed run leaves it
    stale.write_bytes(b"PK")
    rerun = subprocess.run(_pack(releases, out), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert not stale.exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in reference.iterdir())
    for path in reference.iterdir():
        assert (out / path.name).read_bytes() == path.read_bytes(), path.name
