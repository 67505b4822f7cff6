"""The JSON Schema of a release file, with each field's docstring as its description.

Field docstrings are read from the model's source here, not at import time, so that
importing the model (and every ``validate``) stays fast.
"""

from __future__ import annotations

import ast
import inspect
import itertools
from typing import Any


def _field_docs(cls: type) -> dict[str, str]:
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for node, following in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = inspect.cleandoc(following.value.value)
    return docs


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every release file must satisfy."""
    from pydantic import BaseModel

    from pressrelease import model

    schema = model.PressRelease.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    classes = {
        name: cls
        for name, cls in vars(model).items()
        if isinstance(cls, type)
        and issubclass(cls, BaseModel)
        and cls.__module__.startswith(f"{model.__name__}.")
    }
    targets = {"PressRelease": schema, **schema.get("$defs", {})}
    for name, definition in targets.items():
        cls = classes.get(name)
        if cls is None:
            continue
        for field, doc in _field_docs(cls).items():
            prop = definition.get("properties", {}).get(field)
            if prop is not None:
                prop["description"] = doc
    return schema
