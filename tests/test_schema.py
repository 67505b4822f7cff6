"""The JSON Schema agrees with the loader: numbers as text, slug and language patterns, an
$id, and descriptions without reST markup."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
import yaml

from pressrelease import InvalidReleaseError, loads
from pressrelease.schema import json_schema
from tests.helpers import EXAMPLE


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_unquoted_numbers_are_text_for_the_schema_as_for_the_loader(
    validator: jsonschema.Draft202012Validator,
) -> None:
    text = re.sub(r"symbol: [\"']?(\w+)[\"']?", "symbol: 00853", EXAMPLE.read_text("utf-8"))
    assert loads(text).issuer.listings[0].symbol == "00853"
    data = _as_text(text)
    data["issuer"]["listings"][0]["symbol"] = 853  # what a YAML 1.2 editor reads in 00853
    assert [e.message for e in validator.iter_errors(data)] == []


def _as_text(text: str) -> Any:
    from pressrelease.loading.yaml_text import yaml_loader

    return yaml.load(text, Loader=yaml_loader())


@pytest.mark.parametrize("slug", ["Upper", "a b", "-x", "con", "con.2024", "x" * 101])
def test_the_schema_refuses_the_slugs_the_model_refuses(
    validator: jsonschema.Draft202012Validator, slug: str
) -> None:
    data = _as_text(EXAMPLE.read_text("utf-8"))
    data["slug"] = slug
    assert list(validator.iter_errors(data))
    with pytest.raises(InvalidReleaseError, match="slug"):
        loads(json.dumps(data), kind="json")


def test_language_pattern_id_and_plain_descriptions() -> None:
    schema = json_schema()
    assert schema["$id"].startswith("urn:pressrelease:release:")
    assert re.fullmatch(schema["properties"]["language"]["pattern"], "zh-Hans")
    assert not re.fullmatch(schema["properties"]["language"]["pattern"], "english!")
    text = json.dumps(schema)
    descriptions = re.findall(r'"description": "((?:[^"\\]|\\.)*)"', text)
    assert descriptions
    assert not [d for d in descriptions if "``" in d]
    assert "`until`" in text  # kept as Markdown for editors that render it


def test_the_phrase_names_are_properties_with_descriptions_and_templates_a_pattern(
    validator: jsonschema.Draft202012Validator,
) -> None:
    from pressrelease.locale import PHRASE_NAMES

    own = json_schema()["$defs"]["OwnPhrases"]
    assert list(own["properties"]) == list(PHRASE_NAMES)
    assert own["additionalProperties"] is False
    assert all(prop["description"] for prop in own["properties"].values())
    data = _as_text(EXAMPLE.read_text("utf-8"))
    data["phrases"] = {"page": "Seite {number}/{total}", "media_assets": "Bildmaterial"}
    assert [e.message for e in validator.iter_errors(data)] == []
    loads(json.dumps(data), kind="json")
    for wrong in ({"page": "Seite {nummer}/{total}"}, {"media_asets": "Bildmaterial"}):
        data["phrases"] = wrong
        assert list(validator.iter_errors(data))
        with pytest.raises(InvalidReleaseError, match="phrases"):
            loads(json.dumps(data), kind="json")
