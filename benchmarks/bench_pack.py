"""Packs: in-process build_pack of the example, a 500-release batch with --jobs 2, and a
release with a logo and two 12-megapixel camera photos (EXIF location and orientation, so
both originals are re-encoded: the worst case)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BIN, EXAMPLE, median_seconds, process_seconds, report

from pressrelease.loading import load
from pressrelease.pack import build_pack

BATCH = 500
PHOTO = (4000, 3000)
"""12 megapixels, as a phone or a compact camera takes them."""


PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
"""Runs a command and prints the peak RSS (KiB) of it and its workers. A process forked from
this benchmark would start with this benchmark's memory (the 12-megapixel photos) counted as
its own, so the batch is started from this small launcher instead."""


def media_kit(folder: Path) -> Path:
    """The example with a logo and two 12-megapixel photos next to it."""
    from PIL import Image

    photo = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize(PHOTO),
            Image.effect_noise(PHOTO, 40),
            Image.radial_gradient("L").resize(PHOTO),
        ],
    )
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}
    for name in ("one.jpg", "two.jpg"):
        photo.save(folder / name, "JPEG", quality=92, exif=exif)
    Image.new("RGBA", (600, 200), (200, 30, 30, 255)).save(folder / "logo.png")
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "issuer:\n  name:", "issuer:\n  logo: logo.png\n  name:", 1
    )
    text += "assets:\n" + "".join(
        f"  - file: {name}\n    title: Photo {name}\n    caption: The site.\n"
        f"    credit: Photo by MicroPort\n    alt: A building beside a lake.\n"
        for name in ("one.jpg", "two.jpg")
    )
    path = folder / "release.yaml"
    path.write_text(text, "utf-8")
    return path


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
        kit = media_kit(Path(tmp))
        command = [str(BIN / "pressrelease"), "pack", str(kit), "-o", str(Path(tmp) / "kit")]
        report(
            "pack with a logo and two 12 MP photos (whole process)",
            process_seconds(command, repeat=5, warmup=1),
            target=2.0,
        )
    with tempfile.TemporaryDirectory() as tmp:
        sources, out = Path(tmp) / "in", Path(tmp) / "out"
        sources.mkdir()
        batch(sources)
        command = [str(BIN / "pressrelease"), "pack", str(sources), "-o", str(out), "--jobs", "2"]
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", PEAK_RSS, *command], check=True, capture_output=True, text=True
        )
        seconds = time.perf_counter() - start
        peak = int(done.stdout.split()[-1]) / 1024
        packs = len(list(out.glob("*.zip")))
    rate = packs / seconds
    verdict = "ok" if rate >= 80 else "MISSED"
    print(
        f"{'batch of 500 packs, --jobs 2 (whole process)':<52} {seconds:9.2f} s  "
        f"{rate:.0f} packs/s  target >= 80: {verdict}  peak RSS of one process {peak:.0f} MiB",
        flush=True,
    )


if __name__ == "__main__":
    main()
