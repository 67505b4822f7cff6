"""``pressrelease send`` against a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import email
import json
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from pressrelease import registry as registry_module
from pressrelease.cli import main
from pressrelease.errors import InputError
from pressrelease.send import Pacer, parse_rate, parse_server, read_media_list
from tests.mail_support import Inbox, eml_registry, smtp_server

RELEASE = """\
slug: acme-widgets-2024-05-01
headline: Acme launches widgets
dateline: {city: Paris, country: France, date: 2024-05-01}
body:
  - Acme today launched widgets.
contacts:
  - {role: Media, name: Jane Roe, email: jane@acme.example}
issuer: {name: Acme Corp, website: "https://acme.example"}
"""
PEOPLE = [f"reporter{n}@news{n}.example" for n in range(1, 6)]
FAST = "60000/min"


@pytest.fixture(autouse=True)
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry with ``eml``, wherever the code asks for the default one."""
    known = eml_registry()
    monkeypatch.setattr(registry_module, "default_registry", lambda: known)
    monkeypatch.delenv("PRESSRELEASE_SMTP_USER", raising=False)
    monkeypatch.delenv("PRESSRELEASE_SMTP_PASSWORD", raising=False)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "release.yaml"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def media_list(tmp_path: Path, text: str | None = None) -> Path:
    path = tmp_path / "media.csv"
    rows = "".join(f"{address},Reporter {n}\n" for n, address in enumerate(PEOPLE, start=1))
    path.write_text(text if text is not None else "email,name\n" + rows, encoding="utf-8")
    return path


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_one_message_per_recipient_and_the_list_never_leaks(tmp_path: Path, release: Path) -> None:
    inbox = Inbox()
    with smtp_server(inbox) as server:
        code = main(["send", str(release), "--to", str(media_list(tmp_path)), "--smtp", server,
                     "--rate", FAST])  # fmt: skip
    assert code == 0
    assert [r.recipients for r in inbox.received] == [[p] for p in PEOPLE]
    ids = set()
    for received, person in zip(inbox.received, PEOPLE, strict=True):
        assert received.sender == "jane@acme.example"
        message = parsed(received.data)
        assert message["To"].addresses[0].addr_spec == person
        assert len(message["To"].addresses) == 1
        assert "Cc" not in message
        assert "Bcc" not in message
        for other in PEOPLE:
            assert (other in received.data.decode("ascii")) == (other == person)
        assert message["From"] == "Jane Roe <jane@acme.example>"
        assert message["Subject"] == "Acme launches widgets"
        assert message["Message-ID"].endswith("@acme.example>")
        ids.add(message["Message-ID"])
    assert len(ids) == len(PEOPLE)
    log = (tmp_path / "acme-widgets-2024-05-01.send-log.jsonl").read_text(encoding="utf-8")
    entries = [json.loads(line) for line in log.splitlines()]
    assert [e["recipient"] for e in entries] == PEOPLE
    assert {e["status"] for e in entries} == {"sent"}
    assert {e["release"] for e in entries} == {"acme-widgets-2024-05-01"}


def test_a_rerun_sends_nothing_twice(tmp_path: Path, release: Path) -> None:
    inbox = Inbox()
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--rate", FAST]
    with smtp_server(inbox) as server:
        assert main([*args, "--smtp", server]) == 0
        assert main([*args, "--smtp", server]) == 0
    assert len(inbox.received) == len(PEOPLE)


