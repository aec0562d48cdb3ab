"""The handoff's transcript is the whole conversation, when the conversation is a chain of Rasa
sessions (bot.sessions): its earlier sessions from Rasa's own SQL tracker store, the latest from the
tracker the action server is given, with the turn in progress not saved yet. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.records import handoffs
from bot.sessions import ROLLOVER
from tests.dbs import fresh_database


def session_start(rollover: bool) -> list[Event]:
    """What Rasa logs for a new session (ours carries something in its metadata)."""
    started = SessionStarted(metadata={ROLLOVER: {"payloads": []}}) if rollover else SessionStarted()
    return [ActionExecuted(ACTION_SESSION_START_NAME), started, ActionExecuted(ACTION_LISTEN_NAME)]


def turn(n: int) -> list[Event]:
    return [UserUttered(f"message {n}"), BotUttered(f"reply {n}"), ActionExecuted(ACTION_LISTEN_NAME)]


def serialised(tracker: DialogueStateTracker) -> list[dict[str, Any]]:
    """The events as Rasa sends them to the action server."""
    events: list[dict[str, Any]] = tracker.current_state(EventVerbosity.ALL)["events"]
    return events


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_transcript_spans_every_session_in_order_once(backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with fresh_database(backend, tmp_path) as url:
        monkeypatch.setenv("DATABASE_URL", url)
        domain = Domain.empty()
        store = SQLTrackerStore(domain, host=url)
        try:

            async def say(sender: str, *events: Event) -> DialogueStateTracker:
                """One turn as the Rasa server takes it: read the session, add the events, save."""
                tracker = await store.retrieve(sender) or DialogueStateTracker(sender, slots=[])
                tracker.update_with_events(list(events), domain)  # stamped now, in order, as Rasa does
                await store.save(tracker)
                return tracker

            async def conversation() -> list[dict[str, Any]]:
                await say("other", *session_start(False), *turn(0))  # another person's, never mixed in
                await say("me", *session_start(False), *turn(1))
                await say("me", *turn(2))
                await say("me", *session_start(True), *turn(3))  # the turn of a boundary: both sessions
                await say("other", *turn(0))
                await say("me", *turn(4))
                await say("me", *session_start(False), *turn(5))  # Rasa's own, after an hour's silence
                tracker = await store.retrieve("me")  # the turn in progress: read, not saved yet
                assert tracker is not None
                assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["message 5"]
                tracker.update_with_events([UserUttered("message 6"), BotUttered("reply 6")], domain)
                return serialised(tracker)

            current = asyncio.run(conversation())
            whole = handoffs.whole_conversation("me", current)
        finally:
            store.engine.dispose()
    assert [t["text"] for t in handoffs.transcript_from_events(whole)] == [
        text for n in range(1, 7) for text in (f"message {n}", f"reply {n}")
    ]


def test_a_conversation_not_saved_yet_is_its_tracker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with fresh_database("sqlite", tmp_path) as url:
        monkeypatch.setenv("DATABASE_URL", url)
        SQLTrackerStore(Domain.empty(), host=url).engine.dispose()  # Rasa's events table, empty
        tracker = DialogueStateTracker("new", slots=[])
        tracker.update_with_events([*session_start(False), *turn(1)], Domain.empty())
        events = serialised(tracker)
        assert handoffs.whole_conversation("new", events) == events
        assert handoffs.whole_conversation("new", []) == []
