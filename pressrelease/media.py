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
    from concurrent.futures import ThreadPoolExecutor

    base = Path(folder).resolve()
    fields: dict[str, str] = {}  # path -> the first field that names it
    for name, written in paths:
        fields.setdefault(written, name)
    problems: list[Problem] = []
    images: dict[str, MediaImage] = {}

    def attempt(written: str) -> MediaImage | InputError:
        try:
            return _read_image(base, written)
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
    """Check ``data`` with Pillow and make the published original and its web derivative.

    A JPEG original keeps its compressed pixels byte for byte: its metadata segments are
    dropped (EXIF with any location, XMP, IPTC, comments) and an EXIF orientation other
    than upright is written back alone, so viewers still turn it. Its web derivative is
    decoded at a reduced scale where JPEG allows (fast for camera photos), turned upright
    and re-encoded. A PNG with metadata or an orientation is re-encoded (losslessly)."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(_FORMATS))
            width, height = image.size
            if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                raise InputError(_too_large(width, height))
            kind = image.format or ""
            exif = image.getexif()
            orientation = _orientation(exif.get(_ORIENTATION))
            clean = set(image.info) <= _SAFE_INFO and not exif
            scale = min(1.0, WEB_SIDE / max(width, height))
            web_size = (max(1, round(width * scale)), max(1, round(height * scale)))
            if kind == "JPEG" and scale < 1:
                image.draft(image.mode, web_size)  # decode at 1/2, 1/4 or 1/8 where it fits
            image.load()
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(_too_large(*_header_size(data))) from None
    except UnidentifiedImageError:
        raise InputError("not a PNG or JPEG image (Pillow cannot read it as one)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"a damaged image ({exc})") from None
    media_type, _ = _FORMATS[kind]
    turn = Image.Transpose(_TURNS[orientation]) if orientation in _TURNS else None
    shown = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    if clean:
        original = Rendition(data, media_type, *shown)
    elif kind == "JPEG":
        original = Rendition(_strip_jpeg(data, orientation), media_type, *shown)
    else:
        full = image.transpose(turn) if turn is not None else image
        original = _encode(full, kind, quality=95)
    web: PILImage.Image = image
    if web.size != web_size:
        web = web.resize(web_size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    if turn is not None:
        web = web.transpose(turn)
    rendition = original if clean and scale == 1 else _encode(web, kind, quality=85)
    return MediaImage(written, original, rendition)


_ORIENTATION = 0x0112


def _orientation(value: object) -> int:
    """The EXIF orientation 1-8; anything else counts as upright (1)."""
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


_TURNS = {
    2: 0,  # Image.Transpose values, by EXIF orientation
    3: 3,
    4: 1,
    5: 5,
    6: 4,
    7: 6,
    8: 2,
}
_KEEP_SEGMENTS = frozenset({0xE0, 0xE2, 0xEE})
"""APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform); every other
APPn (EXIF, XMP, IPTC, maker data) and comments are dropped."""


def _strip_jpeg(data: bytes, orientation: int) -> bytes:
    """The JPEG without metadata segments, and with only its orientation if not upright;
    the compressed image itself is copied unchanged."""
    out = [data[:2]]
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            break
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        segment = data[at : at + 2 + length]
        if not (0xE0 <= marker <= 0xEF or marker == 0xFE) or marker in _KEEP_SEGMENTS:
            out.append(segment)
        at += 2 + length
    if orientation != 1:
        from PIL import Image

        exif = Image.Exif()
        exif[_ORIENTATION] = orientation
        body = b"Exif\x00\x00" + exif.tobytes()
        out.insert(1, b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body)
    out.append(data[at:])
    return b"".join(out)


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
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=quality, optimize=True, **extra)
    else:
        image.save(out, "PNG", compress_level=6, **extra)
    return Rendition(out.getvalue(), _FORMATS[kind][0], image.width, image.height)


def folder_of(path: str | Path) -> Path:
    """The folder media paths of the release file ``path`` are relative to (standard input:
    the working folder)."""
    return Path(os.getcwd()) if str(path) == "-" else Path(path).parent
