"""Which link addresses inline text may carry: complete http, https and mailto addresses.

Checked when text is parsed (``check_link``) and for the model's own address fields
(``web_address_problem``), so a format never has to refuse or repair a link it draws: EPUB
readers and checkers refuse ``https:host``, ``https://`` or ``mailto:?``, and a browser would
run a ``javascript:`` link.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https", "mailto")
_MAILBOX = re.compile(r"^[^@/?\s]+@[^@/?\s]+$")
# The ASCII characters of RFC 3986 URLs; anything else must be percent-encoded.
_URL_ASCII = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%"
)
_BAD_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
# What the URL standard forbids in a host name (besides spaces and controls, refused too).
_FORBIDDEN_IN_HOST = frozenset("#%/:<>?@[\\]^|")


def check_link(href: str) -> str:
    """Refuse any link that is not a complete http, https or mailto address.

    No javascript:, file: or relative links; an http(s) link needs ``//`` and a host (and a
    numeric port, if any), a mailto link an address: EPUB readers and checkers refuse
    ``https:host``, ``https://`` or ``mailto:?``.
    """
    scheme, sep, rest = href.partition(":")
    if not sep or scheme.lower() not in ALLOWED_SCHEMES:
        raise ValueError(f"link {href!r} is not allowed: use an http, https or mailto address")
    if scheme.lower() == "mailto":
        if not all(_MAILBOX.match(to) for to in rest.partition("?")[0].split(",")):
            raise ValueError(
                f"link {href!r} is not allowed: a mailto link needs e-mail addresses "
                "(name@domain, separated by commas), e.g. mailto:press@example.com"
            )
        return href
    problem = web_address_problem(href)
    if problem:
        raise ValueError(f"link {href!r} is not allowed: {problem}")
    return href


def web_address_problem(url: str) -> str | None:
    """Why ``url`` is not a complete http or https address, or None if it is one."""
    scheme, _, rest = url.partition(":")
    example = f"e.g. {scheme.lower()}://example.com/"
    if not rest.startswith("//"):
        return f"write // and a host after {scheme}:, {example}"
    for char in url:
        if (char.isascii() and char not in _URL_ASCII) or not char.isprintable():
            code = "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
            return f"it holds {char!r}, which a web address cannot; write it as {code}"
    if _BAD_PERCENT.search(url):
        return "a % in it is not followed by two hex digits (write a % sign as %25)"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  # raises ValueError for a port that is not a number
    except ValueError:
        return f"its host or port is not valid, {example}"
    if not host:
        return f"it has no host name, {example}"
    if parts.netloc.count("@") > 1:
        return f"write an @ in its user name or password as %40, {example}"
    literal = parts.netloc.rpartition("@")[2].startswith("[")  # an IPv6 address: [::1]
    if not literal and any(
        char in _FORBIDDEN_IN_HOST or char.isspace() or not char.isprintable() for char in host
    ):
        return f"its host name {host!r} holds characters a host name cannot have"
    after_host = url[len(parts.scheme) + 3 + len(parts.netloc) :]
    if "[" in after_host or "]" in after_host:
        return "write [ and ] after the host name as %5B and %5D"
    if not literal and "" in host.split(".")[:-1]:
        return f"its host name {host!r} has an empty part between dots"
    if not literal and not all(map(_punycode_ok, host.split("."))):
        return f"its host name {host!r} has a part starting xn-- that is not valid Punycode"
    return None


def _punycode_ok(label: str) -> bool:
    """False for an internationalised label (xn--…) whose Punycode does not decode."""
    if not label.lower().startswith("xn--"):
        return True
    try:
        label.encode("ascii").decode("idna")
    except UnicodeError:
        return False
    return True
