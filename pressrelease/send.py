"""``pressrelease send``: the release e-mailed to a media list, one message per recipient.

An edge, like ``batch``: it reads the list, builds the message once (``mail.message_for``),
addresses one copy to each recipient (only that recipient in ``To``: the list never leaks)
and hands it to an SMTP server, or writes it to a folder (``--dry-run``).

Sending is resumable. Every accepted message is appended to a log of JSON lines, flushed
and synced to disk before the next one is sent; a rerun skips every recipient the log says
already has this release (key: release slug and address), so an interrupted run can simply
be started again. A recipient the server refuses for good (5xx) is logged as failed and
the run goes on; a server that goes away stops the run (exit 1), and the rerun continues.

Exit codes: 0 everyone has the release, 1 some failed or the run stopped, 2 bad input.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import smtplib
import socket
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.headerregistry import Address
from pathlib import Path
from typing import IO, TYPE_CHECKING

from pressrelease.errors import InputError, OutputError
from pressrelease.terminal import printable

if TYPE_CHECKING:
    from email.message import EmailMessage

    from pressrelease.registry import Registry
    from pressrelease.renderers.base import RenderOptions

USER_VARIABLE = "PRESSRELEASE_SMTP_USER"
PASSWORD_VARIABLE = "PRESSRELEASE_SMTP_PASSWORD"
"""Where the login comes from: never from arguments, which other users can see in ``ps``."""
DEFAULT_RATE = 30.0
"""Messages per minute unless ``--rate`` says otherwise: slow enough for most providers."""
DEFAULT_PORT = 587
"""The message submission port (RFC 6409)."""
MAX_LIST_BYTES = 20 * 1024 * 1024
"""The largest media list read, in bytes."""
TIMEOUT = 60.0
"""Seconds to wait for the server before the run stops."""

_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")
_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/\s*(s|sec|min|h|hour))?\s*$")
_PER_MINUTE = {None: 1.0, "min": 1.0, "s": 60.0, "sec": 60.0, "h": 1 / 60, "hour": 1 / 60}
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


# The media list ---------------------------------------------------------------------------


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


def parse_rate(text: str) -> float:
    """``--rate``: messages per minute from ``N``, ``N/min``, ``N/s`` or ``N/h``."""
    match = _RATE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise InputError(f"--rate {text!r}: write a number of messages per minute, e.g. 30/min")
    return float(match.group(1)) * _PER_MINUTE[match.group(2)]


def parse_server(text: str) -> tuple[str, int]:
    """``--smtp``: ``host``, ``host:port`` or ``[v6-address]:port``."""
    host, port = text.strip(), str(DEFAULT_PORT)
    if host.startswith("["):
        host, _, rest = host[1:].partition("]")
        if rest:
            port = rest.removeprefix(":")
    elif host.count(":") == 1:
        host, _, port = host.partition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError(
            f"--smtp {text!r}: write the server as HOST:PORT, e.g. smtp.example.com:587"
        )
    return host, int(port)


# The log ----------------------------------------------------------------------------------


@dataclass
class SendLog:
    """The JSON-lines record of what was sent; what makes a rerun safe.

    Each line: ``{"release", "recipient", "message_id", "time", "status"}`` (and
    ``"detail"`` for a failure). ``status`` is ``sent`` or ``failed``; only ``sent`` counts
    as delivered, so a failed recipient is tried again by the next run.
    """

    path: Path
    release: str
    sent: set[str] = field(default_factory=set)
    _handle: IO[bytes] | None = None

    def load(self) -> SendLog:
        """Read what earlier runs sent. A last line cut short (the run was killed while
        writing it) is ignored; any other unreadable line is an error."""
        if not self.path.exists():
            return self
        try:
            lines = self.path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{self.path}: cannot read the send log ({exc})") from exc
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                release, recipient, status = entry["release"], entry["recipient"], entry["status"]
            except (ValueError, KeyError, TypeError) as exc:
                if number == len(lines):  # no newline after it: an interrupted write
                    continue
                raise InputError(
                    f"{self.path}:{number}: not a send-log line ({exc}); "
                    "fix or remove it, or choose another --log"
                ) from exc
            if release == self.release and status == "sent":
                self.sent.add(str(recipient).casefold())
        return self

    @contextmanager
    def opened(self) -> Iterator[SendLog]:
        """The log open for appending, locked against a second run sending at once."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # noqa: SIM115 (held for the run)
        except OSError as exc:
            raise OutputError(f"cannot write the send log {self.path}: {exc.strerror}") from exc
        try:
            _lock(handle, self.path)
            _drop_cut_line(handle)
            self._handle = handle
            yield self
        finally:
            self._handle = None
            handle.close()

    def record(self, recipient: Recipient, message_id: str, status: str, detail: str = "") -> None:
        """Append one line and put it on disk before anything else happens."""
        entry = {
            "release": self.release,
            "recipient": recipient.address,
            "message_id": message_id,
            "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "status": status,
        }
        if detail:
            entry["detail"] = detail
        assert self._handle is not None, "record() outside opened()"
        try:
            self._handle.write(json.dumps(entry, ensure_ascii=False).encode() + b"\n")
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as exc:
            raise OutputError(f"cannot write the send log {self.path}: {exc.strerror}") from exc
        if status == "sent":
            self.sent.add(recipient.key)


