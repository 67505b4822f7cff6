"""The e-mail tests' tools: a registry that knows ``eml`` before the package is reinstalled,
and a real SMTP server on 127.0.0.1 (aiosmtpd) that records what it receives."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from pressrelease.registry import GROUP, Registry

EML_POINT = EntryPoint("eml", "pressrelease.renderers.eml:EmlRenderer", GROUP)


def eml_registry() -> Registry:
    """The installed renderers, plus ``eml`` when the installed metadata predates it."""
    points = list(entry_points(group=GROUP))
    if not any(point.name == "eml" for point in points):
        points.append(EML_POINT)
    return Registry(points)


@dataclass
class Received:
    """One message as the server took it: envelope sender, recipients and the bytes."""

    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Inbox:
    """An aiosmtpd handler: keeps every message; answers 421 (and closes) once
    ``fail_after`` messages have arrived, or 550 for addresses in ``refuse``."""

    fail_after: int | None = None
    refuse: frozenset[str] = frozenset()
    received: list[Received] = field(default_factory=list)
    logins: list[tuple[bytes, bytes]] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.fail_after is not None and len(self.received) >= self.fail_after:
            return "421 4.3.2 service shutting down"
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 Message accepted"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            self.logins.append((auth_data.login, auth_data.password))
            return AuthResult(success=auth_data.password == b"s3cret", handled=False)
        return AuthResult(success=False, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def smtp_server(inbox: Inbox, *, auth: bool = False) -> Iterator[str]:
    """A real SMTP server on 127.0.0.1 for the ``with`` block; yields ``host:port``."""
    from aiosmtpd.controller import Controller

    port = free_port()
    settings: dict[str, Any] = {}
    if auth:
        settings = {"authenticator": inbox.authenticate, "auth_require_tls": False}
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **settings)
    controller.start()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        controller.stop()
