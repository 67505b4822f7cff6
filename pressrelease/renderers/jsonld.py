"""schema.org NewsArticle as JSON-LD: the release as search engines and newsrooms read it.

The object itself is built in ``_shared/schema_org.py``, because the HTML page embeds the
very same data; this renderer writes it as a standalone ``.jsonld`` file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pressrelease.document import compose
from pressrelease.renderers._shared.metadata import dumps
from pressrelease.renderers._shared.schema_org import news_article

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
    from pressrelease.renderers.base import RenderOptions


class JsonLdRenderer:
    """schema.org NewsArticle in JSON-LD."""

    name: ClassVar[str] = "jsonld"
    extension: ClassVar[str] = "jsonld"
    media_type: ClassVar[str] = "application/ld+json"
    description: ClassVar[str] = "schema.org NewsArticle as JSON-LD (search engines, newsrooms)"

    def render(self, release: PressRelease, options: RenderOptions) -> bytes:
        document = compose(release, options.timestamp, options.media, options.translations)
        return dumps(news_article(document)).encode("utf-8")
