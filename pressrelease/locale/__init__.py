"""The library's own wording in the release's language: phrases, dates, quotes.

Everything a release's author did not write — "FOR IMMEDIATE RELEASE", "Page 2 of 3", the
embargo line, "said Jane Roe", the pack's README — comes from here, chosen by the release's
BCP 47 ``language`` tag. Importing this package is cheap: the phrase catalogue is plain
Python, and Babel (CLDR dates and zone names) is imported only inside the date functions.
See docs/languages.md.
"""

from __future__ import annotations

from pressrelease.locale.dates import (
    EmbargoStyle,
    ap_date,
    babel_locale,
    clock,
    embargo_line,
    international_english,
    long_date,
    time_with_zone,
    utc_offset,
    weekday_date,
    zone_name,
)
from pressrelease.locale.lists import name_list
from pressrelease.locale.phrases import (
    ENGLISH,
    PHRASE_NAMES,
    Phrases,
    placeholders,
    role_heading,
    role_phrase,
    template_problem,
)
from pressrelease.locale.quotes import (
    Frame,
    QuoteRules,
    all_quote_marks,
    continued_frame,
    quote_frame,
    quote_marks,
    rules,
    speaker_text,
)
from pressrelease.locale.tags import (
    CATALOGUE,
    LANGUAGES,
    language_subtag,
    lookup,
    resolve,
    writes_without_spaces,
)

__all__ = [
    "CATALOGUE",
    "ENGLISH",
    "LANGUAGES",
    "PHRASE_NAMES",
    "EmbargoStyle",
    "Frame",
    "Phrases",
    "QuoteRules",
    "all_quote_marks",
    "ap_date",
    "babel_locale",
    "clock",
    "continued_frame",
    "embargo_line",
    "international_english",
    "language_subtag",
    "long_date",
    "lookup",
    "name_list",
    "placeholders",
    "quote_frame",
    "quote_marks",
    "resolve",
    "role_heading",
    "role_phrase",
    "rules",
    "speaker_text",
    "template_problem",
    "time_with_zone",
    "utc_offset",
    "weekday_date",
    "writes_without_spaces",
    "zone_name",
]
