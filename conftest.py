"""Documentation that cannot rot: every Python and shell snippet in README.md and docs/ runs
in the test suite (Sybil).

Each page runs in a fresh temporary folder holding what its snippets name: ``release.yaml``
(the MicroPort example), ``examples/``, ``releases/`` (a folder of two releases),
``wire-copy.txt`` (a release as plain text), ``corp.docx`` and ``corporate.docx`` (Word
documents to take styles from); ``release`` is already loaded in the Python namespace.

Python blocks run as they are. In ``sh`` blocks every ``pressrelease …`` line runs (in this
process, through ``cli.main``; ``< FILE`` and ``> FILE`` are honoured) and must exit 0; other
lines (``make``, ``pip``) are not run. A block that is only an illustration is preceded by
``<!-- skip: next -->`` and a sentence saying why.
"""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sybil import Example, Sybil
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parent
EXAMPLE = ROOT / "examples" / "microport-mih" / "release.yaml"


def _sandbox(namespace: dict[str, Any]) -> None:
    from pressrelease import load, render

    folder = Path(tempfile.mkdtemp(prefix="pressrelease-docs-"))
    shutil.copy(EXAMPLE, folder / "release.yaml")
    (folder / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    releases = folder / "releases"
    releases.mkdir()
    shutil.copy(EXAMPLE, releases / "microport.yaml")
    shutil.copy(
        ROOT / "examples" / "honda-anna-engine-plant" / "release.yaml", releases / "honda.yaml"
    )
    shutil.copy(ROOT / "tests" / "seed-microport-mih-2021-10-24.txt", folder / "wire-copy.txt")
    (folder / "media.csv").write_text(
        "email,name\njane@news.example,Jane Reporter\nli@wire.example,Li Editor\n",
        encoding="utf-8",
    )
    release = load(EXAMPLE)
    word = render(release, "docx")
    (folder / "corp.docx").write_bytes(word)
    (folder / "corporate.docx").write_bytes(word)
    (folder / "release.docx").write_bytes(word)
    (folder / "attachment.bin").write_bytes(render(release, "html"))
    _markdown_plugin(folder / "plugins")
    namespace["release"] = release
    namespace["_cwd"] = os.getcwd()
    namespace["_folder"] = folder
    os.chdir(folder)


def _markdown_plugin(folder: Path) -> None:
    """An installed ``md`` format (the plugin docs/plugins.md builds), for the pages that
    use it; its real code is tested by tests/test_plugin_guide.py."""
    import sys

    from pressrelease.registry import default_registry
    from tests.plugins import GOOD_PLUGIN, make_distribution

    folder.mkdir()
    source = GOOD_PLUGIN.replace('"shout"', '"md"').replace('"shout.txt"', '"md"')
    make_distribution(
        folder,
        "pressrelease-markdown",
        "pressrelease_markdown",
        source,
        "md = pressrelease_markdown:ShoutRenderer",
    )
    sys.path.insert(0, str(folder))
    default_registry.cache_clear()


def _cleanup(namespace: dict[str, Any]) -> None:
    import sys

    from pressrelease.registry import default_registry

    os.chdir(namespace["_cwd"])
    plugins = str(namespace["_folder"] / "plugins")
    if plugins in sys.path:
        sys.path.remove(plugins)
    sys.modules.pop("pressrelease_markdown", None)
    default_registry.cache_clear()
    shutil.rmtree(namespace["_folder"], ignore_errors=True)


def _run_shell(example: Example) -> str | None:
    from pressrelease.cli import main

    for line in str(example.parsed).splitlines():
        words = shlex.split(line, comments=True)
        if not words or words[0] != "pressrelease":
            continue
        argv, source, target = words[1:], None, None
        if ">" in argv:
            at = argv.index(">")
            argv, target = argv[:at], argv[at + 1]
        if "<" in argv:
            at = argv.index("<")
            argv, source = argv[:at], argv[at + 1]
        out = _Stream()
        stdin = _Stream(Path(source).read_bytes() if source else b"")
        with (
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(io.StringIO()) as err,
            _stdin(stdin),
        ):
            code = main(argv)
        if code != 0:
            return f"{line!r} exited {code}: {err.getvalue()}"
        if target is not None:
            Path(target).write_bytes(out.getvalue())
    return None


class _Stream(io.TextIOWrapper):
    """A text stream over bytes in memory, like ``sys.stdout`` and ``sys.stdin``."""

    def __init__(self, data: bytes = b"") -> None:
        self.raw_bytes = io.BytesIO(data)
        super().__init__(self.raw_bytes, encoding="utf-8", write_through=True)

    def getvalue(self) -> bytes:
        self.flush()
        return self.raw_bytes.getvalue()


@contextlib.contextmanager
def _stdin(stream: _Stream) -> Iterator[None]:
    import sys

    saved, sys.stdin = sys.stdin, stream
    try:
        yield
    finally:
        sys.stdin = saved


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(),
        CodeBlockParser(language="sh", evaluator=_run_shell),
        SkipParser(),
    ],
    patterns=["README.md", "docs/*.md"],
    setup=_sandbox,
    teardown=_cleanup,
).pytest()
