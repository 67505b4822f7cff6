"""What every part of the release model shares: frozen models that refuse unknown fields, and
the text types (plain text, web addresses)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
)

from pressrelease.inline import web_address_problem
from pressrelease.textcheck import clean_text

PlainText = Annotated[str, Field(min_length=1), AfterValidator(clean_text)]
"""A non-empty text field without markup."""

_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$")
# Windows device names: neither "con" nor "con.<anything>" can be a file name there, and a
# release's files are named <slug>.<extension>.
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)")
_BCP47 = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _url(value: str) -> str:
    value = clean_text(value)
    if not value.lower().startswith(("http://", "https://")):
        raise ValueError(f"{value!r} is not a web address: it must start with http:// or https://")
    if any(char.isspace() for char in value):
        raise ValueError(f"{value!r} is not a web address: it contains spaces or line breaks")
    problem = web_address_problem(value)
    if problem:
        raise ValueError(f"{value!r} is not a web address: {problem}")
    return value


WebAddress = Annotated[str, AfterValidator(_url)]
"""An http or https URL."""


class _Model(BaseModel):
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        coerce_numbers_to_str=True,
        defer_build=True,
    )
