"""Inline text: emphasis, strong and links, parsed once into typed spans.

Authors write a small subset of Markdown (``*emphasis*``, ``**strong**``,
``[text](https://…)``, ``<https://…>``, footnote references ``[^id]`` and backslash escapes);
nothing else is markup.
HTML, entities, code spans and typographic replacement are all off, so ``<b>``, ``&amp;``
and straight quotes stay exactly as typed. Renderers only ever see the spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union
from urllib.parse import urlsplit

from pydantic_core import core_schema

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

ALLOWED_SCHEMES = ("http", "https", "mailto")
_MARKUP_CHARS = re.compile(r"[*_\[\]<>\\]")
_ESCAPABLE = re.compile(r"([\\*_\[\]<>])")


@dataclass(frozen=True, slots=True)
class Text:
    """Literal characters."""

    text: str


@dataclass(frozen=True, slots=True)
class Emphasis:
    """Emphasised (usually italic) content."""

    children: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Strong:
    """Strongly emphasised (usually bold) content."""

    children: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink; ``href`` is always http, https or mailto."""

    href: str
    children: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A footnote reference, written ``[^id]``. Parsing knows only the ``id``; composing the
    document fills in the ``marker`` printed (1, 2 … in order of first reference, or the
    note's own, such as * or †), the ``target`` (the note's element id, ``fn-1``) and this
    reference's own ``anchor`` (``fnref-1``, ``fnref-1-2`` for a second reference), so every
    format prints the same marker and links the same way."""

    id: str
    marker: str = ""
    target: str = ""
    anchor: str = ""


Span = Union[Text, Emphasis, Strong, Link, NoteRef]  # noqa: UP007 (a runtime alias on 3.10)


def plain_text(spans: tuple[Span, ...]) -> str:
    """The characters a reader sees, without any formatting."""
    return "".join(_walk_text(spans))


def _walk_text(spans: tuple[Span, ...]) -> Iterator[str]:
    for span in spans:
        if isinstance(span, Text):
            yield span.text
        elif isinstance(span, NoteRef):
            yield span.marker
        else:
            yield from _walk_text(span.children)


def check_link(href: str) -> str:
    """Refuse any link that is not a complete http, https or mailto address.

    No javascript:, file: or relative links; an http(s) link needs ``//`` and a host (and a
    numeric port, if any), a mailto link an address: EPUB readers and checkers refuse
    ``https:host``, ``https://`` or ``mailto:?``.
    """
    scheme, sep, rest = href.partition(":")
    if not sep or scheme.lower() not in ALLOWED_SCHEMES:
        raise ValueError(f"link {href!r} is not allowed: use an http, https or mailto address")
    if scheme.lower() == "mailto":
        if not all(_MAILBOX.match(to) for to in rest.partition("?")[0].split(",")):
            raise ValueError(
                f"link {href!r} is not allowed: a mailto link needs e-mail addresses "
                "(name@domain, separated by commas), e.g. mailto:press@example.com"
            )
        return href
    problem = web_address_problem(href)
    if problem:
        raise ValueError(f"link {href!r} is not allowed: {problem}")
    return href


_MAILBOX = re.compile(r"^[^@/?\s]+@[^@/?\s]+$")
# The ASCII characters of RFC 3986 URLs; anything else must be percent-encoded.
_URL_ASCII = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%"
)
_BAD_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
# What the URL standard forbids in a host name (besides spaces and controls, refused too).
_FORBIDDEN_IN_HOST = frozenset("#%/:<>?@[\\]^|")


def web_address_problem(url: str) -> str | None:
    """Why ``url`` is not a complete http or https address, or None if it is one."""
    scheme, _, rest = url.partition(":")
    example = f"e.g. {scheme.lower()}://example.com/"
    if not rest.startswith("//"):
        return f"write // and a host after {scheme}:, {example}"
    for char in url:
        if (char.isascii() and char not in _URL_ASCII) or not char.isprintable():
            code = "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
            return f"it holds {char!r}, which a web address cannot; write it as {code}"
    if _BAD_PERCENT.search(url):
        return "a % in it is not followed by two hex digits (write a % sign as %25)"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  # raises ValueError for a port that is not a number
    except ValueError:
        return f"its host or port is not valid, {example}"
    if not host:
        return f"it has no host name, {example}"
    if parts.netloc.count("@") > 1:
        return f"write an @ in its user name or password as %40, {example}"
    literal = parts.netloc.rpartition("@")[2].startswith("[")  # an IPv6 address: [::1]
    if not literal and any(
        char in _FORBIDDEN_IN_HOST or char.isspace() or not char.isprintable() for char in host
    ):
        return f"its host name {host!r} holds characters a host name cannot have"
    after_host = url[len(parts.scheme) + 3 + len(parts.netloc) :]
    if "[" in after_host or "]" in after_host:
        return "write [ and ] after the host name as %5B and %5D"
    if not literal and "" in host.split(".")[:-1]:
        return f"its host name {host!r} has an empty part between dots"
    if not literal and not all(map(_punycode_ok, host.split("."))):
        return f"its host name {host!r} has a part starting xn-- that is not valid Punycode"
    return None


def _punycode_ok(label: str) -> bool:
    """False for an internationalised label (xn--…) whose Punycode does not decode."""
    if not label.lower().startswith("xn--"):
        return True
    try:
        label.encode("ascii").decode("idna")
    except UnicodeError:
        return False
    return True


def escape_inline(text: str) -> str:
    """Backslash-escape every markup character so ``text`` is shown literally."""
    return _ESCAPABLE.sub(r"\\\1", text)


_parser: MarkdownIt | None = None


def _markdown() -> MarkdownIt:
    global _parser
    if _parser is None:
        from markdown_it import MarkdownIt

        md = MarkdownIt("zero", {"typographer": False, "html": False, "linkify": False})
        md.enable(["emphasis", "link", "autolink", "escape"])
        md.validateLink = lambda url: True  # type: ignore[method-assign]  # we check schemes
        from pressrelease import inline_notes, inline_rules

        inline_rules.install(md)
        inline_notes.install(md)
        _parser = md
    return _parser


def parse_inline(source: str) -> tuple[Span, ...]:
    """Parse inline markup into spans; raises ValueError for a link we do not allow."""
    if not _MARKUP_CHARS.search(source):
        return (Text(source),) if source else ()
    from pressrelease.inline_notes import BROKEN
    from pressrelease.inline_rules import UNPARSED

    env: dict[str, list[str]] = {}
    tokens = _markdown().parseInline(source, env)
    children = tokens[0].children or [] if tokens else []
    spans, _ = _build(children, 0, None)
    unparsed = env.get(UNPARSED)
    if unparsed:
        raise ValueError(
            f"the emphasis marker {unparsed[0]!r} pairs with nothing, so it would print as "
            f"typed; close it (**bold**, *italic*) or write it as text with a backslash "
            f"({escape_inline(unparsed[0])})"
        )
    broken = env.get(BROKEN)
    if broken:
        raise ValueError(
            f"{broken[0]!r} is not a footnote reference, so it would print as typed: write "
            "[^id] with an id of letters, digits or - (no spaces), e.g. [^1], or write the "
            f"bracket as text with a backslash (\\{broken[0]})"
        )
    links = sum(1 for span in _walk(spans) if isinstance(span, Link))
    if len(_LINK_MARKUP.findall(source)) > links:
        raise ValueError(
            "a link's markup [text](address) is not complete, so it would print as typed; "
            "check its brackets, or write the brackets as text with backslashes (\\[ \\])"
        )
    return spans


_LINK_MARKUP = re.compile(r"(?<!\\)\]\(")


def note_ids(spans: tuple[Span, ...]) -> Iterator[str]:
    """The ids of the footnote references in ``spans``, in reading order."""
    for span in _walk(spans):
        if isinstance(span, NoteRef):
            yield span.id


def _walk(spans: tuple[Span, ...]) -> Iterator[Span]:
    for span in spans:
        yield span
        if not isinstance(span, (Text, NoteRef)):
            yield from _walk(span.children)


def _build(tokens: list[Token], i: int, closer: str | None) -> tuple[tuple[Span, ...], int]:
    out: list[Span] = []
    while i < len(tokens):
        tok = tokens[i]
        if closer is not None and tok.type == closer:
            return merge_text(out), i + 1
        if tok.type == "text":
            out.append(Text(tok.content))
            i += 1
        elif tok.type == "note_ref":
            out.append(NoteRef(str(tok.meta["id"])))
            i += 1
        elif tok.type in ("em_open", "strong_open", "link_open"):
            inner, i = _build(tokens, i + 1, tok.type.replace("_open", "_close"))
            if tok.type == "em_open":
                out.append(Emphasis(inner))
            elif tok.type == "strong_open":
                out.append(Strong(inner))
            else:
                href = check_link(str(tok.attrGet("href") or ""))
                if tok.markup == "autolink" and inner == (Text(href),):
                    inner = (Text(href.removeprefix("mailto:")),)  # <mailto:a@b> shows a@b
                out.append(Link(href, inner))
        else:  # softbreak, hardbreak and anything the zero preset may still emit
            out.append(Text("\n" if "break" in tok.type else tok.content))
            i += 1
    return merge_text(out), i


def merge_text(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Spans with neighbouring Text joined and empty Text dropped."""
    merged: list[Span] = []
    for span in spans:
        if isinstance(span, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + span.text)
        elif not (isinstance(span, Text) and not span.text):
            merged.append(span)
    return tuple(merged)


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
