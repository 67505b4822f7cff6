"""The words releases print around their contacts, per language: headings over the
cards (besides the catalogue's phrases ``media_contact``, ``investor_contact``, ``contacts``)
and the labels of a card's lines. :mod:`pressrelease.locale.contacts` reads them.

Each language lists what its newsrooms commonly print, singular and plural: German
``Pressekontakte``, ``Medienkontakt``; French ``Relations presse``; Italian ``Ufficio
stampa``; Swedish ``För ytterligare information, vänligen kontakta``; Japanese
``報道関係者からのお問い合わせ先``. Headings are written without their colon. English lists
only its labels: its headings are read by the importer's pattern, which takes any role
before "contact" (``Investor Relations Contacts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping


@dataclass(frozen=True)
class ContactWords:
    """A language's words around a contact card, besides the catalogue's phrases."""

    media: tuple[str, ...] = ()
    """Headings over media (press) contacts, besides the phrase ``media_contact``."""
    investor: tuple[str, ...] = ()
    """Headings over investor contacts, besides the phrase ``investor_contact``."""
    general: tuple[str, ...] = ()
    """Headings that name no role (``Kontakt``), besides the phrase ``contacts``."""
    phone: tuple[str, ...] = ()
    """Labels before a telephone number; a full stop after one is read too (``Tel.``)."""
    email: tuple[str, ...] = ()
    """Labels before an e-mail address."""
    web: tuple[str, ...] = ()
    """Labels before a web address."""
    name: tuple[str, ...] = ()
    """Labels before the person's name (``担当``): never a heading of their own."""
    particles: tuple[str, ...] = ()
    """Words written in lower case inside a person's name (``Sanne de Vries``)."""
    organisation: tuple[str, ...] = ()
    """Words that make a line an organisation, not a person, where names have no capitals."""


