"""A release's own ``phrases``: every phrase of the catalogue can be worded by the release,
and its wording wins in every format and edge where the phrase is used; names and templates
are checked when the release is loaded."""

from __future__ import annotations

import email
import io
import string
import zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pydantic import ValidationError

from pressrelease import InvalidReleaseError, loads
from pressrelease.api import render
from pressrelease.cli import main
from pressrelease.document import compose
from pressrelease.locale import PHRASE_NAMES, lookup, template_problem
from pressrelease.media import read_media
from pressrelease.model import OwnPhrases, PressRelease
from pressrelease.pack import DEFAULT_FORMATS, build_pack
from pressrelease.renderers.base import RenderOptions
from pressrelease.renderers.eml import EmlRenderer
from tests.helpers import make
from tests.pdf_reading import all_text, reader

TEMPLATES = {
    "embargoed_until": "ZZEMBARGOED_UNTILZZ {when}",
    "date_time": "{date} ZZDATE_TIMEZZ {time}",
    "time_zone": "{time} ZZTIME_ZONEZZ {zone}",
    "page": "ZZPAGEZZ {number}/{total}",
    "contact_heading": "ZZCONTACT_HEADINGZZ {role}",
}
MARKERS = {name: TEMPLATES.get(name, f"ZZ{name.upper()}ZZ") for name in PHRASE_NAMES}
"""A unique marker for every phrase; templates keep their placeholders."""

FORMATS = ("txt", "docx", "pdf", "epub", "html", "eml")
EVERYWHERE = (*FORMATS, "readme")
USED_IN: dict[str, tuple[str, ...]] = {
    "immediate": EVERYWHERE,
    "embargoed_until": EVERYWHERE,
    "date_time": EVERYWHERE,
    "time_zone": EVERYWHERE,
    "do_not_publish": ("readme",),
    "page": ("docx", "pdf"),
    "more": ("pdf",),
    "contact_heading": FORMATS,
    "media_contact": FORMATS,
    "investor_contact": FORMATS,
    "contacts": ("epub", "readme", "vcf"),
    "media_assets": EVERYWHERE,
    "contents": ("epub",),
    "press_release": ("pdf",),
    "said": FORMATS,
    "pack_intro": ("readme",),
    "pack_files": ("readme",),
    "pack_guide": ("readme",),
    "pack_index": ("readme",),
    "pack_contacts": ("readme",),
    "pack_vcards": ("readme",),
    "file_txt": ("readme",),
    "file_docx": ("readme",),
    "file_pdf": ("readme",),
    "file_epub": ("readme",),
    "file_html": ("readme",),
    "file_ninjs": ("readme",),
    "file_jsonld": ("readme",),
    "file_eml": ("readme",),
    "landmarks": ("epub",),
}
"""Where each phrase shows (the embargo phrases in the embargoed release, ``immediate`` in
the other)."""
EMBARGO_ONLY = {"embargoed_until", "date_time", "time_zone", "do_not_publish"}
TEXT_MEMBERS = (".xml", ".rels", ".xhtml", ".ncx", ".opf")
"""The members of DOCX and EPUB that hold text (not the images)."""
FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. " * 6


def _release(folder: Path, embargoed: bool) -> tuple[PressRelease, RenderOptions]:
    """A German release that uses every phrase, worded by itself, with a photo next to it."""
    Image.new("RGB", (40, 30), (200, 30, 30)).save(folder / "bild.png")
    data: dict[str, Any] = {
        "language": "de",
        "body": [
            "Erster Absatz.",
            {"kind": "quote", "text": "Wir sind stolz.", "speaker": {"name": "Erika Muster"}},
            *[FILLER] * 30,  # two pages at least, for "- more -"
        ],
        "contacts": [
            {"role": "Media", "name": "Erika Muster", "email": "erika@acme.example"},
            {"role": "IR", "name": "Max Muster"},
            {"role": "Behörden", "name": "Eva Muster"},
            {"role": None, "name": "Otto Muster", "phone": "+49 30 1234"},
        ],
        "assets": [{"file": "bild.png", "title": "Werk", "alt": "Das Werk, außen"}],
        "phrases": MARKERS,
    }
    if embargoed:
        data["embargo"] = {"until": "2024-05-02T09:00:00+02:00", "timezone": "Europe/Berlin"}
    release = make(**data)
    media = read_media(release, folder, str(folder / "release.yaml"))
    return release, RenderOptions(media=media, more_marks=True)


