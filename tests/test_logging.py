"""Library diagnostics through ``logging``: the library logs, the CLI decides what is shown.

What a user debugging a run sees with ``-v``, what a program using the library sees with
``caplog`` (or its own handlers), and that nothing is printed, and ``logging`` not even
imported, when nobody asked.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import pressrelease
from pressrelease import _log, render
from pressrelease.cli import main
from pressrelease.model import PressRelease
from pressrelease.registry import Registry, default_registry
from tests.helpers import EXAMPLE, ROOT


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """A registry that has loaded nothing yet, so that loading is logged again."""
    default_registry.cache_clear()
    yield
    default_registry.cache_clear()


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )


def test_verbose_cli_shows_which_plugins_were_found_and_loaded(
    fresh_registry: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-v", "formats"]) == 0
    err = capsys.readouterr().err
    assert "pressrelease: info: [registry] " in err
    assert "pressrelease: info: [registry] format 'txt' loaded: " in err
    assert "pressrelease.renderers.txt:TextRenderer from pressrelease" in err
    assert "debug:" not in err  # one -v: INFO, not DEBUG


def test_verbose_after_the_command_and_twice_shows_debug_timings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(EXAMPLE), "-f", "txt", "-o", str(tmp_path), "-vv"]) == 0
    err = capsys.readouterr().err
    assert "pressrelease: debug: [pipeline] txt: " in err
    assert " bytes in " in err


def test_without_verbose_the_cli_shows_no_diagnostics(
    fresh_registry: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["formats"]) == 0
    assert "[registry]" not in capsys.readouterr().err


def test_the_cli_shows_library_warnings_by_default(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pressrelease.cli as cli

    def warn(args: object) -> int:
        _log.Log("pressrelease.somewhere").warning("careful: %s", "\x1b[31mred")
        _log.Log("pressrelease.somewhere").info("not shown")
        return 0

    monkeypatch.setattr(cli, "_validate", warn)
    assert main(["validate", str(EXAMPLE)]) == 0
    err = capsys.readouterr().err
    assert err == "pressrelease: warning: [somewhere] careful: \\x1b[31mred\n"


def test_the_cli_takes_its_handler_away_when_it_returns(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger("pressrelease")
    before = list(root.handlers)
    assert main(["-vv", "validate", str(EXAMPLE)]) == 0
    assert root.handlers == before
    assert all(isinstance(h, logging.NullHandler) for h in root.handlers)


def test_library_use_reaches_caplog(
    caplog: pytest.LogCaptureFixture, example_release: PressRelease
) -> None:
    caplog.set_level(logging.DEBUG, logger="pressrelease")
    Registry.from_environment().get("txt")
    render(example_release, "txt")
    by_logger = {(r.name, r.levelno) for r in caplog.records}
    assert ("pressrelease.registry", logging.INFO) in by_logger
    assert ("pressrelease.pipeline", logging.DEBUG) in by_logger
    loaded = [r.getMessage() for r in caplog.records if r.name == "pressrelease.registry"]
    assert any(m.startswith("format 'txt' loaded: ") for m in loaded)


def test_the_pressrelease_logger_has_a_null_handler() -> None:
    _log.logger("pressrelease.anything")
    handlers = logging.getLogger("pressrelease").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_an_unconfigured_program_prints_nothing_even_for_warnings() -> None:
    result = _python(
        "import logging\n"
        "from pressrelease import _log, load, render\n"
        "from pressrelease.registry import Registry\n"
        "Registry.from_environment().get('txt')\n"
        f"render(load({str(EXAMPLE)!r}), 'txt')\n"
        "_log.Log('pressrelease.x').warning('a warning nobody configured a handler for')\n"
        "logging.getLogger('other').warning('not ours')\n"
    )
    assert result.stderr == "not ours\n"  # Python's last resort still prints others' warnings


def test_validate_and_library_use_do_not_import_logging() -> None:
    """Our code never imports ``logging`` on these paths. A dependency may (older versions of
    some do, as the minimum-versions suite shows), so the test records who imports it first
    and fails only when that is a module of ours."""
    result = _python(
        "import sys, traceback\n"
        "importers = []\n"
        "class Spy:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'logging':\n"
        "            frames = [f.filename for f in traceback.extract_stack()[:-1]]\n"
        "            importers.append(next(f for f in reversed(frames) if '<frozen' not in f))\n"
        "        return None\n"
        "sys.meta_path.insert(0, Spy())\n"
        "from pressrelease import load, render\n"
        "from pressrelease.cli import main\n"
        f"assert main(['validate', '-q', {str(EXAMPLE)!r}]) == 0\n"
        f"render(load({str(EXAMPLE)!r}), 'txt')\n"
        "print(importers[0] if importers else 'nobody')\n"
    )
    importer = result.stdout.strip()
    package = str(Path(pressrelease.__file__).parent)
    assert not importer.startswith(package), f"{importer} imports logging"


def test_a_warning_sets_up_the_cli_handler_when_logging_is_first_imported() -> None:
    result = _python(
        "import sys\n"
        "import pressrelease.cli as cli\n"
        "from pressrelease import _log\n"
        "def warn(args):\n"
        "    assert 'logging' not in sys.modules\n"
        "    _log.Log('pressrelease.x').warning('first')\n"
        "    return 0\n"
        "cli._validate = warn\n"
        "sys.exit(cli.main(['validate', 'x.yaml']))\n"
    )
    assert result.stderr == "pressrelease: warning: [x] first\n"


def test_media_read_at_the_edge_are_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from pressrelease.sources import load_one
    from tests.test_media import write_kit

    caplog.set_level(logging.INFO, logger="pressrelease.sources")
    source = write_kit(tmp_path)
    load_one(source)
    read = [r.getMessage() for r in caplog.records if r.name == "pressrelease.sources"]
    assert f"{source}: media logo.png read: image/png 400×120, web copy image/png 400×120" in read
    assert any(m.startswith(f"{source}: media photos/ceo.jpg read: image/jpeg ") for m in read)


def test_worker_start_stop_and_crash_are_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import os

    from pressrelease.batch import run_many
    from pressrelease.loading import load
    from pressrelease.media import NO_MEDIA
    from pressrelease.renderers.base import RenderOptions
    from pressrelease.renderers.txt import TextRenderer

    render_txt = TextRenderer.render

    def dies_on_b(self: TextRenderer, release: PressRelease, options: RenderOptions) -> bytes:
        if release.slug == "b":
            os._exit(3)
        return render_txt(self, release, options)

    monkeypatch.setattr(TextRenderer, "render", dies_on_b)
    caplog.set_level(logging.INFO, logger="pressrelease.batch.pool")
    release = load(EXAMPLE)
    jobs = [(Path(f"{s}.yaml"), release.model_copy(update={"slug": s}), NO_MEDIA) for s in "abc"]
    outcomes = run_many(jobs, "build", tmp_path, ["txt"], RenderOptions(), 2)
    assert [bool(o.errors) for o in outcomes] == [False, True, False]
    said = [r.getMessage() for r in caplog.records]
    started = {m.split()[1] for m in said if m.startswith("worker ") and m.endswith(" started")}
    ended = {m.split()[1] for m in said if m.endswith((" stopped", " killed"))}
    assert len(started) >= 2
    assert ended == started  # every worker started was seen to end
    failed = [m for m in said if " failed b.yaml: the process rendering this release died" in m]
    assert len(failed) == 1
