"""The command line. Thin: it parses arguments, does the I/O and owns the exit codes.

0 success, 2 bad input or usage, 1 a failure while rendering. Errors go to stderr as one
clear message each; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease import __version__
from pressrelease.errors import (
    InputError,
    InvalidReleaseError,
    OutputError,
    PressReleaseError,
    RenderError,
)
from pressrelease.terminal import printable

if TYPE_CHECKING:
    from pressrelease.batch import Outcome, Task
    from pressrelease.model import PressRelease
    from pressrelease.registry import Registry
    from pressrelease.renderers.base import RenderOptions

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM during ``build`` or ``pack``: raised like Ctrl-C so that the same cleanup runs."""


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


RELEASE_SUFFIXES = (".yaml", ".yml", ".json")
MAX_WIDTH = 1000
"""The widest --width accepted, in columns."""
MAX_REFERENCE_BYTES = 20 * 1024 * 1024
"""The largest --docx-reference document read, in bytes."""
MAX_FONT_BYTES = 100 * 1024 * 1024
"""The largest --font-fallback file accepted, in bytes (CJK fonts are big)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressrelease",
        description="Publish a press release written as YAML/JSON in every format media expect.",
    )
    parser.add_argument("--version", action="version", version=f"pressrelease {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
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
        "file", metavar="FILE", help="the release: .txt, .md, .docx, .html/.htm or .eml"
    )
    importer.add_argument("-o", "--out", metavar="FILE", help="write the YAML here, not to stdout")
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


def run() -> None:
    """The console script: ``main`` with the garbage collector tuned for a short process.

    Imports and one release create no garbage worth a cyclic collection, so the collector
    is off (reference counting still frees memory) and the objects alive at the end are
    frozen, which spares the final collection at exit; batches switch it back on. Together
    this takes about a fifth off a cold ``validate`` or ``pack``.
    """
    import gc

    gc.disable()
    code = main()
    gc.freeze()
    sys.exit(code)


def _many_releases() -> None:
    import gc

    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    args = _parser().parse_args(argv)
    try:
        if args.command in ("build", "pack"):
            with _sigterm_interrupts():
                return _run(args, args.command)
        if args.command == "validate":
            return _validate(args)
        if args.command == "formats":
            return _formats(args)
        if args.command == "import":
            return _import(args)
        if args.command == "send":
            return _send(args)
        return _schema()
    except PressReleaseError as exc:
        _error(str(exc), args.debug)
        return EXIT_FAILURE if isinstance(exc, (RenderError, OutputError)) else EXIT_USAGE
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM during build or pack
        stopped = isinstance(exc, Terminated)
        print(f"pressrelease: {'terminated' if stopped else 'interrupted'}", file=sys.stderr)
        return EXIT_TERMINATED if stopped else EXIT_INTERRUPTED
    except Exception as exc:
        if args.debug:
            import traceback

            traceback.print_exc()
        print(
            f"pressrelease: internal error: {type(exc).__name__}: {printable(str(exc))} "
            "(this is a bug; run with --debug for the traceback)",
            file=sys.stderr,
        )
        return EXIT_FAILURE


def _error(message: str, debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exc()
    for line in message.split("\n"):
        print(f"pressrelease: error: {printable(line)}", file=sys.stderr)


def release_files(arguments: Sequence[str], skip: Path | None = None) -> list[Path]:
    """The release files named, a folder standing for the release files anywhere inside it
    (hidden files and folders, and the folder ``skip`` (the output folder), left out);
    ``-`` stands for standard input and may be given once."""
    from pressrelease.loading import STDIN

    files: list[Path] = []
    if list(arguments).count(STDIN) > 1:
        raise InputError("- (standard input) can be read only once")
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN:
            files.append(path)
        elif path.is_dir():
            found = _releases_in(path, skip)
            if not found:
                raise InputError(
                    f"{path}: no .yaml, .yml or .json release files in this folder or below it"
                )
            files.extend(found)
        elif not path.exists() and path.suffix.lower() not in RELEASE_SUFFIXES:
            raise InputError(f"{path}: no such file or folder")
        else:
            files.append(path)
    return files


def _releases_in(folder: Path, skip: Path | None) -> list[Path]:
    """Release files in ``folder`` and its sub-folders, in a stable order."""
    import os

    skipped = skip.resolve() if skip is not None and skip.is_dir() else None
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (here / d).resolve() != skipped
        )
        found.extend(
            here / name
            for name in sorted(names)
            if not name.startswith(".") and Path(name).suffix.lower() in RELEASE_SUFFIXES
        )
    return found


def _load_all(arguments: Sequence[str]) -> tuple[list[tuple[Path, PressRelease]], int]:
    from pressrelease.loading import STDIN, load, load_stdin
    from pressrelease.media import folder_of, read_media

    loaded, status = [], EXIT_OK
    paths = release_files(arguments)
    if len(paths) > 1:
        _many_releases()
    for path in paths:
        try:
            release = load_stdin() if str(path) == STDIN else load(path)
            read_media(release, folder_of(path), "<stdin>" if str(path) == STDIN else str(path))
            loaded.append((path, release))
        except (InvalidReleaseError, InputError) as exc:
            _error(str(exc), debug=False)
            status = EXIT_USAGE
    return loaded, status


def _validate(args: argparse.Namespace) -> int:
    loaded, status = _load_all(args.releases)
    if not args.quiet:
        for path, _release in loaded:
            print(printable(f"{'<stdin>' if str(path) == '-' else path}: valid"))
    return status


def use_choices(items: Sequence[str]) -> dict[str, str]:
    """``--use FORMAT=OTHER`` items as a mapping, checked against the installed formats."""
    from pressrelease.registry import default_registry

    use: dict[str, str] = {}
    for item in items:
        name, sep, chosen = (part.strip() for part in item.partition("="))
        if not sep or not name or not chosen:
            raise InputError(f"--use {item!r}: write it as FORMAT=OTHER, e.g. --use pdf=corp-pdf")
        if name in use and use[name] != chosen:
            raise InputError(f"--use {name}: given twice ({use[name]} and {chosen})")
        use[name] = chosen
    default_registry().check_use(use)
    return use


def render_options(args: argparse.Namespace, formats: Sequence[str] | None = None) -> RenderOptions:
    """RenderOptions from the command line and the environment (SOURCE_DATE_EPOCH);
    ``-O FORMAT.KEY=VALUE`` is checked against what the formats being rendered declare."""
    from pressrelease.output import source_date_epoch
    from pressrelease.reading import check_regular
    from pressrelease.renderers.base import RenderOptions

    use = use_choices(getattr(args, "use", []))
    extra, per_format = format_options(args.option, formats, use)
    reference = _docx_reference(args.docx_reference) if args.docx_reference else None
    for font in args.font_fallback:
        if not Path(font).exists():
            raise InputError(f"--font-fallback {font}: no such font file")
        check_regular(font, MAX_FONT_BYTES, what="--font-fallback file")
    if not 0 <= args.width <= MAX_WIDTH:
        raise InputError(
            f"--width must be 0 (no wrapping) or a number of columns up to {MAX_WIDTH}"
        )
    return RenderOptions(
        text_width=args.width,
        paper=args.paper,
        more_marks=args.more_marks,
        docx_reference=reference,
        font_fallback=tuple(args.font_fallback),
        timestamp=source_date_epoch(),
        extra=extra,
        format_options=per_format,
        use=use,
    )


def _docx_reference(name: str) -> bytes:
    """The bytes of ``--docx-reference``, refused up front (exit 2) unless it is a Word
    package: a ZIP archive with a ``[Content_Types].xml``."""
    import io
    import zipfile

    from pressrelease.reading import read_limited

    data = read_limited(name, MAX_REFERENCE_BYTES, what="--docx-reference file")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        parts = set()
    if "[Content_Types].xml" not in parts or not any(p.startswith("word/") for p in parts):
        raise InputError(
            f"--docx-reference {name}: not a Word document (.docx or .dotx); give a document "
            "saved from Word or LibreOffice whose styles the output should take"
        )
    return data


def format_options(
    items: Sequence[str], formats: Sequence[str] | None, use: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, dict[str, str | bytes]]]:
    """``-O`` items split into free-form ``extra`` (NAME=VALUE) and each format's own options
    (FORMAT.KEY=VALUE), the latter checked against the format's ``Options`` model: an
    unknown format, key or bad value is an ``InputError`` naming the option. A key typed
    ``bytes`` names a file, which is read here."""
    from pressrelease.reading import read_limited
    from pressrelease.registry import OWN_PACKAGE, default_registry
    from pressrelease.renderers.base import options_model, options_problems

    registry = default_registry()
    extra: dict[str, str] = {}
    raw: dict[str, dict[str, str]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InputError(f"-O {item!r}: write options as FORMAT.KEY=VALUE")
        name, dot, option = key.partition(".")
        if dot and name in registry.names():
            if not option:
                raise InputError(f"-O {item!r}: write options as FORMAT.KEY=VALUE")
            raw.setdefault(name, {})[option] = value
        else:
            extra[key] = value
    if extra and formats is not None:
        drawn_by = [registry.info_for(name, use).package for name in formats]
        if all(package == OWN_PACKAGE for package in drawn_by):
            key = next(iter(extra))
            raise InputError(
                f"-O {key}={extra[key]}: no format being rendered takes free-form options; "
                "write a format's option as -O FORMAT.KEY=VALUE (see pressrelease formats "
                "--options)"
            )
    checked: dict[str, dict[str, str | bytes]] = {}
    for name, values in raw.items():
        first = next(iter(values))
        if formats is not None and name not in formats:
            raise InputError(
                f"-O {name}.{first}: format {name} is not being rendered (choose it with -f)"
            )
        model = options_model(registry.get(registry.resolve(name, use)))
        if model is None:
            raise InputError(f"-O {name}.{first}: format {name} has no options of its own")
        known = list(model.model_fields)
        files: dict[str, str | bytes] = {}
        for option, value in values.items():
            if option not in model.model_fields:
                listing = ", ".join(known) or "none"
                raise InputError(
                    f"-O {name}.{option}: format {name} has no option {option!r}; "
                    f"its options: {listing}"
                )
            annotation = model.model_fields[option].annotation
            if annotation is bytes or annotation == (bytes | None):
                files[option] = read_limited(value, MAX_FONT_BYTES, what=f"-O {name}.{option} file")
            else:
                files[option] = value
        try:
            model.model_validate(files)
        except Exception as exc:
            raise InputError(options_problems(name, exc)) from None
        checked[name] = files
    return extra, checked


def selected_formats(
    spec: str | None,
    default: Sequence[str] | None = None,
    use: Mapping[str, str] | None = None,
) -> list[str]:
    """Format names from ``-f a,b`` (repeats folded); ``default``, else every loadable
    format, when none are named. Formats whose files would share a name are refused; when
    none are named, a plugin whose extension a built-in format already writes is left out
    with a warning (and so is a plugin chosen with ``--use`` to draw another format)."""
    from pressrelease.pipeline import unique_formats
    from pressrelease.registry import OWN_PACKAGE, default_registry

    registry = default_registry()
    use = use or {}
    if spec or default:
        names = unique_formats(
            [name.strip() for name in spec.split(",") if name.strip()] if spec else default or []
        )
        for name in names:
            registry.get(registry.resolve(name, use))  # unknown or broken: a PluginError
        registry.check_outputs(names, use)
        return names
    infos = [info for info in registry.available() if info.name not in use.values()]
    taken = {
        registry.info_for(i.name, use).extension.lower() for i in infos if i.package == OWN_PACKAGE
    }
    names = []
    for info in infos:
        extension = registry.info_for(info.name, use).extension.lower()
        if info.package != OWN_PACKAGE and extension in taken:
            print(
                printable(
                    f"pressrelease: warning: format {info.name!r} ({info.package}) writes "
                    f".{extension} files like a built-in format, so it was left out; choose it "
                    f"with -f {info.name}, or --use FORMAT={info.name} to draw that format"
                ),
                file=sys.stderr,
            )
            continue
        names.append(info.name)
    _warn_plugins(registry)
    registry.check_outputs(names, use)
    return names


def _warn_plugins(registry: Registry) -> None:
    for problem in [*registry.warnings, *registry.problems.values()]:
        print(f"pressrelease: warning: {printable(str(problem))}", file=sys.stderr)


def _run(args: argparse.Namespace, task: Task) -> int:
    """``build`` and ``pack``: one pipeline, one progress report, one rule for the exit code."""
    from dataclasses import replace

    from pressrelease.batch import default_jobs, exit_code, load_all, run_many
    from pressrelease.pack import DEFAULT_FORMATS
    from pressrelease.progress import Progress

    if args.jobs < 0:
        raise InputError("--jobs must be a positive number (0 = one per core)")
    if not args.timeout > 0:
        raise InputError("--timeout must be a positive number of seconds")
    use = use_choices(args.use)
    formats = selected_formats(args.format, DEFAULT_FORMATS if task == "pack" else None, use)
    options = replace(render_options(args, formats), timeout=args.timeout)
    to_stdout = args.out == "-"
    out = Path(args.out)
    if not to_stdout and out.exists() and not out.is_dir():
        raise InputError(f"-o {out}: this is a file; -o takes a folder to write the outputs in")
    sources = release_files(args.releases, skip=None if to_stdout else out)
    if to_stdout:
        return _to_stdout(sources, task, formats, options)
    if len(sources) > 1:
        _many_releases()
    progress = Progress(len(sources), task, debug=args.debug, quiet=args.quiet)
    jobs, refused = load_all(sources)
    for outcome in refused:
        progress(outcome)
    workers = args.jobs or default_jobs()
    done: list[Outcome] = []

    def report(outcome: Outcome) -> None:
        done.append(outcome)
        progress(outcome)

    grouped: list[Outcome] = []
    if task == "pack":  # one release in several languages: one pack with a folder each
        from pressrelease.batch import pack_groups, split_groups

        groups, jobs = split_groups(jobs)
        for outcome in pack_groups(groups, Path(args.out), formats, options):
            grouped.append(outcome)
            report(outcome)
    try:
        outcomes = (
            refused
            + grouped
            + run_many(jobs, task, Path(args.out), formats, options, workers, report)
        )
    except KeyboardInterrupt:  # the workers are gone and no partial file is left
        progress.close(refused + done, cancelled=True)
        raise
    finally:
        progress.stop()  # whatever happened, never leave the terminal without its cursor
    progress.close(outcomes)
    return exit_code(outcomes)


def _to_stdout(
    sources: Sequence[Path], task: Task, formats: Sequence[str], options: RenderOptions
) -> int:
    """``-o -``: one release's one format (build) or pack, as bytes on standard output."""
    from dataclasses import replace

    from pressrelease.batch import load_all

    if len(sources) != 1:
        raise InputError(f"-o - writes one release to standard output; {len(sources)} given")
    if task == "build" and len(formats) != 1:
        raise InputError(
            "-o - writes one format to standard output; choose it with -f (e.g. -f txt)"
        )
    jobs, refused = load_all(sources)
    if refused:
        for line in refused[0].errors:
            _error(line, debug=False)
        return EXIT_USAGE
    _source, release, media = jobs[0]
    options = replace(options, media=media)
    if task == "pack":
        from pressrelease.pack import build_pack

        data = build_pack(release, formats, options)
    else:
        from pressrelease.pipeline import render_one

        data = render_one(release, formats[0], options)
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    """A release as sent (text, Markdown, DOCX, HTML, e-mail) -> release YAML (stdout or
    -o); the guesses it took go to stderr."""
    from pressrelease.importing import read, to_yaml

    imported = read(Path(args.file), kind=args.kind, language=args.language)
    yaml_text = to_yaml(imported)
    for line in imported.report():
        print(line, file=sys.stderr)
    if args.out:
        from pressrelease.output import write_atomic

        print(f"wrote {write_atomic(Path(args.out), yaml_text.encode('utf-8'))}", file=sys.stderr)
    else:
        sys.stdout.write(yaml_text)
    return EXIT_OK


