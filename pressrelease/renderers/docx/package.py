"""The parts of the .docx package and the deterministic ZIP that holds them.

Nothing comes from python-docx's sample document: no "python-docx" author, no 2013 dates,
no thumbnail. Every date is the release's own time, so the same release gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import TYPE_CHECKING

from pressrelease.document import utc_stamp
from pressrelease.renderers._shared.archive import ZipMember, deterministic_zip
from pressrelease.renderers.docx.body import Body
from pressrelease.renderers.docx.figures import EMU_PER_TWIP, media_name, picture
from pressrelease.renderers.docx.template import PageSetup
from pressrelease.renderers.docx.xml import CT, DECLARATION, NS, PKG_RELS, RT, attr, text

if TYPE_CHECKING:
    from pressrelease.document import Document, PageWords
    from pressrelease.media import MediaImage
    from pressrelease.model import PressRelease
    from pressrelease.renderers.docx.language import Languages
    from pressrelease.renderers.docx.template import Template

PROPERTY_LIMIT = 255
"""Word refuses longer core properties."""
_WML = CT + "wordprocessingml."


class DocxPropertyWarning(UserWarning):
    """A document property was shortened to the length Word accepts."""


def package(document: Document, template: Template, langs: Languages, page: PageSetup) -> bytes:
    """The whole .docx: parts in a fixed order, every entry stamped with the document's time."""
    release, when = document.release, document.moment
    body = Body(template, langs.rtl)
    content = body.document(document, page.text_width)
    main = (
        f"{DECLARATION}<w:document {NS}><w:body>{content}{_section(page, langs.rtl)}</w:body>"
        "</w:document>"
    )
    links = "".join(
        f'<Relationship Id="{rid}" Type="{RT}hyperlink" Target="{attr(url)}" '
        'TargetMode="External"/>'
        for url, rid in body.links.items()
    )
    links += "".join(
        f'<Relationship Id="{rid}" Type="{RT}image" Target="{name}"/>'
        for name, (rid, _image) in body.images.items()
    )
    header, logo = _header(document, body, page)
    parts: list[tuple[str, str, str, bytes | None]] = [
        ("word/styles.xml", "styles", _WML + "styles+xml", _styles(template, langs).encode()),
        ("word/numbering.xml", "numbering", _WML + "numbering+xml", _numbering(template, body)),
        ("word/settings.xml", "settings", _WML + "settings+xml", _settings(template, langs)),
        ("word/header1.xml", "header", _WML + "header+xml", header),
        ("word/footer1.xml", "footer", _WML + "footer+xml", _footer(document.words.page, body)),
        ("word/fontTable.xml", "fontTable", _WML + "fontTable+xml", template.font_table),
        ("word/theme/theme1.xml", "theme", CT + "theme+xml", template.theme),
    ]
    members = [ZipMember("word/document.xml", main.encode())]
    rels = []
    types = [f'<Override PartName="/word/document.xml" ContentType="{_WML}document.main+xml"/>']
    for name, kind, media, data in parts:
        if data is None:  # a reference without a theme or font table
            continue
        members.append(ZipMember(name, data))
        rels.append(f'<Relationship Id="{_rid(kind)}" Type="{RT}{kind}" Target="{name[5:]}"/>')
        types.append(f'<Override PartName="/{name}" ContentType="{media}"/>')
    pictures = {f"word/{name}": image for name, (_rid, image) in body.images.items()}
    if logo is not None:
        pictures[f"word/{media_name(logo)}"] = logo
        members.append(
            ZipMember(
                "word/_rels/header1.xml.rels",
                f'{DECLARATION}<Relationships xmlns="{PKG_RELS}"><Relationship Id="rIdLogo" '
                f'Type="{RT}image" Target="{media_name(logo)}"/></Relationships>'.encode(),
            )
        )
    members += [ZipMember(name, image.web.data, False) for name, image in pictures.items()]
    extensions = sorted({image.web.extension for image in pictures.values()})
    defaults = "".join(
        f'<Default Extension="{ext}" ContentType="image/{"png" if ext == "png" else "jpeg"}"/>'
        for ext in extensions
    )
    members.append(
        ZipMember(
            "word/_rels/document.xml.rels",
            f'{DECLARATION}<Relationships xmlns="{PKG_RELS}">{"".join(rels)}{links}'
            "</Relationships>".encode(),
        )
    )
    members += _properties(release, langs, when, document.words.issuers)
    types += [
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
        f'<Override PartName="/docProps/app.xml" ContentType="{CT}extended-properties+xml"/>',
    ]
    content_types = (
        f'{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{defaults}{''.join(types)}</Types>"
    )
    package_rels = (
        f'{DECLARATION}<Relationships xmlns="{PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{RT}officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{RT}extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    head = [
        ZipMember("[Content_Types].xml", content_types.encode()),
        ZipMember("_rels/.rels", package_rels.encode()),
    ]
    return deterministic_zip(head + members, when)


def _rid(kind: str) -> str:
    """The relationship id of a part of the document: rIdStyles, rIdHeader, …"""
    return f"rId{kind[0].upper()}{kind[1:]}"