WORDS: Mapping[str, ContactWords] = MappingProxyType(
    {
        "en": ContactWords(
            phone=("tel", "telephone", "phone", "ph", "t", "mobile", "m", "cell", "p", "office"),
            email=("email", "e-mail", "mail"),
            web=("web", "website", "url", "internet", "online"),
            particles=("de", "van", "von", "der", "den", "da", "di", "del", "du", "la", "le"),
        ),
        "de": ContactWords(
            media=("Pressekontakte", "Medienkontakt", "Medienkontakte", "Kontakt für Medien",
                   "Kontakt für Journalisten", "Presseanfragen", "Medienanfragen",
                   "Ansprechpartner für die Presse", "Ansprechpartner für Medien"),
            investor=("Investorenkontakte", "Kontakt für Investoren", "Investorenanfragen",
                      "IR-Kontakt"),
            general=("Kontakt", "Ansprechpartner", "Ansprechpartnerin", "Für Rückfragen",
                     "Rückfragen", "Kontakt für Rückfragen"),
            phone=("Tel", "Telefon", "Mobil", "Mobiltelefon", "Handy", "Fon", "T"),
            email=("E-Mail", "Email", "Mail"),
            web=("Web", "Internet", "Website", "Webseite"),
            particles=("von", "zu", "vom", "van", "de"),
        ),
        "fr": ContactWords(
            media=("Contacts presse", "Contact médias", "Contacts médias", "Contact média",
                   "Relations presse", "Relations médias", "Service de presse",
                   "Contact pour la presse", "Contacts pour la presse"),
            investor=("Contacts investisseurs", "Relations investisseurs",
                      "Relations avec les investisseurs"),
            general=("Contact", "Pour plus d'informations", "Pour tout renseignement"),
            phone=("Tél", "Tel", "Téléphone", "Portable", "Mobile", "Standard", "T"),
            email=("Courriel", "E-mail", "Email", "Mél", "Mail"),
            web=("Site web", "Site internet", "Site", "Web", "Internet"),
            particles=("de", "du", "des", "la", "le", "d'"),
        ),
        "es": ContactWords(
            media=("Contactos de prensa", "Contacto para prensa", "Contacto para medios",
                   "Contacto con medios", "Contacto con los medios", "Contacto de medios",
                   "Contactos de medios", "Gabinete de prensa", "Relación con medios"),
            investor=("Contactos para inversores", "Contacto con inversores",
                      "Relación con inversores", "Relaciones con inversores"),
            general=("Contacto", "Para más información", "Más información"),
            phone=("Tel", "Teléfono", "Tlf", "Tfno", "Móvil", "Celular", "T"),
            email=("Correo electrónico", "Correo-e", "Correo", "E-mail", "Email"),
            web=("Sitio web", "Página web", "Web"),
            particles=("de", "del", "la", "las", "los", "y"),
        ),
        "it": ContactWords(
            media=("Contatto stampa", "Contatti per la stampa", "Contatto per la stampa",
                   "Ufficio stampa", "Contatti media", "Relazioni con i media"),
            investor=("Contatto per gli investitori", "Contatti investitori",
                      "Relazioni con gli investitori"),
            general=("Contatto", "Per informazioni", "Per ulteriori informazioni"),
            phone=("Tel", "Telefono", "Cell", "Cellulare", "Mobile", "T"),
            email=("E-mail", "Email", "Mail", "Posta elettronica"),
            web=("Sito web", "Sito", "Web"),
            particles=("de", "di", "da", "del", "della", "dei", "degli", "lo", "la"),
        ),
        "nl": ContactWords(
            media=("Perscontacten", "Persvoorlichting", "Contact voor de pers",
                   "Contact voor media", "Mediacontact", "Mediacontacten", "Persinformatie"),
            investor=("Contact voor investeerders", "Beleggerscontact", "Investeerderscontact"),
            general=("Contact", "Contactpersoon", "Meer informatie", "Voor meer informatie"),
            phone=("Tel", "Telefoon", "Mobiel", "Mob", "T"),
            email=("E-mail", "Email", "Mail"),
            web=("Website", "Web", "Internet"),
            particles=("van", "de", "der", "den", "ter", "te", "het", "in", "op"),
        ),
        "pt": ContactWords(
            media=("Contacto para a imprensa", "Contato de imprensa", "Contacto de imprensa",
                   "Contatos para a imprensa", "Contactos para a imprensa",
                   "Contatos de imprensa", "Contactos de imprensa", "Assessoria de imprensa",
                   "Contato com a imprensa", "Contacto com a imprensa",
                   "Relações com a imprensa", "Contato para a mídia"),
            investor=("Contacto para investidores", "Contatos para investidores",
                      "Contactos para investidores", "Relações com investidores"),
            general=("Contato", "Contacto", "Contactos", "Para mais informações"),
            phone=("Tel", "Telefone", "Telemóvel", "Tlm", "Celular", "T"),
            email=("E-mail", "Email", "Correio eletrónico", "Correio eletrônico"),
            web=("Site", "Sítio", "Website", "Web"),
            particles=("da", "de", "do", "das", "dos", "e"),
        ),
        "sv": ContactWords(
            media=("Presskontakter", "Mediekontakt", "Mediekontakter", "Kontakt för media",
                   "Kontakt för press"),
            investor=("Investerarkontakt", "Investerarkontakter"),
            general=("Kontakt", "Kontaktperson", "Kontaktpersoner", "För mer information",
                     "För ytterligare information", "För mer information, kontakta",
                     "För ytterligare information, vänligen kontakta",
                     "För ytterligare information, kontakta"),
            phone=("Tel", "Telefon", "Tfn", "Mobil", "Mob", "T"),
            email=("E-post", "Epost", "E-mail", "Mail"),
            web=("Webbplats", "Hemsida", "Webb", "Web"),
            particles=("af", "von", "de", "van"),
        ),
        "pl": ContactWords(
            media=("Kontakty dla mediów", "Kontakt dla prasy", "Kontakt dla dziennikarzy",
                   "Kontakt prasowy", "Kontakty prasowe", "Biuro prasowe"),
            investor=("Kontakty dla inwestorów", "Relacje inwestorskie"),
            general=("Kontakt", "Więcej informacji", "Dodatkowe informacje",
                     "Dodatkowych informacji udziela", "Dodatkowych informacji udzielają",
                     "Więcej informacji udziela"),
            phone=("Tel", "Telefon", "Tel. kom", "Kom", "T"),
            email=("E-mail", "Email", "Adres e-mail", "Mail"),
            web=("Strona", "Strona www", "Strona internetowa", "WWW"),
        ),
        "ru": ContactWords(
            media=("Контакт для СМИ", "Пресс-служба", "Контакты для прессы", "Для СМИ"),
            investor=("Контакт для инвесторов",),
            general=("Контакт", "Контактная информация", "Дополнительная информация"),
            phone=("Тел", "Телефон", "Моб", "Мобильный", "T"),
            email=("Эл. почта", "Электронная почта", "Почта", "E-mail", "Email"),
            web=("Сайт", "Веб-сайт"),
        ),
        "ja": ContactWords(
            media=("報道関係者からのお問い合わせ先", "報道関係のお問い合わせ先",
                   "報道関係者のお問い合わせ先", "報道に関するお問い合わせ先",
                   "報道に関するお問い合わせ", "報道関係者お問い合わせ", "報道関係のお問い合わせ",
                   "本件に関する報道関係者からのお問い合わせ先"),
            investor=("IRお問い合わせ先", "投資家の皆様からのお問い合わせ先",
                      "株主・投資家の皆様からのお問い合わせ先"),
            general=("お問い合わせ", "本件に関するお問い合わせ先", "本件に関するお問い合わせ"),
            phone=("TEL", "電話", "電話番号", "携帯"),
            email=("E-mail", "Email", "メール", "Eメール", "メールアドレス", "Mail"),
            web=("URL", "ウェブサイト", "ホームページ", "HP"),
            name=("担当", "担当者"),
            organisation=("株式会社", "有限会社", "合同会社", "広報部", "広報室", "広報課",
                          "広報グループ", "事務局", "センター", "ホールディングス", "財団",
                          "大学", "研究所", "協会", "事務所"),
        ),
        "zh-Hans": ContactWords(
            media=("媒体联络人", "媒体联系", "媒体垂询", "媒体查询", "新闻联系人", "媒体联系方式"),
            investor=("投资者关系", "投资者联系方式"),
            general=("联系我们", "更多信息"),
            phone=("电话", "手机", "联系电话", "TEL"),
            email=("邮箱", "电子邮件", "电邮", "邮件", "Email", "E-mail"),
            web=("网址", "网站"),
            name=("联系人",),
            organisation=("有限公司", "公司", "集团", "办公室", "传讯部", "公关部", "大学",
                          "研究所", "协会"),
        ),
        "zh-Hant": ContactWords(
            media=("媒體聯繫人", "媒體查詢", "傳媒查詢", "媒體垂詢", "新聞聯絡人", "傳媒聯絡"),
            investor=("投資者關係",),
            general=("聯絡我們", "聯絡方式"),
            phone=("電話", "手機", "TEL"),
            email=("電郵", "電子郵件", "電子郵箱", "Email", "E-mail"),
            web=("網址", "網站"),
            name=("聯絡人",),
            organisation=("有限公司", "公司", "集團", "辦公室", "傳訊部", "公關部", "大學",
                          "研究所", "協會"),
        ),
        "ko": ContactWords(
            media=("보도 문의", "언론 연락처", "미디어 문의"),
            investor=("IR 문의",),
            general=("문의", "문의처"),
            phone=("전화", "전화번호", "휴대폰", "TEL"),
            email=("이메일", "메일", "E-mail", "Email"),
            web=("웹사이트", "홈페이지"),
            name=("담당자", "담당"),
            organisation=("주식회사", "(주)", "홍보팀", "재단", "대학교", "협회"),
        ),
        "ar": ContactWords(
            media=("للاستفسارات الإعلامية", "جهة الاتصال الإعلامية", "للتواصل مع وسائل الإعلام"),
            investor=("علاقات المستثمرين",),
            general=("للتواصل", "لمزيد من المعلومات"),
            phone=("هاتف", "الهاتف", "جوال", "الجوال"),
            email=("البريد الإلكتروني", "بريد إلكتروني", "Email", "E-mail"),
            web=("الموقع الإلكتروني", "الموقع"),
        ),
        "he": ContactWords(
            media=("דוברות", "קשרי תקשורת"),
            investor=("קשרי משקיעים",),
            general=("לפרטים נוספים", "ליצירת קשר"),
            phone=("טלפון", "טל'", "נייד"),
            email=('דוא"ל', "דואר אלקטרוני", "אימייל", "Email"),
            web=("אתר", "אתר אינטרנט"),
        ),
    }
)  # fmt: skip
"""Every catalogue language's contact words, keyed as the catalogue is."""
