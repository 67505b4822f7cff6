"""build_pack against reference code, side by side on this machine.

The machines these benchmarks run on differ by up to 3x in speed (and a shared host changes
by 1.7x from one minute to the next), so an absolute number alone cannot say whether the
code got slower. This script answers that question: it extracts the code of a reference
commit (``git archive``), and times ``build_pack`` of the example with the reference code
and with the current code in alternating rounds, each round a fresh process using the same
installed libraries. Load from elsewhere hits both sides alike, and the ratio of the two
is a property of the code, not of the machine.

The reference is the commit whose numbers are recorded in benchmarks/README.md under
"2026-11-26": its ``build_pack`` measured 15.6 ms there, against the 25 ms target. The
line "scaled to the reference machine" multiplies that 15.6 ms by the measured ratio: what
the current code would take on the machine where the target was set.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, report

REFERENCE = "d3c9554"
"""benchmarks: numbers from a quiet make bench run (2026-11-26)."""
REFERENCE_MS = 15.6
"""Its build_pack of the example, in-process, on the 2026-11-26 machine."""
ROUNDS = 9
REPEAT = 15

TIMER = """
import statistics, sys, time
from pressrelease.loading import load
from pressrelease.pack import build_pack
release = load(sys.argv[1])
for _ in range(3):
    build_pack(release)
times = []
for _ in range({repeat}):
    start = time.perf_counter()
    build_pack(release)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def reference_tree(folder: Path) -> Path | None:
    """The reference commit's package and example, or None without the git history."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", REFERENCE, "pressrelease", "examples"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        return None
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def build_pack_seconds(tree: Path) -> float:
    """Median build_pack time of the example with the package found in ``tree``."""
    example = tree / "examples" / "microport-mih" / "release.yaml"
    done = subprocess.run(
        [sys.executable, "-c", TIMER.format(repeat=REPEAT), str(example)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
    )
    return float(done.stdout)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tree = reference_tree(Path(tmp))
        if tree is None:
            print(f"reference commit {REFERENCE} is not in this clone's history; skipped")
            return
        ours, theirs, ratios = [], [], []
        for round_number in range(ROUNDS):
            sides = [(tree, theirs), (ROOT, ours)]
            if round_number % 2:
                sides.reverse()
            for where, into in sides:
                into.append(build_pack_seconds(where))
            ratios.append(ours[-1] / theirs[-1])
    ratio = statistics.median(ratios)
    report(f"build_pack, reference code ({REFERENCE})", statistics.median(theirs))
    report("build_pack, current code", statistics.median(ours))
    print(f"{'current / reference (median of paired rounds)':<52} {ratio:9.2f} x", flush=True)
    report(
        "build_pack on the reference machine (15.6 ms x ratio)", REFERENCE_MS * ratio / 1000, 0.025
    )


if __name__ == "__main__":
    main()
