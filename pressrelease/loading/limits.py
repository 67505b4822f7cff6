"""The limits every release file is held to, whatever its syntax, and the messages that
name them: a file is refused with one clear line long before it could exhaust memory,
recursion or time."""

from __future__ import annotations

from typing import Any

from pressrelease.errors import InvalidReleaseError, Problem

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
