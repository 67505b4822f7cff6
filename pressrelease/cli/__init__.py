"""The command line. Thin: it parses arguments, does the I/O and owns the exit codes.

0 success, 2 bad input or usage, 1 a failure while rendering. Errors go to stderr as one
clear message each; ``--debug`` adds the traceback, ``-v`` the library's diagnostics.

This module runs the process: dispatch, the exit codes, errors, SIGTERM. Beside it: the
parser (``parser``), one module per command group (``build`` (build and pack),
``validate``, ``formats`` (formats and schema), ``importer``, ``sending``), the rendering
options they share (``options``) and where log records go (``diagnostics``). A command's
module is imported only when it runs, so ``--help`` and ``validate`` load no more than they
need; the ``_validate``-style functions below are the seams the dispatch goes through
(tests replace them).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from pressrelease import _log
from pressrelease.cli.parser import build_parser
from pressrelease.errors import OutputError, PressReleaseError, RenderError
from pressrelease.terminal import printable

if TYPE_CHECKING:
    import argparse

    from pressrelease.cli.options import MAX_FONT_BYTES as MAX_FONT_BYTES
    from pressrelease.cli.options import MAX_REFERENCE_BYTES as MAX_REFERENCE_BYTES
    from pressrelease.cli.options import MAX_WIDTH as MAX_WIDTH
    from pressrelease.cli.options import format_options as format_options
    from pressrelease.cli.options import render_options as render_options
    from pressrelease.cli.options import selected_formats as selected_formats
    from pressrelease.cli.options import use_choices as use_choices
    from pressrelease.sources import RELEASE_SUFFIXES as RELEASE_SUFFIXES
    from pressrelease.sources import release_files as release_files

__all__ = [
    "EXIT_FAILURE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "MAX_FONT_BYTES",
    "MAX_REFERENCE_BYTES",
    "MAX_WIDTH",
    "RELEASE_SUFFIXES",
    "Terminated",
    "format_options",
    "main",
    "release_files",
    "render_options",
    "run",
    "selected_formats",
    "use_choices",
]

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM


_LAZY = {
    "RELEASE_SUFFIXES": "pressrelease.sources",
    "release_files": "pressrelease.sources",
    "MAX_FONT_BYTES": "pressrelease.cli.options",
    "MAX_REFERENCE_BYTES": "pressrelease.cli.options",
    "MAX_WIDTH": "pressrelease.cli.options",
    "format_options": "pressrelease.cli.options",
    "render_options": "pressrelease.cli.options",
    "selected_formats": "pressrelease.cli.options",
    "use_choices": "pressrelease.cli.options",
}
"""Names this module offered before it became a package, and the module each lives in now
(imported on first use: the rendering options are not needed by ``--help`` or ``validate``)."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


class Terminated(KeyboardInterrupt):
    """SIGTERM during ``build`` or ``pack``: raised like Ctrl-C so that the same cleanup runs."""


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` while inside (main thread only: elsewhere Python
    cannot install a handler), so a killed batch removes its workers and partial files."""
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


def error(message: str, debug: bool) -> None:
    """Print ``message`` as ``pressrelease: error:`` lines (the traceback too with --debug)."""
    if debug:
        import traceback

        traceback.print_exc()
    for line in message.split("\n"):
        print(f"pressrelease: error: {printable(line)}", file=sys.stderr)


def many_releases() -> None:
    """Switch the cyclic garbage collector back on (``cli.run`` turns it off): a batch of
    releases makes enough garbage to need it."""
    import gc

    gc.enable()


def _parser() -> argparse.ArgumentParser:
    """The whole command line's parser (built in ``cli.parser``)."""
    return build_parser()


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    args = _parser().parse_args(argv)
    with _diagnostics(args.verbose):
        return _dispatch(args)


@contextlib.contextmanager
def _diagnostics(verbosity: int) -> Iterator[None]:
    """The library's log records on stderr while inside (``cli.diagnostics``), set up when
    the first one is logged: a run that logs nothing imports neither that nor ``logging``.
    With ``-v`` it is set up at once, or INFO and DEBUG records would be dropped unseen."""
    import warnings

    undo: list[Callable[[], None]] = []
    shown = warnings.showwarning

    def show_warning(message: Warning | str, *_details: Any, **_more: Any) -> None:
        """A library warning (a DOCX property shortened, …) as one line of ours, not
        Python's file:line report with a line of our source under it."""
        print(f"pressrelease: warning: {printable(str(message))}", file=sys.stderr)

    warnings.showwarning = show_warning
    undo.append(lambda: setattr(warnings, "showwarning", shown))

    def configure() -> None:
        from pressrelease.cli.diagnostics import install

        undo.append(install(verbosity))

    if verbosity:
        _log.logger(_log.ROOT)
    _log.configure_when_loaded(configure)
    try:
        yield
    finally:
        _log.forget(configure)
        for step in undo:
            step()


def _dispatch(args: argparse.Namespace) -> int:
    try:
        if args.command in ("build", "pack"):
            with sigterm_interrupts():
                return _run(args)
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
        error(str(exc), args.debug)
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


def _run(args: argparse.Namespace) -> int:
    from pressrelease.cli.build import build_or_pack

    return build_or_pack(args, "pack" if args.command == "pack" else "build")


def _validate(args: argparse.Namespace) -> int:
    from pressrelease.cli.validate import validate

    return validate(args)


def _formats(args: argparse.Namespace) -> int:
    from pressrelease.cli.formats import formats

    return formats(args)


def _import(args: argparse.Namespace) -> int:
    from pressrelease.cli.importer import import_release

    return import_release(args)


def _send(args: argparse.Namespace) -> int:
    from pressrelease.cli.sending import send_release

    return send_release(args)


def _schema() -> int:
    from pressrelease.cli.formats import schema

    return schema()
