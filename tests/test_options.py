"""RenderOptions checks, formats' own options (-O FORMAT.KEY=VALUE), --use, and formats
that would write files of the same name."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pressrelease import InputError, PluginError, RenderOptions, build_pack, load
from pressrelease.registry import Registry
from tests.helpers import EXAMPLE
from tests.plugins import GOOD_PLUGIN, make_distribution

ROOT = Path(__file__).resolve().parent.parent

OPTIONS_PLUGIN = """
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field


class ShoutOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    times: int = Field(1, ge=1, description="how many times to shout")
    suffix: str = "!"
    stamp: bytes | None = None


class ShoutRenderer:
    name: ClassVar[str] = "shout"
    extension: ClassVar[str] = "shout.txt"
    media_type: ClassVar[str] = "text/plain"
    description: ClassVar[str] = "The headline in capitals"
    Options: ClassVar[type[ShoutOptions]] = ShoutOptions

    def render(self, release, options):
        own = options.of(self.name, ShoutOptions)
        text = (release.headline.upper() + own.suffix) * own.times
        return text.encode("utf-8") + (own.stamp or b"")
"""

CORP_PDF = """
from typing import ClassVar


class CorpPdf:
    name: ClassVar[str] = "corp-pdf"
    extension: ClassVar[str] = "pdf"
    media_type: ClassVar[str] = "application/pdf"
    description: ClassVar[str] = "The corporate PDF"

    def render(self, release, options):
        return b"%PDF-corp " + release.slug.encode()
