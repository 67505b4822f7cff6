"""YAML release text -> data with the safe loader: numbers and dates left as text as typed,
and the node graph checked (``limits.check_graph``) before anything is built from it."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from pressrelease.errors import InvalidReleaseError, Problem
from pressrelease.loading.limits import (
    MAX_DIGITS,
    MAX_INT_BITS,
    check_graph,
    refuse_non_release,
    shorten,
    too_deep,
)

if TYPE_CHECKING:
    import yaml

_LOADER: type[yaml.SafeLoader] | None = None
_TEXT_LIKE = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def yaml_loader() -> type[yaml.SafeLoader]:
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
            f"{shorten(str(node.value))!r} is not a finite number; write text in quotes",
            node.start_mark,
        )
    return value


def _yaml_int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    import yaml

    assert isinstance(node, yaml.ScalarNode)
    value: int | None = None
    if len(str(node.value)) <= MAX_DIGITS:
        value = yaml.SafeLoader.construct_yaml_int(loader, node)
    if value is None or value.bit_length() > MAX_INT_BITS:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"a number over {MAX_DIGITS:,} digits long cannot be held; write text in quotes",
            node.start_mark,
        )
    return value


def parse_yaml(text: str, source: str) -> tuple[Any, yaml.Node | None]:
    from pressrelease.lazy_patterns import import_yaml

    import_yaml()  # before the first ``import yaml``: ~10 ms of start-up saved
    import yaml

    loader = yaml_loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        duplicate = check_graph(node, source)
        if isinstance(node, yaml.MappingNode):
            refuse_non_release([k.value for k, _ in node.value], source)
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
        raise InvalidReleaseError([Problem("", too_deep(), source)]) from None
    finally:
        loader.dispose()


def json_nodes(text: str) -> yaml.Node | None:
    """JSON text as a YAML node tree, for the lines of errors (JSON is YAML)."""
    import yaml

    try:
        return yaml.compose(text, Loader=yaml_loader())
    except yaml.YAMLError:
        return None  # valid JSON that YAML cannot read (rare): errors then carry no line
