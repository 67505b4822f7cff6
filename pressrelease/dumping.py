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

_STR_TAG = "tag:yaml.org,2002:str"
_NUL_LIKE = frozenset({"", "~", "null", "Null", "NULL"})


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

    def mapping(self, model: BaseModel, path: str, indent: int, first_prefix: str = "") -> None:
        """A model's non-default fields; ``first_prefix`` replaces the first key's indent."""
        items = list(_fields(model))
        for number, (key, value) in enumerate(items):
            here = f"{path}.{key}" if path else key
            lead = first_prefix if number == 0 and first_prefix else " " * indent
            if number > 0 or not first_prefix:
                self.comment(here, indent)
            self.value(lead + key + ":", value, here, indent)

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


_analyzer: Any = None


def _analysis(text: str) -> Any:
    global _analyzer
    if _analyzer is None:
        import io

        import yaml

        _analyzer = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)
    return _analyzer.analyze_scalar(text)


def _resolves_to_text(text: str) -> bool:
    """Whether a plain scalar reads back as this text in any YAML 1.1 reader (not 1.50, no)."""
    import yaml

    if text in _NUL_LIKE or _YAML12_NUMBER.fullmatch(text):
        return False
    tag = yaml.SafeLoader.resolve(yaml.SafeLoader, yaml.ScalarNode, text, (True, False))  # type: ignore[arg-type,no-untyped-call]
    return bool(tag == _STR_TAG)


_YAML12_NUMBER = re.compile(
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_BREAK_LIKE = re.compile("[\x85\u2028\u2029\ufeff]")
"""Characters a YAML 1.1 reader takes as line breaks (or a byte order mark): quote them."""
_SIMPLE = re.compile(r"[A-Za-z][\w .,/()@'’+&-]*[\w.)’]?")


def _style(text: str, used: int) -> str:
    """plain, >-, |- or double (quoted) for ``text`` after ``used`` columns of key."""
    single_line = "\n" not in text
    if single_line and _SIMPLE.fullmatch(text) and ": " not in text and " #" not in text:
        analysis = None  # common prose: no need to ask the emitter
    else:
        analysis = _analysis(text)
    fits = used + 1 + len(text) <= WIDTH
    plain_ok = single_line and (analysis is None or analysis.allow_block_plain)
    if fits and single_line:
        return "plain" if plain_ok and _resolves_to_text(text) else "double"
    if analysis is None:
        analysis = _analysis(text)
    if analysis.allow_block and not _BREAK_LIKE.search(text) and not text.startswith((" ", "\t")):
        if single_line and text.strip():
            return ">-"
        if not single_line and text.strip():
            return "|-"
    return "double"


def _double_quoted(text: str) -> str:
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
