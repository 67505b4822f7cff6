"""The release as a semantic (X)HTML element tree, shared by the EPUB and HTML renderers.

Both formats must say the same words in the same structure, so the tree is built once
here from the model and the ``wording`` helpers; each renderer only wraps it in its own
document and serialises it (``xhtml=True`` for EPUB, HTML5 with inline styles for mail).
User text only ever becomes a ``str`` child or an attribute value, and the serialiser
escapes both, so nothing a release says can become markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union
from urllib.parse import quote

from typing_extensions import assert_never

from pressrelease.inline import Emphasis, Link, Span, Strong, Text
from pressrelease.model import BulletList, Paragraph, Quote, Subheading, Table
from pressrelease.renderers import wording

if TYPE_CHECKING:
    from pressrelease.model import Block, Contact, PressRelease

Node = Union["Element", str]

VOID = frozenset({"br", "meta", "link"})
# Line breaks after these tags keep the source readable; they fall where whitespace is inert.
_OPEN_NEWLINE = frozenset({"html", "head", "body", "article", "header", "section", "nav"}) | {
    *("ul", "ol", "table", "thead", "tbody", "tr", "footer")
}
_CLOSE_NEWLINE = _OPEN_NEWLINE | {"p", "h1", "h2", "li", "th", "td", "caption", "address", "title"}
_RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "lrc"}) | {
    *("mzn", "nqo", "ps", "sd", "syr", "ug", "ur", "yi")
}
_RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr"})
_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


@dataclass(frozen=True, slots=True)
class Element:
    """An element: tag, attributes in output order, children (elements or text)."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    children: tuple[Node, ...] = ()


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A navigation target inside the release: element id and the words to show."""

    id: str
    label: str


@dataclass(frozen=True)
class Built:
    """The release article and its outline (for an EPUB navigation document)."""

    article: Element
    outline: tuple[OutlineEntry, ...] = field(default=())


def el(tag: str, attrs: Mapping[str, str] | None = None, *children: Node) -> Element:
    """Shorthand for an element."""
    return Element(tag, tuple(attrs.items()) if attrs else (), children)


def text_direction(language: str) -> str:
    """Writing direction from a BCP 47 tag: a script subtag decides (az-Arab, ku-Latn),
    else the language (ar, he, fa, ur… are right to left)."""
    subtags = language.lower().split("-")
    for subtag in subtags[1:]:
        if len(subtag) == 4 and subtag.isalpha():
            return "rtl" if subtag in _RTL_SCRIPTS else "ltr"
    return "rtl" if subtags[0] in _RTL_LANGUAGES else "ltr"


def href(address: str) -> str:
    """An address safe in an href: spaces, quotes, stray ``%`` and a second ``#`` %-encoded."""
    address = _BARE_PERCENT.sub("%25", address)
    base, hash_, fragment = address.partition("#")
    return quote(base, safe=_URL_SAFE) + hash_ + quote(fragment, safe=_URL_SAFE.replace("#", ""))


