"""The styles a release uses, as WordprocessingML, and the list numbering behind them.

Built-in styles (Title, Subtitle, Heading 1/2, List Bullet/Number, Hyperlink, …) carry the
structure, so an editor restyles the whole release by changing one style. A few custom styles
cover what Word has no built-in for (timing line, dateline, quotes, disclaimers, contacts, the
end mark, the table look). With a reference template, its own definitions win and ours only
fill the gaps (see ``template.merge_styles``).
"""

from __future__ import annotations

INK = "1F2A44"
GREY = "595959"

_HEAD_FONT = (
    '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
    'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
)


def _para(
    sid: str, name: str, ppr: str = "", rpr: str = "", extra: str = "", custom: bool = False
) -> str:
    flag = ' w:customStyle="1"' if custom else ""
    return (
        f'<w:style w:type="paragraph"{flag} w:styleId="{sid}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="Normal"/>{extra}<w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _char(sid: str, name: str, rpr: str, extra: str = "", custom: bool = False) -> str:
    flag = ' w:customStyle="1"' if custom else ""
    return (
        f'<w:style w:type="character"{flag} w:styleId="{sid}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="DefaultParagraphFont"/>{extra}<w:rPr>{rpr}</w:rPr></w:style>'
    )


_NEXT = '<w:next w:val="Normal"/>'

STYLES: tuple[str, ...] = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>",
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    "<w:unhideWhenUsed/></w:style>",
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
    'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    "</w:style>",
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    _para(
        "Title",
        "Title",
        '<w:keepNext/><w:spacing w:before="120" w:after="200" w:line="240" w:lineRule="auto"/>',
        f'{_HEAD_FONT}<w:b/><w:bCs/><w:color w:val="{INK}"/><w:kern w:val="28"/>'
        '<w:sz w:val="36"/><w:szCs w:val="36"/>',
        _NEXT + '<w:uiPriority w:val="10"/>',
    ),
    _para(
        "Subtitle",
        "Subtitle",
        '<w:keepNext/><w:spacing w:after="160" w:line="252" w:lineRule="auto"/>',
        f'{_HEAD_FONT}<w:i/><w:iCs/><w:color w:val="404040"/>'
        '<w:sz w:val="26"/><w:szCs w:val="26"/>',
        _NEXT + '<w:uiPriority w:val="11"/>',
    ),
    _para(
        "Heading1",
        "heading 1",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="100"/>'
        '<w:outlineLvl w:val="0"/>',
        f'{_HEAD_FONT}<w:b/><w:bCs/><w:color w:val="{INK}"/><w:sz w:val="26"/><w:szCs w:val="26"/>',
        _NEXT + '<w:uiPriority w:val="9"/>',
    ),
    _para(
        "Heading2",
        "heading 2",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>'
        '<w:outlineLvl w:val="1"/>',
        f'{_HEAD_FONT}<w:b/><w:bCs/><w:color w:val="{INK}"/><w:sz w:val="22"/><w:szCs w:val="22"/>',
        _NEXT + '<w:uiPriority w:val="9"/><w:unhideWhenUsed/>',
    ),
    _para(
        "ListBullet",
        "List Bullet",
        '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="160"/><w:contextualSpacing/>',
        extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
    ),
    _para(
        "ListNumber",
        "List Number",
        '<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="160"/><w:contextualSpacing/>',
        extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
    ),
    _para(
        "Caption",
        "caption",
        '<w:keepNext/><w:spacing w:before="120" w:after="80" w:line="240" w:lineRule="auto"/>',
        f'<w:b/><w:bCs/><w:color w:val="{INK}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        _NEXT + '<w:uiPriority w:val="35"/><w:unhideWhenUsed/>',
    ),
    _para(
        "Header",
        "header",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/>',
        f'<w:color w:val="{GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
    ),
    _para(
        "Footer",
        "footer",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
        f'<w:color w:val="{GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
    ),
    _char(
        "Hyperlink",
        "Hyperlink",
        '<w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/>',
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
    ),
    _char("Strong", "Strong", "<w:b/><w:bCs/>", '<w:uiPriority w:val="22"/><w:qFormat/>'),
    _char("Emphasis", "Emphasis", "<w:i/><w:iCs/>", '<w:uiPriority w:val="20"/><w:qFormat/>'),
    _para(
        "ReleaseTiming",
        "Release Timing",
        '<w:keepNext/><w:spacing w:after="280"/>',
        f'<w:b/><w:bCs/><w:color w:val="{INK}"/><w:spacing w:val="10"/>'
        '<w:sz w:val="20"/><w:szCs w:val="20"/>',
        _NEXT,
        custom=True,
    ),
    _char("Dateline", "Dateline", "<w:b/><w:bCs/>", "<w:qFormat/>", custom=True),
    _para(  # Word's built-in Quote, upright: the words are the published sentence
        "Quote",
        "Quote",
        '<w:ind w:left="284" w:right="284"/>'
        f'<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="{INK}"/></w:pBdr>',
        extra=_NEXT + '<w:uiPriority w:val="29"/>',
    ),
    _para(
        "Disclaimer",
        "Disclaimer",
        '<w:spacing w:after="120" w:line="240" w:lineRule="auto"/>',
        f'<w:color w:val="{GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
        custom=True,
    ),
    _para(
        "Contact",
        "Contact",
        '<w:keepLines/><w:spacing w:before="240" w:after="0" w:line="252" w:lineRule="auto"/>',
        custom=True,
    ),
    _para(
        "AfterTable",
        "After Table",
        '<w:spacing w:after="0" w:line="160" w:lineRule="exact"/>',
        '<w:sz w:val="16"/><w:szCs w:val="16"/>',
        custom=True,
    ),
    _para(
        "EndMark",
        "End Mark",
        '<w:spacing w:before="360" w:after="0"/><w:jc w:val="center"/>',
        extra=_NEXT,
        custom=True,
    ),
    '<w:style w:type="table" w:customStyle="1" w:styleId="ReleaseTable">'
    '<w:name w:val="Release Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'
    f'<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="{INK}"/>'
    f'<w:bottom w:val="single" w:sz="8" w:space="0" w:color="{INK}"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders>'
    '<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="60" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:tcPr>'
    f'<w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="{INK}"/></w:tcBorders>'
    '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr></w:style>',
)
"""Every style the renderer may use, in dependency order (a style after its base)."""

