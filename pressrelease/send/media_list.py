"""The media list of ``pressrelease send``: a CSV file of addresses (and names), read and
checked in full before anything is sent."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from email.headerregistry import Address
from pathlib import Path

from pressrelease.errors import InputError
from pressrelease.terminal import printable

MAX_LIST_BYTES = 20 * 1024 * 1024
"""The largest media list read, in bytes."""

_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")


@dataclass(frozen=True)
class Recipient:
    """One address of the media list, with the name to greet it by and its line."""

    address: str
    name: str = ""
    line: int = 0

    @property
    def key(self) -> str:
        """What makes two rows the same recipient: the address, case folded."""
        return self.address.casefold()

    def mailbox(self) -> Address:
        """The recipient as a ``To`` header value."""
        local, _, domain = self.address.rpartition("@")
        return Address(display_name=self.name, username=local, domain=domain)


@dataclass(frozen=True)
class MediaList:
    """The recipients in list order, and how many repeated rows were folded into them."""

    recipients: tuple[Recipient, ...]
    folded: int = 0


def read_media_list(path: str | Path) -> MediaList:
    """The recipients of a CSV file with an ``email`` column and an optional ``name``.

    The first line names the columns (in any order, any case; ``e-mail`` also works).
    Blank lines are skipped; a row without a usable address is an error naming its line,
    and all such rows are reported at once. A repeated address is kept once, at its first
    row, so nobody gets the release twice from one list.
    """
    from pressrelease.reading import read_limited

    data = read_limited(path, MAX_LIST_BYTES, what="media list")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: the media list is not UTF-8 text ({exc.reason})") from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: {exc}") from exc
    columns = [cell.strip().casefold() for cell in header or []]
    email_column = next((i for i, c in enumerate(columns) if c in ("email", "e-mail")), None)
    if email_column is None:
        found = ", ".join(c for c in columns if c) or "nothing"
        raise InputError(
            f"{path}:1: the first line must name the columns, one of them 'email' (found: {found})"
        )
    name_column = next((i for i, c in enumerate(columns) if c == "name"), None)

    problems: list[str] = []
    seen: dict[str, Recipient] = {}
    folded = 0
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            address = row[email_column].strip() if email_column < len(row) else ""
            name = row[name_column] if name_column is not None and name_column < len(row) else ""
            problem = address_problem(address)
            if problem:
                problems.append(f"{path}:{line}: {problem}")
                continue
            local, _, domain = address.rpartition("@")
            address = f"{local}@{ascii_domain(domain)}"
            recipient = Recipient(address, " ".join(name.split()), line)
            if recipient.key in seen:
                folded += 1
                continue
            seen[recipient.key] = recipient
    except csv.Error as exc:
        problems.append(f"{path}:{reader.line_num}: {exc}")
    if problems:
        shown = problems[:20]
        if len(problems) > len(shown):
            shown.append(f"… and {len(problems) - len(shown)} more rows like these")
        raise InputError("\n".join(shown))
    if not seen:
        raise InputError(f"{path}: the media list has no recipients")
    return MediaList(tuple(seen.values()), folded)


def address_problem(address: str) -> str | None:
    """Why ``address`` cannot be sent to, or None when it can."""
    if not address:
        return "no e-mail address in the 'email' column"
    shown = repr(printable(address))
    if not _ADDRESS.match(address):
        return f"{shown} is not an e-mail address"
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        return f"{shown} has letters outside ASCII before the @ (SMTPUTF8 is not supported)"
    try:
        Address(username=local, domain=ascii_domain(domain))
    except (ValueError, TypeError):  # UnicodeError is a ValueError
        return f"{shown} is not an e-mail address"
    return None


def ascii_domain(domain: str) -> str:
    """The domain as DNS and SMTP write it: müller.example is xn--mller-kva.example."""
    return domain.encode("idna").decode("ascii")
