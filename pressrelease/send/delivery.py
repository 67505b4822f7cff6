"""One copy of the message per recipient not yet in the send log: sent through the SMTP
server at the pace asked for, or written to a folder (``--dry-run``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from pressrelease._log import Log
from pressrelease.errors import InputError
from pressrelease.send.media_list import MediaList, Recipient
from pressrelease.send.pacing import Pacer
from pressrelease.send.sendlog import SendLog
from pressrelease.send.smtp import Refused, Smtp, Stopped
from pressrelease.terminal import printable

if TYPE_CHECKING:
    from email.message import EmailMessage

logger = Log(__name__)


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
    total = len(media.recipients)
    for number, recipient in enumerate(media.recipients, start=1):
        if recipient.key in log.sent:
            outcome.skipped.append(recipient.address)
            logger.info("skipped %s: the send log says it has the release", recipient.address)
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
            logger.info("refused %s: %s", recipient.address, exc)
            outcome.failed.append(recipient.address)
            print(f"failed {shown}: {printable(str(exc))}", file=out)
            continue
        except Stopped as exc:
            outcome.stopped = str(exc)
            logger.info("stopped before %s: %s", recipient.address, exc)
            break
        log.record(recipient, message_id, "sent")
        logger.debug("sent %s as %s (%d of %d)", recipient.address, message_id, number, total)
        outcome.sent.append(recipient.address)
        print(f"sent {shown}", file=out)
    return outcome
