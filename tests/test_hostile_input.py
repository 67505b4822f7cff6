"""Hostile input: every file, option and text a user (or an attacker) may hand us ends in a
clear PressReleaseError (exit 2 on the command line) or a valid output, never a hang, a
crash, an endless read or raw control characters on the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from pressrelease.api import render
from pressrelease.cli import _parser, main, render_options
from pressrelease.errors import InputError, InvalidReleaseError, Problem
from pressrelease.loading import MAX_DEPTH, loads
from pressrelease.model import PressRelease
from pressrelease.pack import build_pack
from pressrelease.reading import read_limited
from pressrelease.renderers.base import RenderOptions
from pressrelease.terminal import printable
from tests.helpers import EXAMPLE

GOOD = """\
slug: acme-widgets
headline: Acme launches widgets
dateline:
  city: Springfield
  date: 2024-05-01
body:
  - Acme today launched widgets.
issuer:
  name: Acme Corp
"""
FIELDS: dict[str, Any] = {
    "slug": "acme-widgets",
    "headline": "Acme launches widgets",
    "dateline": {"city": "Springfield", "date": "2024-05-01"},
    "body": ["Acme today launched widgets."],
    "issuer": {"name": "Acme Corp"},
}


def refused(text: str, kind: str = "yaml") -> list[str]:
    """The problems reported for a release text (it must be refused)."""
    with pytest.raises(InvalidReleaseError) as caught:
        loads(text, kind=kind, source="hostile")
    return [str(problem) for problem in caught.value.problems]


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The command line in a child process (PYTHONPATH and the rest passed through)."""
    return subprocess.run(
        [sys.executable, "-m", "pressrelease", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
    )


# 1. YAML aliases and nesting ----------------------------------------------------------------


def _laughs(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return GOOD + "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_at_once() -> None:
    text = _laughs(7)  # 9**7 = 4.8 million values from 500 bytes
    assert len(text) < 1000
    started = time.perf_counter()
    (message,) = refused(text)
    assert time.perf_counter() - started < 2
    assert message.startswith("hostile:")
    assert "aliases" in message
    assert "100,000" in message


def test_aliases_cannot_blow_table_cells_past_the_size_cap() -> None:
    """100 rows of 60 cells of 1,000 characters: 6 MB of text from a 3 kB file."""
    header = ", ".join(f"h{n}" for n in range(60))
    text = (
        "slug: acme-widgets\nheadline: Acme launches widgets\n"
        "dateline: {city: Springfield, date: 2024-05-01}\nissuer: {name: Acme Corp}\n"
        f"end_mark: &cell {'x' * 1000}\n"
        f"keywords: &row [{', '.join(['*cell'] * 60)}]\n"
        "body:\n  - Acme today launched widgets.\n"
        f"  - kind: table\n    header: [{header}]\n    rows: [{', '.join(['*row'] * 100)}]\n"
    )
    assert len(text) < 4000
    (message,) = refused(text)
    assert message.startswith("hostile:11:")  # the line of rows: [*row, …]
    assert "aliases" in message
    assert "5,242,880 characters" in message


def test_an_alias_inside_its_own_anchor_is_refused() -> None:
    (message,) = refused(GOOD + "keywords: &k [*k]\n")
    assert message.startswith("hostile:10:")
    assert "refers to a value that contains it" in message


def test_yaml_nested_too_deep_is_refused() -> None:
    deep = "[" * (MAX_DEPTH + 50) + "]" * (MAX_DEPTH + 50)
    (message,) = refused(GOOD + f"keywords: {deep}\n")
    assert f"nested more than {MAX_DEPTH} levels deep" in message
    # aliases can nest what each anchor nests: the expanded depth counts
    half = "[" * 60 + "x" + "]" * 60
    text = GOOD + f"keywords: &deep {half}\nassets: [{'[' * 50}*deep{']' * 50}]\n"
    assert any(f"more than {MAX_DEPTH} levels" in m for m in refused(text))


def test_json_nested_990_deep_is_an_input_error_not_a_recursion_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 990 + "]" * 990, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"nested more than {MAX_DEPTH} levels deep" in err
    assert "internal error" not in err
    fields = dict(FIELDS, keywords=json.loads("[" * 150 + "]" * 150))
    (message,) = refused(json.dumps(fields), kind="json")
    assert f"nested more than {MAX_DEPTH} levels deep" in message


# 2. Special files ---------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "release.yaml"
    os.mkfifo(fifo)
    result = cli("validate", str(fifo), timeout=30)  # today's code would wait forever
    assert result.returncode == 2
    assert "a pipe (FIFO), not a regular file" in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_behind_a_symlink_is_refused_without_reading(tmp_path: Path) -> None:
    link = tmp_path / "release.yaml"
    link.symlink_to("/dev/zero")
    result = cli("validate", str(link), timeout=30)
    assert result.returncode == 2
    assert "a device, not a regular file" in result.stderr
    result = cli("build", str(EXAMPLE), "-f", "txt", "--docx-reference", "/dev/zero", timeout=30)
    assert result.returncode == 2
    assert "the --docx-reference file is a device" in result.stderr


def test_read_limited_reads_regular_files_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100
    with pytest.raises(InputError, match="over the limit of 99 bytes"):
        read_limited(path, 99)
    with pytest.raises(InputError, match="is a folder, not a regular file"):
        read_limited(tmp_path, 100)
    with pytest.raises(InputError, match="cannot read the file"):
        read_limited(tmp_path / "absent", 100)


def test_a_huge_docx_reference_is_refused(tmp_path: Path) -> None:
    reference = tmp_path / "huge.docx"
    with reference.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: costs no disk
    args = _parser().parse_args(["build", "x", "--docx-reference", str(reference)])
    with pytest.raises(InputError, match=r"--docx-reference file is over the limit of 20,971,520"):
        render_options(args)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_cjk_font_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "font.ttf"
    os.mkfifo(fifo)
    args = _parser().parse_args(["build", "x", "--cjk-font", str(fifo)])
    with pytest.raises(InputError, match=r"--font-fallback file is a pipe \(FIFO\)"):
        render_options(args)


def test_a_file_that_is_not_a_release_is_refused_once_without_echoing_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("user: alice\npassword: hunter2\napi_key: s3cr3t\n", encoding="utf-8")
    link = tmp_path / "release.yaml"
    link.symlink_to(secret)
    assert main(["validate", str(link)]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"pressrelease: error: {link}: not a release file: none of its top-level keys is a "
        "release field (slug, headline, body, …)"
    ]
    (message,) = refused('{"user": "alice", "password": "hunter2", "user": "bob"}', "json")
    assert "not a release file" in message
    assert "user" not in message


# 3. Numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_json_numbers_that_are_not_finite_are_refused(number: str) -> None:
    text = json.dumps(FIELDS).replace('"Acme launches widgets"', number)
    (message,) = refused(text, kind="json")
    assert "write text in quotes" in message


def test_json_integer_over_4300_digits_is_refused() -> None:
    text = json.dumps(FIELDS).replace('"Acme launches widgets"', "9" * 5000)
    (message,) = refused(text, kind="json")
    assert "5,000 digits, over the limit of 4,300" in message


@pytest.mark.parametrize(
    "value", ["!!float .nan", "!!float .inf", "!!float -.inf", "!!float 1e400"]
)
def test_yaml_floats_that_are_not_finite_are_refused(value: str) -> None:
    (message,) = refused(GOOD.replace("Acme launches widgets", value))
    assert message.startswith("hostile:2:")
    assert "not a finite number" in message


@pytest.mark.parametrize("value", [f"!!int 0x{'f' * 5000}", f"!!int {'9' * 5000}"])
def test_yaml_huge_integers_are_refused(value: str) -> None:
    (message,) = refused(GOOD.replace("Acme launches widgets", value))
    assert message.startswith("hostile:2:")
    assert "4,300 digits" in message


def test_ordinary_tagged_numbers_still_load() -> None:
    release = loads(GOOD.replace("Acme launches widgets", "!!float 1.5"))
    assert release.headline == "1.5"
    assert loads(GOOD.replace("Acme launches widgets", "!!int 0x10")).headline == "16"


# 4. Links and addresses ---------------------------------------------------------------------

BAD_LINKS = [
    "https:host",
    "http:example.com/path",
    "mailto:?",
    "mailto:?subject=hello",
    "mailto:",
    "https://",
    "https:///path",
    "https://:8080/",
    "https://example.com:port/",
    "https://user@/",
]


@pytest.mark.parametrize("href", BAD_LINKS)
def test_incomplete_links_are_refused(href: str) -> None:
    messages = refused(GOOD.replace("Acme today launched widgets.", f"See [this]({href})."))
    assert len(messages) == 1
    assert "is not allowed" in messages[0]


@pytest.mark.parametrize("url", [h for h in BAD_LINKS if h.startswith("http")])
def test_incomplete_web_addresses_are_refused(url: str) -> None:
    (message,) = refused(GOOD + f"contacts: [{{name: Jo, url: '{url}'}}]\n")
    assert "is not a web address" in message


@pytest.mark.parametrize(
    "href",
    [
        "https://example.com",
        "http://example.com:8080/a?b=c#d",
        "https://[2001:db8::1]/",
        "mailto:press@example.com",
        "mailto:press@example.com?subject=Hi",
    ],
)
def test_complete_links_are_accepted(href: str) -> None:
    loads(GOOD.replace("Acme today launched widgets.", f"See [this]({href})."))


_HOST_CHARS = st.sampled_from([*"abcXYZ019-._~%@:[]!$&'()*+,;=é東", "xn--", " ", "\t"])
_PATH_CHARS = st.sampled_from(list("az09/?#%&=+-._~:@!$'()*,;[]<>\"\\^`{|} é東\u200f"))
LINKS = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["http", "https", "HTTPS", "mailto"]),
        st.sampled_from([":", "://", ":/", ":///", "://user@", "://u:p@"]),
        st.lists(_HOST_CHARS, max_size=10).map("".join),
        st.sampled_from(["", ":", ":80", ":0", ":65535", ":8a"]),
        st.lists(_PATH_CHARS, max_size=12).map("".join),
    ),
)


