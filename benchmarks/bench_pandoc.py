"""pressrelease pack vs pandoc 3.x + WeasyPrint, whole processes, measured side by side.

The comparison a user would make: one ``pressrelease pack`` of the example against what it
takes to get the same formats from an equivalent Markdown file with pandoc (DOCX, EPUB, plain
text, HTML) and WeasyPrint (PDF from that HTML), run one after another. Runs alternate
between the two sides so drift in machine load hits both alike; each side's median counts.
Target: pressrelease at least 3 times faster.

pandoc (the pypandoc-binary wheel, which ships the pandoc binary) and WeasyPrint are
installed into their own virtual environment, benchmarks/.env, never into the project's.
WeasyPrint needs Debian's pango (libpango-1.0-0, libpangoft2-1.0-0): installed here when
missing and running as root, otherwise the script says what to install.
"""

from __future__ import annotations

import ctypes.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BIN, EXAMPLE
from typing_extensions import assert_never

from pressrelease.document import (
    Assets,
    ClosingSection,
    Contacts,
    DatelineLine,
    EndMark,
    Heading,
    Headline,
    ItemList,
    Lead,
    Para,
    Preamble,
    QuoteSentence,
    Subheadline,
    TablePart,
    TimingLine,
    compose,
)
from pressrelease.inline import Emphasis, Link, Span, Strong, Text, escape_inline
from pressrelease.loading import load
from pressrelease.model import PressRelease

HERE = Path(__file__).resolve().parent
ENV = HERE / ".env"
ENV_PACKAGES = ("pypandoc-binary", "weasyprint")
DEBIAN_PACKAGES = {  # library -> Debian package; without harfbuzz-subset WeasyPrint is slower
    "pango-1.0": "libpango-1.0-0",
    "pangoft2-1.0": "libpangoft2-1.0-0",
    "harfbuzz-subset": "libharfbuzz-subset0",
}

RUNS = 15
PACK_FORMATS = ("txt", "docx", "pdf", "epub", "html", "ninjs", "jsonld")
"""What ``pressrelease pack`` writes by default."""
TARGET_RATIO = 3.0

Commands = list[list[str]]


def ensure_tools() -> tuple[str, str]:
    """Paths of pandoc and weasyprint, installing them into benchmarks/.env if needed."""
    missing = [deb for lib, deb in DEBIAN_PACKAGES.items() if not ctypes.util.find_library(lib)]
    if missing:
        if os.geteuid() != 0:
            sys.exit(f"WeasyPrint needs: apt-get install -y {' '.join(missing)}")
        subprocess.run(["apt-get", "install", "-y", "-q", *missing], check=True)
    python = ENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ENV)], check=True)
    weasyprint = ENV / "bin" / "weasyprint"
    if not weasyprint.exists() or subprocess.run([str(python), "-c", "import pypandoc"]).returncode:
        pip = [str(python), "-m", "pip", "install", "-q", *ENV_PACKAGES]
        subprocess.run(pip, check=True)
    where = "import pypandoc; print(pypandoc.get_pandoc_path())"
    pandoc = subprocess.run([str(python), "-c", where], check=True, capture_output=True, text=True)
    return pandoc.stdout.strip(), str(weasyprint)


def markdown(release: PressRelease) -> str:
    """The release as pandoc Markdown, with the same words and structure as our outputs."""
    meta = [
        "---",
        f"title: {_yaml(release.headline)}",
        f"author: {_yaml(release.issuer.name)}",
        f"date: {release.dateline.date.isoformat()}",
        f"lang: {release.language}",
    ]
    if release.subheadlines:
        meta.append(f"subtitle: {_yaml(' / '.join(release.subheadlines))}")
    if release.keywords:
        meta.append(f"keywords: [{', '.join(_yaml(k) for k in release.keywords)}]")
    parts = ["\n".join([*meta, "---"])]
    for part in compose(release).parts:
        match part:
            case Preamble(lines=rows):
                parts.append("\\\n".join(escape_inline(row) for row in rows))
            case TimingLine(text=text):
                parts.append(f"**{escape_inline(text)}**")
            case Headline() | Subheadline():
                pass  # in the title block
            case DatelineLine(text=text):
                parts.append(f"**{escape_inline(text)}**")
            case Lead(dateline=dateline, separator=separator, spans=spans):
                parts.append(f"**{escape_inline(dateline)}**{separator}{_md(spans)}")
            case Para(spans=spans) | QuoteSentence(spans=spans):
                parts.append(_md(spans))
            case Heading(text=text):
                parts.append(f"## {escape_inline(text)}")
            case ItemList(ordered=ordered, items=items):
                marks = [f"{n}." if ordered else "-" for n in range(1, len(items) + 1)]
                parts.append("\n".join(f"{m} {_md(i)}" for m, i in zip(marks, items, strict=True)))
            case TablePart(caption=caption, header=header, rows=rows):
                lines = ["| " + " | ".join(_md(c) for c in row) + " |" for row in (header, *rows)]
                lines.insert(1, "|" + "---|" * len(header))
                if caption:
                    lines.append(f"\nTable: {escape_inline(caption)}")
                parts.append("\n".join(lines))
            case ClosingSection(heading=heading, paragraphs=texts):
                if heading:
                    parts.append(f"## {escape_inline(heading)}")
                parts.extend(_md(text) for text in texts)
            case Contacts(heading=heading, cards=cards):
                if heading:
                    parts.append(f"## {escape_inline(heading)}")
                for card in cards:
                    lines = [f"**{escape_inline(card.heading)}**"] if card.heading else []
                    lines += [_md(line) for line in card.lines]
                    parts.append("\\\n".join(lines))
            case Assets(label=label, items=assets):
                parts.append(f"**{escape_inline(label)}**")
                parts.append(
                    "\n".join(f"- {escape_inline(a.title + a.details)} <{a.url}>" for a in assets)
                )
            case EndMark(text=text):
                parts.append(f"::: {{style='text-align:center'}}\n{escape_inline(text)}\n:::")
            case _:
                assert_never(part)
    return "\n\n".join(parts) + "\n"


