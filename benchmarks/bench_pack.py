"""Packs: in-process build_pack of the example, and a 500-release batch with --jobs 2."""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BIN, EXAMPLE, median_seconds, report

from pressrelease.loading import load
from pressrelease.pack import build_pack

BATCH = 500


def batch(folder: Path) -> None:
    """500 distinct releases: the example with a different slug and headline each."""
    source = EXAMPLE.read_text(encoding="utf-8")
    slug = "microport-mih-2021-10-24"
    for number in range(BATCH):
        text = source.replace(f"slug: {slug}", f"slug: release-{number:04d}").replace(
            "MicroPort® Expands MIH", f"MicroPort® Expands MIH (part {number})", 1
        )
        (folder / f"release-{number:04d}.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    release = load(EXAMPLE)
    report(
        "build_pack of example (in-process, 7 formats)",
        median_seconds(lambda: build_pack(release), repeat=30),
        target=0.025,
    )
    with tempfile.TemporaryDirectory() as tmp:
        sources, out = Path(tmp) / "in", Path(tmp) / "out"
        sources.mkdir()
        batch(sources)
        command = [str(BIN / "pressrelease"), "pack", str(sources), "-o", str(out), "--jobs", "2"]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        seconds = time.perf_counter() - start
        packs = len(list(out.glob("*.zip")))
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rate = packs / seconds
    verdict = "ok" if rate >= 80 else "MISSED"
    print(
        f"{'batch of 500 packs, --jobs 2 (whole process)':<52} {seconds:9.2f} s  "
        f"{rate:.0f} packs/s  target >= 80: {verdict}  peak RSS of one process {peak:.0f} MiB",
        flush=True,
    )


if __name__ == "__main__":
    main()
