"""Files -> PressRelease, with errors that name the file, the line and the field.

YAML is read with the safe loader (no arbitrary objects). Its node tree keeps line marks,
which is how a pydantic error location such as ``body.2.speaker.name`` becomes a line.
JSON is parsed with :mod:`json`; its lines are found the same way (JSON is YAML).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressrelease.errors import InputError, InvalidReleaseError, Problem
from pressrelease.reading import read_limited

if TYPE_CHECKING:
    import yaml
    from pydantic import ValidationError

    from pressrelease.model import PressRelease

MAX_BYTES = 5 * 1024 * 1024
"""The largest release file read, in bytes; also the most text aliases may expand a YAML file to."""
MAX_DEPTH = 100
"""How deeply lists and mappings may nest (aliases expanded)."""
MAX_ALIAS_NODES = 100_000
"""How many values YAML aliases may add to a document, counting everything inside them."""
MAX_DIGITS = 4300
"""The longest number (in digits) a file may hold; Python's own limit for writing it as text."""
_MAX_INT_BITS = int(MAX_DIGITS * 3.3219)  # log2(10): bits of the largest MAX_DIGITS number
SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}


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
    import sys

    raw = sys.stdin.buffer.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError(f"<stdin>: the input is over the limit of {max_bytes:,} bytes")
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


def _refuse_non_release(keys: list[object], source: str) -> None:
    """Refuse a mapping none of whose keys is a release field, without quoting any of it.

    Such a file is not a release with typos but some other file (a configuration, a private
    file behind a symlink): one message, and none of its keys or values, which may be secret.
    """
    from pressrelease.model import PressRelease

    if keys and not any(isinstance(k, str) and k in PressRelease.model_fields for k in keys):
        raise InvalidReleaseError(
            [
                Problem(
                    "",
                    "not a release file: none of its top-level keys is a release field "
                    "(slug, headline, body, …)",
                    source,
                )
            ]
        )


class _DuplicateKey(Exception):
    pass


class _BadNumber(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise _DuplicateKey(next(k for k in keys if keys.count(k) > 1))
    return dict(pairs)


def _json_constant(name: str) -> Any:
    raise _BadNumber(f"{name} is not a number a release can hold; write text in quotes")


def _json_float(digits: str) -> float:
    value = float(digits)
    if not math.isfinite(value):
        raise _BadNumber(
            f"the number {_shorten(digits)} is too large to hold; write text in quotes"
        )
    return value


def _json_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _BadNumber(
            f"a number has {len(digits.lstrip('-')):,} digits, over the limit of "
            f"{MAX_DIGITS:,}; write text in quotes"
        )
    return int(digits)


def _shorten(text: str) -> str:
    return text if len(text) <= 20 else text[:17] + "..."


def _parse_json(text: str, source: str) -> Any:
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        try:
            return _no_duplicates(items)
        except _DuplicateKey as exc:
            duplicates.append(str(exc))
            return dict(items)

    try:
        data = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_constant=_json_constant,
            parse_float=_json_float,
            parse_int=_json_int,
        )
    except json.JSONDecodeError as exc:
        raise InvalidReleaseError(
            [Problem("", f"invalid JSON: {exc.msg} (column {exc.colno})", source, exc.lineno)]
        ) from None
    except _BadNumber as exc:
        raise InvalidReleaseError([Problem("", str(exc), source)]) from None
    except RecursionError:
        raise InvalidReleaseError([Problem("", _too_deep(), source)]) from None
    if _depth(data) > MAX_DEPTH:
        raise InvalidReleaseError([Problem("", _too_deep(), source)])
    if isinstance(data, dict):
        _refuse_non_release(list(data), source)
    if duplicates:
        node = _json_nodes(text)
        found = _find_duplicate_key(node) if node is not None else None
        key, line = found if found else (duplicates[0], None)
        raise InvalidReleaseError(
            [Problem(key, "this key appears twice in the same object", source, line)]
        )
    return data