def _yaml(text: str) -> str:
    """A YAML string whose Markdown reading is the text itself."""
    text = escape_inline(text)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _md(spans: tuple[Span, ...]) -> str:
    out = []
    for span in spans:
        if isinstance(span, Text):
            out.append(escape_inline(span.text))
        elif isinstance(span, Emphasis):
            out.append(f"*{_md(span.children)}*")
        elif isinstance(span, Strong):
            out.append(f"**{_md(span.children)}**")
        elif isinstance(span, Link):
            out.append(f"[{_md(span.children)}](<{span.href}>)")
    return "".join(out)


def pandoc_commands(pandoc: str, weasyprint: str, source: Path, out: Path) -> Commands:
    """DOCX, EPUB, plain text and HTML from pandoc, then PDF from that HTML by WeasyPrint."""
    stem = str(out / "release")
    read = [pandoc, str(source), "-f", "markdown-smart", "-s"]  # quotes kept as typed, as ours
    return [
        [*read, "-o", f"{stem}.docx"],
        [*read, "-o", f"{stem}.epub"],
        [*read, "-t", "plain", "-o", f"{stem}.txt"],
        [*read, "-o", f"{stem}.html"],
        [weasyprint, f"{stem}.html", f"{stem}.pdf"],
    ]


def pack_commands(out: Path, jobs: int | None) -> Commands:
    """``pressrelease pack`` of the example, with every format it has by default."""
    command = [str(BIN / "pressrelease"), "pack", str(EXAMPLE), "-o", str(out)]
    missing = [name for name in PACK_FORMATS if name not in installed_formats()]
    if missing:
        present = [name for name in PACK_FORMATS if name not in missing]
        command += ["--format", ",".join(present)]
    return [command + (["--jobs", str(jobs)] if jobs else [])]


def installed_formats() -> set[str]:
    from pressrelease.registry import available_formats

    return {info.name for info in available_formats()}


def run(commands: Commands) -> list[float]:
    """Wall time of each command, run one after another, each a whole process."""
    times = []
    for command in commands:
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def side_by_side(sides: dict[str, Commands], runs: int) -> dict[str, list[float]]:
    """Per side, the median seconds of each command and (last) of the whole set.

    Every round runs each side once, in turn, so load from elsewhere hits all sides alike;
    the order rotates from round to round, so no side always follows the heavy one.
    """
    for commands in sides.values():
        run(commands)  # warm-up: page cache, byte-code caches
    rounds: dict[str, list[list[float]]] = {name: [] for name in sides}
    names = list(sides)
    for number in range(runs):
        shift = number % len(names)
        for name in names[shift:] + names[:shift]:
            times = run(sides[name])
            rounds[name].append([*times, sum(times)])
    return {
        name: [statistics.median(column) for column in zip(*table, strict=True)]
        for name, table in rounds.items()
    }


def show(commands: Sequence[Sequence[str]]) -> str:
    return "\n".join(
        "    " + " ".join(Path(c).name if "/" in c else c for c in cmd) for cmd in commands
    )


def main() -> int:
    pandoc, weasyprint = ensure_tools()
    version = subprocess.run([pandoc, "--version"], capture_output=True, text=True, check=True)
    weasy = subprocess.run([weasyprint, "--version"], capture_output=True, text=True, check=True)
    print(f"{version.stdout.splitlines()[0]}; {weasy.stdout.strip()}; {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "release.md"
        source.write_text(markdown(load(EXAMPLE)), encoding="utf-8")
        sides = {
            "pandoc + WeasyPrint (5 processes)": pandoc_commands(
                pandoc, weasyprint, source, folder / "pandoc"
            ),
            "pressrelease pack (default --jobs)": pack_commands(folder / "pack", None),
            "pressrelease pack --jobs 1": pack_commands(folder / "pack1", 1),
        }
        (folder / "pandoc").mkdir()
        print("commands:")
        for name, commands in sides.items():
            print(f"  {name}:\n{show(commands)}")
        medians = side_by_side(sides, RUNS)
        made = sorted(p.name for p in (folder / "pack").iterdir())
        print(f"pack wrote: {', '.join(made)}")
    baseline = medians["pandoc + WeasyPrint (5 processes)"][-1]
    steps = ("pandoc -> docx", "pandoc -> epub", "pandoc -> plain", "pandoc -> html", "weasyprint")
    for step, seconds in zip(steps, medians["pandoc + WeasyPrint (5 processes)"], strict=False):
        print(f"  {step:<50} {seconds * 1000:9.1f} ms")
    for name, values in medians.items():
        print(f"{name:<52} {values[-1] * 1000:9.1f} ms  (median of {RUNS})", flush=True)
    missing = [name for name in PACK_FORMATS if name not in installed_formats()]
    if missing:
        print(f"NOTE: not installed, so not in the pack: {', '.join(missing)}")
    for name in ("pressrelease pack (default --jobs)", "pressrelease pack --jobs 1"):
        ratio = baseline / medians[name][-1]
        verdict = "ok" if ratio >= TARGET_RATIO else "MISSED"
        print(f"{name} is {ratio:.1f}x faster  target >= {TARGET_RATIO:.0f}x: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
