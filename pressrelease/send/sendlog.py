"""The send log: the JSON-lines record of what was sent, which makes a rerun safe."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pressrelease._log import Log
from pressrelease.errors import InputError, OutputError
from pressrelease.send.media_list import Recipient

logger = Log(__name__)


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
        logger.info(
            "%s: %d recipient(s) already have %s; they are skipped",
            self.path,
            len(self.sent),
            self.release,
        )
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
