"""Inline CSS for the release drawn as HTML, shared by the page and the e-mail body.

Mail clients drop <style> blocks, so every element carries its style inline; both formats
take these from one table, and each adds or overrides only what is its own (the page's
article box, the e-mail's narrower headline and image rules).
"""

from __future__ import annotations

from collections.abc import Iterable

from pressrelease.document import BlockQuotation, Heading, ItemList, Part

FONT = "Helvetica, Arial, sans-serif"
_CELL = "border:1px solid #999999;padding:4px 8px;text-align:left;vertical-align:top"


def release_styles(disclaimer: str) -> dict[str, str]:
    """``tag`` or ``tag.class`` -> declarations; ``disclaimer`` is the selector of the
    disclaimer block (a section on the page, a div in the e-mail)."""
    return {
        "p": "margin:0 0 1em 0",
        "p.timing": "font-size:13px;font-weight:bold;letter-spacing:0.05em;margin:0 0 0.5em 0",
        "h1": "font-size:26px;line-height:1.25;margin:0 0 0.4em 0;font-weight:bold",
        "p.subheadline": "font-size:18px;font-style:italic;margin:0 0 0.6em 0;color:#333333",
        "h2": "font-size:19px;line-height:1.3;margin:1.4em 0 0.5em 0;font-weight:bold",
        "span.dateline": "font-weight:bold",
        "ul": "margin:0 0 1em 0;padding-left:1.6em",
        "ol": "margin:0 0 1em 0;padding-left:1.6em",
        "li": "margin:0 0 0.3em 0",
        "table": "border-collapse:collapse;margin:0 0 1em 0;font-size:15px",
        "caption": "font-weight:bold;text-align:left;padding:0 0 0.3em 0",
        "th": f"{_CELL};background-color:#eeeeee",
        "td": _CELL,
        "td.num": "text-align:right;white-space:nowrap",
        "th.num": "text-align:right",
        "td.center": "text-align:center",
        "th.center": "text-align:center",
        disclaimer: "font-size:14px;color:#333333",
        "address": "font-style:normal;margin:0 0 1em 0",
        "span.role": "font-weight:bold",
        "p.label": "font-weight:bold;margin:1.4em 0 0.3em 0",
        "p.end-mark": "text-align:center;margin:1.5em 0 0 0",
        "a": "color:#0645ad;text-decoration:underline;word-break:break-word",
    }


_MINOR_HEADING = {"h3": "font-size:17px;line-height:1.3;margin:1.2em 0 0.4em 0;font-weight:bold"}
_QUOTATION = {
    "blockquote": "margin:0 0 1em 0;padding:0 0 0 1em;border-left:3px solid #999999",
    "figure.quotation": "margin:0 0 1em 0",
    "figcaption.source": "font-size:14px;color:#333333;margin:-0.4em 0 0 1.2em",
}
_SUB_LIST = {"ul.sub": "margin:0.3em 0 0 0", "ol.sub": "margin:0.3em 0 0 0"}


def structure_styles(parts: Iterable[Part]) -> dict[str, str]:
    """The styles of minor headings, block quotations and sub-lists, for the ones the
    release has: a page's style sheet lists only what it uses, so a release without them
    keeps its page exactly as before."""
    out: dict[str, str] = {}
    for part in parts:
        if isinstance(part, Heading) and part.level >= 3:
            out |= _MINOR_HEADING
        elif isinstance(part, BlockQuotation):
            out |= _QUOTATION
        elif isinstance(part, ItemList) and part.nested:
            out |= _SUB_LIST
    return out
