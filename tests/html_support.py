"""Reading an HTML page back with the standard library's HTML parser, as a mail client
would: a small element tree, and a check that every tag is closed where it was opened."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"br", "meta", "link", "img", "hr", "input", "source", "wbr", "area", "base", "col"}


@dataclass
class Node:
    """An element as parsed: tag, attributes and children (nodes or text)."""

    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def iter(self, tag: str | None = None) -> list[Node]:
        """This element and every element below it, in document order, optionally by tag."""
        found = [self] if tag in (None, self.tag) else []
        for child in self.children:
            if isinstance(child, Node):
                found += child.iter(tag)
        return found

    def text(self) -> str:
        """The text a reader sees inside this element."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def by_class(self, tag: str, cls: str) -> list[Node]:
        """Elements ``tag`` with class ``cls``."""
        return [n for n in self.iter(tag) if n.attrs.get("class") == cls]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]
        self.problems: list[str] = []
        self.doctype: str | None = None

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if self.stack[-1].tag != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> tuple[Node, str | None]:
    """The document's root node and its doctype; fails on any mis-nested or unclosed tag."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    assert builder.problems == []
    assert [n.tag for n in builder.stack] == ["#document"], "unclosed elements"
    return builder.root, builder.doctype