def test_a_server_that_stops_midway_then_the_rerun_sends_the_rest(
    tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = Inbox(fail_after=2)
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--rate", FAST]
    with smtp_server(inbox) as server:
        assert main([*args, "--smtp", server]) == 1
        error = capsys.readouterr().err
        assert "421" in error
        assert "run the same command again" in error
        assert len(inbox.received) == 2
        inbox.fail_after = None
        assert main([*args, "--smtp", server]) == 0
    delivered = [r.recipients[0] for r in inbox.received]
    assert delivered == PEOPLE  # everyone once, in list order


def test_a_server_that_is_gone(tmp_path: Path, release: Path) -> None:
    inbox = Inbox()
    with smtp_server(inbox) as server:
        pass  # stopped again: nobody listens there now
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--smtp", server]
    assert main(args) == 1
    assert not (tmp_path / "acme-widgets-2024-05-01.send-log.jsonl").read_text()


def test_a_refused_recipient_is_logged_and_the_rest_go(
    tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = Inbox(refuse=frozenset({PEOPLE[1]}))
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--rate", FAST]
    with smtp_server(inbox) as server:
        assert main([*args, "--smtp", server]) == 1
    assert [r.recipients[0] for r in inbox.received] == [p for p in PEOPLE if p != PEOPLE[1]]
    assert f"failed {PEOPLE[1]}: 550" in capsys.readouterr().out
    log = (tmp_path / "acme-widgets-2024-05-01.send-log.jsonl").read_text(encoding="utf-8")
    failed = [json.loads(line) for line in log.splitlines() if '"failed"' in line]
    assert [(e["recipient"], e["detail"][:3]) for e in failed] == [(PEOPLE[1], "550")]


def test_the_login_comes_from_the_environment(
    tmp_path: Path,
    release: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PRESSRELEASE_SMTP_USER", "press")
    monkeypatch.setenv("PRESSRELEASE_SMTP_PASSWORD", "s3cret")
    inbox = Inbox()
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--rate", FAST]
    with smtp_server(inbox, auth=True) as server:
        assert main([*args, "--smtp", server]) == 0
        assert inbox.logins[0] == (b"press", b"s3cret")
        assert len(inbox.received) == len(PEOPLE)
        monkeypatch.setenv("PRESSRELEASE_SMTP_PASSWORD", "wrong")
        assert main([*args, "--smtp", server, "--log", str(tmp_path / "other.jsonl")]) == 1
    output = capsys.readouterr()
    assert "refused the login of PRESSRELEASE_SMTP_USER: 535" in output.err
    assert "s3cret" not in output.out + output.err
    assert "wrong" not in output.out + output.err


def test_half_a_login_is_bad_input(
    tmp_path: Path, release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSRELEASE_SMTP_USER", "press")
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--smtp", "127.0.0.1:9"]
    assert main(args) == 2


def test_starttls_required_but_not_offered(tmp_path: Path, release: Path) -> None:
    inbox = Inbox()
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--starttls"]
    with smtp_server(inbox) as server:
        assert main([*args, "--smtp", server]) == 1
    assert inbox.received == []


def test_dry_run_writes_one_file_per_recipient(tmp_path: Path, release: Path) -> None:
    out = tmp_path / "out"
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--dry-run", str(out),
            "--from", "Press Desk <press@acme.example>", "--reply-to", "desk@acme.example",
            "--attach", "txt"]  # fmt: skip
    assert main(args) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{n:03d}-{p}.eml" for n, p in enumerate(PEOPLE, start=1)]
    message = parsed((out / names[0]).read_bytes())
    assert message["From"] == "Press Desk <press@acme.example>"
    assert message["Reply-To"] == "desk@acme.example"
    assert message["To"] == f"Reporter 1 <{PEOPLE[0]}>"
    assert message.get_content_type() == "multipart/mixed"
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "acme-widgets-2024-05-01.txt"
    assert not (tmp_path / "acme-widgets-2024-05-01.send-log.jsonl").exists()
    first = (out / names[0]).read_bytes()
    assert main(args) == 0
    assert (out / names[0]).read_bytes() == first  # deterministic


def test_no_sender_is_bad_input(tmp_path: Path) -> None:
    release = tmp_path / "release.yaml"
    release.write_text(RELEASE.split("contacts:")[0] + "issuer: {name: Acme}\n", encoding="utf-8")
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--dry-run", str(tmp_path)]
    assert main(args) == 2


def test_bad_rows_are_named_by_line(
    tmp_path: Path, release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Name,E-Mail\nA,a@x.example\n\nB,not-an-address\nC,\nD,d@x.example\n"
    args = ["send", str(release), "--to", str(media_list(tmp_path, text)), "--dry-run", "x"]
    assert main(args) == 2
    error = capsys.readouterr().err
    assert "media.csv:4: 'not-an-address' is not an e-mail address" in error
    assert "media.csv:5: no e-mail address" in error


def test_the_media_list(tmp_path: Path) -> None:
    text = "\ufeffname,email,desk\nA,a@x.example,tech\nA again,A@X.example,\n\n,b@y.example\n"
    media = read_media_list(media_list(tmp_path, text))
    assert [(r.address, r.name, r.line) for r in media.recipients] == [
        ("a@x.example", "A", 2),
        ("b@y.example", "", 5),
    ]
    assert media.folded == 1
    with pytest.raises(InputError, match="'email'"):
        read_media_list(media_list(tmp_path, "name,address\nA,a@x.example\n"))
    with pytest.raises(InputError, match="no recipients"):
        read_media_list(media_list(tmp_path, "email\n\n"))


def test_usage_errors(tmp_path: Path, release: Path) -> None:
    base = ["send", str(release), "--to", str(media_list(tmp_path))]
    assert main(base) == 2  # neither --smtp nor --dry-run
    assert main([*base, "--smtp", "host:notaport"]) == 2
    assert main([*base, "--smtp", "127.0.0.1:9", "--rate", "fast"]) == 2
    assert main([*base, "--dry-run", str(tmp_path / "o"), "--attach", "nosuch"]) == 2
    assert main([*base, "--dry-run", str(tmp_path / "o"), "--attach", "eml"]) == 2


def test_rate_and_server_parsing() -> None:
    assert parse_rate("30/min") == 30
    assert parse_rate("2/s") == 120
    assert parse_rate("120/h") == 2
    assert parse_rate("10") == 10
    assert parse_server("smtp.example.com") == ("smtp.example.com", 587)
    assert parse_server("[::1]:2525") == ("::1", 2525)
    for bad in ("0/min", "-1", "x/min"):
        with pytest.raises(InputError):
            parse_rate(bad)


def test_the_pacer_spaces_messages_evenly() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = Pacer(30, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        pacer.wait()
        now[0] += 0.5  # sending takes half a second
    assert slept == [1.5, 1.5]


def test_an_interrupted_log_line_is_ignored(tmp_path: Path, release: Path) -> None:
    log = tmp_path / "acme-widgets-2024-05-01.send-log.jsonl"
    sent = {"release": "acme-widgets-2024-05-01", "recipient": PEOPLE[0], "status": "sent"}
    log.write_text(json.dumps(sent) + '\n{"release": "acme-wid', encoding="utf-8")
    inbox = Inbox()
    args = ["send", str(release), "--to", str(media_list(tmp_path)), "--rate", FAST]
    with smtp_server(inbox) as server:
        assert main([*args, "--smtp", server]) == 0
    assert [r.recipients[0] for r in inbox.received] == PEOPLE[1:]
    lines = log.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["recipient"] for line in lines] == PEOPLE  # the cut line is gone
    log.write_text('garbage\n{"x": 1}\n', encoding="utf-8")
    assert main([*args, "--smtp", "127.0.0.1:9"]) == 2


def test_addresses_outside_ascii_in_the_list(tmp_path: Path) -> None:
    media = read_media_list(media_list(tmp_path, "email\njo@müller.example\n"))
    assert [r.address for r in media.recipients] == ["jo@xn--mller-kva.example"]
    with pytest.raises(InputError, match=r"media.csv:2: .*outside ASCII"):
        read_media_list(media_list(tmp_path, "email\njörg@example.com\n"))
