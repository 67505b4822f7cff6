"""The command line: exit codes, messages on stderr without tracebacks, atomic files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressrelease import __version__
from pressrelease.cli import main
from pressrelease.errors import OutputError, RenderError
from pressrelease.output import write_atomic
from pressrelease.renderers.txt import TextRenderer
from tests.helpers import EXAMPLE

BAD = "slug: x\nheadline: H\nissuer: {name: I}\nbody: [t]\ndateline: {city: X, date: 2024-02-30}\n"


def test_build_writes_slug_dot_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(EXAMPLE), "-f", "txt", "-o", str(tmp_path)]) == 0
    written = tmp_path / "microport-mih-2021-10-24.txt"
    assert written.read_text(encoding="utf-8").startswith("FOR IMMEDIATE RELEASE")
    assert f"wrote {written}" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == [written.name]


def test_build_a_folder_of_releases(tmp_path: Path) -> None:
    assert (
        main(["build", str(EXAMPLE.parent), "-f", "txt", "--width", "0", "-o", str(tmp_path)]) == 0
    )
    text = (tmp_path / "microport-mih-2021-10-24.txt").read_text(encoding="utf-8")
    assert len(text.splitlines()[2]) > 100


def test_validate_ok_and_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EXAMPLE)]) == 0
    assert "valid" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"pressrelease: error: {bad}:5: dateline.date:" in err
    assert "Traceback" not in err


def test_bad_input_exits_2_without_traceback_in_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pressrelease", "build", str(bad), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "dateline.date" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_missing_file_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "no/such/release.yaml"]) == 2
    assert "cannot read the file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["build"])
    assert usage.value.code == 2
    assert main(["build", str(EXAMPLE), "-f", "nope", "-o", "x"]) == 2
    assert "unknown format 'nope'" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"pressrelease {__version__}"


def test_formats_lists_txt(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NAME", "EXTENSION", "PACKAGE", "DESCRIPTION"]
    assert any(line.split()[:3] == ["txt", "txt", "pressrelease"] for line in lines)


def test_schema_is_json_and_validates_every_example(capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema
    import yaml

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["headline"]["description"] == "The headline."
    validator = jsonschema.Draft202012Validator(schema)
    examples = sorted(EXAMPLE.parent.parent.glob("*/release.yaml"))
    assert examples
    for path in examples:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_text_loader())
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], path
    bad = {"slug": "x", "headline": "H"}
    assert list(validator.iter_errors(bad))


def _text_loader() -> type:
    from pressrelease.loading.yaml_text import yaml_loader

    return yaml_loader()


def test_render_failure_exits_1_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(self: TextRenderer, *args: object) -> bytes:
        raise RenderError("cannot draw U+1F600")

    monkeypatch.setattr(TextRenderer, "render", fail)
    assert main(["build", str(EXAMPLE), "-f", "txt", "-o", str(tmp_path)]) == 1
    assert "cannot draw U+1F600" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_crashing_renderer_is_named_as_the_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def crash(self: TextRenderer, *args: object) -> bytes:
        raise KeyError("oops")

    monkeypatch.setattr(TextRenderer, "render", crash)
    assert main(["build", str(EXAMPLE), "-f", "txt", "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "txt: the renderer failed unexpectedly (KeyError: 'oops')" in err
    assert "this is a bug in pressrelease" in err
    assert "Traceback" not in err
    assert main(["--debug", "build", str(EXAMPLE), "-f", "txt", "-o", str(tmp_path)]) == 1
    assert "Traceback" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_unexpected_error_outside_renderers_is_reported_as_a_bug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pressrelease.cli as cli

    def crash(args: object) -> int:
        raise KeyError("oops")

    monkeypatch.setattr(cli, "_validate", crash)
    assert main(["validate", str(EXAMPLE)]) == 1
    err = capsys.readouterr().err
    assert "internal error: KeyError: 'oops' (this is a bug; run with --debug" in err
    assert "Traceback" not in err


def test_an_unwritable_output_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    assert main(["build", str(EXAMPLE), "-f", "txt", "-o", str(blocker)]) == 2  # a usage error
    err = capsys.readouterr().err
    assert err.startswith(f"pressrelease: error: -o {blocker}: this is a file; -o takes a folder")
    assert err.count("\n") == 1
    assert main(["pack", str(EXAMPLE), "-f", "txt", "-o", str(blocker / "sub")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_releases_sharing_a_slug_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    for command in ("build", "pack"):
        assert main(
            [
                command,
                str(tmp_path / "a.yaml"),
                str(tmp_path / "b.yaml"),
                "-f",
                "txt",
                "-o",
                str(out),
            ]
        ) in (1, 2)
        err = capsys.readouterr().err
        assert "is also the slug of another release" in err
        assert "a.yaml" in err
        assert "b.yaml" in err
        assert not out.exists()


def test_missing_folder_and_font(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "no/such/folder", "-o", "x"]) == 2
    assert "no/such/folder: no such file or folder" in capsys.readouterr().err
    assert main(["build", str(EXAMPLE), "--cjk-font", "/no/font.ttf", "-o", "x"]) == 2
    assert "--font-fallback /no/font.ttf: no such font file" in capsys.readouterr().err


def test_atomic_write_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, b"old")
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match=r"cannot write .*out.txt: No space left on device"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_source_date_epoch_reaches_options(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressrelease.cli import _parser, render_options

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    options = render_options(_parser().parse_args(["build", "x"]))
    assert options.timestamp is not None
    assert options.timestamp.year == 2023


def test_a_library_warning_is_one_line_of_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An issuer name longer than Word allows in a document property: the DOCX is written
    and the CLI says so in one line, not Python's warning report with a source line."""
    import warnings

    source = tmp_path / "long.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    source.write_text(text.replace("issuer:\n  name: ", "issuer:\n  name: " + "Long " * 60, 1))
    shown = warnings.showwarning
    assert main(["build", str(source), "-f", "docx", "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("pressrelease: warning: the DOCX author property has "), err
    assert len(err.strip().splitlines()) == 1
    assert "renderer().render" not in err
    assert warnings.showwarning is shown  # put back when main returns


def test_import_reads_standard_input_and_writes_standard_output(tmp_path: Path) -> None:
    """``pressrelease import - -o -``: pandoc's convention, as for validate and build; an
    empty or binary input is exit 2 with a clear message and no file named ``-``."""
    seed = (Path(__file__).parent / "seed-microport-mih-2021-10-24.txt").read_bytes()
    command = [sys.executable, "-m", "pressrelease", "import", "-", "-o", "-"]
    done = subprocess.run(command, input=seed, capture_output=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("# Imported from <text>")
    assert b"slug: microport-scientific-corporation-2021-10-24" in done.stdout
    for bad, message in ((b"", b"empty"), (b"PK\x03\x04", b"give its path")):
        failed = subprocess.run(command, input=bad, capture_output=True, cwd=tmp_path, timeout=120)
        assert failed.returncode == 2
        assert message in failed.stderr
    assert not (tmp_path / "-").exists()