def _depth(data: Any) -> int:
    """How deeply lists and mappings nest in ``data`` (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:
                stack.extend((child, depth + 1) for child in item)
    return deepest


def _too_deep() -> str:
    return f"lists and mappings are nested more than {MAX_DEPTH} levels deep"


_LOADER: type[yaml.SafeLoader] | None = None
_TEXT_LIKE = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def _yaml_loader() -> type[yaml.SafeLoader]:
    """The safe loader, with numbers and dates left as text and only true/false as booleans.

    Text such as "1.50", "007" or "NO" (Norway) must reach the release exactly as typed;
    the model parses dates itself, with errors that name the field. Numbers tagged
    explicitly (``!!float .nan``, ``!!int 0x…``) must be finite and short enough to be
    written out as text.
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
        loader.add_constructor("tag:yaml.org,2002:float", _yaml_float)
        loader.add_constructor("tag:yaml.org,2002:int", _yaml_int)
        _LOADER = loader
    return _LOADER


def _yaml_float(loader: yaml.SafeLoader, node: yaml.Node) -> float:
    import yaml

    assert isinstance(node, yaml.ScalarNode)
    value = yaml.SafeLoader.construct_yaml_float(loader, node)
    if not math.isfinite(value):
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"{_shorten(str(node.value))!r} is not a finite number; write text in quotes",
            node.start_mark,
        )
    return value


def _yaml_int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    import yaml

    assert isinstance(node, yaml.ScalarNode)
    value: int | None = None
    if len(str(node.value)) <= MAX_DIGITS:
        value = yaml.SafeLoader.construct_yaml_int(loader, node)
    if value is None or value.bit_length() > _MAX_INT_BITS:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"a number over {MAX_DIGITS:,} digits long cannot be held; write text in quotes",
            node.start_mark,
        )
    return value


def _parse_yaml(text: str, source: str) -> tuple[Any, yaml.Node | None]:
    from pressrelease.lazy_patterns import import_yaml

    import_yaml()  # before the first ``import yaml``: ~10 ms of start-up saved
    import yaml

    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        duplicate = _check_graph(node, source)
        if isinstance(node, yaml.MappingNode):
            _refuse_non_release([k.value for k, _ in node.value], source)
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
    except RecursionError:  # the pure-Python composer, on a file nested a thousand deep
        raise InvalidReleaseError([Problem("", _too_deep(), source)]) from None
    finally:
        loader.dispose()


def _check_graph(root: yaml.Node, source: str) -> tuple[str, int] | None:
    """Check the node graph in one pass over its distinct nodes; the first duplicate key.

    PyYAML shares the node of an anchor (``&a``) with each of its aliases (``*a``), so the
    graph is small while the document it stands for may be huge (a "billion laughs" file
    of a few hundred bytes) or endless (an alias inside its own anchor). Each distinct node
    is visited once; where an alias repeats a node, the size of what it repeats is added to
    a running count, which is refused beyond :data:`MAX_ALIAS_NODES` values or
    :data:`MAX_BYTES` characters of text. Nesting, aliases expanded, stops at
    :data:`MAX_DEPTH` levels.
    """
    import yaml

    if not isinstance(root, yaml.CollectionNode):
        return None
    scalar, mapping = yaml.ScalarNode, yaml.MappingNode
    seen = {id(root)}
    sizes: dict[int, tuple[int, int, int]] = {}  # id -> (values, characters, height)
    added_values = total_chars = 0
    duplicate: tuple[str, int] | None = None
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]  # collections met for the first time

    def visit(child: yaml.Node, line: int, depth: int) -> None:
        """Count a scalar, queue a new collection, or add up what an alias repeats."""
        nonlocal added_values, total_chars
        if id(child) in seen:  # an alias: the document repeats this node here
            values, chars, height = _expanded(child, sizes, source, line)
            added_values += values
            total_chars += chars
            if added_values > MAX_ALIAS_NODES or total_chars > MAX_BYTES:
                raise InvalidReleaseError([Problem("", _too_many_aliases(), source, line)])
            if depth - 1 + height > MAX_DEPTH:
                raise InvalidReleaseError([Problem("", _too_deep(), source, line)])
        else:
            seen.add(id(child))
            if isinstance(child, scalar):
                total_chars += len(child.value)
            elif depth > MAX_DEPTH:
                raise InvalidReleaseError([Problem("", _too_deep(), source, line)])
            else:
                stack.append((child, depth))

    while stack:
        node, depth = stack.pop()
        if isinstance(node, mapping):
            duplicate = duplicate or _duplicate_key(node)
            for key, value in reversed(node.value):
                key_line = int(key.start_mark.line) + 1
                visit(value, key_line, depth + 1)
                visit(key, key_line, depth + 1)
        else:
            item_line = int(node.start_mark.line) + 1
            for item in reversed(node.value):
                if type(item) is scalar and id(item) not in seen:  # the common case, inline
                    seen.add(id(item))
                    total_chars += len(item.value)
                else:
                    visit(item, item_line, depth + 1)
    return duplicate


