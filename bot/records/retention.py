"""Deleting personal data when the retention period ends (settings.current().retention_days, default 180).

The privacy notice promises that conversations, handoffs and logged questions go after
RETENTION_DAYS. `purge_expired` deletes all of them in ONE transaction on one connection: Rasa's
tracker events (its `events` table, in the same database, which Rasa itself never deletes), our
handoffs with their staff notes, the question log and the handoff steps (bot.records.question_log),
and the outbox and overdue-digest records of the same age. One connection matters on SQLite, where a
second writer inside the same run would wait for the first and fail ("database is locked"); with
Rasa writing at the same time, SQLite makes its writes wait a moment, PostgreSQL lets them go
ahead on other rows. Failed sign-in records (which hold typed email addresses) go after a day,
staff one-time links (hashes; kept so a second click says "already used") LINK_DAYS after
they expire.

Who runs it: the launcher (`python -m bot run`) at start and then daily (`start_daily_purge`),
and `python -m bot purge [--older-than DAYS]` for cron. Each run leaves one audit entry with
counts only. The launcher's log files rotate daily and keep RETENTION_DAYS of them (bot.launcher).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass

from sqlalchemy import delete, func, inspect, select, text
from sqlalchemy.engine import Connection

from bot import settings
from bot.background import Periodic
from bot.records.db import session
from bot.records.tables import Handoff, HandoffStep, OutboxMessage, OverdueDigest, QuestionLog, utcnow

logger = logging.getLogger(__name__)
DAY = 24 * 3600
LINK_DAYS = 30


@dataclass(frozen=True)
class Purged:
    handoffs: int
    questions: int
    conversation_events: int

    def __str__(self) -> str:
        return f"deleted {self.handoffs} handoffs, {self.questions} questions and {self.conversation_events} conversation events"


def purge_conversations(conn: Connection, cutoff: dt.datetime) -> int:
    """Delete the tracker events of conversations whose latest event is older than `cutoff`.

    Whole conversations go at once (not their oldest half), so no one is left with a
    conversation that starts in the middle. Returns the number of events deleted.
    """
    if not inspect(conn).has_table("events"):
        return 0
    stamp = (cutoff if cutoff.tzinfo else cutoff.replace(tzinfo=dt.timezone.utc)).timestamp()
    result = conn.execute(
        text(
            "DELETE FROM events WHERE sender_id IN ("
            " SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :stamp)"
        ),
        {"stamp": stamp},
    )
    return int(result.rowcount or 0)


def purge_expired(now: dt.datetime | None = None, older_than_days: float | None = None) -> Purged:
    """Delete conversations, handoffs (with their notes) and questions older than the period.

    `older_than_days` defaults to RETENTION_DAYS (0 deletes everything up to now); `now` is for tests.
    """
    from bot.records import audit
    from bot.records.tables import HandoffNote, LoginAttempt, StaffLink

    now = now or utcnow()
    days = settings.current().retention_days if older_than_days is None else older_than_days
    cutoff = now - dt.timedelta(days=days)
    with session() as s, s.begin():
        old = select(Handoff.id).where(Handoff.created_at < cutoff).scalar_subquery()
        s.execute(delete(HandoffNote).where(HandoffNote.handoff_id.in_(old)).execution_options(synchronize_session=False))
        # Notes left behind if a handoff was deleted elsewhere (SQLite does not enforce the key).
        s.execute(
            delete(HandoffNote)
            .where(HandoffNote.handoff_id.not_in(select(Handoff.id).scalar_subquery()))
            .execution_options(synchronize_session=False)
        )
        handoffs = s.scalar(select(func.count()).select_from(Handoff).where(Handoff.created_at < cutoff)) or 0
        s.execute(delete(Handoff).where(Handoff.created_at < cutoff).execution_options(synchronize_session=False))
        questions = (
            s.execute(
                delete(QuestionLog).where(QuestionLog.asked_at < cutoff).execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
        s.execute(delete(HandoffStep).where(HandoffStep.at < cutoff).execution_options(synchronize_session=False))
        s.execute(delete(OutboxMessage).where(OutboxMessage.created_at < cutoff).execution_options(synchronize_session=False))
        s.execute(delete(OverdueDigest).where(OverdueDigest.created_at < cutoff).execution_options(synchronize_session=False))
        s.execute(
            delete(LoginAttempt).where(LoginAttempt.at < now - dt.timedelta(days=1)).execution_options(synchronize_session=False)
        )
        s.execute(
            delete(StaffLink)
            .where(StaffLink.expires_at < now - dt.timedelta(days=LINK_DAYS))
            .execution_options(synchronize_session=False)
        )
        purged = Purged(handoffs, int(questions), purge_conversations(s.connection(), cutoff))
        audit.record(s, "system", "purge", detail=f"{purged} older than {days:g} days")
    logger.info("Retention purge: %s older than %s days", purged, days)
    return purged


_daily = Periodic("retention-purge", lambda: purge_expired())


def start_daily_purge(interval_seconds: float = DAY) -> threading.Thread:
    """Purge now (in the caller), then every `interval_seconds` in a daemon thread.

    A thread in the launcher rather than cron: `make run` is the whole deployment, with nothing
    else to set up (`python -m bot purge` is there for deployments that prefer cron).
    """
    return _daily.start(interval_seconds, run_now_in_caller=True)


def stop_daily_purge(timeout: float = 5) -> None:
    """Stop the background thread (at shutdown, and in tests)."""
    _daily.stop(timeout)
