"""When the Rasa server starts a new session in a long conversation (bot.rasa.rollover), and what
the policies then see: the same state as without the boundary, on the project's own domain."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

import bot.rasa  # noqa: F401  (installs the mends)
from bot.rasa import rollover
from bot.sessions import ROLLOVER
from bot.settings import PROJECT_DIR

DOMAIN = Domain.load(str(PROJECT_DIR / "domain.yml"))


def user(intent: str, text: str = "...") -> UserUttered:
    return UserUttered(text, intent={"name": intent, "confidence": 1.0})


def tracker_with(*events: Event) -> DialogueStateTracker:
    tracker = DialogueStateTracker("t", DOMAIN.slots)
    tracker.update_with_events(
        [ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted(), ActionExecuted(ACTION_LISTEN_NAME), *events], DOMAIN
    )
    return tracker


def answered(article: str, offered: bool = False) -> list[Event]:
    return [
        user("ask_question"),
        ActionExecuted("action_answer"),
        BotUttered("an answer", data={"custom": {"kind": "answer", "article": article}}),
        SlotSet("handoff_offered", offered),
        ActionExecuted(ACTION_LISTEN_NAME),
    ]


def test_the_mend_is_in_place() -> None:
    assert MessageProcessor._update_tracker_session is rollover._update_tracker_session


def test_a_new_session_after_so_many_messages_at_a_turn_boundary_outside_a_form() -> None:
    three = [e for _ in range(3) for e in answered("funding.gift_aid")]
    assert not rollover.due(tracker_with(*three), 4)
    assert rollover.due(tracker_with(*three, *answered("funding.gift_aid")), 4)
    assert rollover.due(tracker_with(*three), 3)
    assert not rollover.due(tracker_with(*three), 0)  # SESSION_TURNS=0: never
    in_form = tracker_with(*three, user("request_human"), ActionExecuted("handoff_form"), ActiveLoop("handoff_form"))
    in_form.update(ActionExecuted(ACTION_LISTEN_NAME))
    assert not rollover.due(in_form, 2)
    mid_turn = tracker_with(*three, user("ask_question"), ActionExecuted("action_answer"))
    assert not rollover.due(mid_turn, 2)


def _with_message(tracker: DialogueStateTracker, intent: str) -> list[dict[str, Any]]:
    tracker.update(user(intent), DOMAIN)
    return [dict(s) for s in tracker.past_states(DOMAIN)][-1:]


def test_the_new_session_carries_the_slots_and_the_policies_see_the_same_state() -> None:
    paused = [
        *answered("funding.gift_aid", offered=True),
        user("affirm"),
        ActionExecuted("handoff_form"),
        ActiveLoop("handoff_form"),
        SlotSet("location", "LS6 2AB"),
        SlotSet("lio_id", "voluntary-action-leeds"),
        SlotSet("requested_slot", "consent"),
        ActionExecuted(ACTION_LISTEN_NAME),
        user("emergency"),
        ActionExecuted("action_emergency"),
        BotUttered("999", data={"custom": {"kind": "emergency"}}),
        SlotSet("form_paused", True),
        ActionExecuted("action_deactivate_loop"),
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        ActionExecuted(ACTION_LISTEN_NAME),
    ]
    for intent in ("affirm", "deny", "emergency", "ask_question", "tell_me_more"):
        without = tracker_with(*paused)
        rolled = tracker_with(*paused)
        events = asyncio.run(rollover.RolloverSessionStart().run(None, None, rolled, DOMAIN))  # type: ignore[arg-type]
        started = events[0]
        assert isinstance(started, SessionStarted)
        assert started.metadata[ROLLOVER]["payloads"] == [
            {"kind": "emergency"},
            {"kind": "answer", "article": "funding.gift_aid"},
        ]
        rolled.update_with_events([ActionExecuted(ACTION_SESSION_START_NAME), *events], DOMAIN)
        assert rolled.current_slot_values() == without.current_slot_values()
        assert rolled.get_slot("location") == "LS6 2AB" and rolled.get_slot("form_paused") is True
        assert len(rolled.applied_events()) < len(without.applied_events())
        assert _with_message(rolled, intent) == _with_message(without, intent), intent
