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

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from pressrelease.errors import InputError
from pressrelease.send.delivery import Outcome as Outcome
from pressrelease.send.delivery import deliver as deliver
from pressrelease.send.delivery import envelope_sender as envelope_sender
from pressrelease.send.delivery import file_name as file_name
from pressrelease.send.media_list import MAX_LIST_BYTES as MAX_LIST_BYTES
from pressrelease.send.media_list import MediaList as MediaList
from pressrelease.send.media_list import Recipient as Recipient
from pressrelease.send.media_list import address_problem as address_problem
from pressrelease.send.media_list import ascii_domain as ascii_domain
from pressrelease.send.media_list import read_media_list as read_media_list
from pressrelease.send.pacing import DEFAULT_RATE as DEFAULT_RATE
from pressrelease.send.pacing import Pacer as Pacer
from pressrelease.send.pacing import parse_rate as parse_rate
from pressrelease.send.sendlog import SendLog as SendLog
from pressrelease.send.smtp import DEFAULT_PORT as DEFAULT_PORT
from pressrelease.send.smtp import PASSWORD_VARIABLE as PASSWORD_VARIABLE
from pressrelease.send.smtp import TIMEOUT as TIMEOUT
from pressrelease.send.smtp import USER_VARIABLE as USER_VARIABLE
from pressrelease.send.smtp import Refused as Refused
from pressrelease.send.smtp import Smtp as Smtp
from pressrelease.send.smtp import Stopped as Stopped
from pressrelease.send.smtp import credentials as credentials
from pressrelease.send.smtp import parse_server as parse_server
from pressrelease.terminal import printable

if TYPE_CHECKING:
    from pressrelease.registry import Registry
    from pressrelease.renderers.base import RenderOptions


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
    from pressrelease.renderers.base import RenderOptions
    from pressrelease.sources import media_of

    out = out or sys.stdout
    if smtp is None and dry_run is None:
        raise InputError("give the server with --smtp HOST:PORT, or --dry-run DIR to write files")
    server_address = parse_server(smtp) if smtp is not None and dry_run is None else None
    per_minute = parse_rate(rate) if rate is not None else DEFAULT_RATE
    login = credentials(os.environ if environ is None else environ)
    release = load(Path(release_file))
    pictures = media_of(release, release_file, str(release_file))
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
