"""How each language heads the section about an organisation: "About Acme", "Über Acme".

The library never prints this heading itself (a release's ``boilerplates`` carry the
heading their author wrote), so it is no :class:`~pressrelease.locale.Phrases` field that a
release could reword. It is kept here, beside the phrases, because reading a release back
(``pressrelease import``) must know it in every language the catalogue words: a Dutch
release's ``Over Polderstroom`` is its About section, not a subheading of its body.

Each language has one or more templates, ``{name}`` standing for the organisation, in the
forms newsrooms print: with the article a language puts before a company's name
(``Über die Acme AG``, ``Sobre a Acme``), the elided French ``À propos d’Acme``, and the
Japanese postposition after the name (``Acme について``). A space written next to
``{name}`` must be printed; where none is written, one may be (``关于 Acme``, ``关于Acme``).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from pressrelease.locale.tags import resolve

if TYPE_CHECKING:
    from collections.abc import Mapping

ABOUT_HEADINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("About {name}",),
        "de": ("Über {name}", "Über die {name}", "Über den {name}", "Über das {name}"),
        "fr": (
            "À propos de {name}",
            "À propos d’{name}",
            "À propos d'{name}",
            "À propos du {name}",
        ),
        "es": ("Acerca de {name}", "Sobre {name}"),
        "it": ("Informazioni su {name}", "A proposito di {name}", "Chi è {name}"),
        "pt": ("Sobre {name}", "Sobre a {name}", "Sobre o {name}"),
        "nl": ("Over {name}",),
        "sv": ("Om {name}",),
        "pl": ("O firmie {name}", "O spółce {name}", "O {name}"),
        "ru": ("О компании {name}", "О {name}"),
        "ja": ("{name}について", "{name}の概要"),
        "zh-Hans": ("关于{name}",),
        "zh-Hant": ("關於{name}",),
        "ko": ("{name} 소개", "{name}에 대하여"),
        "ar": ("نبذة عن {name}", "حول {name}"),
        "he": ("אודות {name}", "על {name}"),
    }
)
"""The About headings of every catalogue language (the keys of ``CATALOGUE``)."""


def about_headings(tag: str | None = None) -> tuple[str, ...]:
    """The About heading templates of a release in ``tag`` and English's (an English
    ``About Acme`` is common in releases in any language); every language's with None."""
    if tag is None:
        return tuple(t for templates in ABOUT_HEADINGS.values() for t in templates)
    own = ABOUT_HEADINGS[resolve(tag)]
    return own if resolve(tag) == "en" else (*own, *ABOUT_HEADINGS["en"])
