"""``InlineText``: the model's type for a text field that may carry inline markup.

It keeps what the author wrote (``source``, what a release dumps back to YAML) next to the
parsed spans, cleans the text first (``textcheck``: NFC, XML-safe characters) and tells
pydantic how to validate, serialise and describe it in the JSON Schema.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic_core import core_schema

from pressrelease.inline.parse import parse_inline
from pressrelease.inline.spans import Span, escape_inline, plain_text

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue


class InlineText:
    """A text field that may carry inline markup; ``source`` as written, ``spans`` parsed."""

    __slots__ = ("source", "spans")

    source: str
    spans: tuple[Span, ...]

    def __init__(self, source: str) -> None:
        from pressrelease.textcheck import clean_text

        self.source = clean_text(source)
        self.spans = parse_inline(self.source)

    @classmethod
    def from_plain(cls, text: str) -> InlineText:
        """Text shown exactly as given: every markup character is escaped.

        ``Paragraph(text=InlineText.from_plain("5 * 3 = 15"))`` prints the asterisk;
        ``InlineText("Acme *launches* widgets")`` reads the markup. Either way the field is
        typed ``InlineText``, which static checkers such as pyright accept.
        """
        return cls(escape_inline(text))

    @property
    def plain(self) -> str:
        """The text without markup, as a reader sees it."""
        return plain_text(self.spans)

    def __str__(self) -> str:
        return self.plain

    def __repr__(self) -> str:
        return f"InlineText({self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InlineText) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)

    @classmethod
    def _validate(cls, value: object) -> InlineText:
        if isinstance(value, InlineText):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError(f"expected text, found {type(value).__name__}")
        if not value.strip():
            raise ValueError("text may not be empty")
        return cls(value.strip())

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source_type: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda v: v.source, return_schema=core_schema.str_schema()
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "minLength": 1,
            "description": (
                "Text with inline markup: *emphasis*, **strong**, [text](https://…), "
                "footnote references [^id]."
            ),
        }
