"""The rendering options of ``build``, ``pack`` and ``formats``: ``--use``, ``-O``, ``-f``
and the options that become ``RenderOptions``, each checked before anything renders."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease._log import Log
from pressrelease.errors import InputError
from pressrelease.terminal import printable

if TYPE_CHECKING:
    import argparse

    from pressrelease.registry import Registry
    from pressrelease.renderers.base import RenderOptions

logger = Log(__name__)

MAX_WIDTH = 1000
"""The widest --width accepted, in columns."""
MAX_REFERENCE_BYTES = 20 * 1024 * 1024
"""The largest --docx-reference document read, in bytes."""
MAX_FONT_BYTES = 100 * 1024 * 1024
"""The largest --font-fallback file accepted, in bytes (CJK fonts are big)."""


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
    if args.font_fallback:
        logger.info(
            "PDF fallback fonts, tried in this order before the bundled DejaVu Sans and the "
            "fonts found on the system: %s",
            ", ".join(args.font_fallback),
        )
    else:
        logger.debug("PDF fallback fonts: the bundled DejaVu Sans, then fonts found on the system")
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
    warn_plugins(registry)
    registry.check_outputs(names, use)
    return names


def warn_plugins(registry: Registry) -> None:
    """Print the registry's warnings and the formats it could not load."""
    for problem in [*registry.warnings, *registry.problems.values()]:
        print(f"pressrelease: warning: {printable(str(problem))}", file=sys.stderr)
