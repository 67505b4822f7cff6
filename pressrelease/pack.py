"""Distribution packs: one deterministic ZIP per release with every format, a manifest,
a README for the journalist who opens it, and the contacts as vCards.

Everything below ``build_pack`` is a pure function of the release and options; writing the
ZIP to disk is ``write_pack``'s one job, and it is atomic.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressrelease import __version__
from pressrelease.document import Contacts, TimingLine, Translation, compose, utc_stamp
from pressrelease.errors import InputError, RenderError
from pressrelease.inline import plain_text
from pressrelease.output import write_atomic
from pressrelease.pipeline import render_all
from pressrelease.renderers._shared.archive import ZipMember, deterministic_zip
from pressrelease.renderers.base import RenderOptions
from pressrelease.vcard import vcards

if TYPE_CHECKING:
    from pressrelease.document import ContactCard, Document
    from pressrelease.locale import Phrases
    from pressrelease.media import Media, MediaImage
    from pressrelease.model import Contact, PressRelease
    from pressrelease.registry import FormatInfo, Registry

DEFAULT_FORMATS = ("txt", "docx", "pdf", "epub", "html", "ninjs", "jsonld")
_OWN = {"name": "pack", "package": "pressrelease", "version": __version__}


@dataclass(frozen=True)
class _File:
    name: str
    data: bytes
    media_type: str
    renderer: dict[str, str]
    purpose: str
    pixels: tuple[int, int] | None = None
    """Width and height of an image, in pixels."""


def build_pack(
    release: PressRelease,
    formats: Sequence[str] = DEFAULT_FORMATS,
    options: RenderOptions | None = None,
    registry: Registry | None = None,
) -> bytes:
    """The distribution pack of ``release`` as ZIP bytes; same input, same bytes.

    A pack is complete or not made: if any format fails, a RenderError names every failure.
    """
    options = options or RenderOptions()
    members, document = _members(release, formats, options, registry, release.slug)
    return deterministic_zip(members, document.moment)


def build_group_pack(
    releases: Sequence[PressRelease],
    formats: Sequence[str] = DEFAULT_FORMATS,
    options: RenderOptions | None = None,
    registry: Registry | None = None,
    media: Sequence[Media] | None = None,
) -> bytes:
    """One pack for one release in several languages (releases sharing a ``group``): a
    folder per language under ``<group>/``, each a complete pack of its own whose HTML,
    JSON-LD and ninjs link the others; the first release is the original. Every text is the
    author's: nothing is translated."""
    options = options or RenderOptions()
    group = releases[0].group or releases[0].slug
    languages = [r.language for r in releases]
    if len(set(languages)) != len(languages) or any(r.group != releases[0].group for r in releases):
        raise InputError(
            f"group {group!r}: a group packs one release per language, all with the same group "
            f"(got languages {', '.join(languages)})"
        )
    members: list[ZipMember] = []
    moments = []
    for index, release in enumerate(releases):
        others = tuple(
            Translation(other.language, other.slug, original=number == 0)
            for number, other in enumerate(releases)
            if number != index
        )
        localized = dataclasses.replace(options, translations=others)
        if media is not None:
            localized = dataclasses.replace(localized, media=media[index])
        folder = f"{group}/{release.language}"
        more, document = _members(release, formats, localized, registry, folder)
        members += more
        moments.append(document.moment)
    index_file = {
        "generator": {"name": "pressrelease", "version": __version__},
        "group": group,
        "languages": [
            {
                "language": r.language,
                "slug": r.slug,
                "folder": f"{r.language}/",
                "headline": r.headline,
            }
            for r in releases
        ],
    }
    overview = (json.dumps(index_file, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    readme = "".join(f"{r.language}/  {r.headline}\n" for r in releases).encode("utf-8")
    head = [
        ZipMember(f"{group}/README.txt", readme),
        ZipMember(f"{group}/manifest.json", overview),
    ]
    return deterministic_zip(head + members, min(moments))


def _members(
    release: PressRelease,
    formats: Sequence[str],
    options: RenderOptions,
    registry: Registry | None,
    folder: str,
) -> tuple[list[ZipMember], Document]:
    from pressrelease.registry import default_registry

    registry = registry or default_registry()
    _check_media(release, options)
    results = render_all(release, formats, options, registry)
    failures = [r.error for r in results if r.error is not None]
    if failures:
        raise RenderError("\n".join(str(error) for error in failures))
    document = compose(release, options.timestamp, options.media, options.translations)
    words = document.words.phrases
    files = [_file(release, r.info, r.data or b"", words) for r in results]
    cards = [card for part in document.parts if isinstance(part, Contacts) for card in part.cards]
    if cards:
        labelled = zip(release.all_contacts, (card.label for card in cards), strict=True)
        vcf = vcards(labelled)
        files.append(_File("contacts.vcf", vcf, "text/vcard", _OWN, words.pack_vcards))
    media = _media_files(document)
    readme = _readme(document, files, media).encode("utf-8")
    files += media
    files.insert(
        0, _File("README.txt", readme, "text/plain; charset=utf-8", _OWN, words.pack_guide)
    )
    manifest = _manifest(document, files)
    members = [ZipMember(f"{folder}/{f.name}", f.data, _compressible(f.name)) for f in files]
    members.insert(1, ZipMember(f"{folder}/manifest.json", manifest))
    return members, document


def write_pack(
    release: PressRelease,
    out_dir: str | Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    options: RenderOptions | None = None,
) -> Path:
    """Build the pack and write it to ``out_dir/<slug>.zip`` atomically."""
    data = build_pack(release, formats, options)
    return write_atomic(Path(out_dir) / f"{release.slug}.zip", data)


def _file(release: PressRelease, info: FormatInfo, data: bytes, words: Phrases) -> _File:
    return _File(
        f"{release.slug}.{info.extension}",
        data,
        info.media_type,
        {
            "name": info.renderer or info.name,
            "package": info.package,
            "version": info.version,
            **({"replaces": info.replaces} if info.replaces else {}),
        },
        _purpose(info, words),
    )


def _purpose(info: FormatInfo, words: Phrases) -> str:
    """What a file is, for the journalist reading the README: our own formats are described
    in the release's language; a plugin's format (or one replacing ours) by its own words."""
    from pressrelease.registry import OWN_PACKAGE

    if info.package != OWN_PACKAGE:
        return info.description
    described = {
        "txt": words.file_txt,
        "docx": words.file_docx,
        "pdf": words.file_pdf,
        "epub": words.file_epub,
        "html": words.file_html,
        "ninjs": words.file_ninjs,
        "jsonld": words.file_jsonld,
        "eml": words.file_eml,
    }
    return described.get(info.name, info.description)


def _check_media(release: PressRelease, options: RenderOptions) -> None:
    """A pack ships every file the release names: refuse one whose media were not read."""
    from pressrelease.media import media_paths

    missing = [
        (field, path) for field, path in media_paths(release) if options.media.get(path) is None
    ]
    if missing:
        field, path = missing[0]
        raise InputError(
            f"{field}: {path} was not read, so the pack cannot ship it; load the release with "
            "its media (RenderOptions(media=read_media(release, folder)))"
        )


def _media_files(document: Document) -> list[_File]:
    """The logo and photos: each original as published and its web-size derivative, once."""
    found: dict[str, _File] = {}
    shown: list[tuple[MediaImage | None, str]] = [(document.logo, document.release.issuer.name)]
    shown += [(item.image, f"{item.title}{item.details}") for item in document.images]
    for image, purpose in shown:
        if image is None or image.pack_name in found:
            continue
        for name, rendition in ((image.pack_name, image.original), (image.web_name, image.web)):
            size = (rendition.width, rendition.height)
            found[name] = _File(name, rendition.data, rendition.media_type, _OWN, purpose, size)
    return list(found.values())


def _compressible(name: str) -> bool:
    """Whether deflating a member is worth it: ZIP-based formats, images and PDFs (whose
    streams are deflated already) are stored as they are; deflating the PDF again took 1 ms
    of a 25 ms pack to save 5%."""
    return not name.endswith((".zip", ".docx", ".epub", ".pdf", ".png", ".jpg", ".jpeg"))


def _manifest(document: Document, files: list[_File]) -> bytes:
    release = document.release
    timing: dict[str, Any] = {"immediate": release.embargo is None}
    if release.embargo is not None:
        from zoneinfo import ZoneInfo

        until = release.embargo.until
        timing["embargo"] = {
            "until_utc": utc_stamp(until),
            "until_local": until.astimezone(ZoneInfo(release.embargo.timezone)).isoformat(),
            "timezone": release.embargo.timezone,
            "notice": _timing(document),
        }
    manifest = {
        "generator": {"name": "pressrelease", "version": __version__},
        "slug": release.slug,
        "headline": release.headline,
        "language": release.language,
        "date": release.dateline.date.isoformat(),
        "issuer": release.issuer.name,
        **({"issuers": [i.name for i in release.issuers]} if release.co_issuers else {}),
        "timing": timing,
        **(
            {
                "translations": [
                    {"language": t.language, "slug": t.slug, "folder": f"../{t.language}/"}
                    for t in document.translations
                ]
            }
            if document.translations
            else {}
        ),
        "files": [
            {
                "name": f.name,
                "size": len(f.data),
                "sha256": hashlib.sha256(f.data).hexdigest(),
                "media_type": f.media_type,
                **({"width": f.pixels[0], "height": f.pixels[1]} if f.pixels else {}),
                "renderer": f.renderer,
            }
            for f in files
        ],
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _timing(document: Document) -> str | None:
    return next((part.text for part in document.parts if isinstance(part, TimingLine)), None)


def _readme(document: Document, files: list[_File], media: list[_File]) -> str:
    from pressrelease.renderers._shared.wrapping import wrap

    release = document.release
    words = document.words.phrases
    notice = _timing(document)
    if release.embargo is not None:
        notice = f"{notice}. {words.do_not_publish}"
    lines = [
        *([*wrap(notice, 72), ""] if notice else []),
        *wrap(release.headline, 72),
        *wrap(f"{document.words.issuers}, {document.words.dateline}", 72),
        "",
        words.pack_intro,
        "",
        words.pack_files,
    ]
    names = [f.name for f in files] + ["README.txt", "manifest.json"]
    column = max(len(name) for name in names) + 2
    for f in files:
        lines.append(f"  {f.name.ljust(column)}{f.purpose}")
    lines.append(f"  {'README.txt'.ljust(column)}{words.pack_guide}")
    lines.append(f"  {'manifest.json'.ljust(column)}{words.pack_index}")
    if media:
        lines += ["", words.media_assets]
        for f in media:
            size = f" ({f.pixels[0]} × {f.pixels[1]} px)" if f.pixels else ""
            lines += wrap(f"{f.name}{size}: {f.purpose}", 72, "  ", "    ")
    cards = [card for part in document.parts if isinstance(part, Contacts) for card in part.cards]
    if cards:
        lines += ["", words.pack_contacts]
        for contact, card in zip(release.all_contacts, cards, strict=True):
            shown = " | ".join(plain_text(line) for line in card.lines)
            lines.append(f"  {_who_for(contact, card, release)}: {shown}")
    return "\n".join(lines) + "\n"


def _who_for(contact: Contact, card: ContactCard, release: PressRelease) -> str:
    """Whom a card is for, in the README's contact list: its printed heading, else the
    heading its role would print in the release's language (a card under a shared heading
    such as "Contacts:" prints none of its own), else the language's word for contacts."""
    from pressrelease.document.wording import contact_label

    if card.heading:
        return card.label
    return contact_label(
        contact.model_copy(update={"heading": None}), release.language, release.phrases
    )
