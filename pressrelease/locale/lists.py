"""Names joined the way a language lists them, from CLDR's list patterns via Babel: "Acme and
Beta", "Acme, Beta and Gamma" (en), "Acme und Beta" (de), "Acme和Beta" (zh)."""

from __future__ import annotations

from collections.abc import Sequence

from pressrelease.locale.dates import babel_locale


def name_list(names: Sequence[str], tag: str) -> str:
    """``names`` as one phrase in the language ``tag``; one name is left as it is (so a
    release with one issuer does not load Babel's data for it)."""
    if len(names) <= 1:
        return "".join(names)
    from babel.lists import format_list

    return format_list(list(names), style="standard", locale=babel_locale(tag))
