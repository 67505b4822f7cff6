"""Media files next to a release: the logo and photos, read once at load time.

The model knows no files: ``issuer.logo`` and ``assets[].file`` are paths as written. This
module resolves them against the release file's folder, reads them safely and checks them
with Pillow, and returns a :class:`Media`: plain bytes and numbers, which travel to the
renderers in ``RenderOptions.media`` like any other outside input (a reference document,
the build time). Renderers stay pure: bytes in, bytes out.

Every file must be a regular file inside the release's folder (no ``..``, no absolute path,
no symlink that leaves it, no device or FIFO), at most :data:`MAX_MEDIA_BYTES` bytes, a PNG
or JPEG of at most :data:`MAX_PIXELS` pixels. What is published has its EXIF orientation
applied and carries no EXIF, XMP or IPTC metadata (where photos keep their GPS location);
an original that carries none is published byte for byte. Each image also gets a web-size
derivative (at most :data:`WEB_SIDE` pixels on its long side, never upscaled) that HTML,
EPUB, DOCX and PDF embed.

The work is split by job: ``paths`` keeps every file inside the release's folder and reads
it, ``images`` checks it with Pillow, ``renditions`` makes what is published from it. This
module holds only the types (imported by every renderer) and ``read_media``, which loads
the others when a release names a file, so importing it costs no Pillow and no file access.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from pressrelease.errors import InputError, InvalidReleaseError, Problem

if TYPE_CHECKING:
    from pressrelease.model import PressRelease

MAX_MEDIA_BYTES = 50 * 1024 * 1024
"""The largest media file read, in bytes."""
MAX_PIXELS = 100_000_000
"""The most pixels an image may have (width × height): larger ones are refused unread."""
MAX_SIDE = 20_000
"""The longest side an image may have, in pixels."""
WEB_SIDE = 1600
"""The long side of web derivatives, in pixels (smaller images are kept at their size)."""


@dataclass(frozen=True, slots=True)
class Rendition:
    """One encoding of an image: its bytes, media type and pixel size."""

    data: bytes
    media_type: str
    width: int
    height: int

    @property
    def extension(self) -> str:
        """png or jpg."""
        return "png" if self.media_type == "image/png" else "jpg"


@dataclass(frozen=True, slots=True)
class MediaImage:
    """An image offered with the release: as published (``original``) and for the web."""

    path: str
    """The path as written in the release (``logo.png``, ``photos/ceo.jpg``)."""
    original: Rendition
    """The file as published: orientation applied, no location or other metadata."""
    web: Rendition
    """At most :data:`WEB_SIDE` pixels on its long side: what documents embed."""

    @property
    def pack_name(self) -> str:
        """Where the original stands in a pack: ``media/original/photos/ceo.jpg``."""
        return f"media/original/{self.path}"

    @property
    def web_name(self) -> str:
        """Where the web derivative stands in a pack: ``media/web/photos/ceo.jpg``."""
        stem = str(PurePosixPath(self.path).with_suffix(""))
        return f"media/web/{stem}.{self.web.extension}"

    @property
    def file_stem(self) -> str:
        """A name for the image inside a document package: ``photos-ceo``."""
        stem = str(PurePosixPath(self.path).with_suffix(""))
        return "".join(c if c.isascii() and c.isalnum() else "-" for c in stem)


@dataclass(frozen=True)
class Media:
    """The release's media files by the path written in the release."""

    images: Mapping[str, MediaImage] = field(default_factory=dict)
    """(A plain dict, not a read-only proxy: it travels to worker processes by pipe.)"""

    def get(self, path: str | None) -> MediaImage | None:
        """The image written as ``path``, if it was read."""
        return self.images.get(path) if path is not None else None


NO_MEDIA = Media()


def media_paths(release: PressRelease) -> list[tuple[str, str]]:
    """(field, path) of every media file the release names, in order."""
    found = [("issuer.logo", release.issuer.logo)] if release.issuer.logo else []
    found += [(f"assets.{i}.file", a.file) for i, a in enumerate(release.assets) if a.file]
    return found


def read_media(release: PressRelease, folder: str | Path, source: str | None = None) -> Media:
    """Read and check every media file of ``release`` from ``folder`` (the release file's).

    Every problem is a Problem naming the field and the file; all are reported together as
    an InvalidReleaseError, before anything is written.
    """
    paths = media_paths(release)
    if not paths:
        return NO_MEDIA
    from concurrent.futures import ThreadPoolExecutor

    from pressrelease.media.images import check_image
    from pressrelease.media.paths import read_inside

    base = Path(folder).resolve()
    fields: dict[str, str] = {}  # path -> the first field that names it
    for name, written in paths:
        fields.setdefault(written, name)
    problems: list[Problem] = []
    images: dict[str, MediaImage] = {}

    def attempt(written: str) -> MediaImage | InputError:
        try:
            return check_image(written, read_inside(base, written))
        except InputError as exc:
            return exc

    # Pillow decodes, resizes and encodes without the GIL: photos are read side by side.
    workers = max(1, min(len(fields), os.cpu_count() or 1, 4))
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(attempt, list(fields)))
    for (written, name), result in zip(fields.items(), results, strict=True):
        if isinstance(result, InputError):
            problems.append(Problem(name, f"{written}: {result}", source))
        else:
            images[written] = result
    if problems:
        raise InvalidReleaseError(problems)
    return Media(images)


def folder_of(path: str | Path) -> Path:
    """The folder media paths of the release file ``path`` are relative to (standard input:
    the working folder)."""
    return Path(os.getcwd()) if str(path) == "-" else Path(path).parent
