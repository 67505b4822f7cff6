"""Word documents (.docx): styled, editable, with real hyperlinks and honest metadata.

The template (python-docx's default package, or a reference document the caller passes as
bytes) is prepared once per process; a render writes the body and package parts as text and
zips them deterministically. See docs/docx.md for what the document contains.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pressrelease.document import compose

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions


class DocxRenderer:
    """An editable Word document a journalist can open, restyle and trust."""

    name: ClassVar[str] = "docx"
    extension: ClassVar[str] = "docx"
    media_type: ClassVar[str] = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    description: ClassVar[str] = "Word document with built-in styles, links and metadata"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        from pressrelease.renderers.docx.language import languages
        from pressrelease.renderers.docx.package import package
        from pressrelease.renderers.docx.template import PageSetup, default_template

        if options.docx_reference is not None:
            from pressrelease.renderers.docx.reference import reference_template

            template = reference_template(options.docx_reference)
        else:
            template = default_template()
        page = template.page or PageSetup.for_paper(options.paper)
        langs = languages(release.language, release.model_dump_json())
        return package(compose(release, options.timestamp, options.media), template, langs, page)
