"""What the actions record for the dashboard's outcome figures (issue 15), into a real database:
the LIO whose website the chat is on (from the widget's message metadata) with each question,
and the handoff form's steps (their LIO found, their consent) with the LIO, never any words."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Iterator

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions import handoff_actions
from actions.actions import ActionAnswer, ActionEmergency
from bot.places.lios import sync_directory
from bot.records import db
from bot.records.tables import HandoffStep, QuestionLog
from tests.dbs import fresh_database

LEEDS = "voluntary-action-leeds"


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with fresh_database("sqlite", tmp_path) as url:
        monkeypatch.setenv("DATABASE_URL", url)
        sync_directory()
        monkeypatch.setattr(handoff_actions.handoffs, "ensure_directory", lambda: 0)  # loaded just now
        yield url


def tracker(text: str, metadata: Any = None, intent: str = "ask_question", slots: dict[str, Any] | None = None) -> Tracker:
    message: dict[str, Any] = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    if metadata is not None:
        message["metadata"] = metadata
    return Tracker(
        sender_id="conversation-1",
        slots={"handoff_offered": False, **(slots or {})},
        latest_message=message,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def questions() -> list[tuple[str, str, str | None, str]]:
    with db.session() as s:
        return [(q.sender_id, q.outcome, q.site_lio_id, q.text) for q in s.scalars(select(QuestionLog).order_by(QuestionLog.id))]


def steps() -> list[tuple[str, str, str | None, str | None]]:
    with db.session() as s:
        return [(x.sender_id, x.step, x.lio_id, x.site_lio_id) for x in s.scalars(select(HandoffStep).order_by(HandoffStep.id))]


def test_each_question_keeps_the_website_lio_it_was_asked_on(database: str) -> None:
    run = lambda action, t: asyncio.run(action.run(CollectingDispatcher(), t, {}))  # noqa: E731
    run(ActionAnswer(), tracker("how do we claim gift aid on donations", {"lio": LEEDS}))
    run(ActionAnswer(), tracker("what's the best recipe for lasagne", {"lio": "Not An Id <script>"}, "out_of_scope"))
    run(ActionAnswer(), tracker("how do we claim gift aid on donations"))  # REST: no metadata
    run(ActionAnswer(), tracker("how do we claim gift aid on donations", {"lio": 12}))
    run(ActionEmergency(), tracker("my partner hits me", {"lio": LEEDS}, "emergency"))
    assert questions() == [
        ("conversation-1", "answer", LEEDS, "how do we claim gift aid on donations"),
        ("conversation-1", "fallback", None, "what's the best recipe for lasagne"),
        ("conversation-1", "answer", None, "how do we claim gift aid on donations"),
        ("conversation-1", "answer", None, "how do we claim gift aid on donations"),
        ("conversation-1", "emergency", LEEDS, ""),  # a crisis keeps its route, never its words
    ]


def test_the_handoff_form_records_the_lio_found_and_the_consent(database: str) -> None:
    form = handoff_actions.ValidateHandoffForm()
    dispatcher = CollectingDispatcher()
    site = {"lio": "some-other-lio"}
    found = form.validate_location("LS6 2AB", dispatcher, tracker("LS6 2AB", site, "inform"), {})
    assert found["lio_id"] == LEEDS
    assert form.validate_location("Narnia", dispatcher, tracker("Narnia", site, "inform"), {}) == {"location": None}
    assert steps() == [("conversation-1", "routed", LEEDS, "some-other-lio")]
    assert form.validate_consent(False, dispatcher, tracker("no", site, "deny", {"lio_id": LEEDS}), {}) == {"consent": False}
    assert len(steps()) == 1  # saying no records nothing more
    agreed = form.validate_consent(True, dispatcher, tracker("yes", site, "affirm", {"lio_id": LEEDS}), {})
    assert agreed["consent"] is True
    assert steps()[1] == ("conversation-1", "consented", LEEDS, "some-other-lio")
    # Nothing typed is kept with a step: the table has no column for it.
    assert {c.name for c in HandoffStep.__table__.columns} == {"id", "at", "sender_id", "step", "lio_id", "site_lio_id"}
