"""Every text field of a release with its path (``body.2.text``, as validation errors write it).

A renderer that must refuse some characters (a PDF without a font for them) reports the
fields they are in; walking the model generically means a new field is never forgotten.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from pressrelease.inline import InlineText


def text_fields(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(path, text)`` for every string and inline-text field, in model order.

    Inline text is given as the characters a reader sees (``InlineText.plain``).
    """
    for path, value in _values(model, prefix):
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, InlineText):
            yield path, value.plain


def inline_fields(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, InlineText]]:
    """Yield ``(path, inline text)`` for every field with inline markup, in model order."""
    for path, value in _values(model, prefix):
        if isinstance(value, InlineText):
            yield path, value


def _values(model: BaseModel, prefix: str) -> Iterator[tuple[str, object]]:
    for name in type(model).model_fields:
        path = f"{prefix}.{name}" if prefix else name
        yield from _leaves(getattr(model, name), path)


def _leaves(value: object, path: str) -> Iterator[tuple[str, object]]:
    if isinstance(value, BaseModel):
        yield from _values(value, path)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{path}.{index}")
    else:
        yield path, value
