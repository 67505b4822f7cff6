"""EPUB and HTML: in-process render time of the example (target for EPUB: < 3 ms).

Also shows where the EPUB time goes: the shared markup, ebooklib's package, the ZIP.
"""

from __future__ import annotations

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

from common import EXAMPLE, ROOT, median_seconds, report

from pressrelease.document import compose
from pressrelease.loading import load
from pressrelease.renderers import epub
from pressrelease.renderers._shared.archive import deterministic_zip
from pressrelease.renderers._shared.xhtml import build
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.epub import EpubRenderer
from pressrelease.renderers.html import HtmlRenderer

options = RenderOptions()
release = load(EXAMPLE)
sink = load(ROOT / "tests" / "fixtures" / "kitchen-sink.yaml")

report(
    "epub render of example (in-process)",
    median_seconds(lambda: EpubRenderer().render(release, options), repeat=300),
    target=0.003,
)
report(
    "epub render of kitchen sink (in-process)",
    median_seconds(lambda: EpubRenderer().render(sink, options), repeat=300),
)
built = build(compose(release))
document = epub.xhtml_document(release, built)
stamp = compose(release).moment
words = compose(release).words.phrases
package = epub._ebooklib_package(release, built, document, stamp, words, [])
report(
    "  of which: markup tree + XHTML",
    median_seconds(lambda: epub.xhtml_document(release, build(compose(release))), repeat=300),
)
report(
    "  of which: ebooklib package (OPF, nav, NCX)",
    median_seconds(
        lambda: epub._ebooklib_package(release, built, document, stamp, words, []), repeat=300
    ),
)
report(
    "  of which: deterministic ZIP rewrite",
    median_seconds(
        lambda: deterministic_zip(epub._members(package, "2021-10-24T00:00:00Z"), stamp), repeat=300
    ),
)
report(
    "html render of example (in-process)",
    median_seconds(lambda: HtmlRenderer().render(release, options), repeat=300),
)
report(
    "html render of kitchen sink (in-process)",
    median_seconds(lambda: HtmlRenderer().render(sink, options), repeat=300),
)
