"""The words the library itself adds to a release, as one typed record per language.

A release's own text (headline, body, quotes) is the author's; everything around it — the
timing line, "Page X of Y", contact headings, the pack's README — is ours, and must read in
the release's language. Each phrase is a field of the frozen dataclass :class:`Phrases`, and
each language is one instance built with keyword arguments: a language that forgets a
phrase is a type error (mypy) and an import-time ``TypeError``, never a silent English word.

Placeholders use :meth:`str.format` names (``{when}``, ``{role}`` …); every language must use
exactly the placeholders of the English phrase (``tests/test_locale.py`` checks it).

The English phrases are the strings the library has always printed, so English outputs do
not change byte for byte.
"""

from __future__ import annotations

import dataclasses
import string
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Phrases:
    """Every phrase the library adds to a release, in one language."""

    immediate: str
    """The timing line of a release without embargo: FOR IMMEDIATE RELEASE."""
    embargoed_until: str
    """The timing line of an embargoed release; ``{when}`` is the moment, already worded."""
    do_not_publish: str
    """Follows the embargo line in the pack's README: Do not publish before then."""
    date_time: str
    """Joins a worded date and a worded time: ``{time}, {date}`` in English."""
    time_zone: str
    """Joins a clock time and a zone name: ``{time} {zone}`` (German adds "Uhr")."""
    page: str
    """Page furniture: Page {number} of {total}."""
    more: str
    """Printed at the foot of every page but the last: - more -."""
    contact_heading: str
    """Heading of a contact whose role has no heading of its own: {role} contact:."""
    media_contact: str
    """Heading of the media (press) contact."""
    investor_contact: str
    """Heading of the investor-relations contact."""
    contacts: str
    """Navigation label of the contacts section (EPUB, HTML)."""
    media_assets: str
    """Heading of the list of photos, videos and documents for the media."""
    contents: str
    """Title of the EPUB navigation document."""
    press_release: str
    """What the document is, e.g. in the PDF subject: Press release."""
    said: str
    """The attribution verb a quote gets when the release names none (English: said)."""
    pack_intro: str
    """First sentence of the pack's README.txt."""
    pack_files: str
    """Heading of the README's file list."""
    pack_guide: str
    """What README.txt itself is, in that list."""
    pack_index: str
    """What manifest.json is, in that list."""
    pack_contacts: str
    """Heading of the README's contact list."""
    pack_vcards: str
    """What contacts.vcf is, in that list."""
    file_txt: str
    """What the plain-text file is, in the README's list of files."""
    file_docx: str
    """What the Word document is, in that list."""
    file_pdf: str
    """What the PDF is, in that list."""
    file_epub: str
    """What the e-book is, in that list."""
    file_html: str
    """What the web page is, in that list."""
    file_ninjs: str
    """What the IPTC ninjs file is, in that list."""
    file_jsonld: str
    """What the schema.org JSON-LD file is, in that list."""
    file_eml: str
    """What the e-mail message is, in that list."""
    landmarks: str
    """Title of the EPUB's landmarks (where the text starts), in its navigation document."""


PHRASE_NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Phrases))
"""The names of all phrases, in declaration order."""


def placeholders(phrase: str) -> frozenset[str]:
    """The ``{names}`` a phrase expects, so translations can be checked against English."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(phrase) if name)


def template_problem(name: str, text: str) -> str | None:
    """What is wrong with ``text`` as a release's own wording of the phrase ``name``, or None.

    A phrase whose English has placeholders is a template: the code fills it in with
    :meth:`str.format`, so the text must keep exactly those placeholders, each once and
    written plainly (``{number}``, never ``{number:>3}`` or ``{number.real}``, which would
    reach into the value), with ``{{`` and ``}}`` for a brace. Any other phrase is printed
    as written, braces and all, so it cannot be wrong here.
    """
    expected = placeholders(getattr(ENGLISH, name))
    if not expected:
        return None
    wanted = " and ".join(f"{{{p}}}" for p in sorted(expected))
    keep = f"keep exactly {wanted}, and write {{{{ or }}}} for a brace"
    try:
        pieces = list(string.Formatter().parse(text))
    except ValueError as exc:
        return f"{text!r} is not a template ({exc}); {keep}"
    found: list[str] = []
    for _, field, spec, conversion in pieces:
        if field is None:
            continue
        if field not in expected:
            return f"{text!r} has the placeholder {{{field}}}, which this phrase lacks; {keep}"
        if spec or conversion:
            return f"{text!r}: write {{{field}}} plainly, without a format or conversion"
        found.append(field)
    for field in sorted(expected):
        if found.count(field) != 1:
            state = "lacks" if field not in found else "repeats"
            return f"{text!r} {state} the placeholder {{{field}}}; {keep}"
    return None


ENGLISH = Phrases(
    immediate="FOR IMMEDIATE RELEASE",
    embargoed_until="EMBARGOED UNTIL {when}",
    do_not_publish="Do not publish before then.",
    date_time="{time}, {date}",
    time_zone="{time} {zone}",
    page="Page {number} of {total}",
    more="- more -",
    contact_heading="{role} contact:",
    media_contact="Media contact:",
    investor_contact="Investor contact:",
    contacts="Contacts",
    media_assets="Media assets:",
    contents="Contents",
    press_release="Press release",
    said="said",
    pack_intro="This pack holds one press release in every format we publish it in.",
    pack_files="Files:",
    pack_guide="This guide",
    pack_index="Machine-readable index: sizes, SHA-256 checksums, formats",
    pack_contacts="Contacts:",
    pack_vcards="Contacts as vCards",
    file_txt="The release as plain text, wrapped at 72 columns",
    file_docx="The release as a Word document, to edit",
    file_pdf="The release as a print-ready PDF",
    file_epub="The release as an e-book for phones and e-readers",
    file_html="The release as a web page, also for an e-mail body",
    file_ninjs="News item for agencies and newsroom systems (IPTC ninjs)",
    file_jsonld="Structured data for search engines (schema.org JSON-LD)",
    file_eml="The release as an e-mail message, ready to send",
    landmarks="Guide",
)
"""Today's English wording, string for string (the golden files depend on it)."""

_MEDIA_ROLES = frozenset({"media", "press", "media relations", "press office"})
_INVESTOR_ROLES = frozenset({"investor", "investors", "investor relations", "ir"})


def role_phrase(role: str) -> Literal["media_contact", "investor_contact"] | None:
    """The phrase that heads a contact of one of the usual roles (Media, Press, Investor
    Relations, IR …), whatever its capitals; None for any other role."""
    key = role.strip().casefold()
    if key in _MEDIA_ROLES:
        return "media_contact"
    if key in _INVESTOR_ROLES:
        return "investor_contact"
    return None


def role_heading(phrases: Phrases, role: str, *, idiomatic: bool | None = None) -> str:
    """The heading over a contact: the language's own for the usual roles, else the pattern.

    A contact's role defaults to the English word "Media" in the model, so an author writing
    in German rarely changes it: known English role words get the language's idiomatic
    heading (Pressekontakt:, Contact presse :, 媒体联系人：). In English the role is printed as
    written ("Investors contact:"), exactly as before. ``idiomatic`` says which of the two
    applies (default: every catalogue entry but English's), so a release that words
    ``media_contact`` itself can have it in English too.
    """
    if idiomatic is None:
        idiomatic = phrases is not ENGLISH
    usual = role_phrase(role) if idiomatic else None
    if usual is not None:
        return str(getattr(phrases, usual))
    return phrases.contact_heading.format(role=role)
