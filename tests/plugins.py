"""Make real plugin distributions (a package + .dist-info with entry points) for tests."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

GOOD_PLUGIN = """
from typing import ClassVar


class ShoutRenderer:
    name: ClassVar[str] = "shout"
    extension: ClassVar[str] = "shout.txt"
    media_type: ClassVar[str] = "text/plain"
    description: ClassVar[str] = "The headline in capitals"

    def render(self, release, options):
        return release.headline.upper().encode("utf-8")
"""


def make_distribution(root: Path, dist: str, module: str, source: str, points: str) -> None:
    """Install ``module`` with ``source`` and a dist-info declaring ``points`` under ``root``."""
    (root / f"{module}.py").write_text(dedent(source), encoding="utf-8")
    info = root / f"{dist.replace('-', '_')}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.2.3\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[pressrelease.renderers]\n" + dedent(points), encoding="utf-8"
    )
