"""The one way a release becomes bytes: ``render_all(release, formats, options)``.

``build``, ``pack``, batches and the library API all render through here, so a renderer that
fails is reported the same way everywhere: a ``RenderError`` naming the format and, when the
failure is not one the user can fix, the package to blame. This module is the single crash
wrapper; nothing else turns a renderer's unexpected exception into a message.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressrelease._log import Log
from pressrelease.errors import InputError, PressReleaseError, RenderError
from pressrelease.renderers.base import RenderOptions

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.registry import FormatInfo, Registry
    from pressrelease.renderers.base import Renderer

logger = Log(__name__)


@dataclass(frozen=True)
class Rendered:
    """One format of one release: its bytes, or the error that stopped it."""

    info: FormatInfo
    data: bytes | None = None
    error: RenderError | None = None


def unique_formats(names: Sequence[str]) -> list[str]:
    """The names in order with repeats dropped: ``-f txt,txt`` renders txt once."""
    return list(dict.fromkeys(names))


def render_one(
    release: PressRelease,
    name: str,
    options: RenderOptions | None = None,
    registry: Registry | None = None,
) -> bytes:
    """One format's bytes, or a RenderError naming the format (and the package at fault).

    A ``PressReleaseError`` from the renderer is the user's to fix and keeps its message; an
    ``InputError`` (an unusable reference document or font) stays an input error. Any other
    exception, ``SystemExit`` included, or a result that is not bytes, is a bug in the
    package that provides the format and is reported as such.

    Built-in renderers run in this process. A plugin's renderer runs in a forked child
    (where ``os.fork`` exists), so that one which exits, crashes the interpreter or never
    returns costs only its own format: a child that dies, or is still running after
    ``options.timeout`` seconds and is killed, becomes a RenderError naming the package.
    How long it took is logged at DEBUG.
    """
    start, result = time.perf_counter(), "failed"
    try:
        data = _render_any(release, name, options, registry)
        result = f"{len(data):,} bytes"
        return data
    finally:
        logger.debug("%s: %s in %.3f s", name, result, time.perf_counter() - start)


def _render_any(
    release: PressRelease, name: str, options: RenderOptions | None, registry: Registry | None
) -> bytes:
    from pressrelease.registry import OWN_PACKAGE, default_registry

    registry = registry or default_registry()
    options = options or RenderOptions()
    renderer = registry.get(registry.resolve(name, options.use))
    package = registry.info_for(name, options.use).package
    if package == OWN_PACKAGE:
        return _render_here(renderer, release, options, name, package)
    from pressrelease.isolation import CAN_FORK, ChildFailed, run_in_child  # plugins only

    if not CAN_FORK:
        return _render_here(renderer, release, options, name, package)
    result = run_in_child(
        lambda: _render_here(renderer, release, options, name, package), options.timeout
    )
    if isinstance(result, ChildFailed):
        if result.timed_out:
            raise RenderError(
                f"{name}: the renderer from package {package} did not finish within "
                f"{options.timeout:g} s and was stopped; this is a bug in {package}, please "
                "report it (or allow more time with --timeout)"
            )
        raise RenderError(
            f"{name}: the renderer from package {package} died ({result.how}) before "
            f"returning its output; this is a bug in {package}, please report it"
        )
    if isinstance(result, BaseException):
        raise result
    return result


def _render_here(
    renderer: type[Renderer],
    release: PressRelease,
    options: RenderOptions,
    name: str,
    package: str,
) -> bytes:
    try:
        data = renderer().render(release, options)
    except InputError:
        raise
    except PressReleaseError as exc:
        raise RenderError(f"{name}: {exc}") from exc
    except (Exception, SystemExit) as exc:
        raise RenderError(
            f"{name}: the renderer failed unexpectedly ({type(exc).__name__}: {exc}); "
            f"this is a bug in {package}, please report it"
        ) from exc
    if not isinstance(data, bytes):
        raise RenderError(
            f"{name}: the renderer returned {type(data).__name__}, not bytes; "
            f"this is a bug in {package}, please report it"
        )
    return data


def render_all(
    release: PressRelease,
    formats: Sequence[str],
    options: RenderOptions | None = None,
    registry: Registry | None = None,
) -> list[Rendered]:
    """Every format of ``release``, in order; one failing format never stops the others.

    Formats whose files would have the same name are refused first (``PluginError``)."""
    from pressrelease.registry import default_registry

    registry = registry or default_registry()
    options = options or RenderOptions()
    names = unique_formats(formats)
    registry.check_outputs(names, options.use)
    results = []
    for name in names:
        info = registry.info_for(name, options.use)
        try:
            results.append(Rendered(info, data=render_one(release, name, options, registry)))
        except RenderError as exc:
            results.append(Rendered(info, error=exc))
    return results
