"""What follows the body of a release: "About" boilerplates, disclaimers, contacts, notes,
in the order the release prints them."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BeforeValidator, Field, field_validator, model_validator

from pressrelease.inline import InlineText
from pressrelease.model.base import _EMAIL, PlainText, WebAddress, _Model
from pressrelease.model.blocks import Block
from pressrelease.model.notes import FootnotesSection


class Boilerplate(_Model):
    """An "About …" section describing an organisation."""

    kind: Literal["about"] = "about"
    """Section type (only needed in ``closing``)."""
    heading: PlainText
    """E.g. About MicroPort Institute of Health (MIH)."""
    paragraphs: list[InlineText] = Field(min_length=1)
    """The boilerplate text."""


class Disclaimer(_Model):
    """Legal text such as a forward-looking statements notice."""

    kind: Literal["disclaimer"] = "disclaimer"
    """Section type (only needed in ``closing``)."""
    heading: PlainText | None = None
    """E.g. Forward-Looking Statements."""
    paragraphs: list[InlineText] = Field(min_length=1)
    """The disclaimer text."""


class Contact(_Model):
    """Someone journalists or investors can reach."""

    role: PlainText | None = "Media"
    """Who this contact is for: Media, Investors, …; null when the release names no role.
    It words the heading when ``heading`` is not given ("Media contact:", "Pressekontakt:")."""
    heading: PlainText | Literal[False] | None = None
    """The card's heading as published ("Media Contact:", "Contact Details", "代表連絡先"),
    or false for a card printed without a heading of its own; default: worded from the role."""
    lines: list[InlineText] | None = None
    """The card's lines exactly as published, labels and one-line forms included ("Email:
    jane@acme.example", "Jane Roe, Acme: +1 555 0100; jane@acme.example"); they replace the
    lines composed from the fields below, which still give the vCard and metadata their
    meaning, so each of those fields must appear in these lines."""
    name: PlainText | None = None
    """The person's name."""
    organization: PlainText | None = None
    """The person's organisation or agency."""
    email: PlainText | None = None
    """E-mail address."""
    phone: PlainText | None = None
    """Telephone number, as it should be written."""
    url: WebAddress | None = None
    """A web page, e.g. the newsroom."""

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not _EMAIL.match(value):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value

    @model_validator(mode="after")
    def _reachable(self) -> Contact:
        if not (self.name or self.organization or self.email or self.phone or self.url):
            raise ValueError("a contact needs at least a name, organization, email, phone or url")
        if self.lines is not None:
            printed = "\n".join(line.plain for line in self.lines)
            for name in ("name", "organization", "email", "phone", "url"):
                value = getattr(self, name)
                if value and not _appears(value, printed):
                    raise ValueError(
                        f"{name} {value!r} is not in the card's printed lines; the lines are "
                        "what readers see, so write it there too (or leave the field out)"
                    )
        return self


def _appears(value: str, printed: str) -> bool:
    """Whether a contact's value is printed: web addresses may be printed without their
    scheme or trailing slash (www.acme.example)."""
    if value in printed:
        return True
    bare = value.split("://", 1)[-1].rstrip("/")
    return bare in printed


class ContactsSection(_Model):
    """Contacts as the release groups them: a section heading over one or more cards."""

    kind: Literal["contacts"] = "contacts"
    """Section type."""
    heading: PlainText | None = None
    """A heading over the cards as published ("Media Contacts:", "For media inquiries")."""
    contacts: list[Contact] = Field(min_length=1)
    """The cards, in published order."""


class Notes(_Model):
    """Blocks the release prints among or after its closing sections: footnotes, "Financial
    tables follow" and the tables, a closing web line."""

    kind: Literal["notes"] = "notes"
    """Section type."""
    heading: PlainText | None = None
    """A heading as published, if any."""
    blocks: list[Block] = Field(min_length=1)
    """The blocks: paragraphs, lists, tables, quotes, subheadings."""


class EndMarkHere(_Model):
    """Where the end mark stands when the release prints it before its last sections."""

    kind: Literal["end_mark"] = "end_mark"
    """Section type."""


def _single_key(value: object) -> object:
    """``{about: {...}}`` is ``{kind: about, ...}``; ``end_mark`` alone is the end mark;
    ``{footnotes: [...]}`` lists the notes."""
    if value == "end_mark":
        return {"kind": "end_mark"}
    if isinstance(value, dict) and len(value) == 1 and "kind" not in value:
        ((key, inner),) = value.items()
        if key == "notes" and isinstance(inner, list):
            return {"kind": "notes", "blocks": inner}
        if key == "contacts" and isinstance(inner, list):
            return {"kind": "contacts", "contacts": inner}
        if key == "footnotes" and isinstance(inner, list):
            return {"kind": "footnotes", "notes": inner}
        if key in ("about", "disclaimer", "contacts", "notes", "footnotes") and isinstance(
            inner, dict
        ):
            return {"kind": key, **inner}
    return value


ClosingSection = Annotated[
    Boilerplate | Disclaimer | ContactsSection | Notes | FootnotesSection | EndMarkHere,
    Field(discriminator="kind"),
    BeforeValidator(
        _single_key,
        # also {about: {...}}, {contacts: [...]}, {notes: [...]}, {footnotes: [...]} and the
        # bare word end_mark
        json_schema_input_type=Union[  # noqa: UP007
            Boilerplate,
            Disclaimer,
            ContactsSection,
            Notes,
            FootnotesSection,
            EndMarkHere,
            Literal["end_mark"],
            dict[str, Any],
        ],
    ),
]
"""One section after the body, as the release orders them."""