def _section(page: PageSetup, rtl: bool) -> str:
    orient = ' w:orient="landscape"' if page.width > page.height else ""
    return (
        f'<w:sectPr><w:headerReference w:type="default" r:id="{_rid("header")}"/>'
        f'<w:footerReference w:type="default" r:id="{_rid("footer")}"/>'
        f'<w:pgSz w:w="{page.width}" w:h="{page.height}"{orient}/>'
        f'<w:pgMar w:top="{page.top}" w:right="{page.right}" w:bottom="{page.bottom}" '
        f'w:left="{page.left}" w:header="{page.header}" w:footer="{page.footer}" '
        f'w:gutter="{page.gutter}"/><w:cols w:space="720"/>'
        f'{"<w:bidi/>" if rtl else ""}<w:docGrid w:linePitch="360"/></w:sectPr>'
    )


def _styles(template: Template, langs: Languages) -> str:
    fonts = dict(template.fonts)
    if langs.east_asian_font:
        fonts.pop("eastAsiaTheme", None)
        fonts["eastAsia"] = langs.east_asian_font
    lang = dict(template.lang)
    lang["val"] = langs.main
    if langs.east_asian:
        lang["eastAsia"] = langs.east_asian
    if langs.bidi:
        lang["bidi"] = langs.bidi
    head, middle, tail = template.styles
    return f"{DECLARATION}{head}{_empty('rFonts', fonts)}{middle}{_empty('lang', lang)}{tail}"


def _empty(tag: str, attributes: dict[str, str]) -> str:
    if not attributes:
        return ""
    pairs = " ".join(f'w:{k}="{attr(v)}"' for k, v in attributes.items())
    return f"<w:{tag} {pairs}/>"


def _numbering(template: Template, body: Body) -> bytes:
    head, middle, tail = template.numbering
    definitions = "".join(body.abstracts)
    return f"{DECLARATION}{head}{definitions}{middle}{''.join(body.nums)}{tail}".encode()


def _settings(template: Template, langs: Languages) -> bytes:
    theme_lang = {"val": langs.main}
    if langs.east_asian:
        theme_lang["eastAsia"] = langs.east_asian
    if langs.bidi:
        theme_lang["bidi"] = langs.bidi
    return (
        f'{DECLARATION}<w:settings {NS}><w:zoom w:percent="100"/>'
        f'<w:defaultTabStop w:val="{template.tab_stop}"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
        'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        f"</w:compat>{_empty('themeFontLang', theme_lang)}"
        '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
        'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" '
        'w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
        'w:followedHyperlink="followedHyperlink"/></w:settings>'
    ).encode()


def _header(document: Document, body: Body, page: PageSetup) -> tuple[bytes, MediaImage | None]:
    """The page header: the issuer's logo (at most 0.6 inch tall), then the issuers' names."""
    release, logo = document.release, document.logo
    line = body.para("Header", body.run(document.words.issuers))
    if logo is not None:
        box = (page.text_width * EMU_PER_TWIP, int(0.6 * 914400))
        image = picture(logo, "rIdLogo", release.issuer.name, 1, box)
        line = body.para("Header", image) + line
    return f"{DECLARATION}<w:hdr {NS}>{line}</w:hdr>".encode(), logo


def _field(body: Body, instruction: str) -> str:
    """A real field (PAGE, NUMPAGES) with a placeholder result the reader recomputes."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{body.run("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _footer(words: PageWords, body: Body) -> bytes:
    first, second = ("NUMPAGES", "PAGE") if words.total_first else ("PAGE", "NUMPAGES")
    line = body.para(
        "Footer",
        body.run(words.before)
        + _field(body, first)
        + body.run(words.middle)
        + _field(body, second)
        + body.run(words.after),
    )
    return f"{DECLARATION}<w:ftr {NS}>{line}</w:ftr>".encode()


def _limit(name: str, value: str) -> str:
    if len(value) <= PROPERTY_LIMIT:
        return value
    warnings.warn(
        DocxPropertyWarning(
            f"the DOCX {name} property has {len(value)} characters; Word allows "
            f"{PROPERTY_LIMIT}, so it was shortened (the text of the document is complete)"
        ),
        stacklevel=5,
    )
    return value[: PROPERTY_LIMIT - 1].rstrip() + "…"


def _properties(
    release: PressRelease, langs: Languages, when: dt.datetime, issuers: str
) -> list[ZipMember]:
    """Core and extended properties: title, subject, author and company (the issuers, as
    one name), keywords, dates."""
    stamp = utc_stamp(when)
    issuer = _limit("author", issuers)
    fields = [f"<dc:title>{text(_limit('title', release.headline))}</dc:title>"]
    if release.subheadlines:
        fields.append(
            f"<dc:subject>{text(_limit('subject', release.subheadlines[0]))}</dc:subject>"
        )
    fields.append(f"<dc:creator>{text(issuer)}</dc:creator>")
    if release.keywords:
        keywords = _limit("keywords", ", ".join(release.keywords))
        fields.append(f"<cp:keywords>{text(keywords)}</cp:keywords>")
    fields += [
        f"<dc:language>{text(release.language)}</dc:language>",
        f"<cp:lastModifiedBy>{text(issuer)}</cp:lastModifiedBy>",
        "<cp:revision>1</cp:revision>",
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>',
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>',
    ]
    core = (
        f'{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
        '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{"".join(fields)}'
        "</cp:coreProperties>"
    )
    app = (
        f'{DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes"><Application>pressrelease</Application><Company>{text(issuer)}'
        "</Company></Properties>"
    )
    return [
        ZipMember("docProps/core.xml", core.encode()),
        ZipMember("docProps/app.xml", app.encode()),
    ]
