"""The plugin in docs/plugins.md works as printed: installed as a real distribution, it is
discovered and draws every part of the composed document, so every sentence of the example
comes out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressrelease.loading import load
from pressrelease.registry import Registry
from pressrelease.renderers.base import RenderOptions
from tests.helpers import EXAMPLE, ROOT, missing_sentences, normalize_ws
from tests.plugins import make_distribution

GUIDE = ROOT / "docs" / "plugins.md"


def _guide_plugin() -> str:
    blocks: list[str] = re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    return next(block for block in blocks if "class MarkdownRenderer" in block)


def test_the_guide_plugin_type_checks(tmp_path: Path) -> None:
    """A plugin author copies the guide's code: it must pass ``mypy --strict`` as printed.
    (The minimum-versions suite installs no type checker; ``make test`` always has one.)"""
    import subprocess
    import sys

    pytest.importorskip("mypy")

    source = tmp_path / "pressrelease_markdown.py"
    source.write_text(_guide_plugin(), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_guide_plugin_draws_the_whole_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    make_distribution(
        tmp_path,
        "pressrelease-markdown",
        "pressrelease_markdown",
        _guide_plugin(),
        "md = pressrelease_markdown:MarkdownRenderer",
    )
    registry = Registry.from_environment()
    assert registry.info("md").package == "pressrelease-markdown"
    release = load(EXAMPLE)
    text = registry.get("md")().render(release, RenderOptions()).decode("utf-8")
    plain = normalize_ws(re.sub(r"[\\*]", "", text))  # markup taken off
    assert missing_sentences(plain) == []
    for words in ("Suzhou, China, 24 October 2021", "About MicroPort", "###"):
        assert words in plain
    kitchen = load(ROOT / "tests" / "fixtures" / "kitchen-sink.yaml")
    sink = registry.get("md")().render(kitchen, RenderOptions()).decode("utf-8")
    assert "| " in sink  # tables, lists, contacts and assets are drawn too
    assert "Media assets:" in sink
