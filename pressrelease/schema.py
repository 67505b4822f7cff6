"""The JSON Schema of a release file, with each field's docstring as its description.

Field docstrings are read from the model's source here, not at import time, so that
importing the model (and every ``validate``) stays fast.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import re
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

    from pressrelease import __version__, model
    from pressrelease.model.base import _BCP47, _SLUG, _WINDOWS_RESERVED

    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:pressrelease:release:{__version__}",
        **model.PressRelease.model_json_schema(),
    }
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
    properties = schema["properties"]
    reserved = _WINDOWS_RESERVED.pattern.removeprefix("^")
    properties["slug"]["pattern"] = f"^(?!{reserved}){_SLUG.pattern.removeprefix('^')}"
    properties["language"]["pattern"] = _BCP47.pattern
    _phrase_templates(schema["$defs"]["OwnPhrases"])
    _for_editors(schema)
    return schema


def _phrase_templates(definition: dict[str, Any]) -> None:
    """A template among a release's own phrases must name each of its placeholders: a
    pattern lets an editor flag a lost ``{total}`` (the loader checks more: each once,
    written plainly)."""
    from pressrelease.locale import ENGLISH, placeholders

    for name, prop in definition["properties"].items():
        needed = sorted(placeholders(getattr(ENGLISH, name)))
        if not needed:
            continue
        pattern = "^" + "".join(f"(?=[\\s\\S]*\\{{{p}\\}})" for p in needed)
        for branch in prop.get("anyOf", [prop]):
            if branch.get("type") == "string":
                branch["pattern"] = pattern


def _plain(doc: str) -> str:
    """A docstring without reST's double backticks, for editors that show it as it is."""
    return re.sub(r"``(.*?)``", r"\1", doc)


def _for_editors(node: Any) -> None:
    """Make the schema say what the loader does, in words editors show well.

    A text field may hold a number: ``symbol: 00853`` is the text "00853" to pressrelease,
    while an editor's YAML 1.2 parser sees a number there. (Fields with a fixed value, such
    as ``kind``, or a format, such as dates, stay strings.) Descriptions lose reST's double
    backticks; ``markdownDescription`` (VS Code) keeps them as Markdown code."""
    if isinstance(node, dict):
        if node.get("type") == "string" and not {"enum", "const", "format"} & node.keys():
            node["type"] = ["string", "number"]
        description = node.get("description")
        if isinstance(description, str) and "``" in description:
            node["description"] = _plain(description)
            node["markdownDescription"] = description.replace("``", "`")
        for value in list(node.values()):
            _for_editors(value)
    elif isinstance(node, list):
        for value in node:
            _for_editors(value)
