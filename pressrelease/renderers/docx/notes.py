"""Footnotes in the DOCX: a raised marker at each reference, and the notes as a list where the
release prints them, each marker linking to the other end through bookmarks.

These are not Word's own footnotes (``word/footnotes.xml``): Word numbers those itself, sets
them at the foot of each page and gives each reference a note of its own. A release prints
its notes where it places them (after the contacts, under its own heading), with its own
markers (*, †) and sometimes two references to one note; the list keeps all of that, exactly
as every other format prints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.renderers.docx.xml import text

if TYPE_CHECKING:
    from pressrelease.document import Footnotes
    from pressrelease.inline import NoteRef
    from pressrelease.renderers.docx.body import Body


def bookmark_name(anchor: str) -> str:
    """Word's bookmark names are letters, digits and underscores: fn-1 is fn_1."""
    return anchor.replace("-", "_")


def marked(body: Body, anchor: str, target: str, marker: str) -> str:
    """A raised ``marker`` that is the bookmark ``anchor`` and links to bookmark ``target``."""
    body.bookmarks += 1
    number, name = body.bookmarks, bookmark_name(anchor)
    props = '<w:vertAlign w:val="superscript"/>' + ("<w:rtl/>" if body.rtl else "")
    run = f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text(marker)}</w:t></w:r>'
    return (
        f'<w:bookmarkStart w:id="{number}" w:name="{name}"/>'
        f'<w:hyperlink w:anchor="{bookmark_name(target)}" w:history="1">{run}</w:hyperlink>'
        f'<w:bookmarkEnd w:id="{number}"/>'
    )


def reference(body: Body, ref: NoteRef) -> str:
    """A reference in the text: its marker, linking to its note."""
    return marked(body, ref.anchor, ref.target, ref.marker)


def footnotes(body: Body, part: Footnotes) -> str:
    """The notes: the published heading, then a paragraph a note in the small print of a
    disclaimer, its marker linking back to its first reference."""
    out = [body.para("Heading2", body.run(part.heading))] if part.heading else []
    for note in part.notes:
        mark = marked(body, note.anchor, note.backlink, note.marker)
        out.append(body.para("Disclaimer", mark + body.run(" ") + body.runs(note.spans)))
    return "".join(out)