"""


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"paper": "legal"}, "paper 'legal' is not a known paper size"),
        ({"text_width": -5}, "text_width must be 0"),
        ({"text_width": 2.5}, "whole number"),
        ({"timestamp": dt.datetime(2024, 1, 1)}, "has no time zone"),
        ({"timeout": 0}, "positive number of seconds"),
        ({"timeout": float("nan")}, "positive number of seconds"),
        ({"docx_reference": "a.docx"}, "bytes of a .docx"),
    ],
)
def test_render_options_are_checked(options: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        RenderOptions(**options)  # type: ignore[arg-type]


def test_good_render_options_pass() -> None:
    stamp = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert RenderOptions(text_width=0, paper="letter", timestamp=stamp).paper == "letter"


def _env(plugin_dir: Path) -> dict[str, str]:
    return {"PYTHONPATH": f"{ROOT}:{plugin_dir}", "PATH": "/usr/bin:/bin"}


def _cli(
    env: dict[str, str], *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "pressrelease", *args],
        capture_output=True,
        env=env,
        input=stdin,
        check=False,
    )


def test_format_options_are_listed_checked_and_passed(tmp_path: Path) -> None:
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    make_distribution(
        plugins, "pr-shout", "pr_shout", OPTIONS_PLUGIN, "shout = pr_shout:ShoutRenderer"
    )
    env = _env(plugins)
    listing = _cli(env, "formats", "--options").stdout.decode()
    assert "-O shout.times=<int>  (default 1)  how many times to shout" in listing
    assert "-O shout.stamp=<FILE>" in listing
    assert "pdf: no options of its own" in listing
    stamp = tmp_path / "stamp.bin"
    stamp.write_bytes(b"<stamp>")
    out = tmp_path / "out"
    args = ["build", str(EXAMPLE), "-f", "shout", "-o", str(out)]
    done = _cli(
        env, *args, "-O", "shout.times=2", "-O", "shout.suffix=?", "-O", f"shout.stamp={stamp}"
    )
    assert done.returncode == 0, done.stderr
    text = (out / "microport-mih-2021-10-24.shout.txt").read_text()
    assert text.count("?") == 2
    assert text.endswith("<stamp>")
    for option, message in [
        (
            "shout.no_such=1",
            "-O shout.no_such: format shout has no option 'no_such'; "
            "its options: times, suffix, stamp",
        ),
        ("shout.times=0", "-O shout.times: Input should be greater than or equal to 1"),
        ("shout.times=many", "-O shout.times: Input should be a valid integer"),
        ("pdf.no_such=1", "-O pdf.no_such: format pdf is not being rendered"),
        ("shout.stamp=/no/such/file", "/no/such/file"),
    ]:
        refused = _cli(env, *args, "-O", option)
        assert refused.returncode == 2, option
        assert message in refused.stderr.decode(), refused.stderr
    assert not (out / "x").exists()


def test_unknown_option_of_a_builtin_exits_2_naming_it(tmp_path: Path) -> None:
    done = _cli(
        _env(tmp_path), "build", str(EXAMPLE), "-O", "pdf.no_such=1", "-o", str(tmp_path / "o")
    )
    assert done.returncode == 2
    assert b"-O pdf.no_such" in done.stderr
    free = _cli(_env(tmp_path), "build", str(EXAMPLE), "-O", "foo=bar", "-o", str(tmp_path / "o"))
    assert free.returncode == 2
    assert b"-O foo=bar: no format being rendered takes free-form options" in free.stderr
    assert not (tmp_path / "o").exists()


def test_free_form_options_still_reach_plugins(tmp_path: Path) -> None:
    source = GOOD_PLUGIN.replace(
        'return release.headline.upper().encode("utf-8")',
        'return options.extra.get("greeting", "").encode("utf-8")',
    )
    make_distribution(tmp_path, "pr-opt", "pr_opt", source, "shout = pr_opt:ShoutRenderer")
    out = tmp_path / "out"
    done = _cli(
        _env(tmp_path),
        "build",
        str(EXAMPLE),
        "-f",
        "txt,shout",
        "-O",
        "greeting=hi",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert (out / "microport-mih-2021-10-24.shout.txt").read_text() == "hi"


def test_same_extension_is_refused_and_use_replaces_explicitly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_distribution(tmp_path, "corp-style", "corp_pdf", CORP_PDF, "corp-pdf = corp_pdf:CorpPdf")
    env = _env(tmp_path)
    out = tmp_path / "out"
    both = _cli(env, "build", str(EXAMPLE), "-f", "pdf,corp-pdf", "-o", str(out))
    assert both.returncode == 2
    assert b"'pdf' and 'corp-pdf' both write .pdf files" in both.stderr
    assert not out.exists()
    everything = _cli(env, "build", str(EXAMPLE), "-f", "txt", "-o", str(out))
    assert everything.returncode == 0
    default = _cli(
        env, "pack", str(EXAMPLE), "-f", "txt,pdf", "--use", "pdf=corp-pdf", "-o", str(out)
    )
    assert default.returncode == 0, default.stderr
    with zipfile.ZipFile(out / "microport-mih-2021-10-24.zip") as pack:
        pdf = pack.read("microport-mih-2021-10-24/microport-mih-2021-10-24.pdf")
        manifest = json.loads(pack.read("microport-mih-2021-10-24/manifest.json"))
    assert pdf.startswith(b"%PDF-corp")
    entry = next(f for f in manifest["files"] if f["name"].endswith(".pdf"))
    assert entry["renderer"] == {
        "name": "corp-pdf",
        "package": "corp-style",
        "version": "1.2.3",
        "replaces": "pdf",
    }
    listing = _cli(env, "formats", "--use", "pdf=corp-pdf").stdout.decode()
    row = next(line for line in listing.splitlines() if line.startswith("pdf "))
    assert "corp-style 1.2.3" in row
    assert "chosen with --use pdf=corp-pdf" in row
    bad = _cli(env, "build", str(EXAMPLE), "--use", "pdf=nope", "-o", str(out))
    assert bad.returncode == 2
    assert b"unknown format 'nope'" in bad.stderr
    # the library refuses a clash too, before rendering anything
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = Registry.from_environment()
    with pytest.raises(PluginError, match=r"both write \.pdf files"):
        build_pack(load(EXAMPLE), ["pdf", "corp-pdf"], registry=registry)


def test_stdin_and_stdout(tmp_path: Path) -> None:
    env = _env(tmp_path)
    text = EXAMPLE.read_bytes()
    wire = _cli(env, "build", "-", "-f", "txt", "-o", "-", stdin=text)
    assert wire.returncode == 0, wire.stderr
    assert wire.stdout.startswith(b"FOR IMMEDIATE RELEASE\n")
    assert wire.stderr == b""
    assert not Path("-").exists()
    valid = _cli(env, "validate", "-", stdin=text)
    assert (valid.returncode, valid.stdout) == (0, b"<stdin>: valid\n")
    bad = _cli(env, "validate", "-", stdin=b"slug: x\nheadline: ''\n")
    assert bad.returncode == 2
    assert b"<stdin>:2: headline" in bad.stderr
    pack = _cli(env, "pack", "-", "-f", "txt", "-o", "-", stdin=text)
    assert zipfile.ZipFile(io.BytesIO(pack.stdout)).namelist()
    two = _cli(env, "build", "-", "-o", "-", stdin=text)
    assert two.returncode == 2
    assert b"-o - writes one format to standard output" in two.stderr


def test_cli_mistakes_exit_2_with_one_message(tmp_path: Path) -> None:
    env = _env(tmp_path)
    afile = tmp_path / "afile"
    afile.write_text("x")
    done = _cli(env, "build", str(EXAMPLE), "-f", "txt", "-o", str(afile))
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1
    assert b"this is a file; -o takes a folder" in done.stderr
    reference = _cli(
        env,
        "build",
        str(EXAMPLE),
        "-f",
        "docx",
        "--docx-reference",
        str(EXAMPLE),
        "-o",
        str(tmp_path / "o"),
    )
    assert reference.returncode == 2
    assert b"not a Word document" in reference.stderr


def test_folders_are_searched_and_quiet_is_quiet(tmp_path: Path) -> None:
    env = _env(tmp_path)
    out = tmp_path / "out"
    done = _cli(env, "build", str(ROOT / "examples"), "-f", "txt", "-o", str(out), "-j", "1")
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("*.txt"))) == 5
    assert done.stderr.decode().startswith("built 5 of 5 releases")
    quiet = _cli(env, "build", str(ROOT / "examples"), "-f", "txt", "-o", str(out), "-q")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, b"", b"")


def test_user_text_is_never_console_markup_on_a_terminal() -> None:
    from pressrelease.batch import Outcome
    from pressrelease.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = Progress(2, "build", stream=screen)
    odd = Path("[/bold] oops") / "x.txt"
    outcomes = [
        Outcome(Path("a.yaml"), written=(odd,)),
        Outcome(Path("[red]b.yaml"), errors=("[red]b.yaml: [/] broken",)),
    ]
    for outcome in outcomes:
        progress(outcome)
    progress.close(outcomes)
    progress.stop()  # twice is fine
    assert "[/bold] oops" in screen.getvalue()
    assert "[/] broken" in screen.getvalue()
    shown = screen.getvalue()
    assert shown.rfind("\x1b[?25h") > shown.rfind("\x1b[?25l")  # the cursor is back
