"""Inline spans -> reportlab paragraph mini-markup, with every piece of user text escaped.

reportlab's Paragraph parses ``<b>``, ``<font>``, ``<img src=…>`` and entities in its input,
so user text only ever enters through ``Fonts.markup`` (which escapes it), and the only tags
in the result are the ones written here.
"""

from __future__ import annotations

from typing_extensions import assert_never

from pressrelease.errors import RenderError
from pressrelease.inline import ALLOWED_SCHEMES, Emphasis, Link, NoteRef, Span, Strong, Text
from pressrelease.renderers._shared.escaping import escape_attr
from pressrelease.renderers.pdf.fonts import Fonts
from pressrelease.renderers.pdf.styles import LINK


def spans_markup(spans: tuple[Span, ...], fonts: Fonts) -> str:
    """The markup for a run of inline spans."""
    out: list[str] = []
    for span in spans:
        if isinstance(span, Text):  # a line break inside a paragraph is kept
            out.append("<br/>".join(fonts.markup(line) for line in span.text.split("\n")))
        elif isinstance(span, Emphasis):
            out.append(f"<i>{spans_markup(span.children, fonts)}</i>")
        elif isinstance(span, Strong):
            out.append(f"<b>{spans_markup(span.children, fonts)}</b>")
        elif isinstance(span, Link):
            out.append(link(span.href, spans_markup(span.children, fonts)))
        elif isinstance(span, NoteRef):
            out.append(note_mark(span.marker, span.target, span.anchor, fonts))
        else:
            assert_never(span)
    return "".join(out)


def note_mark(marker: str, target: str, anchor: str, fonts: Fonts) -> str:
    """A footnote marker, raised, linking to ``target`` inside the PDF and itself the
    destination ``anchor`` (the ids are ours: fn-1, fnref-1-2)."""
    raised = f"<super>{fonts.markup(marker)}</super>"
    return f'<a name="{anchor}"/><a href="#{target}" color="{LINK}">{raised}</a>'


def link(href: str, label_markup: str) -> str:
    """A clickable link around already-built markup; only http, https and mailto."""
    scheme = href.partition(":")[0].lower()
    if scheme not in ALLOWED_SCHEMES:
        raise RenderError(f"link {href!r} is not allowed: use an http, https or mailto address")
    # reportlab reads attribute values through an HTML parser, which decodes &quot; and the
    # other references escape_attr writes.
    return f'<a href="{escape_attr(href)}" color="{LINK}">{label_markup}</a>'


def text_link(href: str, label: str, fonts: Fonts) -> str:
    """A link whose label is plain text."""
    return link(href, fonts.markup(label))
