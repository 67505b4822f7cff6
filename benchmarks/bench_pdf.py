"""PDF: in-process render of the example (target < 10 ms) and a whole `build -f pdf` (< 0.4 s)."""

from __future__ import annotations

import sys
import tempfile

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

from common import BIN, EXAMPLE, median_seconds, process_seconds, report

from pressrelease.loading import load
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.pdf import PdfRenderer

release = load(EXAMPLE)
options = RenderOptions()
renderer = PdfRenderer()
report(
    "pdf render of example (in-process, warm)",
    median_seconds(lambda: renderer.render(release, options), repeat=200, warmup=5),
    target=0.010,
)
report(
    "pdf render of example, more marks, Letter",
    median_seconds(
        lambda: renderer.render(release, RenderOptions(paper="letter", more_marks=True)),
        repeat=100,
    ),
)
with tempfile.TemporaryDirectory() as out:
    report(
        "pressrelease build -f pdf (whole process)",
        process_seconds([str(BIN / "pressrelease"), "build", str(EXAMPLE), "-f", "pdf", "-o", out]),
        target=0.4,
    )