def escape_text(text: str) -> str:
    """Text content: &, < and > escaped (so ``]]>`` cannot end anything either)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(text: str) -> str:
    """An attribute value in double quotes; tabs and line breaks as character references,
    which XML would otherwise normalise to spaces."""
    return escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def serialize(node: Node, *, xhtml: bool, styles: Mapping[str, str] | None = None) -> str:
    """Markup for ``node``. XHTML adds ``xml:lang`` to ``lang`` and closes void elements.

    ``styles`` maps ``tag`` or ``tag.class`` to CSS declarations written as inline
    ``style`` attributes, which survive mail clients that drop ``<style>`` blocks.
    """
    out: list[str] = []
    _write(node, out, xhtml, styles or {})
    return "".join(out)


_BLOCKS = frozenset({"p", "li", "td", "th", "h1", "h2", "h3", "caption", "address"})
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _plain(node: Node) -> str:
    return node if isinstance(node, str) else "".join(_plain(c) for c in node.children)


def _write(node: Node, out: list[str], xhtml: bool, styles: Mapping[str, str]) -> None:
    if isinstance(node, str):
        out.append(escape_text(node))
        return
    tag = node.tag
    out.append("<" + tag)
    if tag in _BLOCKS and _RTL_CHARS.search(_plain(node)):
        out.append(' dir="auto"')  # a Hebrew or Arabic paragraph reads right to left
    css = ""
    for name, value in node.attrs:
        out.append(f' {name}="{escape_attr(value)}"')
        if name == "lang" and xhtml:
            out.append(f' xml:lang="{escape_attr(value)}"')
        elif name == "class" and styles:
            css = styles.get(f"{tag}.{value}", "")
    if styles:
        css = ";".join(part for part in (styles.get(tag, ""), css) if part)
        if css:
            out.append(f' style="{escape_attr(css)}"')
    if tag in VOID:
        out.append("/>" if xhtml else ">")
        if tag == "br":
            out.append("\n")
        return
    out.append(">\n" if tag in _OPEN_NEWLINE else ">")
    for child in node.children:
        _write(child, out, xhtml, styles)
    out.append(f"</{tag}>\n" if tag in _CLOSE_NEWLINE else f"</{tag}>")


def inline(spans: tuple[Span, ...]) -> tuple[Node, ...]:
    """Inline spans as nodes: em, strong and a (http, https or mailto only)."""
    nodes: list[Node] = []
    for span in spans:
        if isinstance(span, Text):
            nodes.append(span.text)
        elif isinstance(span, Emphasis):
            nodes.append(Element("em", (), inline(span.children)))
        elif isinstance(span, Strong):
            nodes.append(Element("strong", (), inline(span.children)))
        elif isinstance(span, Link):
            nodes.append(Element("a", (("href", href(span.href)),), inline(span.children)))
        else:
            assert_never(span)
    return tuple(nodes)


def build(release: PressRelease) -> Built:
    """The whole release as an ``<article>``, in the order and words of the txt output."""
    outline = [OutlineEntry("release", release.headline)]
    header: list[Node] = [
        el("p", {"class": "timing"}, wording.timing_line(release)),
        el("h1", {"id": "headline"}, release.headline),
    ]
    header += [el("p", {"class": "subheadline"}, sub) for sub in release.subheadlines]
    parts: list[Node] = [el("header", None, *header)]
    lead = release.lead_index
    dateline = wording.dateline_text(release.dateline)
    if lead is None:
        parts.append(el("p", {"class": "dateline"}, dateline))
    for index, block in enumerate(release.body):
        if index == lead and isinstance(block, Paragraph):
            separator = wording.dateline_separator(release.dateline)
            stamp = el("span", {"class": "dateline"}, dateline)
            parts.append(el("p", {"class": "lead"}, stamp, separator, *inline(block.text.spans)))
            continue
        parts.extend(_block(block, index, outline))
    for number, boilerplate in enumerate(release.boilerplates, start=1):
        anchor = f"about-{number}"
        outline.append(OutlineEntry(anchor, boilerplate.heading))
        paragraphs = [el("p", None, *inline(p.spans)) for p in boilerplate.paragraphs]
        heading = el("h2", None, boilerplate.heading)
        parts.append(el("section", {"class": "boilerplate", "id": anchor}, heading, *paragraphs))
    for number, disclaimer in enumerate(release.disclaimers, start=1):
        anchor = f"disclaimer-{number}"
        children: list[Node] = [el("p", None, *inline(p.spans)) for p in disclaimer.paragraphs]
        if disclaimer.heading:
            outline.append(OutlineEntry(anchor, disclaimer.heading))
            children.insert(0, el("h2", None, disclaimer.heading))
        parts.append(el("section", {"class": "disclaimer", "id": anchor}, *children))
    if release.contacts:
        roles = [f"{c.role} contact" for c in release.contacts]
        outline.append(OutlineEntry("contacts", roles[0] if len(roles) == 1 else "Contacts"))
        cards = [_contact(contact) for contact in release.contacts]
        parts.append(el("section", {"class": "contacts", "id": "contacts"}, *cards))
    if release.assets:
        parts.append(_assets(release))
    if release.end_mark:
        parts.append(el("p", {"class": "end-mark"}, release.end_mark))
    article = el("article", {"class": "release", "id": "release"}, *parts)
    return Built(article, tuple(outline))


def _block(block: Block, index: int, outline: list[OutlineEntry]) -> list[Node]:
    if isinstance(block, Paragraph):
        return [el("p", None, *inline(block.text.spans))]
    if isinstance(block, Subheading):
        anchor = f"section-{index + 1}"
        outline.append(OutlineEntry(anchor, block.text))
        return [el("h2", {"id": anchor}, block.text)]
    if isinstance(block, BulletList):
        items = [el("li", None, *inline(item.spans)) for item in block.items]
        return [el("ol" if block.ordered else "ul", None, *items)]
    if isinstance(block, Quote):
        return [el("p", {"class": "quote"}, *inline(wording.quote_spans(block)))]
    if isinstance(block, Table):
        head = el("tr", None, *(el("th", {"scope": "col"}, *inline(c.spans)) for c in block.header))
        rows = [
            el("tr", None, *(el("td", None, *inline(c.spans)) for c in row)) for row in block.rows
        ]
        caption = [el("caption", None, block.caption)] if block.caption else []
        return [el("table", None, *caption, el("thead", None, head), el("tbody", None, *rows))]
    assert_never(block)


def _contact(contact: Contact) -> Element:
    """A business card: role, then name, e-mail, phone and web address, one per line."""
    lines: list[Node] = [el("span", {"class": "role"}, f"{contact.role} contact:")]
    for line in wording.contact_lines(contact):
        node: Node = line
        if line == contact.email:
            node = el("a", {"href": href(f"mailto:{line}")}, line)
        elif line == contact.url:
            node = el("a", {"href": href(line)}, line)
        lines += [el("br"), node]
    return el("address", {"class": "contact"}, *lines)


def _assets(release: PressRelease) -> Element:
    items: list[Node] = []
    for asset in release.assets:
        link = el("a", {"href": href(asset.url)}, asset.title)
        details = wording.asset_details(asset)
        items.append(el("li", None, link, *([details] if details else [])))
    label = el("p", {"class": "label"}, "Media assets:")
    return el("section", {"class": "assets", "id": "assets"}, label, el("ul", None, *items))
