"""The schema's history: a database from the first release, or from any version before Alembic,
upgrades to the newest schema with its data kept, and the migrations agree with the table classes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select, text

from bot.__main__ import main as cli
from bot.records import db
from bot.records.tables import Base, Handoff, Lio
from tests.dbs import fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as u:
        yield u


def schema_differences(url: str) -> list:
    eng = create_engine(url, future=True)
    try:
        with eng.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return compare_metadata(context, Base.metadata)
    finally:
        eng.dispose()


def fill_first_release(url: str) -> None:
    """Rows as the first release wrote them (its columns only)."""
    eng = create_engine(url, future=True)
    with eng.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO lios (id, name, source, checked) VALUES ('lio-x', 'Example CVS', "
                "'checked on its own site, 2026', '2026-11-20')"
            )
        )
        conn.execute(text("INSERT INTO lio_areas (lio_id, la_code) VALUES ('lio-x', 'E08000035')"))
        conn.execute(
            text(
                "INSERT INTO handoffs (reference, sender_id, lio_id, topics, transcript, consent_version, consent_text, "
                "consent_at, status, created_at) VALUES ('HO-FIRST1', 'conv-1', 'lio-x', '[]', "
                '\'[{"who": "user", "text": "our treasurer took money"}]\', \'v1\', \'I agree\', '
                "'2026-11-24 10:00:00', 'new', '2026-11-24 10:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO question_log (asked_at, sender_id, text, outcome) VALUES ('2026-11-24 10:00:00', 'conv-1', "
                "'how do we claim gift aid', 'answer')"
            )
        )
    eng.dispose()


def assert_first_release_rows_kept(url: str) -> None:
    with db.session(url) as s:
        lio = s.get(Lio, "lio-x")
        assert lio is not None and lio.origin == "curated" and lio.retired_at is None
        assert lio.la_codes == ["E08000035"]
        handoff = s.execute(select(Handoff)).scalar_one()
        assert handoff.reference == "HO-FIRST1"
        assert handoff.transcript == [{"who": "user", "text": "our treasurer took money"}]
        assert handoff.consent_at == dt.datetime(2026, 11, 24, 10, 0)
        # A source note longer than the first release's 300 characters now fits (TEXT).
        lio.source = "x" * 2000
        s.commit()


def test_a_new_database_gets_the_newest_schema_matching_the_tables(url: str) -> None:
    assert db.current_revision(url) is None
    assert db.upgrade(url) == db.head_revision()
    assert schema_differences(url) == []
    assert db.upgrade(url) == db.head_revision()  # a second run changes nothing


def test_the_first_release_upgrades_with_its_data(url: str) -> None:
    db.upgrade(url, "0001")
    fill_first_release(url)
    missing = {d[1].name for d in schema_differences(url) if d[0] == "add_table"}
    assert missing == {
        "outbox",
        "staff_users",
        "staff_login_attempts",
        "handoff_notes",
        "staff_audit",
        "staff_links",
        "staff_recovery_codes",
        "lio_staff_rules",
        "answer_feedback",
        "handoff_steps",
        "lio_settings",
        "overdue_digests",
    }
    assert db.upgrade(url) == db.head_revision()
    assert schema_differences(url) == []
    assert_first_release_rows_kept(url)


def test_answer_feedback_comes_with_0005_and_goes_on_downgrade(url: str) -> None:
    from alembic import command
    from sqlalchemy import inspect

    def tables() -> set[str]:
        eng = create_engine(url, future=True)
        try:
            with eng.connect() as conn:
                return set(inspect(conn).get_table_names())
        finally:
            eng.dispose()

    db.upgrade(url, "0004")
    assert "answer_feedback" not in tables()
    assert db.upgrade(url, "0005") == "0005"
    assert "answer_feedback" in tables()
    assert schema_differences(url) == [] or db.head_revision() != "0005"
    eng = create_engine(url, future=True)
    with eng.connect() as conn:
        command.downgrade(db.alembic_config(conn), "0004")
        conn.commit()
    eng.dispose()
    assert "answer_feedback" not in tables() and db.current_revision(url) == "0004"


def test_a_database_made_before_alembic_is_stamped_then_upgraded(url: str) -> None:
    """The first release made its tables with create_all and kept no alembic_version."""
    db.upgrade(url, "0001")
    eng = create_engine(url, future=True)
    with eng.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    eng.dispose()
    fill_first_release(url)
    assert db.upgrade(url) == db.head_revision()
    assert schema_differences(url) == []
    assert_first_release_rows_kept(url)


def test_a_database_from_the_last_version_before_alembic_upgrades(url: str) -> None:
    """That version made every table (create_all) and added the two directory columns itself."""
    eng = create_engine(url, future=True)
    Base.metadata.create_all(eng)
    eng.dispose()
    assert db.upgrade(url) == db.head_revision()
    assert schema_differences(url) == []


def test_staff_accounts_of_0003_become_plain_staff_without_two_factor(url: str) -> None:
    """0004 adds the LIO-admin role and two-factor columns: existing accounts keep everything
    else and start as plain staff (or site-wide administrators) with two-factor off."""
    from bot.records.tables import OutboxMessage, StaffUser

    db.upgrade(url, "0003")
    eng = create_engine(url, future=True)
    with eng.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff_users (email, password_hash, lio_id, is_admin, session_epoch, created_at) VALUES "
                "('jo@lio-x.example.org', '$argon2id$x', 'lio-x', false, 'e1', '2026-11-24 10:00:00'), "
                "('boss@example.org', '$argon2id$y', NULL, true, 'e2', '2026-11-24 10:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO outbox (kind, reference, lio_name, to_address, created_at, attempts, next_attempt_at) VALUES "
                "('new_handoff', 'HO-OLD111', 'Example CVS', 'inbox@example.org', '2026-11-24 10:00:00', 0, '2026-11-24 10:00:00')"
            )
        )
    eng.dispose()
    assert db.upgrade(url) == db.head_revision()
    assert schema_differences(url) == []
    with db.session(url) as s:
        users = {u.email: u for u in s.scalars(select(StaffUser))}
        assert s.scalar(select(OutboxMessage.sealed_link)) is None
    jo, boss = users["jo@lio-x.example.org"], users["boss@example.org"]
    assert (jo.lio_id, jo.is_admin, jo.is_lio_admin, jo.totp_enabled_at, jo.password_hash) == (
        "lio-x",
        False,
        False,
        None,
        "$argon2id$x",
    )
    assert (boss.is_admin, boss.is_lio_admin, boss.totp_secret) == (True, False, None)
    eng = create_engine(url, future=True)  # and back down again, keeping the accounts
    with eng.connect() as conn:
        command.downgrade(db.alembic_config(conn), "0003")
        conn.commit()
        assert conn.execute(text("SELECT count(*) FROM staff_users")).scalar() == 2
    eng.dispose()


def test_response_times_are_filled_from_the_audit_log(url: str) -> None:
    """0006: handoffs worked on before it get their first action and closing time from the audit
    log (the first status change, assignment or note; the last move to closed of a closed one)."""
    db.upgrade(url, "0003")
    fill_first_release(url)
    eng = create_engine(url, future=True)
    with eng.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO handoffs (reference, sender_id, lio_id, topics, transcript, consent_version, consent_text, "
                "consent_at, status, created_at) VALUES ('HO-SECND2', 'conv-2', 'lio-x', '[]', '[]', 'v1', 'I agree', "
                "'2026-11-25 10:00:00', 'closed', '2026-11-25 10:00:00')"
            )
        )
        for at, action, reference, detail in (
            ("2026-11-24 11:00:00", "view", "HO-FIRST1", None),  # opening it is not acting on it
            ("2026-11-25 09:00:00", "note", "HO-FIRST1", None),
            ("2026-11-26 09:00:00", "assign", "HO-FIRST1", "assigned to a@example.org"),
            ("2026-11-25 12:00:00", "status", "HO-SECND2", "new -> in_progress"),
            ("2026-11-26 12:00:00", "status", "HO-SECND2", "in_progress -> closed"),
            ("2026-11-27 12:00:00", "status", "HO-SECND2", "closed -> in_progress"),
            ("2026-11-28 12:00:00", "status", "HO-SECND2", "in_progress -> closed"),
        ):
            conn.execute(
                text("INSERT INTO staff_audit (at, actor, action, reference, detail) VALUES (:at, 's@x.org', :a, :r, :d)"),
                {"at": at, "a": action, "r": reference, "d": detail},
            )
    eng.dispose()
    assert db.upgrade(url) == db.head_revision()
    with db.session(url) as s:
        got = {h.reference: (h.first_action_at, h.closed_at) for h in s.scalars(select(Handoff))}
    assert got == {
        "HO-FIRST1": (dt.datetime(2026, 11, 25, 9, 0), None),
        "HO-SECND2": (dt.datetime(2026, 11, 25, 12, 0), dt.datetime(2026, 11, 28, 12, 0)),
    }


def test_the_db_command_reports_and_upgrades(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    assert cli(["db", "current"]) == 1
    assert "behind the newest" in capsys.readouterr().out
    assert cli(["db", "upgrade"]) == 0
    assert f"none -> {db.head_revision()}" in capsys.readouterr().out
    assert cli(["db", "current"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_the_db_command_explains_an_unreachable_database(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    assert cli(["db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Database upgrade failed: OperationalError") and "Traceback" not in err
