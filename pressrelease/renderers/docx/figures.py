"""Pictures in the DOCX: the photos offered with a release, each set above its caption, and
the list of the assets that have no picture.

A picture is an inline ``w:drawing`` of the web-size image (``word/media/…``, related from
the document part by ``Body.images``), scaled down to the text width and never up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pressrelease.renderers.docx import lists
from pressrelease.renderers.docx.xml import attr

if TYPE_CHECKING:
    from pressrelease.document import Assets
    from pressrelease.media import MediaImage
    from pressrelease.renderers.docx.body import Body

EMU_PER_TWIP = 635
EMU_PER_PIXEL = 9525
"""At 96 pixels an inch, Word's own measure for a picture without a resolution."""
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def media_name(image: MediaImage) -> str:
    """The image's part name under word/: media/photos-ceo.jpg."""
    return f"media/{image.file_stem}.{image.web.extension}"


def picture(image: MediaImage, rid: str, alt: str, number: int, box: tuple[int, int]) -> str:
    """An inline picture run: the web-size image, scaled down (never up) to fit ``box``
    (width, height in EMU), with its alt text as the description Word reads aloud."""
    web = image.web
    cx, cy = web.width * EMU_PER_PIXEL, web.height * EMU_PER_PIXEL
    scale = min(1.0, box[0] / cx, box[1] / cy)
    cx, cy = max(1, int(cx * scale)), max(1, int(cy * scale))
    name = attr(media_name(image)[6:])
    described = f'name="Picture {number}" descr="{attr(alt)}"'
    return (
        f'<w:r><w:drawing><wp:inline xmlns:wp="{_WP}" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{number}" {described}/>'
        f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{_A}" noChangeAspect="1"/>'
        f'</wp:cNvGraphicFramePr><a:graphic xmlns:a="{_A}"><a:graphicData uri="{_PIC}">'
        f'<pic:pic xmlns:pic="{_PIC}"><pic:nvPicPr><pic:cNvPr id="{number}" name="{name}" '
        f'descr="{attr(alt)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
        f'<a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )


def assets(body: Body, part: Assets, width: int) -> str:
    """The assets under their label: a photo whose file was read as a picture with its
    caption, any other asset as a bullet naming it and where to get it."""
    out = [body.para("Contact", body.run(part.label, strong=True))]
    bullet = ""
    for item in part.items:
        if item.image is not None:
            out.append(figure(body, item.image, item.alt or item.title, width))
            caption = body.run(item.title, strong=True) + body.run(item.details)
            if item.url:
                link = body.hyperlink(item.url, body.run(item.url, link=True))
                caption += body.run(" ") + link
            out.append(body.para("Caption", caption))
            continue
        bullet = bullet or lists.numbering(body, ordered=False)
        if item.url:
            link = body.hyperlink(item.url, body.run(item.url, link=True))
        else:
            link = body.run(item.where)
        words = body.run(f"{item.title}{item.details} ") + link
        out.append(body.para("ListBullet", words, bullet))
    return "".join(out)


def figure(body: Body, image: MediaImage, alt: str, width: int) -> str:
    """A paragraph holding the picture, kept with its caption, at most the text width
    (``width`` in twips) wide and 4 inches tall."""
    name = media_name(image)
    rid = body.images.setdefault(name, (f"rIdImage{len(body.images) + 1}", image))[0]
    box = (width * EMU_PER_TWIP, 4 * 914400)
    body.pictures += 1
    run = picture(image, rid, alt, 100 + body.pictures, box)
    return f"<w:p><w:pPr><w:keepNext/>{body.pr}</w:pPr>{run}</w:p>"
