"""Format name -> renderer, discovered through the ``pressrelease.renderers`` entry points.

Built-in formats are declared in that group too, so a plugin is a first-class citizen.
Entry points are only loaded when asked for, and loading a renderer module must not
import its format library: ``pressrelease --help`` stays fast.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from importlib.metadata import Distribution, EntryPoint, entry_points
from typing import Any, cast

from pressrelease._log import Log
from pressrelease.errors import PluginError
from pressrelease.renderers.base import Renderer

GROUP = "pressrelease.renderers"
OWN_PACKAGE = "pressrelease"
_REQUIRED = ("name", "extension", "media_type", "description")
_PLAIN_SUFFIX = re.compile(r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*")
"""What an extension may be: it is appended to the slug inside the output folder, so no
separators, no ``..``, no leading or trailing dot."""
logger = Log(__name__)


@dataclass(frozen=True)
class FormatInfo:
    """What ``pressrelease formats`` shows, and what a pack manifest records."""

    name: str
    extension: str
    media_type: str
    description: str
    package: str
    version: str
    replaces: str | None = None
    """Set when the user chose this renderer to draw a format it is not named after
    (``--use pdf=corp-pdf``): ``name`` is then "pdf", the format it stands in for, and
    ``renderer`` names the renderer actually used."""
    renderer: str | None = None
    """The name of the renderer that draws the format, when it is not ``name``."""


class Registry:
    """The renderers of one set of entry points; broken plugins are kept as problems."""

    def __init__(self, points: list[EntryPoint]) -> None:
        self._points: dict[str, EntryPoint] = {}
        self.problems: dict[str, PluginError] = {}
        """Formats that cannot be used, with the reason (duplicates, import failures)."""
        self.warnings: list[PluginError] = []
        """Plugins that were ignored while their format still works (e.g. shadowing a built-in)."""
        self._loaded: dict[str, type[Renderer]] = {}
        self._infos: dict[str, FormatInfo] = {}
        by_name: dict[str, list[EntryPoint]] = {}
        for point in sorted(points, key=lambda p: (p.name, _package(p), p.value)):
            same = by_name.setdefault(point.name, [])
            if not any(p.value == point.value and _package(p) == _package(point) for p in same):
                same.append(point)
        for name, candidates in by_name.items():
            for point in candidates:
                logger.debug("found format %r: %s (%s)", name, point.value, _package(point))
            if len(candidates) == 1:
                self._points[name] = candidates[0]
                continue
            builtin = [p for p in candidates if _package(p) == OWN_PACKAGE]
            listing = "; ".join(f"{_package(p)} ({p.value})" for p in candidates)
            if len(builtin) == 1:
                self._points[name] = builtin[0]
                self.warnings.append(
                    PluginError(
                        f"format {name!r} is built in, so the plugin(s) also claiming it are "
                        f"ignored: {listing}; rename the plugin's format"
                    )
                )
                logger.info("format %r: the built-in renderer is kept; skipped: %s", name, listing)
            else:
                self.problems[name] = PluginError(
                    f"format {name!r} is provided more than once: {listing}; "
                    "uninstall all but one of them"
                )
                logger.info("format %r: skipped, provided more than once: %s", name, listing)

    @classmethod
    def from_environment(cls) -> Registry:
        """Every renderer installed in this Python environment."""
        points = list(entry_points(group=GROUP))
        logger.info("%d entry point(s) in the group %s", len(points), GROUP)
        return cls(points)

    def names(self) -> list[str]:
        """Names of all declared formats, loadable or not, sorted."""
        return sorted([*self._points, *self.problems])

    def get(self, name: str) -> type[Renderer]:
        """The renderer class for ``name``; PluginError if unknown or broken."""
        if name in self._loaded:
            return self._loaded[name]
        if name in self.problems:
            raise self.problems[name]
        point = self._points.get(name)
        if point is None:
            known = ", ".join(self.names()) or "none"
            raise PluginError(f"unknown format {name!r}; installed formats: {known}")
        try:
            renderer = point.load()
        except Exception as exc:
            error = PluginError(
                f"format {name!r} from package {_package(point)} failed to load "
                f"({point.value}): {type(exc).__name__}: {exc}"
            )
            self.problems[name] = error
            logger.info("format %r skipped: %s", name, error)
            raise error from exc
        problem = _renderer_problem(name, point, renderer)
        if problem is not None:
            self.problems[name] = problem
            logger.info("format %r skipped: %s", name, problem)
            raise problem
        self._loaded[name] = cast("type[Renderer]", renderer)
        logger.info("format %r loaded: %s from %s", name, point.value, _package(point))
        return self._loaded[name]

    def info(self, name: str) -> FormatInfo:
        """Metadata of one format (loads it). Kept once worked out: a package's version is
        parsed from its METADATA file, which costs more than rendering a small format."""
        known = self._infos.get(name)
        if known is not None:
            return known
        renderer = self.get(name)
        package, version = _dist_facts(self._points[name])
        self._infos[name] = FormatInfo(
            name=name,
            extension=renderer.extension,
            media_type=renderer.media_type,
            description=renderer.description,
            package=package,
            version=version,
        )
        return self._infos[name]

    def resolve(self, name: str, use: Mapping[str, str] | None = None) -> str:
        """The format whose renderer draws ``name``: itself, or what ``use`` chose for it."""
        return (use or {}).get(name, name)

    def info_for(self, name: str, use: Mapping[str, str] | None = None) -> FormatInfo:
        """Metadata of format ``name`` as drawn under the ``use`` choices."""
        chosen = self.resolve(name, use)
        info = self.info(chosen)
        if chosen == name:
            return info
        return replace(info, name=name, replaces=name, renderer=chosen)

    def check_use(self, use: Mapping[str, str]) -> None:
        """Refuse ``--use FORMAT=OTHER`` choices naming formats that are not installed."""
        for name, chosen in use.items():
            if name not in self._points and name not in self.problems:
                known = ", ".join(self.names())
                raise PluginError(f"--use {name}={chosen}: no format {name!r}; installed: {known}")
            if chosen == name:
                raise PluginError(f"--use {name}={chosen}: a format cannot replace itself")
            if chosen in use:
                raise PluginError(
                    f"--use {name}={chosen}: {chosen!r} is itself replaced; chains are not allowed"
                )
            self.get(chosen)

    def check_outputs(self, names: Sequence[str], use: Mapping[str, str] | None = None) -> None:
        """Refuse formats whose files would have the same name (the same extension).

        Two renderers writing ``<slug>.pdf`` would overwrite each other in ``build`` and
        give a pack two members of one name, so this is an error before anything renders.
        """
        by_extension: dict[str, list[str]] = {}
        for name in names:
            info = self.info_for(name, use)
            by_extension.setdefault(info.extension.lower(), []).append(name)
        clashes = {ext: found for ext, found in by_extension.items() if len(found) > 1}
        if clashes:
            listing = "; ".join(
                f"{' and '.join(repr(n) for n in found)} both write .{ext} files"
                for ext, found in clashes.items()
            )
            raise PluginError(
                f"{listing}, so one would overwrite the other; choose one with -f, or let a "
                "plugin draw a built-in format with --use FORMAT=PLUGIN (e.g. --use pdf=corp-pdf)"
            )

    def available(self) -> list[FormatInfo]:
        """Every format that loads; the others end up in ``problems``."""
        infos = []
        for name in self.names():
            try:
                infos.append(self.info(name))
            except PluginError:
                continue
        return infos


def _dist_facts(point: EntryPoint) -> tuple[str, str]:
    dist = point.dist
    if dist is None:
        return "an unknown package", "unknown"
    return _name_and_version(dist)


@functools.cache
def _name_and_version(dist: Distribution) -> tuple[str, str]:
    """Name and version, read once per distribution: each ``dist.name`` or ``dist.version``
    parses the package's METADATA file anew, and sorting and describing the entry points
    asked dozens of times per run."""
    metadata = dist.metadata
    return metadata["Name"] or "an unknown package", metadata["Version"] or "unknown"


def _renderer_problem(name: str, point: EntryPoint, renderer: Any) -> PluginError | None:
    """Why the object an entry point loaded cannot draw format ``name``, or None."""
    missing = [attr for attr in _REQUIRED if not isinstance(getattr(renderer, attr, None), str)]
    if missing or not callable(getattr(renderer, "render", None)):
        return PluginError(
            f"format {name!r} from package {_package(point)} ({point.value}) is not a "
            f"renderer: it lacks {', '.join(missing) or 'a render method'}"
        )
    if not _PLAIN_SUFFIX.fullmatch(renderer.extension):
        return PluginError(
            f"format {name!r} from package {_package(point)} ({point.value}) has the "
            f"extension {renderer.extension!r}; an extension is a plain file-name suffix "
            "such as 'md' or 'tar.gz': letters, digits and inner dots only"
        )
    if renderer.name != name:
        return PluginError(
            f"format {name!r} from package {_package(point)} calls itself "
            f"{renderer.name!r}; the entry point name and the renderer name must agree"
        )
    return None


def _package(point: EntryPoint) -> str:
    return _dist_facts(point)[0]


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry of the running environment, built once."""
    return Registry.from_environment()


def get_renderer(name: str) -> Renderer:
    """An instance of the renderer for format ``name``."""
    return default_registry().get(name)()


def available_formats() -> list[FormatInfo]:
    """The formats installed in this environment that load."""
    return default_registry().available()