def _outputs(release: PressRelease, options: RenderOptions) -> dict[str, str]:
    """The text a reader gets from each output (every member of the ZIP formats)."""
    out: dict[str, str] = {}
    for name in ("txt", "html"):
        out[name] = render(release, name, options).decode("utf-8")
    for name in ("docx", "epub"):
        with zipfile.ZipFile(io.BytesIO(render(release, name, options))) as archive:
            members = [n for n in archive.namelist() if n.endswith(TEXT_MEMBERS)]
            out[name] = "\n".join(archive.read(n).decode("utf-8") for n in members)
    pdf = render(release, "pdf", options)
    metadata = reader(pdf).metadata
    assert metadata is not None
    out["pdf"] = f"{all_text(pdf)}\n{metadata.subject}"
    message = email.message_from_bytes(
        EmlRenderer().render(release, options), policy=policy.default
    )
    assert isinstance(message, EmailMessage)
    texts = [str(message["Subject"])]
    texts += [
        str(part.get_content()) for part in message.walk() if part.get_content_maintype() == "text"
    ]
    out["eml"] = "\n".join(texts)
    formats = (*DEFAULT_FORMATS, "eml")  # the e-mail too, for its line in the README
    with zipfile.ZipFile(io.BytesIO(build_pack(release, formats, options))) as pack:
        folder = release.slug
        out["readme"] = pack.read(f"{folder}/README.txt").decode("utf-8")
        out["vcf"] = pack.read(f"{folder}/contacts.vcf").decode("utf-8")
    return out


def _fragments(text: str) -> list[str]:
    """The words of a phrase outside its placeholders, where they are words enough to look
    for (", " is not)."""
    pieces = (literal.strip(" :-,.") for literal, *_ in string.Formatter().parse(text))
    return [piece for piece in pieces if len(piece) >= 3]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, dict[str, str]]:
    found = {}
    for embargoed in (False, True):
        folder = tmp_path_factory.mktemp("embargoed" if embargoed else "immediate")
        found[embargoed] = _outputs(*_release(folder, embargoed))
    return found


def test_every_phrase_has_its_places() -> None:
    assert set(USED_IN) == set(PHRASE_NAMES) == set(OwnPhrases.model_fields)


@pytest.mark.parametrize("name", PHRASE_NAMES)
def test_the_release_wording_wins_wherever_the_phrase_is_used(
    name: str, outputs: dict[bool, dict[str, str]]
) -> None:
    texts = outputs[name in EMBARGO_ONLY]
    marker = _fragments(MARKERS[name])[0]
    default = _fragments(getattr(lookup("de"), name))
    for where in USED_IN[name]:
        assert marker in texts[where], f"{name} not worded by the release in {where}"
        for words in default:
            assert words not in texts[where], f"{name}: the catalogue's {words!r} in {where}"


def test_without_phrases_the_catalogue_words_it(tmp_path: Path) -> None:
    release, options = _release(tmp_path, embargoed=True)
    plain = release.replace(phrases=None)
    text = render(plain, "txt", options).decode("utf-8")
    assert "SPERRFRIST:" in text
    assert "Medienmaterial:" in text
    assert "ZZ" not in text


def test_the_german_example_of_the_docs() -> None:
    release = make(
        language="de",
        assets=[{"url": "https://acme.example/bild.jpg", "title": "Werk"}],
        phrases={"page": "Seite {number}/{total}", "media_assets": "Bildmaterial"},
    )
    pdf = render(release, "pdf", RenderOptions())
    assert "Seite 1/1" in all_text(pdf)
    text = render(release, "txt", RenderOptions()).decode("utf-8")
    assert "Bildmaterial\n" in text
    assert "Medienmaterial" not in text


def test_a_field_of_the_release_still_beats_its_phrase() -> None:
    release = make(
        timing="For Immediate Release",
        contacts=[{"role": "Media", "heading": "Press:", "name": "Jane Roe"}],
        body=[
            "Lead.",
            {"kind": "quote", "text": "Hi.", "verb": "noted", "speaker": {"name": "Jo"}},
        ],
        phrases={"immediate": "NOW", "media_contact": "Media:", "said": "stated"},
    )
    text = render(release, "txt", RenderOptions()).decode("utf-8")
    assert "For Immediate Release" in text
    assert "NOW" not in text
    assert "Press:" in text
    assert "Media:" not in text
    assert "noted Jo" in text
    assert "stated" not in text


def test_an_english_release_words_its_own_media_heading() -> None:
    """In English a role prints as written ("Press contact:") unless the release words the
    heading of that role itself."""
    contacts = [{"role": "Press", "name": "Jane Roe"}, {"role": "IR", "name": "Jo Roe"}]
    own = make(contacts=contacts, phrases={"media_contact": "Press enquiries:"})
    text = render(own, "txt", RenderOptions()).decode("utf-8")
    assert "Press enquiries:" in text
    assert "IR contact:" in text
    plain = render(make(contacts=contacts), "txt", RenderOptions()).decode("utf-8")
    assert "Press contact:" in plain


def test_braces_print_as_written_outside_templates_and_doubled_inside() -> None:
    release = make(
        assets=[{"url": "https://acme.example/a.jpg", "title": "A"}],
        phrases={
            "media_assets": "{Assets}",
            "immediate": "NOW {{really}}",
            "page": "{{{number}/{total}}}",
        },
    )
    text = render(release, "txt", RenderOptions()).decode("utf-8")
    assert "{Assets}" in text
    assert "NOW {{really}}" in text
    assert "{1/1}" in all_text(render(release, "pdf", RenderOptions()))


