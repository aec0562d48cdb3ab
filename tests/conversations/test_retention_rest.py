"""Retention end to end, on SQLite and PostgreSQL: a real conversation over REST that ends in a
handoff (with a staff note), then `python -m bot purge --older-than 0` while Rasa is still
writing another conversation; afterwards nothing of the first conversation is left."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

from bot.tooling.local_servers import PROJECT, Servers, conversation_id, start_servers, stop_servers
from tests.chats import make_handoff
from tests.dbs import fresh_database

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", "postgresql"])
def stack(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Servers, str]]:
    with fresh_database(request.param, tmp_path) as url:
        (tmp_path / "run").mkdir()
        proc, servers = start_servers(tmp_path / "run", {"DATABASE_URL": url})
        try:
            yield servers, url
        finally:
            stop_servers(proc)


def count(url: str, sql: str, **params: str) -> int:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql), params).scalar() or 0)
    finally:
        engine.dispose()


def test_purge_deletes_the_conversation_handoff_notes_and_questions(stack: tuple[Servers, str]) -> None:
    servers, url = stack
    assert count(url, "SELECT count(*) FROM staff_audit WHERE action = 'purge'") >= 1  # the launcher's start-up run
    me = "retention-e2e"
    make_handoff(servers, me)
    sender = conversation_id(me)
    engine = create_engine(url, future=True)
    with engine.begin() as conn:
        handoff_id = conn.execute(text("SELECT id FROM handoffs WHERE sender_id = :s"), {"s": sender}).scalar()
        conn.execute(
            text(
                "INSERT INTO handoff_notes (handoff_id, author, text, created_at) VALUES (:h, 'staff@example.org', 'called back', CURRENT_TIMESTAMP)"
            ),
            {"h": handoff_id},
        )
    engine.dispose()
    assert count(url, "SELECT count(*) FROM events WHERE sender_id = :s", s=sender) > 10
    assert count(url, "SELECT count(*) FROM question_log WHERE sender_id = :s", s=sender) >= 1

    stop = threading.Event()
    errors: list[str] = []

    def keep_chatting() -> None:  # Rasa writes its tracker store throughout the purge
        i = 0
        while not stop.is_set():
            try:
                servers.say(f"busy-{i % 3}", "how do we claim gift aid on donations")
            except Exception as exc:  # noqa: BLE001
                errors.append(repr(exc))
            i += 1

    chatter = threading.Thread(target=keep_chatting)
    chatter.start()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "purge", "--older-than", "0"],
            cwd=PROJECT,
            env=dict(os.environ, **servers.env),
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        stop.set()
        chatter.join()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Purge: deleted 1 handoffs"), result.stdout
    assert not errors, errors[:3]
    assert count(url, "SELECT count(*) FROM events WHERE sender_id = :s", s=sender) == 0
    assert count(url, "SELECT count(*) FROM handoffs WHERE sender_id = :s", s=sender) == 0
    assert count(url, "SELECT count(*) FROM handoff_notes") == 0
    assert count(url, "SELECT count(*) FROM question_log WHERE sender_id = :s", s=sender) == 0
    assert servers.say("after-purge", "hello")  # and the assistant carries on
