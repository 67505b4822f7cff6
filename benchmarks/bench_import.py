"""Import: a 2,000-word wire release read from plain text, in-process and as a whole process."""

from __future__ import annotations

import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BIN, EXAMPLE, ROOT, median_seconds, process_seconds, report

from pressrelease.importing import from_text, read, to_yaml
from pressrelease.loading import load

CORPUS = ROOT / "tests" / "corpus"


def long_release() -> str:
    """The Honda release with MARA's and A2 Healthcare's body paragraphs added before its
    closing section (about 2,000 words), hard-wrapped at 72 columns as wire copy is."""
    honda = (CORPUS / "01-honda-anna-engine-plant.txt").read_text(encoding="utf-8")
    extra: list[str] = []
    for name in ("07-mara-europe-leadership.txt", "05-a2-healthcare-us-expansion.txt"):
        paragraphs = (CORPUS / name).read_text(encoding="utf-8").split("\n\n")
        extra += [p for p in paragraphs if len(p.split()) > 40 and not p.startswith("Miami")]
    head, tail = honda.split("\n\nHonda Manufacturing in Ohio\n\n")
    text = "\n\n".join([head, *extra, "Honda Manufacturing in Ohio", tail])
    return "\n\n".join(
        "\n".join(textwrap.wrap(p, 72)) if not p.startswith("*") else p for p in text.split("\n\n")
    )


text = long_release()
words = len(text.split())
report(f"import {words}-word release (in-process)", median_seconds(lambda: from_text(text)), 0.05)
report("  + to_yaml (in-process)", median_seconds(lambda: to_yaml(from_text(text))))
seed = ROOT / "tests" / "seed-microport-mih-2021-10-24.txt"
report("import the seed release (in-process)", median_seconds(lambda: read(seed)))
with tempfile.TemporaryDirectory() as folder:
    source = Path(folder) / "release.txt"
    source.write_text(text, encoding="utf-8")
    command = [str(BIN / "pressrelease"), "import", str(source), "-o", str(Path(folder) / "r.yaml")]
    report(f"pressrelease import {words} words (whole process)", process_seconds(command), 0.3)
validate = [str(BIN / "pressrelease"), "validate", str(EXAMPLE)]
report("pressrelease validate example (reference, same machine)", process_seconds(validate), 0.15)

# The same 2,000-word release as our own DOCX and HTML output, and the example's.
from pressrelease.api import render  # noqa: E402

long = from_text(text).release
with tempfile.TemporaryDirectory() as folder:
    for kind in ("docx", "html"):
        source = Path(folder) / f"long.{kind}"
        source.write_bytes(render(long, kind))
        report(
            f"import {words}-word release from {kind.upper()} (in-process)",
            median_seconds(lambda source=source: read(source)),  # type: ignore[misc]
            0.05,
        )
    example = load(EXAMPLE)
    for kind in ("docx", "html"):
        source = Path(folder) / f"example.{kind}"
        source.write_bytes(render(example, kind))
        report(
            f"import the example from {kind.upper()} (in-process)",
            median_seconds(lambda source=source: read(source)),  # type: ignore[misc]
        )
    source = ROOT / "tests" / "fixtures" / "import" / "microport-mih.eml"
    report("import the seed e-mail (in-process)", median_seconds(lambda: read(source)))
