"""``pressrelease send``: the command line of :mod:`pressrelease.send`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def send_release(args: argparse.Namespace) -> int:
    """E-mail one release to a media list (``pressrelease.send``); the login comes from
    PRESSRELEASE_SMTP_USER and PRESSRELEASE_SMTP_PASSWORD, never from arguments."""
    from pressrelease import send
    from pressrelease.output import source_date_epoch
    from pressrelease.renderers.base import RenderOptions

    attach = [name.strip() for name in (args.attach or "").split(",") if name.strip()]
    return send.run(
        args.release,
        args.to,
        smtp=args.smtp,
        sender=args.sender,
        reply_to=args.reply_to,
        attach=attach,
        rate=args.rate,
        dry_run=args.dry_run,
        log=args.log,
        starttls=args.starttls,
        options=RenderOptions(timestamp=source_date_epoch()),
    )
