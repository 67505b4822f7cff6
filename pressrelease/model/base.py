"""What every part of the release model shares: frozen models that refuse unknown fields, and
the text types (plain text, web addresses)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
)

from pressrelease.inline import web_address_problem
from pressrelease.textcheck import clean_text

if TYPE_CHECKING:
    from typing_extensions import Self

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

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied and validated as a whole, like a loaded file.

        ``release.replace(headline="New")``; values may be given as in a release file
        (``embargo={"until": "2024-05-01T09:00:00+02:00", "timezone": "Europe/Paris"}``) or
        as model objects. Unlike pydantic's ``model_copy(update=…)``, which checks nothing,
        a bad value or an unknown field raises ``InvalidReleaseError`` naming each field.
        """
        from pydantic import ValidationError

        from pressrelease.errors import InvalidReleaseError
        from pressrelease.loading import validation_problems

        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(changes)
        try:
            return self.model_validate(data)
        except ValidationError as exc:
            raise InvalidReleaseError(validation_problems(exc)) from None
