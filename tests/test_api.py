"""The public API: what ``from pressrelease import …`` offers, type-checks and does."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import pressrelease
from pressrelease import (
    InlineText,
    InvalidReleaseError,
    OutputError,
    Paragraph,
    PressRelease,
    PressReleaseError,
    build_pack,
    dumps,
    load,
    loads,
    render,
    render_all,
    write_pack,
)
from tests.helpers import EXAMPLE

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "examples" / "scripts" / "publish.py"


def _type_checking_names() -> set[str]:
    """The names imported under ``if TYPE_CHECKING:`` in pressrelease/__init__.py."""
    tree = ast.parse((ROOT / "pressrelease" / "__init__.py").read_text("utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                for alias in statement.names:
                    assert alias.asname == alias.name, "re-export as `import X as X`"
                    names.add(alias.name)
    return names


def test_every_public_name_is_exported_three_ways_and_resolves() -> None:
    lazy = set(pressrelease._EXPORTS)
    assert _type_checking_names() == lazy
    assert set(pressrelease.__all__) == lazy | {"__version__"}
    for name in pressrelease.__all__:
        assert getattr(pressrelease, name) is not None
        module = pressrelease._EXPORTS.get(name)
        if module:
            assert getattr(importlib.import_module(module), name) is getattr(pressrelease, name)
    assert set(pressrelease.__all__) <= set(dir(pressrelease))


def test_every_error_class_is_at_the_top_level() -> None:
    from pressrelease import errors

    classes = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, PressReleaseError)
    }
    assert classes <= set(pressrelease.__all__)
    assert issubclass(OutputError, PressReleaseError)


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such"):
        _ = pressrelease.no_such


def test_replace_validates_like_load(example_release: PressRelease) -> None:
    with pytest.raises(InvalidReleaseError) as empty:
        example_release.replace(headline="")
    assert empty.value.problems[0].field == "headline"
    with pytest.raises(InvalidReleaseError) as bad:
        example_release.replace(embargo={"until": "soon"}, no_such_field=1)
    assert {p.field for p in bad.value.problems} == {"embargo.until", "no_such_field"}
    changed = example_release.replace(
        headline="Changed",
        embargo={"until": "2024-05-01T09:00:00+02:00", "timezone": "Europe/Paris"},
    )
    assert changed.headline == "Changed"
    assert changed.embargo is not None
    assert changed.embargo.until == dt.datetime(2024, 5, 1, 7, tzinfo=dt.timezone.utc)
    assert changed.body == example_release.body
    assert example_release.headline != "Changed"  # the original is untouched


def test_nested_models_replace_too(example_release: PressRelease) -> None:
    assert example_release.dateline.replace(city="Rome").city == "Rome"
    with pytest.raises(InvalidReleaseError, match="date"):
        example_release.dateline.replace(date="not a date")


def test_plain_text_escapes_markup() -> None:
    text = InlineText.from_plain("5 * 3 = [15] <ok> \\ _x_")
    assert text.plain == "5 * 3 = [15] <ok> \\ _x_"
    assert Paragraph(text=text).text.plain == text.plain
    assert InlineText("*a*").plain == "a"


def test_round_trip_and_render_through_the_top_level(tmp_path: Path) -> None:
    release = load(EXAMPLE)
    assert loads(dumps(release)) == release
    assert render(release, "txt").startswith(b"FOR IMMEDIATE RELEASE")
    results = render_all(release, ["txt", "jsonld"])
    assert [r.info.name for r in results] == ["txt", "jsonld"]
    pack = build_pack(release, ["txt"])
    assert zipfile.ZipFile(__import__("io").BytesIO(pack)).namelist()
    assert write_pack(release, tmp_path, ["txt"]).read_bytes() == pack


def test_the_example_script_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(EXAMPLE), str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "refused as expected: <release>: headline:" in result.stdout
    assert "FOR IMMEDIATE RELEASE" in result.stdout
    slug = load(EXAMPLE).slug
    assert (tmp_path / f"{slug}.zip").is_file()
    assert load(tmp_path / f"{slug}.yaml").headline.endswith("(updated)")
