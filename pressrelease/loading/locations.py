"""Pydantic's errors as Problems that name the field and the line of the file: an error
location such as ``body.2.speaker.name`` followed through the YAML node tree (JSON is read
as YAML for this), with pydantic's internal steps left out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressrelease.errors import Problem

if TYPE_CHECKING:
    import yaml
    from pydantic import ValidationError


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


def problems(exc: ValidationError, source: str | None, node: yaml.Node | None) -> list[Problem]:
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
