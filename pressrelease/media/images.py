"""Image reading with Pillow: a media file's bytes are a PNG or JPEG of a size we accept.

The size is checked from the header before any pixel is decoded (a decompression bomb is
refused unread), the EXIF orientation is read, and a JPEG that only needs its web size is
decoded at a reduced scale. What is published from the decoded image is ``renditions``' job.
"""

from __future__ import annotations

import io

from pressrelease.errors import InputError
from pressrelease.media import MAX_PIXELS, MAX_SIDE, WEB_SIDE, MediaImage
from pressrelease.media.renditions import FORMATS, ORIENTATION, renditions, web_size

_SAFE_INFO = frozenset(
    {
        "dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density", "icc_profile", "progressive",
        "progression", "adobe", "adobe_transform", "gamma", "srgb", "transparency", "aspect",
        "chromaticity", "interlace",
    }
)  # fmt: skip


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
            image = Image.open(io.BytesIO(data), formats=list(FORMATS))
            width, height = image.size
            if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                raise InputError(_too_large(width, height))
            kind = image.format or ""
            exif = image.getexif()
            orientation = _orientation(exif.get(ORIENTATION))
            clean = set(image.info) <= _SAFE_INFO and not exif
            if kind == "JPEG" and max(width, height) > WEB_SIDE:
                # decode at 1/2, 1/4 or 1/8 where it fits
                image.draft(image.mode, web_size(width, height))
            image.load()
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(_too_large(*_header_size(data))) from None
    except UnidentifiedImageError:
        raise InputError("not a PNG or JPEG image (Pillow cannot read it as one)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"a damaged image ({exc})") from None
    original, web = renditions(data, image, kind, (width, height), orientation, clean=clean)
    return MediaImage(written, original, web)


def _orientation(value: object) -> int:
    """The EXIF orientation 1-8; anything else counts as upright (1)."""
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _too_large(width: int, height: int) -> str:
    return (
        f"the image is {width:,} × {height:,} pixels, over the limit of {MAX_PIXELS:,} pixels "
        f"and {MAX_SIDE:,} on a side (a decompression bomb?); publish a smaller image"
    )


def _header_size(data: bytes) -> tuple[int, int]:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0
