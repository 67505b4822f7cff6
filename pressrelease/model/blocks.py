"""The body's blocks: paragraphs, subheadings, lists, quotes (with their speaker), block
quotations and tables."""

from __future__ import annotations

import re
from typing import Annotated, Literal, Union

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from pressrelease.inline import InlineText
from pressrelease.model.base import PlainText, _Model
from pressrelease.model.structure import MAX_LIST_DEPTH, BlockQuote, ListEntry, too_deep
from pressrelease.textcheck import clean_text


def _quote_mark(value: str) -> str:
    value = clean_text(value)
    if any(char in value for char in "\n\t\r") or len(value) > 5 or not value.strip():
        raise ValueError(
            f"{value!r} is not a quotation mark: use up to 5 characters on one line, "
            'spaces kept (e.g. "« " and " »")'
        )
    return value


QuoteMark = Annotated[
    str, StringConstraints(strip_whitespace=False, min_length=1), AfterValidator(_quote_mark)
]
"""A quotation mark as printed, with any no-break space that belongs to it."""


class Speaker(_Model):
    """The person a quote is attributed to."""

    name: PlainText
    """The speaker's name as published, e.g. Dr. Chengyun Yue."""
    title: PlainText | None = None
    """Job title, e.g. Chief Executive Officer."""
    organization: PlainText | None = None
    """The speaker's organisation."""


class Paragraph(_Model):
    """A paragraph of body text."""

    kind: Literal["paragraph"] = "paragraph"
    """Block type."""
    text: InlineText
    """The paragraph, with inline markup."""


def _level(value: object) -> object:
    """YAML numbers arrive as text ("3"); a heading level is a number."""
    return int(value) if isinstance(value, str) and value.strip() in ("2", "3") else value


class Subheading(_Model):
    """A heading inside the body."""

    kind: Literal["subheading"] = "subheading"
    """Block type."""
    text: PlainText
    """The heading text."""
    level: Annotated[
        Literal[2, 3], BeforeValidator(_level), WithJsonSchema({"enum": [2, 3, "2", "3"]})
    ] = 2
    """2: a section heading (HTML ``h2``, Word's Heading 1); 3: a minor heading under one
    (``h3``, Heading 2)."""


class BulletList(_Model):
    """A bulleted or numbered list."""

    kind: Literal["list"] = "list"
    """Block type."""
    ordered: bool = False
    """True for a numbered list."""
    items: list[ListEntry] = Field(min_length=1)
    """The list items, with inline markup; an item with a sub-list is
    ``{text: …, items: […], ordered: false}``, nested at most 3 levels deep in all."""

    @model_validator(mode="after")
    def _not_too_deep(self) -> BulletList:
        deepest = too_deep(self.items)
        if deepest:
            raise ValueError(
                f"the sub-list of {deepest} would be level {MAX_LIST_DEPTH + 1}: a list nests "
                f"at most {MAX_LIST_DEPTH} levels deep (a list, its sub-lists and theirs); "
                "move those items up a level"
            )
        return self


class Quote(_Model):
    """A quotation, kept in the exact wording it was published in.

    ``before``: ``{attribution}, {verb}, “{text}”``;
    ``after``: ``“{text},” {verb} {attribution}. “{continued}”`` (or ``{attribution} {verb}``).
    With ``lead`` or ``tail`` the quote sits inside a narrative paragraph, printed as one.
    """

    kind: Literal["quote"] = "quote"
    """Block type."""
    text: InlineText
    """The quoted words, without the quotation marks."""
    speaker: Speaker
    """Who said it."""
    verb: PlainText | None = None
    """The attribution verb as published: said, commented, added, noted…; default: the
    language's own (said, sagte, a déclaré, 表示…)."""
    position: Literal["before", "after"] = "after"
    """Whether the attribution comes before the quote or after its first part."""
    attribution: PlainText | None = None
    """The words naming the speaker as published; default: name, title of organization."""
    comma: bool | None = None
    """For ``before``: whether a comma separates the attribution from the verb, as published
    ("Jane Roe, CEO of Acme, said" but "Bob Roe, MD stated"); default: when the attribution
    itself has a comma."""
    verb_first: bool = True
    """For ``after``: "said Jane Doe" (true) or "Jane Doe said" (false)."""
    separator: PlainText | None = None
    """Chinese and Japanese: the punctuation printed between verb and quote (陳大文表示：「…」)
    or quote and speaker (「…」と山田太郎は) as published; default: the language's own
    (，, 、). Other languages have none."""
    continued: InlineText | None = None
    """For ``after``: quoted words that follow the attribution sentence."""
    marks: tuple[QuoteMark, QuoteMark] | None = None
    """Opening and closing quotation marks as published, spaces kept (e.g. ["« ", " »"]);
    default: the language's own (“…” en, „…“ de, « … » fr, 「…」 ja and zh-Hant)."""
    continued_intro: PlainText | None = None
    """Words introducing ``continued`` as published, e.g. "He added," (then: He added, “…”);
    with it, a ``before`` quote may be continued too."""
    lead: InlineText | None = None
    """Narrative printed before the quote in the same paragraph, as published ("… the
    company said."); one space (none in Chinese or Japanese) joins it to the quote."""
    tail: InlineText | None = None
    """Narrative printed after the quote in the same paragraph, as published ("The trial
    enrols …"); one space (none in Chinese or Japanese) joins the quote to it."""

    @model_validator(mode="after")
    def _continued_needs_after(self) -> Quote:
        if self.continued_intro is not None and self.continued is None:
            raise ValueError("'continued_intro' needs 'continued': the words it introduces")
        if self.continued is not None and self.position != "after" and not self.continued_intro:
            raise ValueError(
                "'continued' is only possible when position is 'after', or with "
                "'continued_intro' (e.g. He added,)"
            )
        return self


