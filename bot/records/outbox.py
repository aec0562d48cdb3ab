"""Sending queued emails: the outbox table (bot.records.tables.OutboxMessage), drained by a background worker.

A new handoff writes its notice to the outbox in the same transaction as the handoff, and the
person gets their reply at once; the daily overdue digest (bot.records.overdue) is queued the
same way. The worker (a thread in the launcher, every POLL_SECONDS) sends
what is due; a failure waits longer each time (1, 2, 4... minutes, at most an hour) and is tried
again for MAX_ATTEMPT_HOURS before it is marked failed and logged. Several processes may run
workers: a message is claimed with a conditional UPDATE before it is sent, so only one sends it.
Without SMTP_HOST, notices stay queued (logged once) until SMTP is configured.

It also carries the staff app's one-time links (an invitation, or a password reset an
administrator forced), queued only when SMTP is set: the link is sealed in the row
(bot.records.sealing) and emptied once it is sent or given up, so the database never holds a
usable link in the clear, and the administrator is always shown the link to pass on themselves.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import threading
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot import settings
from bot.background import Periodic
from bot.records import sealing
from bot.records.db import session
from bot.records.tables import OutboxMessage, utcnow

logger = logging.getLogger(__name__)
POLL_SECONDS = 10.0
MAX_ATTEMPT_HOURS = 72
MAX_BACKOFF = dt.timedelta(hours=1)
CLAIM_FOR = dt.timedelta(minutes=5)  # a claimed message is someone's for this long
SMTP_TIMEOUT = 10


def new_handoff_email(reference: str, lio_name: str, to: str) -> EmailMessage:
    """A link to the handoff in the staff app, never the conversation."""
    msg = EmailMessage()
    msg["Subject"] = f"New conversation handed to {lio_name} ({reference})"
    msg["From"] = settings.current().mail_from
    msg["To"] = to
    msg.set_content(
        f"A person has asked the community advice assistant to put them in touch with {lio_name}, "
        f"and agreed to share their conversation.\n\n"
        f"Reference: {reference}\n"
        f"Read it here (sign-in needed): {settings.current().staff_base_url}/handoffs/{reference}\n\n"
        "For their privacy this email does not contain the conversation.\n"
    )
    return msg


STAFF_LINK_KINDS = ("staff_invite", "staff_reset")


def staff_link_email(kind: str, lio_name: str, to: str, link: str, expires: str) -> EmailMessage:
    """An invitation to the staff app, or a new-password link after a reset; nothing else."""
    msg = EmailMessage()
    msg["From"] = settings.current().mail_from
    msg["To"] = to
    if kind == "staff_invite":
        msg["Subject"] = f"You are invited to {lio_name}'s staff app for the community advice assistant"
        opening = (
            f"You have been invited to the staff app where {lio_name} reads the conversations people "
            "hand over from the community advice assistant."
        )
    else:
        msg["Subject"] = f"Set a new password for {lio_name}'s staff app"
        opening = (
            "An administrator has reset your password for the community advice assistant's staff app. "
            "Your old password no longer works."
        )
    msg.set_content(
        f"{opening}\n\n"
        f"Choose your password here (the link works once, until {expires}):\n{link}\n\n"
        "If you did not expect this email, you can ignore it, and please tell the person who runs "
        "the staff app at your organisation.\n"
    )
    return msg


def overdue_digest_email(lio_name: str, to: str, day: str, digest: dict[str, Any]) -> EmailMessage:
    """The day's overdue handoffs of one LIO: their references and a link to each, never the
    conversations (bot.records.overdue queues it)."""
    references = [str(r) for r in digest.get("references") or []]
    days = int(digest.get("target_days") or 0)
    base = settings.current().staff_base_url
    count = f"{len(references)} conversation{'' if len(references) == 1 else 's'}"
    msg = EmailMessage()
    msg["Subject"] = f"{count} overdue at {lio_name} ({day})"
    msg["From"] = settings.current().mail_from
    msg["To"] = to
    lines = "".join(f"- {ref}: {base}/handoffs/{ref}\n" for ref in references)
    msg.set_content(
        f"{count} handed to {lio_name} by the community advice assistant "
        f"{'has' if len(references) == 1 else 'have'} not been closed within your response target "
        f"of {days} working day{'' if days == 1 else 's'}:\n\n"
        f"{lines}\n"
        f"All overdue conversations (sign-in needed): {base}/handoffs?overdue=1\n\n"
        "For their privacy this email does not contain the conversations. It comes at most once "
        "a working day, while any conversation is overdue.\n"
    )
    return msg


def queue_staff_link(s: Session, kind: str, to: str, lio_name: str, link: str, expires: str) -> bool:
    """Queue the email with a one-time link, in the caller's transaction, if SMTP is set.

    Returns whether it was queued (without SMTP the administrator passes the link on by hand)."""
    if kind not in STAFF_LINK_KINDS:
        raise ValueError(f"unknown staff link kind {kind!r}")
    if not settings.current().smtp_host:
        return False
    sealed = sealing.seal(settings.current(), sealing.OUTBOX_LINK, f"{expires}\n{link}")
    s.add(OutboxMessage(kind=kind, reference="", lio_name=lio_name[:200], to_address=to, sealed_link=sealed))
    return True


def _message(item: OutboxMessage) -> EmailMessage | None:
    """The email for a queued row; None for a link that can no longer be opened (SECRET_KEY changed)."""
    if item.kind in STAFF_LINK_KINDS:
        opened = sealing.unseal(settings.current(), sealing.OUTBOX_LINK, item.sealed_link)
        if opened is None:
            return None
        expires, _, link = opened.partition("\n")
        return staff_link_email(item.kind, item.lio_name, item.to_address, link, expires)
    if item.kind == "overdue_digest":
        return overdue_digest_email(item.lio_name, item.to_address, item.reference, item.digest or {})
    return new_handoff_email(item.reference, item.lio_name, item.to_address)


def _send(message: EmailMessage) -> None:
    with smtplib.SMTP(settings.current().smtp_host, settings.current().smtp_port, timeout=SMTP_TIMEOUT) as smtp:
        if settings.current().smtp_starttls:
            smtp.starttls()
        if settings.current().smtp_user:
            smtp.login(settings.current().smtp_user, settings.current().smtp_password)
        smtp.send_message(message)


def backoff(attempts: int) -> dt.timedelta:
    return min(MAX_BACKOFF, dt.timedelta(minutes=2 ** max(0, attempts - 1)))


def deliver_due(now: dt.datetime | None = None, limit: int = 50) -> tuple[int, int]:
    """Send what is due; returns (sent, failed this round). `now` is for tests."""
    now = now or utcnow()
    if not settings.current().smtp_host:
        return 0, 0
    with session() as s:
        due = list(
            s.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.sent_at.is_(None), OutboxMessage.failed_at.is_(None), OutboxMessage.next_attempt_at <= now)
                .order_by(OutboxMessage.id)
                .limit(limit)
            )
        )
    sent = failed = 0
    for item in due:
        with session() as s, s.begin():  # claim it: only the process whose UPDATE matched sends it
            claimed = s.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id == item.id,
                    OutboxMessage.next_attempt_at == item.next_attempt_at,
                    OutboxMessage.sent_at.is_(None),
                )
                .values(next_attempt_at=now + CLAIM_FOR)
                .execution_options(synchronize_session=False)
            ).rowcount
        if not claimed:
            continue
        message = _message(item)
        if message is None:
            logger.error("A staff link for outbox message %s cannot be opened (SECRET_KEY changed?); not sent", item.id)
            with session() as s, s.begin():
                s.execute(update(OutboxMessage).where(OutboxMessage.id == item.id).values(failed_at=now, sealed_link=None))
            failed += 1
            continue
        try:
            _send(message)
        except (OSError, smtplib.SMTPException) as exc:
            failed += 1
            attempts = item.attempts + 1
            give_up = now - item.created_at >= dt.timedelta(hours=MAX_ATTEMPT_HOURS)
            with session() as s, s.begin():
                s.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id == item.id)
                    .values(
                        attempts=attempts,
                        last_error=type(exc).__name__[:200],
                        next_attempt_at=now + backoff(attempts),
                        failed_at=now if give_up else None,
                        **({"sealed_link": None} if give_up else {}),
                    )
                )
            log = logger.error if give_up else logger.warning
            log(
                "Notice for %s not sent (attempt %s%s): %s",
                item.reference or item.kind,
                attempts,
                ", giving up" if give_up else "",
                type(exc).__name__,
            )
            continue
        sent += 1
        with session() as s, s.begin():
            s.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == item.id)
                .values(sent_at=utcnow(), attempts=item.attempts + 1, sealed_link=None)
            )
    return sent, failed


_worker = Periodic("outbox", lambda: deliver_due())


def start_worker(interval_seconds: float = POLL_SECONDS) -> threading.Thread:
    """Deliver now, then every `interval_seconds`, in a daemon thread (one per process)."""
    if not settings.current().smtp_host:
        logger.info("SMTP_HOST is not set: new-handoff notices are kept in the outbox until it is")
    return _worker.start(interval_seconds)


def stop_worker(timeout: float = 15) -> None:
    _worker.stop(timeout)
