"""Sending queued emails: the outbox table (bot.records.tables.OutboxMessage), drained by a background worker.

A new handoff writes its notice to the outbox in the same transaction as the handoff, and the
person gets their reply at once; the daily overdue digest (bot.records.overdue) is queued the
same way. The worker (a thread in the launcher, every POLL_SECONDS) sends
what is due; a failure waits longer each time (1, 2, 4... minutes, at most an hour) and is tried
again for MAX_ATTEMPT_HOURS before it is marked failed and logged. Several processes may run
workers: a message is claimed with a conditional UPDATE before it is sent, so only one sends it.
Without SMTP_HOST, notices stay queued (logged once) until SMTP is configured.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import threading
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select, update

from bot import settings
from bot.background import Periodic
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


def message_for(item: OutboxMessage) -> EmailMessage:
    """The email a queued message stands for, by its kind."""
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
        try:
            _send(message_for(item))
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
                    )
                )
            log = logger.error if give_up else logger.warning
            log(
                "Notice for %s not sent (attempt %s%s): %s",
                item.reference,
                attempts,
                ", giving up" if give_up else "",
                type(exc).__name__,
            )
            continue
        sent += 1
        with session() as s, s.begin():
            s.execute(
                update(OutboxMessage).where(OutboxMessage.id == item.id).values(sent_at=utcnow(), attempts=item.attempts + 1)
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
