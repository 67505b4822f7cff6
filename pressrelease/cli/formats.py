"""``pressrelease formats`` (the installed formats and their options) and ``schema`` (the
JSON Schema of a release file): what a user asks before writing or rendering."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.cli import EXIT_OK
from pressrelease.cli.options import use_choices, warn_plugins
from pressrelease.terminal import printable

if TYPE_CHECKING:
    import argparse


def formats(args: argparse.Namespace) -> int:
    """The table of formats (and with --options, what each takes); problems as warnings."""
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
    warn_plugins(registry)
    return EXIT_OK


_HEADINGS = ("NAME", "EXTENSION", "PACKAGE", "DESCRIPTION")


def schema() -> int:
    """The JSON Schema, indented, on standard output."""
    import json

    from pressrelease.schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK
