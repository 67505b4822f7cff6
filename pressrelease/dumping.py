"""PressRelease -> YAML, written the way a person writes a release file.

Keys in the schema's order, defaults left out, a paragraph as a bare string, long text as a
``>-`` block (``|-`` when it holds line breaks), and a scalar quoted only when a YAML reader
would otherwise read something else (``symbol: "00853"``, ``"yes"``, ``"- x"``). Comments can
be attached to fields by path (``"dateline.city"``, ``"body.2"``); the importer uses them for
``# guessed: …`` notes. ``loads(dumps(r)) == r`` for every release.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pressrelease.inline import InlineText

if TYPE_CHECKING:
    from pydantic import BaseModel

    from pressrelease.model import PressRelease

WIDTH = 100
"""Lines longer than this are written as block scalars."""


def dumps(release: PressRelease, comments: Mapping[str, str] | None = None) -> str:
    """The release as YAML text; ``comments`` maps a field path to a comment written above it."""
    writer = _Writer(comments or {})
    writer.mapping(release, "", 0)
    return "".join(writer.out)


class _Writer:
    def __init__(self, comments: Mapping[str, str]) -> None:
        self.out: list[str] = []
        self.comments = comments

    def comment(self, path: str, indent: int) -> None:
        text = self.comments.get(path)
        if text:
            for line in text.splitlines():
                self.out.append(f"{' ' * indent}# {line}\n".replace("# \n", "#\n"))

    def mapping(
        self, model: BaseModel, path: str, indent: int, first_prefix: str = "", kind: bool = True
    ) -> None:
        """A model's non-default fields; ``first_prefix`` replaces the first key's indent;
        ``kind``: whether to write a ``kind`` field."""
        items = [(k, v) for k, v in _fields(model) if kind or k != "kind"]
        for number, (key, value) in enumerate(items):
            here = f"{path}.{key}" if path else key
            lead = first_prefix if number == 0 and first_prefix else " " * indent
            if number > 0 or not first_prefix:
                self.comment(here, indent)
            if key == "closing" and not path:
                self.closing(lead + key + ":", value, here, indent)
                continue
            self.value(lead + key + ":", value, here, indent)

    def closing(self, head: str, sections: list[Any], path: str, indent: int) -> None:
        """The closing sections in their single-key forms: ``- about: {...}``,
        ``- contacts: [...]``, ``- notes: [...]`` and the bare ``- end_mark``."""
        from pressrelease.model import ContactsSection, EndMarkHere, Notes

        self.out.append(head + "\n")
        for number, section in enumerate(sections):
            here = f"{path}.{number}"
            self.comment(here, indent + 2)
            dash = " " * (indent + 2) + "- "
            if isinstance(section, EndMarkHere):
                self.out.append(dash + "end_mark\n")
            elif isinstance(section, Notes) and section.heading is None:
                self.value(dash + "notes:", section.blocks, f"{here}.blocks", indent + 4)
            elif isinstance(section, ContactsSection) and section.heading is None:
                self.value(dash + "contacts:", section.contacts, f"{here}.contacts", indent + 4)
            else:
                self.out.append(f"{dash}{section.kind}:\n")
                self.mapping(section, here, indent + 6, kind=False)

    def value(self, head: str, value: Any, path: str, indent: int) -> None:
        """Write ``head`` (``key:`` or ``-``) and its value, nested at ``indent`` + 2."""
        from pydantic import BaseModel

        if isinstance(value, BaseModel):
            if _is_bare_paragraph(value):
                self.scalar(head, str(value.text.source), indent)  # type: ignore[attr-defined]
                return
            if head.endswith("-"):  # a mapping inside a list: first key on the dash line
                self.mapping(value, path, indent + 2, first_prefix=head + " ")
                return
            self.out.append(head + "\n")
            self.mapping(value, path, indent + 2)
        elif isinstance(value, (list, tuple)):
            if not value:
                self.out.append(head + " []\n")
                return
            self.out.append(head + "\n")
            for number, item in enumerate(value):
                item_path = f"{path}.{number}"
                self.comment(item_path, indent + 2)
                self.value(" " * (indent + 2) + "-", item, item_path, indent + 2)
        elif value is None:
            self.out.append(head + " null\n")
        elif isinstance(value, bool):
            self.out.append(head + (" true\n" if value else " false\n"))
        elif isinstance(value, int):  # a number field (a heading level), not text: unquoted
            self.out.append(f"{head} {value}\n")
        elif isinstance(value, dt.datetime):
            self.out.append(f'{head} "{value.isoformat()}"\n')
        elif isinstance(value, dt.date):
            self.out.append(f"{head} {value.isoformat()}\n")
        elif isinstance(value, InlineText):
            self.scalar(head, value.source, indent)
        else:
            self.scalar(head, str(value), indent)

    def scalar(self, head: str, text: str, indent: int) -> None:
        style = _style(text, len(head) + 1)
        if style == "plain":
            self.out.append(f"{head} {text}\n")
        elif style in (">-", "|-"):
            pad = " " * (indent + 2)
            body = "".join(f"{pad}{line}\n" if line else "\n" for line in text.split("\n"))
            self.out.append(f"{head} {style}\n{body}")
        else:
            self.out.append(f"{head} {_double_quoted(text)}\n")


def _fields(model: BaseModel) -> list[tuple[str, Any]]:
    """(name, value) of the fields that differ from their default, in schema order."""
    items = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        if name != "kind" and not info.is_required() and value == default:
            continue
        items.append((name, value))
    return items


def _is_bare_paragraph(value: object) -> bool:
    from pressrelease.model import Paragraph

    return isinstance(value, Paragraph)


# Characters a YAML 1.1 reader takes as printable text on one line: no controls, no NEL,
# no line or paragraph separator (U+2028/9), no byte order mark.
_LINE = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*"
)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# What a YAML 1.1 (PyYAML) or 1.2 reader would resolve to something other than text.
_NOT_TEXT = re.compile(
    r"(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|y|Y|n|N"
    r"|~|null|Null|NULL|<<|=)"
    r"|[-+]?\.?[0-9][0-9a-fA-FxXoObB_:.eE+-]*"  # every int and float form, and more
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?"  # timestamps
)
_JSON_SAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


def _resolves_to_text(text: str) -> bool:
    """Whether a plain scalar reads back as this text in a YAML 1.1 or 1.2 reader."""
    return bool(text) and _NOT_TEXT.fullmatch(text) is None


def _plain_ok(text: str) -> bool:
    return (
        _LINE.fullmatch(text) is not None
        and text[:1] not in _INDICATORS
        and text[:1] != " "
        and not text.endswith((" ", ":"))
        and ": " not in text
        and " #" not in text
        and _resolves_to_text(text)
    )


def _block_ok(text: str) -> bool:
    """Whether ``text`` can be a ``>-`` (one line) or ``|-`` block, read back unchanged."""
    if not text.strip() or text.startswith(" "):
        return False
    for line in text.split("\n"):
        if _LINE.fullmatch(line) is None or line.endswith(" "):
            return False
    return True


def _style(text: str, used: int) -> str:
    """plain, >-, |- or double (quoted) for ``text`` after ``used`` columns of key."""
    single_line = "\n" not in text
    if single_line and used + 1 + len(text) <= WIDTH:
        return "plain" if _plain_ok(text) else "double"
    if _block_ok(text):
        return ">-" if single_line else "|-"
    return "double"


def _double_quoted(text: str) -> str:
    if _JSON_SAFE.search(text) is None:
        import json

        return json.dumps(text, ensure_ascii=False)  # JSON's escapes are YAML's too
    import yaml

    dumped: str = yaml.dump(
        text,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        default_style='"',
        allow_unicode=True,
        width=1_000_000_000,
    )
    return dumped.rstrip("\n").removesuffix("\n...").rstrip("\n")


__all__ = ["dumps"]