def test_page_words_in_the_languages_order() -> None:
    """Korean counts pages total first ("3쪽 중 1쪽"); so may a release's own wording."""
    assert compose(make(language="ko")).words.page.page(1, 3) == "3쪽 중 1쪽"
    assert compose(make(language="de")).words.page.page(1, 3) == "Seite 1 von 3"
    with zipfile.ZipFile(io.BytesIO(render(make(language="ko"), "docx", RenderOptions()))) as z:
        footer = z.read("word/footer1.xml").decode("utf-8")
    assert footer.index("NUMPAGES") < footer.index("PAGE ")
    own = make(phrases={"page": "{total} pages, this is {number}"})
    assert "1 pages, this is 1" in all_text(render(own, "pdf", RenderOptions()))


@pytest.mark.parametrize(
    ("name", "text", "complaint"),
    [
        ("page", "Seite {nummer} von {total}", "has the placeholder {nummer}"),
        ("page", "Seite {number}", "lacks the placeholder {total}"),
        ("page", "{number}/{total} ({number})", "repeats the placeholder {number}"),
        ("page", "Seite {number:>3}/{total}", "without a format"),
        ("embargoed_until", "Sperrfrist {when!r}", "without a format or conversion"),
        ("embargoed_until", "Sperrfrist {when.__class__}", "has the placeholder"),
        ("contact_heading", "Kontakt {role", "is not a template"),
        ("date_time", "{date} {}", "has the placeholder {}"),
    ],
)
def test_a_template_keeps_exactly_its_placeholders(name: str, text: str, complaint: str) -> None:
    problem = template_problem(name, text)
    assert problem is not None
    assert complaint in problem
    with pytest.raises(ValidationError) as refused:
        make(phrases={name: text})
    assert [e["loc"] for e in refused.value.errors()] == [("phrases", name)]


def test_every_catalogue_entry_is_a_valid_wording() -> None:
    from pressrelease.locale import CATALOGUE

    for key, words in CATALOGUE.items():
        for name in PHRASE_NAMES:
            assert template_problem(name, getattr(words, name)) is None, f"{key}.{name}"


def test_a_phrase_is_one_line() -> None:
    with pytest.raises(ValidationError, match="one line"):
        make(phrases={"more": "weiter\nbitte"})


YAML = """\
slug: t
language: de
headline: Schlagzeile
dateline: {city: Berlin, date: 2024-05-02}
body: [Erster Absatz.]
issuer: {name: Acme}
phrases:
  page: "Seite {number}/{total}"
  media_asets: "Bildmaterial:"
  embargoed_until: "Sperrfrist bis {wann}"
"""


def test_bad_names_and_templates_exit_2_naming_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "release.yaml"
    path.write_text(YAML, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:9: phrases.media_asets: no phrase is called 'media_asets'" in err
    assert "did you mean 'media_assets'?" in err
    assert "pack_vcards" in err
    assert f"{path}:10: phrases.embargoed_until: 'Sperrfrist bis {{wann}}'" in err
    assert "keep exactly {when}" in err


def test_the_loader_and_the_python_api_agree() -> None:
    text = YAML.replace("  media_asets", "  media_assets").replace("{wann}", "{when}")
    release = loads(text)
    assert release.phrases is not None
    assert release.phrases.given() == {
        "page": "Seite {number}/{total}",
        "media_assets": "Bildmaterial:",
        "embargoed_until": "Sperrfrist bis {when}",
    }
    with pytest.raises(InvalidReleaseError, match="did you mean 'said'"):
        release.replace(phrases={"sayd": "meinte"})


def test_validating_a_release_without_phrases_loads_no_locale_data(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.helpers import EXAMPLE

    code = (
        "import sys\nfrom pressrelease.cli import main\n"
        f"assert main(['validate', {str(EXAMPLE)!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('babel', 'pressrelease.locale'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_only_the_document_layer_reads_the_catalogue() -> None:
    """Formats and edges take their words from the composed Document, so a release's own
    wording cannot be bypassed: nothing else looks a phrase up in the catalogue."""
    import re

    from tests.helpers import ROOT

    reads = re.compile(r"\blookup\(|\bCATALOGUE\b|\bENGLISH\b|locale\.(latin|other_scripts)\b")
    allowed = {"document/wording.py", "schema.py"}
    package = ROOT / "pressrelease"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.relative_to(package).parts[0] != "locale"
        and str(path.relative_to(package)) not in allowed
        and reads.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_a_release_with_phrases_dumps_and_loads_back() -> None:
    from pressrelease.dumping import dumps

    release = make(language="de", phrases={"page": "Seite {number}/{total}", "more": "{weiter}"})
    assert loads(dumps(release)) == release
