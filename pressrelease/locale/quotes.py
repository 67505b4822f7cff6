"""How a quote is punctuated and attributed in each language.

A quote is published as one sentence: the speaker's words in the language's quotation
marks, and the attribution ("said Jane Roe") placed and punctuated by that language's rules.
The renderers keep the words' inline formatting, so this module never builds the sentence
around the words itself: it returns the two strings that go before and after them
(:class:`Frame`), which the document layer wraps around the formatted words.

Quotation marks come from CLDR's delimiters data (``quotationStart``/``quotationEnd``),
which Babel does not carry, so they are kept here. French adds the no-break spaces (U+00A0)
its typography puts inside guillemets. The rules, by language:

- English: “We are proud,” said Jane Roe. — the comma goes inside the marks and is left out
  after ? ! , or …; before: Jane Roe said, “…” (a comma before the verb when the
  attribution holds one: Jane Roe, CEO of Acme, said, “…”).
- German, Spanish, Portuguese: „Wir sind stolz“, sagte Erika Muster. — the comma follows
  the closing mark, even after ? or !; before: Erika Muster sagte: „…“
- French, Italian, Dutch, Swedish: « Nous sommes fiers », a déclaré … — comma after the
  mark, none after ? ! …; before with a colon (French: no-break space before it).
- Russian: «Мы гордимся», — говорит …; Polish: „Jesteśmy dumni” – mówi … (a dash).
- Chinese: 陳大文表示，「…」 before (no space, full-width comma); “…”陈大文表示。 after.
- Japanese: 山田太郎は「…」と述べています。 before; 「…」と、山田太郎は述べています。 after.
- Korean: 홍길동 대표는 “…”라고 말했다. — the topic particle 은/는 follows the name's last
  syllable.
- Arabic: verb first (قال …: ”…“), Arabic comma; Hebrew: ”…”, אמר …
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pressrelease.locale.tags import resolve

NBSP = "\u00a0"
_MARK = "\x00"
"""Stands for the quoted words while a template is filled in."""


@dataclass(frozen=True)
class QuoteRules:
    """One language's punctuation of a quote and wording of an attribution."""

    marks: tuple[str, str]
    """Opening and closing quotation marks (CLDR quotationStart, quotationEnd)."""
    after: str
    """Template, attribution after the words, verb first: ``{open}{quote}{comma}{close} …``."""
    after_subject_first: str
    """The same with the speaker before the verb (“…,” Jane Roe said.)."""
    before: str
    """Template, attribution before the words: ``{who}{joiner}{verb}, {open}{quote}{close}``."""
    comma: str
    """What ``{comma}`` prints after words that do not end in punctuation."""
    ends_itself: str
    """Final characters of the words after which ``{comma}`` is left out."""
    continued: str
    """Introduces continued words after an intro: `` {intro} {open}`` (no spaces in CJK)."""
    title_org: str
    """A speaker with title and organisation: ``{name}, {title} of {organization}``."""
    title_only: str
    """A speaker with a title only: ``{name}, {title}``."""
    org_only: str
    """A speaker with an organisation only: ``{name}, {organization}``."""
    separator: str = ""
    """What ``{separator}`` prints where a language's newsrooms punctuate a quote more
    than one way (a quote's ``separator`` overrides it): ``、`` in Japanese ``」と、山田は``,
    ``，`` in Chinese ``陳大文表示，「``."""


_NEUTRAL = "{name}, {title}, {organization}"
"""Where joining title and organisation needs a case or an article: name, title, organisation."""
_EN_END = "?!,…"
_STOPS = "?!…"
_ARABIC_STOPS = "?!…؟"

ENGLISH = QuoteRules(
    marks=("“", "”"),
    after="{open}{quote}{comma}{close} {verb} {who}.",
    after_subject_first="{open}{quote}{comma}{close} {who} {verb}.",
    before="{who}{joiner}{verb}, {open}{quote}{close}",
    comma=",",
    ends_itself=_EN_END,
    continued=" {intro} {open}",
    title_org="{name}, {title} of {organization}",
    title_only="{name}, {title}",
    org_only="{name}, {organization}",
)


