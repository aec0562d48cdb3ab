"""Deleting personal data when the retention period ends (settings.RETENTION_DAYS, default 180).

The privacy notice promises that handoffs and logged questions go after RETENTION_DAYS, so the
web app does it by itself: once when it starts and then once a day from a background thread
(`start_daily_purge`). Each run leaves one audit entry with counts only. Failed sign-in records
(which hold typed email addresses) go after a day; the lock-out only needs minutes of them.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading

from sqlalchemy import delete, func, select

from bot import settings
from bot.conversation_retention import purge_conversations
from bot.db import Handoff, QuestionLog, session, utcnow
from bot.staff import audit
from bot.staff.models import HandoffNote, LoginAttempt

logger = logging.getLogger(__name__)
DAY = 24 * 3600
_started = threading.Lock()
_thread: threading.Thread | None = None
_stop = threading.Event()


def purge_expired(now: dt.datetime | None = None) -> int:
    """Delete handoffs (with their notes), questions and Rasa conversations older than RETENTION_DAYS.

    Returns how many handoffs and questions were deleted, together. `now` is for tests.
    """
    now = now or utcnow()
    days = settings.RETENTION_DAYS
    cutoff = now - dt.timedelta(days=days)
    with session() as s, s.begin():
        old = select(Handoff.id).where(Handoff.created_at < cutoff).scalar_subquery()
        s.execute(delete(HandoffNote).where(HandoffNote.handoff_id.in_(old)).execution_options(synchronize_session=False))
        # Notes left behind if a handoff was deleted elsewhere (SQLite does not enforce the key).
        s.execute(
            delete(HandoffNote).where(HandoffNote.handoff_id.not_in(select(Handoff.id).scalar_subquery()))
            .execution_options(synchronize_session=False)
        )
        handoffs = s.scalar(select(func.count()).select_from(Handoff).where(Handoff.created_at < cutoff)) or 0
        s.execute(delete(Handoff).where(Handoff.created_at < cutoff).execution_options(synchronize_session=False))
        questions = s.execute(
            delete(QuestionLog).where(QuestionLog.asked_at < cutoff).execution_options(synchronize_session=False)
        ).rowcount or 0
        s.execute(
            delete(LoginAttempt).where(LoginAttempt.at < now - dt.timedelta(days=1))
            .execution_options(synchronize_session=False)
        )
        conversations = purge_conversations(cutoff)
        audit.record(
            s, "system", "purge",
            detail=f"deleted {handoffs} handoffs, {questions} questions and {conversations} conversation "
            f"events older than {days} days",
        )
    if handoffs or questions:
        logger.info("Retention purge: %s handoffs, %s questions older than %s days", handoffs, questions, days)
    return handoffs + questions


def _safe_purge() -> None:
    try:
        purge_expired()
    except Exception:  # a database hiccup must not stop the web app; tomorrow's run retries
        logger.exception("Retention purge failed")


def start_daily_purge(interval_seconds: float = DAY) -> threading.Thread:
    """Purge now, then every `interval_seconds` in a daemon thread (one per process).

    A daemon thread rather than cron: `make run` is the whole deployment, with nothing else to
    set up. With several web processes each purges daily, which is harmless (it is idempotent).
    """
    global _thread
    _safe_purge()
    with _started:
        if _thread is None or not _thread.is_alive():
            _stop.clear()

            def loop() -> None:
                while not _stop.wait(interval_seconds):
                    _safe_purge()

            _thread = threading.Thread(target=loop, name="retention-purge", daemon=True)
            _thread.start()
    return _thread


def stop_daily_purge(timeout: float = 5) -> None:
    """Stop the background thread (for tests; the process exiting also ends it)."""
    global _thread
    with _started:
        _stop.set()
        if _thread is not None:
            _thread.join(timeout)
        _thread = None
