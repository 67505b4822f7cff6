"""Plugins are contained: a plugin renderer that misbehaves costs only its own format."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from pressrelease.errors import PluginError, RenderError
from pressrelease.loading import load
from pressrelease.pipeline import render_one
from pressrelease.registry import Registry
from pressrelease.renderers.base import RenderOptions
from tests.helpers import EXAMPLE
from tests.plugins import make_distribution

SLUG = "microport-mih-2021-10-24"
PACKAGE = "acme-bad"

PLUGIN = """
import os, sys, time
from typing import ClassVar


class BadRenderer:
    name: ClassVar[str] = "bad"
    extension: ClassVar[str] = "{extension}"
    media_type: ClassVar[str] = "text/plain"
    description: ClassVar[str] = "Misbehaves"

    def render(self, release, options):
        {body}
"""

BEHAVIOURS = {
    "str": ("return 'text'", "returned str, not bytes"),
    "none": ("return None", "returned NoneType, not bytes"),
    "sys-exit": ("sys.exit(0)", "failed unexpectedly (SystemExit: 0)"),
    "os-exit": ("os._exit(1)", "died (exit code 1)"),
    "sleep": ("time.sleep(3600)", "did not finish within 2 s"),
}


def install(root: Path, body: str, extension: str = "bad.txt") -> Path:
    """A fresh distribution in its own folder; its module has a new name, so that the one
    a previous test imported into this process is not reused."""
    root = root / uuid.uuid4().hex
    root.mkdir(parents=True)
    module = f"acme_bad_{root.name}"
    source = PLUGIN.format(extension=extension, body=body)
    make_distribution(root, PACKAGE, module, source, f"bad = {module}:BadRenderer")
    sys.path.insert(0, str(root))
    return root


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "path", list(sys.path))  # install() prepends to it
    return tmp_path / "plugins"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        *BEHAVIOURS.values(),
        ("import ctypes; ctypes.string_at(0)", "died (killed by signal SIGSEGV)"),
        ("raise RuntimeError('boom')", "failed unexpectedly (RuntimeError: boom)"),
    ],
)
def test_a_misbehaving_plugin_becomes_a_render_error_naming_its_package(
    plugins: Path, body: str, message: str
) -> None:
    install(plugins, body)
    registry = Registry.from_environment()
    with pytest.raises(RenderError) as caught:
        render_one(load(EXAMPLE), "bad", RenderOptions(timeout=2), registry)
    assert str(caught.value).startswith("bad: ")
    assert message in str(caught.value)
    assert PACKAGE in str(caught.value)


def test_a_plugin_in_a_child_returns_its_bytes_and_raises_its_errors(plugins: Path) -> None:
    install(plugins, "return options.extra['x'].encode() + release.headline[:3].encode()")
    registry = Registry.from_environment()
    release = load(EXAMPLE)
    assert render_one(release, "bad", RenderOptions(extra={"x": "!"}), registry) == b"!Mic"
    install(plugins, "from pressrelease.errors import RenderError; raise RenderError('no glyph')")
    registry = Registry.from_environment()
    with pytest.raises(RenderError, match=r"^bad: no glyph$"):
        render_one(release, "bad", RenderOptions(), registry)


def test_builtins_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import pressrelease.isolation as isolation

    def no_child(*args: object) -> None:
        raise AssertionError("a built-in renderer must not be forked")

    monkeypatch.setattr(isolation, "run_in_child", no_child)
    assert render_one(load(EXAMPLE), "txt").startswith(b"FOR IMMEDIATE RELEASE")


@pytest.mark.parametrize("extension", ["x/../../y", "../x", ".x", "x.", "a..b", "a\\b", "", "/x"])
def test_an_extension_must_be_a_plain_suffix(plugins: Path, extension: str) -> None:
    install(plugins, "return b''", extension=extension)
    registry = Registry.from_environment()
    with pytest.raises(PluginError, match=rf"{PACKAGE}.*plain file-name suffix"):
        registry.get("bad")
    assert "bad" not in [info.name for info in registry.available()]


def _cli(plugins: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(filter(None, [str(plugins), os.environ.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "pressrelease", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        cwd=cwd,
        timeout=60,
    )


def _files(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if "__pycache__" not in path.parts}


@pytest.mark.parametrize("behaviour", BEHAVIOURS)
def test_build_and_pack_survive_a_misbehaving_plugin(
    tmp_path: Path, plugins: Path, behaviour: str
) -> None:
    body, message = BEHAVIOURS[behaviour]
    plugins = install(plugins, body)
    releases = tmp_path / "in"
    releases.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    for number in range(2):
        (releases / f"r{number}.yaml").write_text(
            text.replace(f"slug: {SLUG}", f"slug: release-{number}"), encoding="utf-8"
        )
    work = tmp_path / "work"
    work.mkdir()
    before = _files(tmp_path)
    out = work / "out"

    limit = ("--timeout", "2")
    build = _cli(plugins, work, "build", str(EXAMPLE), "-f", "txt,bad", "-o", "out", *limit)
    assert build.returncode == 1, build.stderr
    assert message in build.stderr
    assert PACKAGE in build.stderr
    assert "Traceback" not in build.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{SLUG}.txt"]

    pack = _cli(
        plugins, work, "pack", str(releases), "-f", "txt,bad", "-o", "packs", "-j", "2", *limit
    )
    assert pack.returncode == 1, pack.stderr
    assert pack.stderr.count(message) == 2
    assert PACKAGE in pack.stderr
    assert "packed 0 of 2 releases" in pack.stderr
    assert "Traceback" not in pack.stderr
    packs = work / "packs"
    assert not packs.exists() or list(packs.iterdir()) == []  # all or nothing; no .part
    assert _files(tmp_path) - before - {packs} == {out / f"{SLUG}.txt", out}


def test_build_refuses_a_plugin_whose_extension_leaves_the_folder(
    tmp_path: Path, plugins: Path
) -> None:
    plugins = install(plugins, "return b'escaped'", extension="x/../../../ESCAPED")
    work = tmp_path / "work"
    work.mkdir()
    before = _files(tmp_path)
    named = _cli(plugins, work, "build", str(EXAMPLE), "-f", "txt,bad", "-o", "out")
    assert named.returncode == 2  # like any broken or unknown format named with -f
    assert PACKAGE in named.stderr
    assert "plain file-name suffix" in named.stderr
    assert _files(tmp_path) == before
    everything = _cli(plugins, work, "build", str(EXAMPLE), "-f", "txt", "-o", "out")
    assert everything.returncode == 0
    unnamed = _cli(plugins, work, "build", str(EXAMPLE), "-o", "out")  # every installed format
    assert unnamed.returncode == 0, unnamed.stderr
    assert f"warning: format 'bad' from package {PACKAGE}" in unnamed.stderr
    new = _files(tmp_path) - before
    assert new
    assert all(path == work / "out" or work / "out" in path.parents for path in new)
    assert not any("ESCAPED" in path.name for path in _files(tmp_path.parent))


def test_ctrl_c_during_a_plugin_render_kills_its_child(plugins: Path, tmp_path: Path) -> None:
    import signal
    import time

    root = install(plugins, "time.sleep(3600)")
    path = os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "pressrelease", "build", str(EXAMPLE), "-f", "txt,bad"]
    process = subprocess.Popen(
        [*command, "-o", str(tmp_path / "out")],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while len(_group(process.pid)) < 2:  # the plugin's child is running
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=5)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert "Traceback" not in err
    time.sleep(0.2)
    assert _group(process.pid) == []


def _group(pgid: int) -> list[int]:
    """Living processes of process group ``pgid`` (Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text() if entry.name.isdigit() else ""
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split() if stat else []
        if fields and int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("value", ["0", "-1", "nan"])
def test_timeout_must_be_positive(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    from pressrelease.cli import main

    assert main(["build", str(EXAMPLE), "-f", "txt", "--timeout", value, "-o", "/nonexistent"]) == 2
    assert "--timeout must be a positive number of seconds" in capsys.readouterr().err
