"""Timing helpers shared by the benchmark scripts (never used by the tests)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "microport-mih" / "release.yaml"
BIN = Path(sys.executable).parent


def compile_bytecode() -> None:
    """Byte-compile the environment and the package first, as ``pip install`` leaves them.

    A whole-process timing otherwise measures compiling sources: where
    ``PYTHONDONTWRITEBYTECODE`` is set (as on the development machine) or a dependency was
    installed with ``--no-compile``, every start recompiles every module it imports, e.g.
    ebooklib 50 ms instead of 20. A user's ``pip install`` writes the bytecode, so the
    benchmarks measure that state.
    """
    import compileall
    import sysconfig

    for folder in (sysconfig.get_paths()["purelib"], str(ROOT / "pressrelease")):
        compileall.compile_dir(folder, quiet=2, workers=0)


compile_bytecode()


def median_seconds(work: Callable[[], object], repeat: int = 50, warmup: int = 3) -> float:
    """Median wall time of ``work()`` in this process, after a warm-up."""
    for _ in range(warmup):
        work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def process_seconds(command: Sequence[str], repeat: int = 15, warmup: int = 2) -> float:
    """Median wall time of a whole process, start to exit."""
    for _ in range(warmup):
        subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, seconds: float, target: float | None = None) -> None:
    """One result line: name, milliseconds and whether it meets its target."""
    verdict = ""
    if target is not None:
        verdict = f"  target < {target * 1000:.0f} ms: {'ok' if seconds < target else 'MISSED'}"
    print(f"{name:<52} {seconds * 1000:9.2f} ms{verdict}", flush=True)