def _drop_cut_line(handle: IO[bytes]) -> None:
    """Remove a last line cut short by a killed run, so the next line starts on its own."""
    handle.seek(0)
    data = handle.read()
    if data and not data.endswith(b"\n"):
        handle.truncate(data.rfind(b"\n") + 1)


def _lock(handle: IO[bytes], path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; one run at a time is the user's care
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        raise InputError(f"{path}: another run is sending with this log; wait for it") from exc


# SMTP -------------------------------------------------------------------------------------


class Stopped(Exception):
    """The server cannot be used any more (connection lost, 421, login refused)."""


class Refused(Exception):
    """The server refused this one message; the others may still go."""


@dataclass
class Smtp:
    """One SMTP connection: STARTTLS when offered (or as told), then the login if any."""

    host: str
    port: int
    starttls: bool | None = None
    """True: require it; False: never; None: when the server offers it."""
    login: tuple[str, str] | None = None
    client: smtplib.SMTP | None = None

    def connect(self) -> None:
        where = f"{self.host}:{self.port}"
        try:
            client = smtplib.SMTP(
                self.host, self.port, local_hostname=socket.gethostname(), timeout=TIMEOUT
            )
            self.client = client
            client.ehlo()
            secure = False
            if self.starttls is not False and client.has_extn("starttls"):
                import ssl

                client.starttls(context=ssl.create_default_context())
                client.ehlo()
                secure = True
            elif self.starttls:
                raise Stopped(f"{where} does not offer STARTTLS, and --starttls asks for it")
            if self.login is not None:
                if not secure and self.host not in _LOOPBACK:
                    raise Stopped(
                        f"{where} offers no STARTTLS: the password would cross the network "
                        "unencrypted, so it is not sent"
                    )
                client.login(*self.login)
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            raise Stopped(f"{where} refused the login of {USER_VARIABLE}: {_reply(exc)}") from exc
        except Stopped:
            self.close()
            raise
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise Stopped(f"cannot talk to {where}: {_reason(exc)}") from exc

    def send(self, data: bytes, sender: str, recipient: str) -> None:
        """Hand one message to the server; Refused for this message, Stopped for the run."""
        if self.client is None:
            self.connect()
        assert self.client is not None
        where = f"{self.host}:{self.port}"
        try:
            self.client.sendmail(sender, [recipient], data)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            if code == 421:
                raise Stopped(f"{where} closed the connection: {code} {_text(text)}") from exc
            raise Refused(f"{code} {_text(text)}") from exc
        except smtplib.SMTPSenderRefused as exc:
            raise Stopped(f"{where} refused the sender {sender}: {_reply(exc)}") from exc
        except smtplib.SMTPDataError as exc:
            if exc.smtp_code == 421 or not 400 <= exc.smtp_code < 600:
                raise Stopped(f"{where} closed the connection: {_reply(exc)}") from exc
            raise Refused(_reply(exc)) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise Stopped(f"lost the connection to {where}: {_reason(exc)}") from exc

    def close(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()


def _text(text: bytes | str) -> str:
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else text


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}"


def _reason(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc)
    return str(exc) or type(exc).__name__


# Pacing -----------------------------------------------------------------------------------


@dataclass
class Pacer:
    """At most ``per_minute`` messages a minute, evenly spaced."""

    per_minute: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _next: float | None = None

    def wait(self) -> None:
        now = self.clock()
        if self._next is not None and self._next > now:
            self.sleep(self._next - now)
            now = self._next
        self._next = now + 60.0 / self.per_minute


# The run ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one run did."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    stopped: str | None = None

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.stopped else 0


def credentials(environ: Mapping[str, str]) -> tuple[str, str] | None:
    """The login from the environment: both variables, or neither."""
    user, password = environ.get(USER_VARIABLE, ""), environ.get(PASSWORD_VARIABLE, "")
    if bool(user) != bool(password):
        missing = PASSWORD_VARIABLE if user else USER_VARIABLE
        raise InputError(f"set {missing} too, or neither of the two to send without a login")
    return (user, password) if user else None


def envelope_sender(message: EmailMessage) -> str:
    """The From address, which bounces go back to; the message must have one."""
    header = message["From"]
    found = getattr(header, "addresses", ())
    if not found:
        raise InputError(
            "the message has no sender: give --from ADDRESS (the release names no contact "
            "with an e-mail address)"
        )
    return str(found[0].addr_spec)


def file_name(number: int, recipient: Recipient) -> str:
    """``NNN-<recipient>.eml`` for --dry-run: list order first, the address made safe."""
    safe = re.sub(r"[^A-Za-z0-9@._+-]", "_", recipient.address)
    return f"{number:03d}-{safe}.eml"


def deliver(
    message: EmailMessage,
    media: MediaList,
    log: SendLog,
    *,
    server: Smtp | None,
    dry_run: Path | None,
    pacer: Pacer,
    out: IO[str],
) -> Outcome:
    """One copy per recipient not yet in the log: sent through ``server``, or written to
    ``dry_run``. Stops at the first failure of the server itself."""
    from pressrelease.mail import as_bytes, for_recipient
    from pressrelease.output import write_atomic

    outcome = Outcome()
    sender = envelope_sender(message)
    for number, recipient in enumerate(media.recipients, start=1):
        if recipient.key in log.sent:
            outcome.skipped.append(recipient.address)
            continue
        copy = for_recipient(message, recipient.mailbox())
        data = as_bytes(copy)
        message_id = str(copy["Message-ID"])
        shown = printable(recipient.address)
        if dry_run is not None:
            path = write_atomic(dry_run / file_name(number, recipient), data)
            print(printable(f"wrote {path}"), file=out)
            outcome.sent.append(recipient.address)
            continue
        assert server is not None
        pacer.wait()
        try:
            server.send(data, sender, recipient.address)
        except Refused as exc:
            log.record(recipient, message_id, "failed", str(exc))
            outcome.failed.append(recipient.address)
            print(f"failed {shown}: {printable(str(exc))}", file=out)
            continue
        except Stopped as exc:
            outcome.stopped = str(exc)
            break
        log.record(recipient, message_id, "sent")
        outcome.sent.append(recipient.address)
        print(f"sent {shown}", file=out)
    return outcome


def run(
    release_file: str,
    media_list: str,
    *,
    smtp: str | None,
    sender: str | None = None,
    reply_to: str | None = None,
    attach: Sequence[str] = (),
    rate: str | None = None,
    dry_run: str | None = None,
    log: str | None = None,
    starttls: bool | None = None,
    options: RenderOptions | None = None,
    registry: Registry | None = None,
    environ: Mapping[str, str] | None = None,
    out: IO[str] | None = None,
    pacer: Pacer | None = None,
) -> int:
    """The whole command; returns the exit code (InputError and RenderError propagate)."""
    from dataclasses import replace

    from pressrelease.loading import load
    from pressrelease.mail import message_for
    from pressrelease.media import folder_of, read_media
    from pressrelease.renderers.base import RenderOptions

    out = out or sys.stdout
    if smtp is None and dry_run is None:
        raise InputError("give the server with --smtp HOST:PORT, or --dry-run DIR to write files")
    server_address = parse_server(smtp) if smtp is not None and dry_run is None else None
    per_minute = parse_rate(rate) if rate is not None else DEFAULT_RATE
    login = credentials(os.environ if environ is None else environ)
    release = load(Path(release_file))
    pictures = read_media(release, folder_of(release_file), str(release_file))
    options = replace(options or RenderOptions(), media=pictures)
    media = read_media_list(media_list)
    message = message_for(release, options, attach, sender, reply_to, registry=registry)
    envelope_sender(message)  # no sender: refused before anything is sent
    log_path = Path(log) if log else Path(release_file).parent / f"{release.slug}.send-log.jsonl"
    send_log = SendLog(log_path, release.slug).load()
    if media.folded:
        print(f"{media.folded} repeated address(es) in the list folded", file=sys.stderr)

    pacer = pacer or Pacer(per_minute)
    server = None
    if server_address is not None:
        server = Smtp(*server_address, starttls=starttls, login=login)
    if dry_run is not None:
        outcome = deliver(
            message, media, send_log, server=None, dry_run=Path(dry_run), pacer=pacer, out=out
        )
    else:
        assert server is not None
        with send_log.opened():
            try:
                outcome = deliver(
                    message, media, send_log, server=server, dry_run=None, pacer=pacer, out=out
                )
            finally:
                server.close()
    return _summary(outcome, send_log, dry_run is not None)


def _summary(outcome: Outcome, log: SendLog, dry_run: bool) -> int:
    done = "written" if dry_run else "sent"
    parts = [f"{len(outcome.sent)} {done}"]
    if outcome.skipped:
        parts.append(f"{len(outcome.skipped)} already sent (in {log.path})")
    if outcome.failed:
        parts.append(f"{len(outcome.failed)} refused")
    print(f"pressrelease: {', '.join(parts)}", file=sys.stderr)
    if outcome.stopped:
        print(f"pressrelease: error: {printable(outcome.stopped)}", file=sys.stderr)
        print(
            "pressrelease: stopped; run the same command again to send to the rest "
            f"({log.path} records who has it)",
            file=sys.stderr,
        )
    elif outcome.failed:
        print(
            "pressrelease: the refused addresses are in the log; a rerun tries them again",
            file=sys.stderr,
        )
    return outcome.exit_code