_BULLET = (
    '<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
_DECIMAL = (
    '<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)


def bullet_definition(abstract_id: int) -> str:
    """A one-level bullet list definition."""
    return _BULLET.replace("{id}", str(abstract_id))


def decimal_definition(abstract_id: int) -> str:
    """A one-level "1." list definition."""
    return _DECIMAL.replace("{id}", str(abstract_id))


def num(num_id: int, abstract_id: int, restart: bool = False, level: int = 0) -> str:
    """A list instance; ``restart`` makes a list count from 1 again at ``level``."""
    override = (
        f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="1"/></w:lvlOverride>'
        if restart
        else ""
    )
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'


SUB_LIST_LEVELS = 3
"""Levels of the sub-list definitions: as deep as a release's lists may nest."""
_SUB_BULLETS = ("•", "◦", "▪")


def sub_list_definition(abstract_id: int, ordered: bool) -> str:
    """A definition for sub-lists, added to a document only when one of its lists nests (so
    a document without sub-lists keeps its bytes): "1." or •, ◦, ▪ at each level, each half
    an inch further in. Sub-lists use ours rather than the template's list definitions,
    which often define one level only."""
    fmt = "decimal" if ordered else "bullet"
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{f"%{i + 1}." if ordered else _SUB_BULLETS[i]}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/>'
        "</w:pPr></w:lvl>"
        for i in range(SUB_LIST_LEVELS)
    )
    return (
        f'<w:abstractNum w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