def _empty_cell(value: object) -> object:
    """An empty string, white space (a no-break space too) or null is an empty cell."""
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


Cell = Annotated[InlineText | None, BeforeValidator(_empty_cell)]
"""A table cell: inline text, or empty (null or "")."""

_NUMBER = re.compile(r"^[(+\-–−]?\s*[$€£¥]?\s*[(\-–−]?[\d.,' \u00a0\u202f]*\d[\d.,]*\)?\s*%?\)?$")


def numeric(text: str) -> bool:
    """Whether a cell reads as a number: 1,420 · $ (5,370) · (5,419) · -3.2% · 12 500."""
    return bool(_NUMBER.match(text.strip()))


class Table(_Model):
    """A table: header rows, body rows, empty cells, row headers and column alignment."""

    kind: Literal["table"] = "table"
    """Block type."""
    caption: PlainText | None = None
    """A title shown with the table."""
    header: list[Cell] | list[list[Cell]] = Field(min_length=1)
    """The column headings: one row, or a list of rows (e.g. a year row above a quarter row);
    a cell may be empty."""
    rows: list[list[Cell]] = Field(min_length=1)
    """The rows; each has as many cells as the header. A cell may be empty (null or "")."""
    row_headers: bool = False
    """True when each row's first cell heads that row (a line item such as "Revenue")."""
    align: list[Literal["left", "right", "center"]] | None = None
    """The alignment of each column; default: right for columns of numbers, else left."""

    @property
    def header_rows(self) -> list[list[InlineText | None]]:
        """The header as rows, whichever way it was written."""
        if self.header and isinstance(self.header[0], list):
            return [list(row) for row in self.header if isinstance(row, list)]
        return [[cell for cell in self.header if not isinstance(cell, list)]]

    @property
    def alignment(self) -> list[str]:
        """Each column's alignment: as given, else right for a column whose filled body cells
        are all numbers."""
        if self.align is not None:
            return list(self.align)
        columns = len(self.header_rows[0])
        out = []
        for index in range(columns):
            cells = [row[index] for row in self.rows if row[index] is not None]
            is_number = bool(cells) and all(numeric(cell.plain) for cell in cells if cell)
            first = index == 0 and self.row_headers
            out.append("right" if is_number and not first else "left")
        return out

    @model_validator(mode="after")
    def _rectangular(self) -> Table:
        header = self.header_rows
        width = len(header[0])
        for number, row in enumerate(header, start=1):
            if len(row) != width:
                raise ValueError(f"header row {number} has {len(row)} cells, the first {width}")
        for number, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise ValueError(f"row {number} has {len(row)} cells but the header has {width}")
        if self.align is not None and len(self.align) != width:
            raise ValueError(f"'align' names {len(self.align)} columns; the table has {width}")
        return self


def _shorthand_paragraph(value: object) -> object:
    return {"kind": "paragraph", "text": value} if isinstance(value, str) else value


Block = Annotated[
    Paragraph | Subheading | BulletList | Quote | BlockQuote | Table,
    Field(discriminator="kind"),
    BeforeValidator(
        _shorthand_paragraph,
        json_schema_input_type=Union[  # noqa: UP007
            str, Paragraph, Subheading, BulletList, Quote, BlockQuote, Table
        ],
    ),
]
"""One body block; a bare string is a paragraph."""