def _european(
    marks: tuple[str, str], of: str, *, colon: str = ":", comma: str = ",", stops: str = ""
) -> QuoteRules:
    """Comma (or dash) after the closing mark, colon before a quote that follows its verb."""
    return QuoteRules(
        marks=marks,
        after="{open}{quote}{close}{comma} {verb} {who}.",
        after_subject_first="{open}{quote}{close}{comma} {who} {verb}.",
        before=f"{{who}}{{joiner}}{{verb}}{colon} {{open}}{{quote}}{{close}}",
        comma=comma,
        ends_itself=stops,
        continued=" {intro} {open}",
        title_org=f"{{name}}, {{title}} {of} {{organization}}" if of else _NEUTRAL,
        title_only="{name}, {title}",
        org_only="{name}, {organization}",
    )


def _chinese(marks: tuple[str, str]) -> QuoteRules:
    return QuoteRules(
        marks=marks,
        after="{open}{quote}{close}{who}{verb}。",
        after_subject_first="{open}{quote}{close}{who}{verb}。",
        before="{who}{verb}{separator}{open}{quote}{close}",
        comma="",
        ends_itself="",
        continued="{intro}{open}",
        title_org="{organization}{title}{name}",
        title_only="{title}{name}",
        org_only="{organization}{name}",
        separator="，",
    )


RULES: dict[str, QuoteRules] = {
    "en": ENGLISH,
    "de": _european(("„", "“"), "von"),
    "fr": _european((f"«{NBSP}", f"{NBSP}»"), "de", colon=f"{NBSP}:", stops=_STOPS),
    "es": _european(("“", "”"), "de"),
    "it": _european(("«", "»"), "di", stops=_STOPS),
    "pt": _european(("“", "”"), ""),
    "nl": _european(("‘", "’"), "van", stops=_STOPS),
    "sv": _european(("”", "”"), "på", stops=_STOPS),
    "pl": _european(("„", "”"), "", comma=" –"),
    "ru": _european(("«", "»"), "", comma=", —", stops=_STOPS),
    "ja": QuoteRules(
        marks=("「", "」"),
        after="{open}{quote}{close}と{separator}{who}は{verb}。",
        after_subject_first="{open}{quote}{close}と{separator}{who}は{verb}。",
        before="{who}は{open}{quote}{close}と{verb}。",
        comma="",
        ends_itself="",
        continued="{intro}{open}",
        title_org="{organization} {title}の{name}",
        title_only="{title}の{name}",
        org_only="{organization}の{name}",
        separator="、",
    ),
    "zh-Hans": _chinese(("“", "”")),
    "zh-Hant": _chinese(("「", "」")),
    "ko": QuoteRules(
        marks=("“", "”"),
        after="{open}{quote}{close}라고 {who}{topic} {verb}.",
        after_subject_first="{open}{quote}{close}라고 {who}{topic} {verb}.",
        before="{who}{topic} {open}{quote}{close}라고 {verb}.",
        comma="",
        ends_itself="",
        continued=" {intro} {open}",
        title_org="{organization} {name} {title}",
        title_only="{name} {title}",
        org_only="{organization} {name}",
    ),
    "ar": QuoteRules(
        marks=("”", "“"),
        after="{open}{quote}{close}{comma} {verb} {who}.",
        after_subject_first="{open}{quote}{close}{comma} {who} {verb}.",
        before="{verb} {who}: {open}{quote}{close}",
        comma="،",
        ends_itself=_ARABIC_STOPS,
        continued=" {intro} {open}",
        title_org="{name}، {title}، {organization}",
        title_only="{name}، {title}",
        org_only="{name}، {organization}",
    ),
    "he": _european(("”", "”"), "", stops=_STOPS),
}
"""Quote rules per catalogue language (the keys of :data:`pressrelease.locale.CATALOGUE`)."""


@dataclass(frozen=True)
class Frame:
    """What goes around quoted words: ``before`` + words + ``after`` is the sentence."""

    before: str
    after: str