def _send(args: argparse.Namespace) -> int:
    """E-mail one release to a media list (``pressrelease.send``); the login comes from
    PRESSRELEASE_SMTP_USER and PRESSRELEASE_SMTP_PASSWORD, never from arguments."""
    from pressrelease import send
    from pressrelease.output import source_date_epoch
    from pressrelease.renderers.base import RenderOptions

    attach = [name.strip() for name in (args.attach or "").split(",") if name.strip()]
    return send.run(
        args.release,
        args.to,
        smtp=args.smtp,
        sender=args.sender,
        reply_to=args.reply_to,
        attach=attach,
        rate=args.rate,
        dry_run=args.dry_run,
        log=args.log,
        starttls=args.starttls,
        options=RenderOptions(timestamp=source_date_epoch()),
    )


def _formats(args: argparse.Namespace) -> int:
    from pressrelease.registry import default_registry
    from pressrelease.renderers.base import options_model

    registry = default_registry()
    use = use_choices(args.use)
    infos = [registry.info_for(i.name, use) for i in registry.available()]
    rows = []
    for i in infos:
        description = i.description
        if i.renderer:
            description += f" (drawn by {i.renderer}, chosen with --use {i.name}={i.renderer})"
        rows.append((i.name, i.extension, f"{i.package} {i.version}", description))
    widths = [max([len(h)] + [len(r[c]) for r in rows]) for c, h in enumerate(_HEADINGS)]
    for row in [_HEADINGS, *rows]:
        print(printable("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()))
    if args.options:
        print()
        for info in infos:
            model = options_model(registry.get(info.renderer or info.name))
            if model is None:
                print(f"{info.name}: no options of its own")
                continue
            print(f"{info.name}:")
            for key, field in model.model_fields.items():
                kind = getattr(field.annotation, "__name__", None) or str(field.annotation)
                kind = "FILE" if kind == "bytes" or field.annotation == (bytes | None) else kind
                default = "required" if field.is_required() else f"default {field.default!r}"
                about = f"  {field.description}" if field.description else ""
                print(printable(f"  -O {info.name}.{key}=<{kind}>  ({default}){about}"))
    _warn_plugins(registry)
    return EXIT_OK


_HEADINGS = ("NAME", "EXTENSION", "PACKAGE", "DESCRIPTION")


def _schema() -> int:
    import json

    from pressrelease.schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK
