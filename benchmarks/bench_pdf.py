"""PDF: in-process render of the example (target < 10 ms) and a whole `build -f pdf` (< 0.4 s);
then renders of one very long paragraph (100 KB to 1 MB, target: 1 MB in < 5 s, time linear in
length) and of one unbroken 200 KB word, best of 3. `bench_pdf.py long` runs only the latter."""

from __future__ import annotations

import sys
import tempfile
import time

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

from common import BIN, EXAMPLE, median_seconds, process_seconds, report

from pressrelease.loading import load
from pressrelease.model import PressRelease
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.pdf import PdfRenderer

release = load(EXAMPLE)
options = RenderOptions()
renderer = PdfRenderer()


def example() -> None:
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
        command = [str(BIN / "pressrelease"), "build", str(EXAMPLE), "-f", "pdf", "-o", out]
        report("pressrelease build -f pdf (whole process)", process_seconds(command), target=0.4)


def seconds_for(text: str, repeat: int = 3) -> tuple[float, float]:
    """Wall and CPU seconds, the best of ``repeat`` renders of the example with ``text`` as its
    whole body (one paragraph): the best, as other work on a shared machine only adds time;
    CPU time too, as on a busy machine the wall time is mostly waiting."""
    data = release.model_dump(mode="json", exclude_none=True)
    long_release = PressRelease.model_validate({**data, "body": [text]})
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        renderer.render(long_release, options)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(wall), min(cpu)


def words(size: int) -> str:
    """``size`` characters of ordinary words, always the same ones."""
    pool = ["press", "release", "layout", "paragraph", "Suzhou", "robotic", "surgery,"]
    pool += ["the", "of", "and", "2021", "(HKEX)", "shareholders", "Łódź"]
    out: list[str] = []
    total = index = 0
    while total < size:
        word = pool[(index * 7 + index // 5) % len(pool)]
        out.append(word)
        total += len(word) + 1
        index += 1
    return " ".join(out)[:size]


def long_paragraphs() -> None:
    renderer.render(release, options)  # fonts and styles loaded before timing
    wall: dict[int, float] = {}
    cpu: dict[int, float] = {}
    for kilobytes in (100, 200, 500, 1000):
        wall[kilobytes], cpu[kilobytes] = seconds_for(words(kilobytes * 1000))
        name = f"pdf render of one {kilobytes} KB paragraph"
        print(f"{name:<52} {wall[kilobytes]:9.2f} s  (CPU {cpu[kilobytes]:.2f} s)", flush=True)
    print(
        f"{'  ratio 1 MB / 100 KB (linear: 10)':<52} {wall[1000] / wall[100]:9.1f}"
        f"    (CPU {cpu[1000] / cpu[100]:.1f})"
    )
    print(f"{'  1 MB paragraph':<52} target < 5 s: {'ok' if wall[1000] < 5 else 'MISSED'}")
    word, word_cpu = seconds_for("x" * 200_000)
    print(f"{'pdf render of one unbroken 200 KB word':<52} {word:9.2f} s  (CPU {word_cpu:.2f} s)")


if __name__ == "__main__":
    if sys.argv[1:] != ["long"]:
        example()
    long_paragraphs()