def _accepted(href: str) -> tuple[str, str] | None:
    """What the model makes of ``href`` as an inline link and as a web address, if anything."""
    try:
        inline = PressRelease.model_validate(dict(FIELDS, body=[f"[l](<{href}>)"]))
    except ValidationError:
        inline = None
    try:
        contact = PressRelease.model_validate(dict(FIELDS, contacts=[{"name": "N", "url": href}]))
    except ValidationError:
        contact = None
    if inline is None and contact is None:
        return None
    return (f"[l](<{href}>)" if inline else "plain", href if contact else "")


@pytest.mark.slow
def test_links_the_model_accepts_pass_epubcheck(tmp_path: Path) -> None:
    """Generated links that pass validation make no EPUBCheck URL or reference error."""
    from pressrelease.renderers.epub import EpubRenderer
    from tests.epub_support import epubcheck, epubcheck_jar

    jar = epubcheck_jar()
    if jar is None:
        pytest.skip("EPUBCheck or Java is not installed")
    accepted: list[tuple[str, str]] = []

    @settings(
        max_examples=400,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(LINKS)
    def collect(href: str) -> None:
        found = _accepted(href)
        if found is not None:
            accepted.append(found)

    collect()
    fixed = ["https://example.com:8080/a?b=c#d", "mailto:press@example.com?subject=Hi"]
    accepted += [(f"[l](<{h}>)", h if h.startswith("http") else "") for h in fixed]
    # Many links per EPUB, one JVM per EPUB, a few EPUBs side by side.
    books: list[Path] = []
    for start in range(0, len(accepted), 100):
        chunk = accepted[start : start + 100]
        release = PressRelease.model_validate(
            dict(
                FIELDS,
                body=["Lead.", *[text for text, _ in chunk if text != "plain"]],
                contacts=[{"name": "N", "url": url} for _, url in chunk if url],
            )
        )
        book = tmp_path / f"links-{start}.epub"
        book.write_bytes(EpubRenderer().render(release, RenderOptions()))
        books.append(book)
    reports = epubcheck(jar, books)
    bad = [
        f"{message['ID']}: {message['message']}{_where(book, message)}"
        for book, report in reports.items()
        for message in report["messages"]
        if message["ID"] in ("RSC-020", "RSC-005", "RSC-007")
    ]
    assert not bad, "\n".join(bad)


def _where(book: Path, message: dict[str, Any]) -> str:
    """The line of the EPUB member that EPUBCheck complains about, to see the link."""
    for location in message.get("locations", [])[:1]:
        member, line = location.get("path"), location.get("line", -1)
        if member and line > 0:
            lines = zipfile.ZipFile(book).read(member).decode("utf-8").splitlines()
            return f"\n    at {member}:{line}: {lines[line - 1].strip()[:300]}"
    return ""


# 5. Slugs Windows cannot use as file names --------------------------------------------------


@pytest.mark.parametrize(
    "slug", ["con", "aux", "nul", "prn", "com1", "com9", "lpt1", "lpt9", "con.txt", "nul.tar.gz"]
)
def test_windows_device_names_are_refused_as_slugs(slug: str) -> None:
    (message,) = refused(GOOD.replace("slug: acme-widgets", f"slug: {slug}"))
    assert message.startswith("hostile:1: slug:")
    assert "device name on Windows" in message


@pytest.mark.parametrize("slug", ["console", "conference-2024", "com10", "auxiliary", "nullable"])
def test_slugs_that_merely_start_like_a_device_name_are_fine(slug: str) -> None:
    assert loads(GOOD.replace("slug: acme-widgets", f"slug: {slug}")).slug == slug


# 6. Terminal output -------------------------------------------------------------------------


def test_printable_escapes_controls_and_bidi_overrides() -> None:
    assert printable("a\x1b[2Jb\nc\td\x7f\x85") == "a\\x1b[2Jb\\x0ac\\x09d\\x7f\\x85"
    assert printable("x\u202ey\u2066z") == "x\\u202ey\\u2066z"
    assert printable("Łódź 東京 עברית") == "Łódź 東京 עברית"
    assert printable(printable("\x1b")) == "\\x1b"


def test_escape_sequences_and_newlines_in_keys_stay_escaped_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "release.yaml"
    path.write_text(
        GOOD + '"\\e[2J\\e[31mowned": 1\n"a\\nforged: line": 2\n"\\u202eevil": 3\n',
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    assert all(line.startswith(f"pressrelease: error: {path}:") for line in lines)
    assert "\\x1b[2J\\x1b[31mowned" in lines[0]
    assert "a\\x0aforged: line" in lines[1]
    assert "\\u202eevil" in lines[2]
    assert not any(char in "\n".join(lines) for char in "\x1b\u202e")


def test_file_names_from_a_folder_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "\x1b[2Jevil.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"{tmp_path}/\\x1b[2Jevil.yaml: valid\n"


def test_a_problem_is_always_one_line() -> None:
    problem = Problem("body.\x1b[2J", "bad\nforged", "file\u202e.yaml", 3)
    assert str(problem) == "file\\u202e.yaml:3: body.\\x1b[2J: bad\\x0aforged"


# 7. Options ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [str(10**20), "-5", "253402300800"])
def test_source_date_epoch_no_date_can_hold_is_an_input_error(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert main(["build", str(EXAMPLE), "-f", "txt", "-o", "unused"]) == 2
    err = capsys.readouterr().err
    assert "SOURCE_DATE_EPOCH" in err
    assert "internal error" not in err


def test_a_huge_width_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["build", str(EXAMPLE), "-f", "txt", "--width", "1000000000", "-o", str(tmp_path)])
        == 2
    )
    assert "--width must be 0 (no wrapping) or a number of columns up to 1000" in (
        capsys.readouterr().err
    )
    assert list(tmp_path.iterdir()) == []
    assert main(["build", str(EXAMPLE), "-f", "txt", "--width", "1000", "-o", str(tmp_path)]) == 0


# 8. Dates a ZIP cannot hold -----------------------------------------------------------------


@pytest.mark.parametrize("embargoed", [False, True], ids=["dated-2150", "embargoed-until-2150"])
def test_a_release_in_2150_builds_docx_epub_and_a_pack(embargoed: bool) -> None:
    fields = dict(FIELDS, dateline={"city": "Paris", "date": "2150-05-01"})
    if embargoed:
        fields["embargo"] = {"until": "2150-05-01T09:00:00+02:00", "timezone": "Europe/Paris"}
    release = PressRelease.model_validate(fields)
    for data in (render(release, "docx"), render(release, "epub")):
        archive = zipfile.ZipFile(BytesIO(data))
        assert {info.date_time[0] for info in archive.infolist()} == {2107}
        assert any(b"2150-05-01" in archive.read(name) for name in archive.namelist())
    pack = zipfile.ZipFile(BytesIO(build_pack(release, ("txt", "docx", "epub", "html"))))
    assert {info.date_time[0] for info in pack.infolist()} == {2107}
    manifest = json.loads(pack.read("acme-widgets/manifest.json"))
    assert "2150" in json.dumps(manifest)
