"""Footnotes drawn for the formats that share them: the (X)HTML of EPUB, HTML, ninjs and the
e-mail, and the wire text of txt, ninjs and JSON-LD.

In (X)HTML a reference is ``<sup><a href="#fn-1" id="fnref-1">1</a></sup>`` and each note a
paragraph whose marker links back to its first reference, in a section where the release
prints its notes; DPUB-ARIA roles name both. EPUB adds its own ``epub:type`` (``noteref``,
``footnote``) with ``epub_types``, since ``epub:type`` is not HTML. In wire text a numeric
marker is printed in superscript digits (patients¹), any other as typed (patients*, †).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.renderers._shared.tree import Element, Node, el

if TYPE_CHECKING:
    from collections.abc import Callable

    from pressrelease.document import Footnotes, Spans
    from pressrelease.inline import NoteRef

EPUB_NAMESPACE = "http://www.idpf.org/2007/ops"
"""The namespace of ``epub:type``, declared on the EPUB document's root when it has notes."""
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_EPUB_TYPES = {"noteref": "noteref", "footnote": "footnote", "footnotes": "footnotes"}


def wire_marker(marker: str) -> str:
    """The marker as plain text prints it: digits raised (¹, ²³), anything else as typed."""
    if marker.isascii() and marker.isdigit():
        return marker.translate(_SUPERSCRIPT)
    return marker


def reference(ref: NoteRef) -> Element:
    """A reference: the raised marker, linking to its note."""
    attrs = {"href": f"#{ref.target}", "id": ref.anchor, "class": "noteref"}
    return el("sup", None, el("a", {**attrs, "role": "doc-noteref"}, ref.marker))


def section(part: Footnotes, inline: Callable[[Spans], tuple[Node, ...]]) -> Element:
    """The notes: the published heading, then one paragraph a note, its marker linking back
    to the note's first reference."""
    children: list[Node] = [el("h2", None, part.heading)] if part.heading else []
    for note in part.notes:
        back = el("a", {"href": f"#{note.backlink}", "role": "doc-backlink"}, note.marker)
        attrs = {"class": "footnote", "id": note.anchor}
        children.append(el("p", attrs, el("sup", None, back), " ", *inline(note.spans)))
    return el("section", {"class": "footnotes", "id": part.anchor}, *children)


def epub_types(node: Node) -> Node:
    """The tree with ``epub:type`` on references, notes and their section, for EPUB reading
    systems that show a note when its reference is tapped."""
    if isinstance(node, str):
        return node
    attrs = node.attrs
    kind = _EPUB_TYPES.get(dict(attrs).get("class", ""))
    if kind is not None:
        attrs = (*attrs, ("epub:type", kind))
    children = tuple(epub_types(child) for child in node.children)
    return Element(node.tag, attrs, children)
