"""The limits every release file is held to, whatever its syntax, the messages that name
them, and the checks that enforce them before any data is built: the YAML node graph in one
pass (nesting, what aliases expand to, alias cycles; duplicate keys found on the way), the
depth of parsed JSON, a file that is no release at all. A file is refused with one clear
line long before it could exhaust memory, recursion or time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressrelease.errors import InvalidReleaseError, Problem

if TYPE_CHECKING:
    import yaml

MAX_BYTES = 5 * 1024 * 1024
"""The largest release file read, in bytes; also the most text aliases may expand a YAML file to."""
MAX_DEPTH = 100
"""How deeply lists and mappings may nest (aliases expanded)."""
MAX_ALIAS_NODES = 100_000
"""How many values YAML aliases may add to a document, counting everything inside them."""
MAX_DIGITS = 4300
"""The longest number (in digits) a file may hold; Python's own limit for writing it as text."""
MAX_INT_BITS = int(MAX_DIGITS * 3.3219)  # log2(10): bits of the largest MAX_DIGITS number


def refuse_non_release(keys: list[object], source: str) -> None:
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


def depth(data: Any) -> int:
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


def too_deep() -> str:
    """The message for nesting beyond :data:`MAX_DEPTH`."""
    return f"lists and mappings are nested more than {MAX_DEPTH} levels deep"


def too_many_aliases() -> str:
    """The message for aliases that expand beyond :data:`MAX_ALIAS_NODES` or :data:`MAX_BYTES`."""
    return (
        f"aliases (*name) here make the document too large (over {MAX_ALIAS_NODES:,} repeated "
        f"values or {MAX_BYTES:,} characters of text); write the values out"
    )


def shorten(text: str) -> str:
    """At most 20 characters of ``text`` for a message."""
    return text if len(text) <= 20 else text[:17] + "..."


def check_graph(root: yaml.Node, source: str) -> tuple[str, int] | None:
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
                raise InvalidReleaseError([Problem("", too_many_aliases(), source, line)])
            if depth - 1 + height > MAX_DEPTH:
                raise InvalidReleaseError([Problem("", too_deep(), source, line)])
        else:
            seen.add(id(child))
            if isinstance(child, scalar):
                total_chars += len(child.value)
            elif depth > MAX_DEPTH:
                raise InvalidReleaseError([Problem("", too_deep(), source, line)])
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
