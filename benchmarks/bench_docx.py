"""DOCX: in-process render of the example (target < 10 ms) and a whole `build -f docx`."""

from __future__ import annotations

import sys
import tempfile

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

from common import BIN, EXAMPLE, median_seconds, process_seconds, report

from pressrelease.loading import load
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.docx import DocxRenderer

release = load(EXAMPLE)
renderer = DocxRenderer()
options = RenderOptions()
reference = RenderOptions(docx_reference=renderer.render(release, RenderOptions(paper="letter")))
report(
    "docx render of example (in-process, median)",
    median_seconds(lambda: renderer.render(release, options), repeat=200),
    target=0.010,
)
report(
    "docx render with a reference template (in-process)",
    median_seconds(lambda: renderer.render(release, reference), repeat=200),
)
with tempfile.TemporaryDirectory() as out:
    command = [str(BIN / "pressrelease"), "build", str(EXAMPLE), "-f", "docx", "-o", out]
    report("pressrelease build -f docx (whole process)", process_seconds(command), target=0.35)
