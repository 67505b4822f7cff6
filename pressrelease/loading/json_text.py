"""JSON release text -> data: duplicate keys, non-finite numbers, over-long numbers and deep
nesting refused with a message (and, for a duplicate key, its line)."""

from __future__ import annotations

import json
import math
from typing import Any

from pressrelease.errors import InvalidReleaseError, Problem
from pressrelease.loading.limits import (
    MAX_DEPTH,
    MAX_DIGITS,
    check_graph,
    depth,
    refuse_non_release,
    shorten,
    too_deep,
)
from pressrelease.loading.yaml_text import json_nodes


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
        raise _BadNumber(f"the number {shorten(digits)} is too large to hold; write text in quotes")
    return value


def _json_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _BadNumber(
            f"a number has {len(digits.lstrip('-')):,} digits, over the limit of "
            f"{MAX_DIGITS:,}; write text in quotes"
        )
    return int(digits)


def parse_json(text: str, source: str) -> Any:
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
        raise InvalidReleaseError([Problem("", too_deep(), source)]) from None
    if depth(data) > MAX_DEPTH:
        raise InvalidReleaseError([Problem("", too_deep(), source)])
    if isinstance(data, dict):
        refuse_non_release(list(data), source)
    if duplicates:
        node = json_nodes(text)
        found = check_graph(node, "<json>") if node is not None else None
        key, line = found if found else (duplicates[0], None)
        raise InvalidReleaseError(
            [Problem(key, "this key appears twice in the same object", source, line)]
        )
    return data
