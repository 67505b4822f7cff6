"""HTML -> units: a newsroom page or the HTML body of an e-mail, read with lxml.html.

The release is the page's ``<article>`` (else ``<main>``, else ``<body>``); scripts, styles,
navigation, footers, forms and asides are skipped, and so are hidden elements (an e-mail's
preview text) and a page's chrome by role or class (share buttons, breadcrumbs, related
stories, cookie banners). ``h1`` is the headline, ``h2``-``h6``
headings, ``p`` / ``div`` text paragraphs (a ``<br>`` ends a line), ``ul``/``ol`` lists, a
table of text cells a Table (a table holding paragraphs or tables is layout, read through),
``<address>`` a contact card; ``strong``/``b``, ``em``/``i`` and ``a href`` are kept as
inline markup. The classes the HTML output writes (``timing``, ``subheadline``, ``quote``,
``boilerplate``, ``disclaimer``, ``end-mark``, ``dateline``) are read as hints.

``meta`` reads what the page's head says, ``walk`` walks the release's elements into units,
``chrome`` knows what on a page is not the release.
"""

from __future__ import annotations

from pressrelease.importing.rich import Meta
from pressrelease.importing.text import NotAReleaseError, Unit
from pressrelease.importing.web.meta import page_meta
from pressrelease.importing.web.walk import Reader


def units(data: bytes | str, name: str) -> tuple[list[Unit], Meta]:
    """The page's units, and what its head says: ``<title>`` (a headline when the page
    has no ``h1``), ``lang``, keywords and the date it was published."""
    import lxml.html
    from lxml import etree

    try:
        if isinstance(data, bytes):
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = ""
            if text:
                parser = lxml.html.HTMLParser(encoding="utf-8")
                document = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
            else:
                document = lxml.html.document_fromstring(data)
        else:
            document = lxml.html.document_fromstring(
                data.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8")
            )
    except (etree.ParserError, ValueError) as exc:
        raise NotAReleaseError(f"{name}: not an HTML page with text ({exc})") from None
    meta = page_meta(document)
    root = None
    for path in (".//article", ".//main", ".//body"):
        root = document.find(path)
        if root is not None:
            break
    reader = Reader(root if root is not None else document)
    return reader.collector.units, meta
