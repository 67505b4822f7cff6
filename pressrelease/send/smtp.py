"""The SMTP side of ``pressrelease send``: the server address, the login from the
environment, and one connection that tells a refused message from a server gone away."""

from __future__ import annotations

import smtplib
import socket
from collections.abc import Mapping
from dataclasses import dataclass

from pressrelease._log import Log
from pressrelease.errors import InputError

USER_VARIABLE = "PRESSRELEASE_SMTP_USER"
PASSWORD_VARIABLE = "PRESSRELEASE_SMTP_PASSWORD"
"""Where the login comes from: never from arguments, which other users can see in ``ps``."""
DEFAULT_PORT = 587
"""The message submission port (RFC 6409)."""
TIMEOUT = 60.0
"""Seconds to wait for the server before the run stops."""

_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
logger = Log(__name__)


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


def credentials(environ: Mapping[str, str]) -> tuple[str, str] | None:
    """The login from the environment: both variables, or neither."""
    user, password = environ.get(USER_VARIABLE, ""), environ.get(PASSWORD_VARIABLE, "")
    if bool(user) != bool(password):
        missing = PASSWORD_VARIABLE if user else USER_VARIABLE
        raise InputError(f"set {missing} too, or neither of the two to send without a login")
    return (user, password) if user else None


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
            logger.info(
                "connected to %s (STARTTLS: %s, login: %s)",
                where,
                "yes" if secure else "no",
                "yes" if self.login is not None else "no",
            )
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
