"""``pressrelease import``: a release as sent (text, Markdown, DOCX, HTML, e-mail) turned
into release YAML, on standard output or in a file; the guesses it took go to stderr."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.cli import EXIT_OK

if TYPE_CHECKING:
    import argparse


def import_release(args: argparse.Namespace) -> int:
    """A release as sent (text, Markdown, DOCX, HTML, e-mail) -> release YAML (stdout or
    -o); the guesses it took go to stderr."""
    from pressrelease.importing import read, to_yaml
    from pressrelease.loading import STDIN

    if args.file == STDIN:  # pandoc's convention, as for validate and build
        imported = read(_stdin_text(), kind=args.kind, language=args.language)
    else:
        imported = read(Path(args.file), kind=args.kind, language=args.language)
    yaml_text = to_yaml(imported)
    for line in imported.report():
        print(line, file=sys.stderr)
    if args.out and args.out != "-":
        from pressrelease.output import write_atomic

        print(f"wrote {write_atomic(Path(args.out), yaml_text.encode('utf-8'))}", file=sys.stderr)
    else:
        sys.stdout.write(yaml_text)
    return EXIT_OK


def _stdin_text() -> str:
    """Standard input as the release's text, within the importer's size limit and read as
    a file would be (``importing.text.decode``). A DOCX is a ZIP file, read from its path."""
    from pressrelease.importing import NotAReleaseError
    from pressrelease.importing.sources import MAX_BYTES
    from pressrelease.importing.text import decode
    from pressrelease.reading import read_stdin

    data = read_stdin(MAX_BYTES)
    if data.startswith(b"PK"):
        raise NotAReleaseError("a DOCX document is read from a file: give its path, not -")
    return decode(data, "<stdin>")