def _duplicate_key(node: yaml.MappingNode) -> tuple[str, int] | None:
    """The first key of the mapping that it already holds, with its line."""
    import yaml

    keys: set[object] = set()
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in keys:
                return str(key.value), int(key.start_mark.line) + 1
            keys.add(key.value)
    return None


def _nodes_in(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _expanded(
    top: yaml.Node, sizes: dict[int, tuple[int, int, int]], source: str, line: int
) -> tuple[int, int, int]:
    """Values, characters of text and height of ``top`` with its aliases expanded.

    Memoised in ``sizes``, so each node is counted once however often it is repeated; an
    alias met again inside the node it names is a cycle, refused.
    """
    import yaml

    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(top, False)]
    while stack:
        node, finishing = stack.pop()
        if finishing:
            if isinstance(node, yaml.ScalarNode):
                sizes[id(node)] = (1, len(node.value), 0)  # a scalar is no level of nesting
            else:
                values, chars, height = 1, 0, 0
                for child in _nodes_in(node):
                    child_values, child_chars, child_height = sizes[id(child)]
                    values, chars = values + child_values, chars + child_chars
                    height = max(height, child_height)
                sizes[id(node)] = (values, chars, height + 1)
            on_path.discard(id(node))
        elif id(node) not in sizes:
            if id(node) in on_path:
                raise InvalidReleaseError(
                    [
                        Problem(
                            "", "an alias (*name) refers to a value that contains it", source, line
                        )
                    ]
                )
            on_path.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in _nodes_in(node))
    return sizes[id(top)]


def _too_many_aliases() -> str:
    return (
        f"aliases (*name) here make the document too large (over {MAX_ALIAS_NODES:,} repeated "
        f"values or {MAX_BYTES:,} characters of text); write the values out"
    )


def _find_duplicate_key(node: yaml.Node) -> tuple[str, int] | None:
    return _check_graph(node, "<json>")


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


def validation_problems(exc: ValidationError, source: str | None = None) -> list[Problem]:
    """A pydantic error of a model built in Python, as Problems naming each field."""
    return _problems(exc, source, None)


def _problems(exc: ValidationError, source: str | None, node: yaml.Node | None) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = _clean_loc(error["loc"])
        if error["type"] == "extra_forbidden" and error["loc"]:  # the last step is the key as
            loc = (*_clean_loc(error["loc"][:-1]), error["loc"][-1])  # written, "[" and all
        field = ".".join(str(p) for p in loc)
        message = _message(error)
        problems.append(Problem(field, message, source, _line_of(node, loc)))
    return sorted(problems, key=lambda p: p.line or 0)


_BLOCK_KINDS = frozenset({"paragraph", "subheading", "list", "quote", "blockquote", "table"})
_TAGS = _BLOCK_KINDS | {"text-item", "nested-item"}
"""Union tags pydantic puts in a location after an index: a block's kind, a list item's
(``model.structure.TEXT_ITEM``, ``NESTED_ITEM``; written out to keep pydantic unimported)."""


def _clean_loc(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Drop pydantic's internal steps (union tags, validator names) from a location."""
    cleaned: list[int | str] = []
    for part in loc:
        if isinstance(part, str) and ("[" in part or part.startswith("function-")):
            continue
        if cleaned and isinstance(cleaned[-1], int) and part in _TAGS:
            continue  # the tag of a body block or list item, not a key in the file
        cleaned.append(part)
    return tuple(cleaned)


def _message(error: Any) -> str:
    kind = error["type"]
    found = error.get("input")
    if kind == "missing":
        return "this field is required but missing"
    if kind == "extra_forbidden":
        if tuple(error["loc"][:-1]) == ("phrases",):
            from pressrelease.model.phrases import unknown_phrase

            return unknown_phrase(str(error["loc"][-1]))
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