def rules(tag: str) -> QuoteRules:
    """The quote rules for a release in ``tag`` (same fallback as the phrases)."""
    return RULES[resolve(tag)]


def quote_marks(tag: str) -> tuple[str, str]:
    """The language's quotation marks: “…” en, „…“ de, « … » fr, 「…」 ja and zh-Hant."""
    return rules(tag).marks


def all_quote_marks() -> tuple[tuple[str, str], ...]:
    """Every pair of quotation marks the catalogue prints, without the spaces French
    typography adds inside them, each pair once: what reading a release back looks for."""
    pairs = (tuple(mark.strip() for mark in rule.marks) for rule in RULES.values())
    return tuple(dict.fromkeys((opening, closing) for opening, closing in pairs))


def speaker_text(tag: str, name: str, title: str | None, organization: str | None) -> str:
    """The words naming a speaker: Jane Roe, CEO of Acme (en); Acme CEO陈大文 (zh-Hans)."""
    rule = rules(tag)
    if title and organization:
        text = rule.title_org.format(name=name, title=title, organization=organization)
        if resolve(tag) == "fr":
            text = _elide_de(text, organization)
        return text
    if title:
        return rule.title_only.format(name=name, title=title)
    if organization:
        return rule.org_only.format(name=name, organization=organization)
    return name


def _elide_de(text: str, organization: str) -> str:
    """French elides "de" before a vowel: directeur d’Airbus, PDG d’Orange."""
    if organization[:1].lower() in "aeiouyàâéèêîôû":
        return text.replace(f" de {organization}", f" d’{organization}")
    return text


def _topic(who: str) -> str:
    """Korean topic particle: 은 after a final consonant, 는 after a vowel, 은(는) if unknown."""
    last = who.rstrip()[-1:]
    if "가" <= last <= "힣":
        return "은" if (ord(last) - 0xAC00) % 28 else "는"
    return "은(는)"


def _fill(
    template: str,
    rule: QuoteRules,
    words: str,
    who: str,
    verb: str,
    marks: tuple[str, str],
    comma: bool | None = None,
    separator: str | None = None,
) -> Frame:
    ends = bool(rule.ends_itself) and words.rstrip().endswith(tuple(rule.ends_itself))
    text = template.format(
        open=marks[0],
        close=marks[1],
        quote=_MARK,
        comma="" if ends else rule.comma,
        verb=verb,
        who=who,
        joiner=", " if ("," in who if comma is None else comma) else " ",
        topic=_topic(who),
        separator=rule.separator if separator is None else separator,
    )
    before, _, after = text.partition(_MARK)
    return Frame(before, after)


def quote_frame(
    tag: str,
    words: str,
    who: str,
    verb: str,
    position: Literal["before", "after"] = "after",
    *,
    verb_first: bool = True,
    marks: tuple[str, str] | None = None,
    comma: bool | None = None,
    separator: str | None = None,
) -> Frame:
    """The text before and after a quote's words, attribution included.

    ``words`` is the quote's plain text (only its last characters matter: "Why not?" keeps
    its question mark instead of the English comma); ``who`` is the attribution as printed
    (see :func:`speaker_text`); ``marks`` overrides the language's quotation marks; ``comma``
    says whether a comma joins ``who`` and the verb before a quote (default: when ``who`` has
    one, as in "Jane Roe, CEO of Acme, said"); ``separator`` replaces the language's
    ``{separator}`` (``：`` for ``，`` in Chinese).
    """
    rule = rules(tag)
    marks = marks or rule.marks
    if position == "before":
        template = rule.before
    else:
        template = rule.after if verb_first else rule.after_subject_first
    return _fill(template, rule, words, who, verb, marks, comma, separator)


def continued_frame(tag: str, intro: str | None, *, marks: tuple[str, str] | None = None) -> Frame:
    """The text around a quote's continued words: ` She added, “` … `”` in English."""
    rule = rules(tag)
    opening, closing = marks or rule.marks
    if not intro:
        gap = " " if rule.continued.startswith(" ") else ""
        return Frame(f"{gap}{opening}", closing)
    return Frame(rule.continued.format(intro=intro, open=opening), closing)
