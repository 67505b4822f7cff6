"""Renderer discovery through real entry points, and the lazy-import promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pressrelease.errors import PluginError
from pressrelease.registry import Registry
from pressrelease.renderers.base import Renderer, RenderOptions
from tests.helpers import EXAMPLE
from tests.plugins import GOOD_PLUGIN, make_distribution


@pytest.fixture
def plugin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_builtins_are_declared_as_entry_points() -> None:
    registry = Registry.from_environment()
    info = registry.info("txt")
    assert (info.package, info.extension) == ("pressrelease", "txt")
    assert isinstance(registry.get("txt")(), Renderer)


def test_a_plugin_distribution_is_discovered(plugin_dir: Path) -> None:
    make_distribution(
        plugin_dir, "pr-shout", "pr_shout", GOOD_PLUGIN, "shout = pr_shout:ShoutRenderer"
    )
    registry = Registry.from_environment()
    info = registry.info("shout")
    assert (info.package, info.version, info.extension) == ("pr-shout", "1.2.3", "shout.txt")
    assert "txt" in [i.name for i in registry.available()]


def test_a_broken_plugin_is_named_and_does_not_break_others(plugin_dir: Path) -> None:
    make_distribution(
        plugin_dir, "pr-broken", "pr_broken", "import no_such_module\n", "broken = pr_broken:X"
    )
    registry = Registry.from_environment()
    names = [i.name for i in registry.available()]
    assert "txt" in names
    assert "broken" not in names
    message = str(registry.problems["broken"])
    assert "pr-broken" in message
    assert "no_such_module" in message
    with pytest.raises(PluginError, match="pr-broken"):
        registry.get("broken")


def test_duplicate_plugins_are_refused_by_name(plugin_dir: Path) -> None:
    make_distribution(plugin_dir, "pr-one", "pr_one", GOOD_PLUGIN, "shout = pr_one:ShoutRenderer")
    make_distribution(plugin_dir, "pr-two", "pr_two", GOOD_PLUGIN, "shout = pr_two:ShoutRenderer")
    registry = Registry.from_environment()
    with pytest.raises(PluginError, match=r"pr-one.*pr-two"):
        registry.get("shout")
    assert registry.get("txt").name == "txt"


def test_a_plugin_cannot_take_over_a_builtin(plugin_dir: Path) -> None:
    make_distribution(plugin_dir, "pr-evil", "pr_evil", GOOD_PLUGIN, "txt = pr_evil:ShoutRenderer")
    registry = Registry.from_environment()
    assert registry.info("txt").package == "pressrelease"
    assert any("pr-evil" in str(w) for w in registry.warnings)


def test_not_a_renderer_and_name_mismatch(plugin_dir: Path) -> None:
    make_distribution(
        plugin_dir,
        "pr-odd",
        "pr_odd",
        GOOD_PLUGIN + "\nclass Nothing: pass\n",
        "odd = pr_odd:Nothing\nloud = pr_odd:ShoutRenderer",
    )
    registry = Registry.from_environment()
    with pytest.raises(PluginError, match="lacks name, extension, media_type, description"):
        registry.get("odd")
    with pytest.raises(PluginError, match="calls itself 'shout'"):
        registry.get("loud")


def test_unknown_format_lists_the_installed_ones() -> None:
    with pytest.raises(PluginError, match=r"unknown format 'nope'; installed formats: .*txt"):
        Registry.from_environment().get("nope")


def test_cli_lists_and_uses_a_plugin(plugin_dir: Path, tmp_path: Path) -> None:
    make_distribution(
        plugin_dir, "pr-shout", "pr_shout", GOOD_PLUGIN, "shout = pr_shout:ShoutRenderer"
    )
    env = {"PYTHONPATH": str(plugin_dir), "PATH": "/usr/bin:/bin"}
    cli = [sys.executable, "-m", "pressrelease"]
    listing = subprocess.run([*cli, "formats"], capture_output=True, text=True, env=env, check=True)
    row = next(line for line in listing.stdout.splitlines() if line.startswith("shout"))
    assert "pr-shout 1.2.3" in row
    assert "The headline in capitals" in row
    out = tmp_path / "out"
    subprocess.run(
        [*cli, "build", str(EXAMPLE), "-f", "shout", "-o", str(out)],
        env=env,
        check=True,
        capture_output=True,
    )
    assert (out / "microport-mih-2021-10-24.shout.txt").read_text().startswith("MICROPORT®")


def test_plugin_sees_its_options(plugin_dir: Path) -> None:
    source = GOOD_PLUGIN.replace(
        'return release.headline.upper().encode("utf-8")',
        'return options.extra.get("greeting", "").encode("utf-8")',
    )
    make_distribution(plugin_dir, "pr-opt", "pr_opt", source, "shout = pr_opt:ShoutRenderer")
    renderer = Registry.from_environment().get("shout")()
    from pressrelease.loading import load

    assert renderer.render(load(EXAMPLE), RenderOptions(extra={"greeting": "hi"})) == b"hi"


HEAVY = ("docx", "reportlab", "ebooklib", "lxml", "markdown_it")


def test_import_and_help_load_no_format_library() -> None:
    code = (
        "import sys, pressrelease, pressrelease.cli\n"
        "from pressrelease import load, render\n"
        f"release = load({str(EXAMPLE)!r})\n"
        "assert render(release, 'txt')\n"
        "try:\n    pressrelease.cli.main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
