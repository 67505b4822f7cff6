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
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from pressrelease.errors import InputError, InvalidReleaseError, Problem
from pressrelease.reading import read_limited

if TYPE_CHECKING:
    from PIL import Image as PILImage

    from pressrelease.model import PressRelease

MAX_MEDIA_BYTES = 50 * 1024 * 1024
"""The largest media file read, in bytes."""
MAX_PIXELS = 100_000_000
"""The most pixels an image may have (width × height): larger ones are refused unread."""
MAX_SIDE = 20_000
"""The longest side an image may have, in pixels."""
WEB_SIDE = 1600
"""The long side of web derivatives, in pixels (smaller images are kept at their size)."""
_FORMATS = {"PNG": ("image/png", "png"), "JPEG": ("image/jpeg", "jpg")}
_SAFE_INFO = frozenset(
    {
        "dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density", "icc_profile", "progressive",
        "progression", "adobe", "adobe_transform", "gamma", "srgb", "transparency", "aspect",
        "chromaticity", "interlace",
    }
)  # fmt: skip


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
    base = Path(folder).resolve()
    images: dict[str, MediaImage] = {}
    problems: list[Problem] = []
    for name, written in paths:
        if written in images:
            continue
        try:
            images[written] = _read_image(base, written)
        except InputError as exc:
            problems.append(Problem(name, f"{written}: {exc}", source))
    if problems:
        raise InvalidReleaseError(problems)
    return Media(images)


def _inside(base: Path, written: str) -> Path:
    """The file ``written`` names, which must resolve inside ``base``."""
    if PurePosixPath(written).is_absolute() or PureWindowsPath(written).is_absolute():
        raise InputError("an absolute path; give a path relative to the release file")
    if PureWindowsPath(written).drive or "\\" in written:
        raise InputError("write the path with / and no drive letter")
    if ".." in PurePosixPath(written).parts:
        raise InputError("the path leaves the release's folder ('..'); keep media next to it")
    target = base / written
    try:
        resolved = target.resolve(strict=True)
    except FileNotFoundError:
        raise InputError("no such file next to the release") from None
    except (OSError, RuntimeError) as exc:
        raise InputError(f"cannot be resolved ({exc})") from None
    if resolved != base and base not in resolved.parents:
        raise InputError("a symbolic link to a file outside the release's folder")
    return resolved


def _read_image(base: Path, written: str) -> MediaImage:
    resolved = _inside(base, written)
    try:
        data = read_limited(resolved, MAX_MEDIA_BYTES, what="media file")
    except InputError as exc:
        raise InputError(str(exc).removeprefix(f"{resolved}: ")) from None
    return check_image(written, data)


def check_image(written: str, data: bytes) -> MediaImage:
    """Check ``data`` with Pillow and make the published original and its web derivative."""
    import warnings

    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(_FORMATS))
            width, height = image.size
            if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                raise InputError(_too_large(width, height))
            kind = image.format or ""
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(_too_large(*_header_size(data))) from None
    except UnidentifiedImageError:
        raise InputError("not a PNG or JPEG image (Pillow cannot read it as one)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"a damaged image ({exc})") from None
    media_type, _ = _FORMATS[kind]
    clean = set(image.info) <= _SAFE_INFO and not image.getexif()
    upright = ImageOps.exif_transpose(image) or image
    if clean:
        original = Rendition(data, media_type, width, height)
    else:
        original = _encode(upright, kind, quality=95)
    web = upright
    if max(upright.size) > WEB_SIDE:
        web = upright.copy()
        web.thumbnail((WEB_SIDE, WEB_SIDE), Image.Resampling.LANCZOS)
        rendition = _encode(web, kind, quality=85)
    elif clean:
        rendition = original
    else:
        rendition = _encode(web, kind, quality=85)
    return MediaImage(written, original, rendition)


def _too_large(width: int, height: int) -> str:
    return (
        f"the image is {width:,} × {height:,} pixels, over the limit of {MAX_PIXELS:,} pixels "
        f"and {MAX_SIDE:,} on a side (a decompression bomb?); publish a smaller image"
    )


def _header_size(data: bytes) -> tuple[int, int]:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0


def _encode(image: PILImage.Image, kind: str, *, quality: int) -> Rendition:
    """``image`` as PNG or JPEG with no metadata but its colour profile; deterministic."""
    out = io.BytesIO()
    icc = image.info.get("icc_profile")
    extra = {"icc_profile": icc} if icc else {}
    if kind == "JPEG":
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=quality, optimize=True, **extra)
    else:
        image.save(out, "PNG", compress_level=6, **extra)
    return Rendition(out.getvalue(), _FORMATS[kind][0], image.width, image.height)


def folder_of(path: str | Path) -> Path:
    """The folder media paths of the release file ``path`` are relative to (standard input:
    the working folder)."""
    return Path(os.getcwd()) if str(path) == "-" else Path(path).parent
