"""Old conversations are deleted from Rasa's own SQL tracker store, recent ones kept."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.records import db
from bot.records.retention import purge_conversations
from tests.dbs import fresh_database, postgres_available


def _tracker(sender: str, when: dt.datetime) -> DialogueStateTracker:
    stamp = when.replace(tzinfo=dt.timezone.utc).timestamp()
    tracker = DialogueStateTracker(sender, slots=[])
    tracker.update(UserUttered("hello", timestamp=stamp))
    tracker.update(BotUttered("hi", timestamp=stamp + 1))
    return tracker


@pytest.mark.parametrize(
    "backend",
    [
        "sqlite",
        pytest.param(
            "postgresql", marks=pytest.mark.skipif(not postgres_available(), reason="PostgreSQL is not running on 127.0.0.1:5432")
        ),
    ],
)
def test_purge_deletes_only_conversations_past_retention(backend: str, tmp_path: Path) -> None:
    with fresh_database(backend, tmp_path) as url:
        store = SQLTrackerStore(Domain.empty(), host=url)
        now = dt.datetime(2026, 11, 24, 12, 0)
        asyncio.run(store.save(_tracker("old", now - dt.timedelta(days=200))))
        asyncio.run(store.save(_tracker("recent", now - dt.timedelta(days=3))))
        with db.engine(url).begin() as conn:
            deleted = purge_conversations(conn, now - dt.timedelta(days=180))
        assert deleted == 2
        remaining = asyncio.run(store.keys())
        assert set(remaining) == {"recent"}
        store.engine.dispose()
