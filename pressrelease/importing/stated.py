"""The issuers as a document names them itself, completing what its words give.

The words of a release name its issuers short ("Northwind Energy and Helios Grid today …");
our DOCX states them whole as its author ("Northwind Energy ASA and Helios Grid plc", the
names joined the language's way), our HTML as ``<meta name="author">`` and as the JSON-LD
``author`` organisations with their web sites and listings. A statement is used only when it
names the same organisations in the same order as the words, each starting with the name
the words give it; an author phrase only when joining its names the language's way gives it
back exactly, so "Procter and Gamble" is never cut in two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pressrelease.importing.coissuers import key, same

if TYPE_CHECKING:
    from pressrelease.importing.docmeta import Meta


def stated(names: Sequence[str], meta: Meta, language: str) -> tuple[list[dict[str, Any]], str]:
    """Issuer fields for ``names`` (as the words give them, the lead first) and where the
    document states them; ([], "") when it states them nowhere, or states others."""
    from pydantic import ValidationError

    from pressrelease.model import Issuer
    from pressrelease.model.release import issuer_named_twice

    given = meta.organisations
    where = "the page's JSON-LD author"
    if not _match(names, [o["name"] for o in given]):
        given = [{"name": name} for name in split(meta.author, names, language)]
        where = "the document's author property"
    if not given:
        return [], ""
    try:
        issuers = [Issuer.model_validate(issuer) for issuer in given]
    except ValidationError:
        return [], ""
    if issuer_named_twice(issuers) is not None:
        # Two stated organisations with one web site, or "Acme Energy and Acme Energy" for
        # the words' "Acme and Acme Energy": taken, they made a valid page an invalid release.
        return [], ""
    return given, where


def _match(names: Sequence[str], given: Sequence[str]) -> bool:
    return len(names) == len(given) > 0 and all(
        same(key(name), key(full)) for name, full in zip(names, given, strict=True)
    )


def split(author: str, names: Sequence[str], language: str) -> list[str]:
    """``author`` cut into one name per entry of ``names``, each starting with that name's
    first word where the language's list pattern joins two names; [] unless the language's
    list of the pieces is ``author`` exactly."""
    from pressrelease.locale.lists import name_list

    if not author or not names or not all(name.split() for name in names):
        return []
    pattern = name_list([f"\x00{n}\x00" for n in range(len(names))], language)
    joins = re.split(r"\x00\d+\x00", pattern)[1:-1]  # what stands between two names
    pieces: list[str] = []
    start = 0
    for name, join in zip(names[1:], joins, strict=True):
        where = author.find(join + name.split()[0], start)
        if where <= start:
            return []
        pieces.append(author[start:where])
        start = where + len(join)
    pieces.append(author[start:])
    if any(piece != piece.strip(" ,;、") for piece in pieces):
        return []  # a comma the language's pattern does not write
    if name_list(pieces, language) != author or not _match(names, pieces):
        return []
    return pieces
