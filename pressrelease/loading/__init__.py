"""Files -> PressRelease, with errors that name the file, the line and the field.

YAML is read with the safe loader (no arbitrary objects; ``yaml_text``), its node graph
checked against the limits (``limits``) before it is built. Its node tree
keeps line marks, which is how a pydantic error location such as ``body.2.speaker.name``
becomes a line (``locations``). JSON is parsed with :mod:`json` (``json_text``); its lines
are found the same way (JSON is YAML).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pressrelease.errors import InputError, InvalidReleaseError, Problem
from pressrelease.loading.limits import MAX_ALIAS_NODES as MAX_ALIAS_NODES
from pressrelease.loading.limits import MAX_BYTES as MAX_BYTES
from pressrelease.loading.limits import MAX_DEPTH as MAX_DEPTH
from pressrelease.loading.limits import MAX_DIGITS as MAX_DIGITS
from pressrelease.loading.yaml_text import parse_yaml, yaml_loader
from pressrelease.reading import read_limited, read_stdin

if TYPE_CHECKING:
    from pydantic import ValidationError

    from pressrelease.model import PressRelease

__all__ = [
    "MAX_ALIAS_NODES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "STDIN",
    "SUFFIXES",
    "load",
    "load_stdin",
    "loads",
    "validation_problems",
]

SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}
_yaml_loader = yaml_loader
"""The name the loader had when this package was one module (tests read YAML with it)."""


def load(path: str | Path, *, max_bytes: int = MAX_BYTES) -> PressRelease:
    """Read and validate a release from a .yaml, .yml or .json file."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path}: unknown file type {path.suffix!r}; use .yaml, .yml or .json")
    return loads(_read_text(path, max_bytes), kind=kind, source=str(path))


STDIN = "-"
"""The release file name that stands for standard input (as in pandoc)."""


def load_stdin(*, max_bytes: int = MAX_BYTES) -> PressRelease:
    """Read and validate a release (YAML, or JSON, which is YAML) from standard input."""
    raw = read_stdin(max_bytes)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"<stdin>: not UTF-8 text (byte {exc.start + 1} is invalid)") from None
    kind = "json" if text.lstrip().startswith(("{", "[")) else "yaml"
    return loads(text, kind=kind, source="<stdin>")


def _read_text(path: Path, max_bytes: int) -> str:
    raw = read_limited(path, max_bytes)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start + 1} is invalid)") from None


def loads(text: str, *, kind: str = "yaml", source: str = "<string>") -> PressRelease:
    """Validate a release from YAML or JSON text; ``source`` names it in errors."""
    if kind == "json":
        from pressrelease.loading.json_text import parse_json

        data = parse_json(text, source)
        node = None
    else:
        data, node = parse_yaml(text, source)
    if not isinstance(data, dict):
        raise InvalidReleaseError(
            [Problem("", "expected a mapping of fields (headline:, body:, …)", source, 1)]
        )
    from pydantic import ValidationError

    from pressrelease.model import PressRelease

    try:
        return PressRelease.model_validate(data)
    except ValidationError as exc:
        from pressrelease.loading.locations import problems
        from pressrelease.loading.yaml_text import json_nodes

        if node is None and kind == "json":
            node = json_nodes(text)
        raise InvalidReleaseError(problems(exc, source, node)) from None


def validation_problems(exc: ValidationError, source: str | None = None) -> list[Problem]:
    """A pydantic error of a model built in Python, as Problems naming each field."""
    from pressrelease.loading.locations import problems

    return problems(exc, source, None)
