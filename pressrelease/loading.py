"""Files -> PressRelease, with errors that name the file, the line and the field.

YAML is read with the safe loader (no arbitrary objects). Its node tree keeps line marks,
which is how a pydantic error location such as ``body.2.speaker.name`` becomes a line.
JSON is parsed with :mod:`json`; its lines are found the same way (JSON is YAML).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressrelease.errors import InputError, InvalidReleaseError, Problem

if TYPE_CHECKING:
    import yaml
    from pydantic import ValidationError

    from pressrelease.model import PressRelease

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}


def load(path: str | Path, *, max_bytes: int = MAX_BYTES) -> PressRelease:
    """Read and validate a release from a .yaml, .yml or .json file."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path}: unknown file type {path.suffix!r}; use .yaml, .yml or .json")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: the file is {size:,} bytes, over the limit of {max_bytes:,} bytes"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start + 1} is invalid)") from None
    return loads(text, kind=kind, source=str(path))


def loads(text: str, *, kind: str = "yaml", source: str = "<string>") -> PressRelease:
    """Validate a release from YAML or JSON text; ``source`` names it in errors."""
    if kind == "json":
        data = _parse_json(text, source)
        node = None
    else:
        data, node = _parse_yaml(text, source)
    if not isinstance(data, dict):
        raise InvalidReleaseError(
            [Problem("", "expected a mapping of fields (headline:, body:, …)", source, 1)]
        )
    from pydantic import ValidationError

    from pressrelease.model import PressRelease

    try:
        return PressRelease.model_validate(data)
    except ValidationError as exc:
        if node is None and kind == "json":
            node = _json_nodes(text)
        raise InvalidReleaseError(_problems(exc, source, node)) from None


class _DuplicateKey(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise _DuplicateKey(next(k for k in keys if keys.count(k) > 1))
    return dict(pairs)


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise InvalidReleaseError(
            [Problem("", f"invalid JSON: {exc.msg} (column {exc.colno})", source, exc.lineno)]
        ) from None
    except _DuplicateKey as exc:
        node = _json_nodes(text)
        found = _find_duplicate_key(node) if node is not None else None
        key, line = found if found else (str(exc), None)
        raise InvalidReleaseError(
            [Problem(key, "this key appears twice in the same object", source, line)]
        ) from None


_LOADER: type[yaml.SafeLoader] | None = None
_TEXT_LIKE = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def _yaml_loader() -> type[yaml.SafeLoader]:
    """The safe loader, with numbers and dates left as text and only true/false as booleans.

    Text such as "1.50", "007" or "NO" (Norway) must reach the release exactly as typed;
    the model parses dates itself, with errors that name the field.
    """
    global _LOADER
    if _LOADER is None:
        import re

        import yaml

        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        resolvers = {
            first: [
                (tag, regexp)
                for tag, regexp in entries
                if tag not in _TEXT_LIKE and tag != "tag:yaml.org,2002:bool"
            ]
            for first, entries in base.yaml_implicit_resolvers.items()
        }
        loader: type[yaml.SafeLoader] = type(
            "ReleaseLoader", (base,), {"yaml_implicit_resolvers": resolvers}
        )
        loader.add_implicit_resolver(
            "tag:yaml.org,2002:bool",
            re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
            list("tTfF"),
        )
        _LOADER = loader
    return _LOADER


def _parse_yaml(text: str, source: str) -> tuple[Any, yaml.Node | None]:
    import yaml

    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        duplicate = _find_duplicate_key(node)
        if duplicate is not None:
            key, key_line = duplicate
            raise InvalidReleaseError(
                [Problem(key, "this key appears twice in the same mapping", source, key_line)]
            )
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        error_line = mark.line + 1 if mark is not None else None
        raise InvalidReleaseError(
            [Problem("", f"invalid YAML: {exc.problem or exc.context}", source, error_line)]
        ) from None
    except yaml.YAMLError as exc:
        raise InvalidReleaseError([Problem("", f"invalid YAML: {exc}", source)]) from None
    finally:
        loader.dispose()


def _find_duplicate_key(node: yaml.Node) -> tuple[str, int] | None:
    import yaml

    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    return str(key.value), key.start_mark.line + 1
                seen.add(key.value)
            found = _find_duplicate_key(value)
            if found:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found = _find_duplicate_key(item)
            if found:
                return found
    return None


def _json_nodes(text: str) -> yaml.Node | None:
    import yaml

    try:
        return yaml.compose(text, Loader=_yaml_loader())
    except yaml.YAMLError:
        return None  # valid JSON that YAML cannot read (rare): errors then carry no line


def _line_of(node: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """The line of the key (or list item) that the error location reaches deepest.

    The key, not its value: a mapping or a folded text starts on the line after its key.
    """
    import yaml

    if node is None:
        return None
    line: int = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == part), None)
            if pair is None:
                if isinstance(part, str) and any(k.value == "kind" for k, _ in node.value):
                    continue  # a union tag in the location, not a key in the file
                return line  # a missing field: point at the mapping's own key
            line, node = int(pair[0].start_mark.line) + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = int(node.start_mark.line) + 1
        elif not isinstance(part, str):  # a str here is a tag such as 'paragraph'
            return line
    return line


def _problems(exc: ValidationError, source: str, node: yaml.Node | None) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = _clean_loc(error["loc"])
        field = ".".join(str(p) for p in loc)
        message = _message(error)
        problems.append(Problem(field, message, source, _line_of(node, loc)))
    return sorted(problems, key=lambda p: p.line or 0)


_BLOCK_KINDS = frozenset({"paragraph", "subheading", "list", "quote", "table"})


def _clean_loc(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Drop pydantic's internal steps (union tags, validator names) from a location."""
    cleaned: list[int | str] = []
    for part in loc:
        if isinstance(part, str) and ("[" in part or part.startswith("function-")):
            continue
        if cleaned and isinstance(cleaned[-1], int) and part in _BLOCK_KINDS:
            continue  # the tag of a body block, not a key in the file
        cleaned.append(part)
    return tuple(cleaned)


def _message(error: Any) -> str:
    kind = error["type"]
    found = error.get("input")
    if kind == "missing":
        return "this field is required but missing"
    if kind == "extra_forbidden":
        return "unknown field; check its spelling against `pressrelease schema`"
    if kind == "timezone_aware":
        return (
            f"{found!s} has no time zone: write it with an offset, e.g. 2021-10-24T09:00:00+08:00"
        )
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind != "value_error" and found is not None and not isinstance(found, (dict, list)):
        shown = repr(found) if len(repr(found)) <= 80 else repr(found)[:77] + "..."
        message += f" (found {shown})"
    return message
