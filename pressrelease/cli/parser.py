"""The argument parser: every command and option, with its help text.

Imported by every run (it is what ``--help`` shows), so it imports nothing beyond argparse.
"""

from __future__ import annotations

import argparse

from pressrelease import __version__


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command line."""
    parser = argparse.ArgumentParser(
        prog="pressrelease",
        description="Publish a press release written as YAML/JSON in every format media expect.",
    )
    parser.add_argument("--version", action="version", version=f"pressrelease {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    _add_verbose(parser, 0)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = commands.add_parser("build", help="render releases into files, one per format")
    _add_render_options(build, "all installed")

    pack = commands.add_parser("pack", help="write one distribution pack (ZIP) per release")
    _add_render_options(pack, "txt,docx,pdf,epub,html,ninjs,jsonld")

    validate = commands.add_parser("validate", help="check releases and report every problem")
    validate.add_argument(
        "releases", nargs="+", metavar="RELEASE", help="file, folder (searched), or - for stdin"
    )
    validate.add_argument("-q", "--quiet", action="store_true", help="print only the problems")

    importer = commands.add_parser(
        "import", help="turn a release as sent (text, Markdown, DOCX, HTML, e-mail) into YAML"
    )
    importer.add_argument(
        "file",
        metavar="FILE",
        help="the release: .txt, .md, .docx, .html/.htm or .eml; - for standard input (text)",
    )
    importer.add_argument(
        "-o", "--out", metavar="FILE", help="write the YAML here (- or none: standard output)"
    )
    importer.add_argument("--language", metavar="TAG", help="BCP 47 tag (default: detected)")
    importer.add_argument(
        "--from",
        dest="kind",
        choices=("text", "markdown", "docx", "html", "email"),
        help="the kind of FILE (default: from its suffix, else from its content)",
    )

    send = commands.add_parser("send", help="e-mail a release to a media list, one per recipient")
    send.add_argument("release", metavar="RELEASE", help="the release file")
    send.add_argument("--to", required=True, metavar="LIST.csv", help="CSV: email[,name] columns")
    send.add_argument("--smtp", metavar="HOST:PORT", help="the SMTP server (submission port 587)")
    send.add_argument("--from", dest="sender", metavar="ADDR", help="From (default: a contact)")
    send.add_argument("--reply-to", metavar="ADDR", help="Reply-To")
    send.add_argument("--attach", metavar="FORMAT[,FORMAT...]", help="attach e.g. pdf,docx")
    send.add_argument("--rate", metavar="N/min", help="messages per minute (default: 30/min)")
    send.add_argument("--dry-run", metavar="DIR", help="write each message to DIR, send nothing")
    send.add_argument("--log", metavar="FILE", help="send log (default: <slug>.send-log.jsonl)")
    tls = send.add_mutually_exclusive_group()
    tls.add_argument("--starttls", action="store_true", default=None, help="require STARTTLS")
    tls.add_argument("--no-starttls", dest="starttls", action="store_false", help="never STARTTLS")

    formats = commands.add_parser("formats", help="list the installed output formats")
    formats.add_argument(
        "--options", action="store_true", help="list each format's own options (-O NAME.KEY=…)"
    )
    _add_use(formats)
    commands.add_parser("schema", help="print the JSON Schema of a release file")
    for command in commands.choices.values():
        _add_verbose(command, argparse.SUPPRESS)
    return parser


def _add_render_options(parser: argparse.ArgumentParser, default_formats: str) -> None:
    parser.add_argument(
        "releases", nargs="+", metavar="RELEASE", help="file, folder (searched), or - for stdin"
    )
    parser.add_argument(
        "-o",
        "--out",
        default=".",
        metavar="DIR",
        help="output folder, or - for standard output (one release; build: one format)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print only errors: no file list, no summary"
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=0, metavar="N", help="parallel jobs (default: all cores)"
    )
    parser.add_argument(
        "-f", "--format", metavar="NAME[,NAME...]", help=f"formats (default: {default_formats})"
    )
    parser.add_argument("--width", type=int, default=72, help="text wrap column, 0 = none")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size")
    parser.add_argument(
        "--more-marks", action="store_true", help='print "- more -" at page feet (PDF)'
    )
    parser.add_argument("--docx-reference", metavar="FILE", help="DOCX whose styles to use")
    parser.add_argument(
        "--font-fallback",
        "--cjk-font",
        dest="font_fallback",
        action="append",
        default=[],
        metavar="FILE",
        help="TrueType font for characters the PDF's body font lacks; repeatable, tried in order",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="stop a plugin renderer after this long (default: 120), and a release in a "
        "parallel batch after (formats + 1) times this long",
    )
    parser.add_argument(
        "-O",
        "--option",
        action="append",
        default=[],
        metavar="FORMAT.KEY=VALUE",
        help="an option of one format, checked against those it declares (pressrelease formats "
        "--options; repeatable); NAME=VALUE without a format goes to plugins as options.extra",
    )
    _add_use(parser)


def _add_use(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--use",
        action="append",
        default=[],
        metavar="FORMAT=OTHER",
        help="draw FORMAT with the renderer of format OTHER, e.g. --use pdf=corp-pdf (repeatable)",
    )


def _add_verbose(parser: argparse.ArgumentParser, default: object) -> None:
    """``-v`` before or after the command; a command's own default is SUPPRESS, so that it
    does not undo a ``-v`` given before the command."""
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default,
        help="show what the library does on stderr: -v found, chosen and skipped (plugins, "
        "fonts, media, workers, sending), -vv also each step and its timing",
    )
