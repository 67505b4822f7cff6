"""Core: CLI cold start (--help, validate) and in-process text rendering of the example."""

from __future__ import annotations

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

from common import BIN, EXAMPLE, median_seconds, process_seconds, report

from pressrelease.loading import load
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.txt import TextRenderer

cli = str(BIN / "pressrelease")
report("python -c pass (interpreter start)", process_seconds([sys.executable, "-c", "pass"]))
report("pressrelease --help (whole process)", process_seconds([cli, "--help"]))
report(
    "pressrelease validate example (whole process)",
    process_seconds([cli, "validate", str(EXAMPLE)]),
    target=0.15,
)
release = load(EXAMPLE)
report("load example (in-process, warm)", median_seconds(lambda: load(EXAMPLE)))
report(
    "txt render of example (in-process)",
    median_seconds(lambda: TextRenderer().render(release, RenderOptions()), repeat=200),
)
