"""What is published from a checked image: the original without its metadata, and the
web-size derivative that documents embed.

A clean original (no metadata, upright) is published byte for byte; a JPEG loses its
metadata segments but keeps its compressed pixels; a PNG with metadata or an orientation is
re-encoded losslessly. The web derivative is at most :data:`~pressrelease.media.WEB_SIDE`
pixels on its long side, never upscaled, turned upright. Encoding is deterministic: the
same file gives the same bytes.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from pressrelease.media import WEB_SIDE, Rendition

if TYPE_CHECKING:
    from PIL import Image as PILImage

FORMATS = {"PNG": ("image/png", "png"), "JPEG": ("image/jpeg", "jpg")}
"""The image formats read, by Pillow's name: media type and file extension."""
ORIENTATION = 0x0112
"""The EXIF orientation tag."""
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


def web_size(width: int, height: int) -> tuple[int, int]:
    """The size of the web derivative of a ``width`` × ``height`` image."""
    scale = min(1.0, WEB_SIDE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def renditions(
    data: bytes,
    image: PILImage.Image,
    kind: str,
    size: tuple[int, int],
    orientation: int,
    *,
    clean: bool,
) -> tuple[Rendition, Rendition]:
    """The published original and the web derivative of the file ``data``, decoded as
    ``image`` (perhaps at a reduced scale), of ``size`` pixels as stored; ``clean``: it
    carries no metadata to remove."""
    from PIL import Image

    width, height = size
    media_type, _ = FORMATS[kind]
    turn = Image.Transpose(_TURNS[orientation]) if orientation in _TURNS else None
    shown = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    if clean:
        original = Rendition(data, media_type, *shown)
    elif kind == "JPEG":
        original = Rendition(strip_jpeg(data, orientation), media_type, *shown)
    else:
        full = image.transpose(turn) if turn is not None else image
        original = encode(full, kind, quality=95)
    web: PILImage.Image = image
    if web.size != web_size(width, height):
        web = web.resize(web_size(width, height), Image.Resampling.LANCZOS, reducing_gap=2.0)
    if turn is not None:
        web = web.transpose(turn)
    whole = max(width, height) <= WEB_SIDE
    return original, original if clean and whole else encode(web, kind, quality=85)


def strip_jpeg(data: bytes, orientation: int) -> bytes:
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
        exif[ORIENTATION] = orientation
        body = b"Exif\x00\x00" + exif.tobytes()
        out.insert(1, b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body)
    out.append(data[at:])
    return b"".join(out)


def encode(image: PILImage.Image, kind: str, *, quality: int) -> Rendition:
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
    return Rendition(out.getvalue(), FORMATS[kind][0], image.width, image.height)
