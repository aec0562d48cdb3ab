"""Automatic deletion after RETENTION_DAYS, with a fake "now", and the daily background run."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from bot.records import db, retention
from bot.records.tables import AuditEntry, Handoff, HandoffNote, LoginAttempt, QuestionLog, utcnow
from tests.conftest import use_settings
from tests.web.staff.conftest import World, make_handoff

# A month ahead of the real clock: the seeded handoffs (made a few days ago) are then about a
# month old, well inside the retention period.
NOW = utcnow().replace(microsecond=0) + dt.timedelta(days=30)


def _count(world: World, model) -> int:  # type: ignore[no-untyped-def]
    with db.session(world.url) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _add_old_data(world: World) -> None:
    with db.session(world.url) as s, s.begin():
        old = make_handoff("HO-OLD222", "lio-a", created_at=NOW - dt.timedelta(days=181))
        edge = make_handoff("HO-EDGE22", "lio-a", created_at=NOW - dt.timedelta(days=179, hours=23))
        s.add_all([old, edge])
        s.flush()
        s.add(HandoffNote(handoff_id=old.id, author=world.staff_a, text="old note"))
        s.add(HandoffNote(handoff_id=edge.id, author=world.staff_a, text="recent note"))
        s.add(QuestionLog(sender_id="s1", text="old question", outcome="fallback", asked_at=NOW - dt.timedelta(days=200)))
        s.add(QuestionLog(sender_id="s1", text="new question", outcome="fallback", asked_at=NOW - dt.timedelta(days=10)))
        s.add(LoginAttempt(email="someone@example.org", at=NOW - dt.timedelta(days=2)))
        s.add(LoginAttempt(email="someone@example.org", at=NOW - dt.timedelta(minutes=2)))


def test_purge_deletes_only_what_is_past_the_retention_period(any_world: World) -> None:
    _add_old_data(any_world)
    handoffs, questions = _count(any_world, Handoff), _count(any_world, QuestionLog)
    purged = retention.purge_expired(now=NOW)
    assert (purged.handoffs, purged.questions) == (1, 1)  # HO-OLD222 and the old question
    with db.session(any_world.url) as s:
        refs = set(s.scalars(select(Handoff.reference)))
        notes = [n.text for n in s.scalars(select(HandoffNote))]
        texts = set(s.scalars(select(QuestionLog.text)))
    assert "HO-OLD222" not in refs and "HO-EDGE22" in refs
    assert notes == ["recent note"]
    assert "old question" not in texts and "new question" in texts
    assert _count(any_world, Handoff) == handoffs - 1 and _count(any_world, QuestionLog) == questions - 1
    assert _count(any_world, LoginAttempt) == 1  # failed sign-ins are kept a day only


def test_purge_leaves_one_audit_entry_with_counts_only(any_world: World) -> None:
    _add_old_data(any_world)
    retention.purge_expired(now=NOW)
    with db.session(any_world.url) as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")))
    assert len(entries) == 1
    entry = entries[0]
    assert entry.actor == "system" and entry.reference is None
    assert entry.detail == "deleted 1 handoffs, 1 questions and 0 conversation events older than 180 days"


def test_purge_removes_notes_whose_handoff_is_gone(world: World) -> None:
    """SQLite does not enforce the notes' foreign key, so a handoff deleted by other code could
    leave its notes behind; the purge removes them."""
    with db.session(world.url) as s, s.begin():
        s.add(HandoffNote(handoff_id=99999, author="x@example.org", text="orphaned note"))
    retention.purge_expired(now=NOW)
    assert _count(world, HandoffNote) == 0


def test_retention_period_is_configurable(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    _add_old_data(world)
    use_settings(monkeypatch, retention_days=5)
    retention.purge_expired(now=NOW)
    with db.session(world.url) as s:
        assert set(s.scalars(select(Handoff.reference))) == set()  # every one is over 5 days old
        assert not s.scalars(select(QuestionLog).where(QuestionLog.text == "new question")).all()
        assert "older than 5 days" in s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "purge"))


def test_default_retention_is_180_days() -> None:
    """Checked in a fresh interpreter without RETENTION_DAYS, whatever this one was started with."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "RETENTION_DAYS"}
    out = subprocess.run(
        [sys.executable, "-c", "from bot import settings; print(settings.current().retention_days)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "180"


def test_purge_older_than_zero_deletes_everything_up_to_now(any_world: World) -> None:
    before = _count(any_world, Handoff)
    purged = retention.purge_expired(older_than_days=0)
    assert purged.handoffs == before > 0 and _count(any_world, Handoff) == 0
    assert _count(any_world, QuestionLog) == 0 and _count(any_world, HandoffNote) == 0


def test_daily_thread_purges_again(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    ran = threading.Event()

    def fake_purge(now=None) -> int:  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) >= 3:
            ran.set()
        return 0

    monkeypatch.setattr(retention, "purge_expired", fake_purge)
    retention.stop_daily_purge()  # the one a previous test's app may have started
    try:
        thread = retention.start_daily_purge(interval_seconds=0.05)
        assert thread.daemon and thread.name == "retention-purge"
        assert ran.wait(5), "the background thread did not purge again"
        assert retention.start_daily_purge(interval_seconds=0.05) is thread  # one thread per process
    finally:
        retention.stop_daily_purge()
    assert not thread.is_alive()


def test_one_time_links_go_a_month_after_they_expire(any_world: World) -> None:
    from bot.records.tables import StaffLink, StaffUser

    now = utcnow()
    with db.session(any_world.url) as s, s.begin():
        user_id = s.scalar(select(StaffUser.id).where(StaffUser.email == any_world.staff_a))
        for i, expired_days_ago in enumerate((31, 29)):
            expires = now - dt.timedelta(days=expired_days_ago)
            s.add(
                StaffLink(
                    user_id=user_id,
                    purpose="reset",
                    token_hash=f"{i}" * 64,
                    created_by=any_world.lead_a,
                    created_at=expires - dt.timedelta(hours=72),
                    expires_at=expires,
                    used_at=expires - dt.timedelta(hours=1),
                )
            )
    retention.purge_expired(now=now)
    with db.session(any_world.url) as s:
        assert [link.token_hash for link in s.scalars(select(StaffLink))] == ["1" * 64]
