"""Distribution packs: one deterministic ZIP per release with every format, a manifest,
a README for the journalist who opens it, and the contacts as vCards.

Everything below ``build_pack`` is a pure function of the release and options; writing the
ZIP to disk is ``write_pack``'s one job, and it is atomic.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressrelease import __version__
from pressrelease.errors import PressReleaseError, RenderError
from pressrelease.output import write_atomic
from pressrelease.renderers import wording
from pressrelease.renderers._shared.archive import ZipMember, deterministic_zip
from pressrelease.renderers.base import RenderOptions
from pressrelease.vcard import vcards

if TYPE_CHECKING:
    from pressrelease.model import PressRelease
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


def build_pack(
    release: PressRelease,
    formats: Sequence[str] = DEFAULT_FORMATS,
    options: RenderOptions | None = None,
    registry: Registry | None = None,
    prerendered: Mapping[str, bytes] | None = None,
) -> bytes:
    """The distribution pack of ``release`` as ZIP bytes; same input, same bytes.

    ``prerendered`` holds formats already rendered (e.g. in another process) by name.
    """
    from pressrelease.registry import default_registry

    options = options or RenderOptions()
    registry = registry or default_registry()
    done = prerendered or {}
    files = [
        _render(release, registry.info(name), registry, options, done.get(name)) for name in formats
    ]
    if release.contacts:
        files.append(
            _File(
                "contacts.vcf", vcards(release.contacts), "text/vcard", _OWN, "Contacts as vCards"
            )
        )
    readme = _readme(release, files).encode("utf-8")
    files.insert(0, _File("README.txt", readme, "text/plain; charset=utf-8", _OWN, "This guide"))
    manifest = _manifest(release, files)
    folder = release.slug
    members = [ZipMember(f"{folder}/{f.name}", f.data, _compressible(f.name)) for f in files]
    members.insert(1, ZipMember(f"{folder}/manifest.json", manifest))
    return deterministic_zip(members, wording.release_time(release, options))


def write_pack(
    release: PressRelease,
    out_dir: str | Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    options: RenderOptions | None = None,
    prerendered: Mapping[str, bytes] | None = None,
) -> Path:
    """Build the pack and write it to ``out_dir/<slug>.zip`` atomically."""
    data = build_pack(release, formats, options, prerendered=prerendered)
    return write_atomic(Path(out_dir) / f"{release.slug}.zip", data)


def render_format(
    release: PressRelease, name: str, options: RenderOptions, registry: Registry | None = None
) -> bytes:
    """One format's bytes; a renderer's error is prefixed with the format's name.

    An exception that is not a PressReleaseError is a bug in the renderer: it is reported
    as a RenderError naming the format and the package that provides it.
    """
    from pressrelease.registry import default_registry

    registry = registry or default_registry()
    renderer = registry.get(name)
    try:
        return renderer().render(release, options)
    except PressReleaseError as exc:
        raise RenderError(f"{name}: {exc}") from exc
    except Exception as exc:
        package = registry.info(name).package
        raise RenderError(
            f"{name}: the renderer failed unexpectedly ({type(exc).__name__}: {exc}); "
            f"this is a bug in {package}, please report it"
        ) from exc


def _render(
    release: PressRelease,
    info: FormatInfo,
    registry: Registry,
    options: RenderOptions,
    data: bytes | None,
) -> _File:
    if data is None:
        data = render_format(release, info.name, options, registry)
    return _File(
        f"{release.slug}.{info.extension}",
        data,
        info.media_type,
        {"name": info.name, "package": info.package, "version": info.version},
        info.description,
    )


def _compressible(name: str) -> bool:
    return not name.endswith((".zip", ".docx", ".epub", ".png", ".jpg", ".jpeg"))


def _manifest(release: PressRelease, files: list[_File]) -> bytes:
    timing: dict[str, Any] = {"immediate": release.embargo is None}
    if release.embargo is not None:
        from zoneinfo import ZoneInfo

        until = release.embargo.until
        timing["embargo"] = {
            "until_utc": wording.utc_stamp(until),
            "until_local": until.astimezone(ZoneInfo(release.embargo.timezone)).isoformat(),
            "timezone": release.embargo.timezone,
            "notice": wording.timing_line(release),
        }
    manifest = {
        "generator": {"name": "pressrelease", "version": __version__},
        "slug": release.slug,
        "headline": release.headline,
        "language": release.language,
        "date": release.dateline.date.isoformat(),
        "issuer": release.issuer.name,
        "timing": timing,
        "files": [
            {
                "name": f.name,
                "size": len(f.data),
                "sha256": hashlib.sha256(f.data).hexdigest(),
                "media_type": f.media_type,
                "renderer": f.renderer,
            }
            for f in files
        ],
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _readme(release: PressRelease, files: list[_File]) -> str:
    from pressrelease.renderers._shared.wrapping import wrap

    if release.embargo is not None:
        notice = f"{wording.timing_line(release)}. Do not publish before then."
    else:
        notice = wording.timing_line(release)
    lines = [
        *wrap(notice, 72),
        "",
        *wrap(release.headline, 72),
        *wrap(f"{release.issuer.name}, {wording.dateline_text(release.dateline)}", 72),
        "",
        "This pack holds one press release in every format we publish it in.",
        "",
        "Files:",
    ]
    names = [f.name for f in files] + ["README.txt", "manifest.json"]
    column = max(len(name) for name in names) + 2
    for f in files:
        lines.append(f"  {f.name.ljust(column)}{f.purpose}")
    lines.append(f"  {'README.txt'.ljust(column)}This guide")
    index = "Machine-readable index: sizes, SHA-256 checksums, formats"
    lines.append(f"  {'manifest.json'.ljust(column)}{index}")
    if release.contacts:
        lines += ["", "Contacts:"]
        for contact in release.contacts:
            lines.append(f"  {contact.role}: " + " | ".join(wording.contact_lines(contact)))
    return "\n".join(lines) + "\n"
