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
# What validating needs before any code of ours runs: pydantic's BaseModel, the validator
# machinery (pydantic_core, its plugin loader and importlib.metadata) and PyYAML. On a slow
# machine this floor alone can exceed the 150 ms target; the difference is ours.
floor = (
    "from pydantic import BaseModel, TypeAdapter; import yaml, importlib.metadata; "
    "TypeAdapter(int).validate_python(1)"
)
report(
    "floor: pydantic + pyyaml imported, one validation",
    process_seconds([sys.executable, "-c", floor]),
)
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
