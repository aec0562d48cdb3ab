"""The mended action-result validation accepts and refuses exactly what Rasa's own did."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

import bot.rasa  # noqa: F401  (installs the mends)
from bot.rasa import mends

GOOD: list[dict[str, Any]] = [
    {"events": [], "responses": []},
    {
        "events": [{"event": "slot", "name": "handoff_offered", "value": False}],
        "responses": [{"text": "hi", "custom": {"kind": "answer"}}],
    },
    {"events": [{"event": "followup", "name": "action_listen"}, {"event": "active_loop", "name": None}], "responses": []},
]
BAD: list[dict[str, Any]] = [
    {"events": "not a list", "responses": []},
    {"events": [{"event": "slot", "value": 1}], "responses": []},  # a slot event needs its name
    {"events": [], "responses": ["just text"]},
]


def _action() -> RemoteAction:
    return RemoteAction("action_answer", EndpointConfig("http://localhost:1/webhook"))


def test_the_mend_is_in_place() -> None:
    assert RemoteAction._validate_action_result is mends._validate_action_result


@pytest.mark.parametrize("result", GOOD)
def test_valid_replies_pass_as_before(result: dict[str, Any]) -> None:
    action = _action()
    jsonschema.validate(result, action.action_response_format_spec())  # Rasa's own way agrees
    assert action._validate_action_result(result) is True


@pytest.mark.parametrize("result", BAD)
def test_invalid_replies_are_refused_as_before_with_rasas_hint(result: dict[str, Any]) -> None:
    action = _action()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result, action.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(result)


# An action server that cannot be reached: the Rasa server answers by itself --------------------

DEAD_ENDPOINT = "http://127.0.0.1:9/webhook"  # the discard port: nothing listens


def _turn(text: str, *later: Any, entities: list[dict[str, Any]] | None = None) -> Any:
    """A tracker whose latest message is `text` (with `entities`), then the events `later`."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load("domain.yml")
    events = [ActionExecuted("action_listen"), UserUttered(text, {"name": "ask_question"}, entities or []), *later]
    return DialogueStateTracker.from_events("mends-test", events, slots=domain.slots), domain


def _run(action_name: str, tracker: Any, domain: Any) -> list[Any]:
    import asyncio

    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator

    action = RemoteAction(action_name, EndpointConfig(DEAD_ENDPOINT))
    return asyncio.run(
        action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(domain.responses), tracker, domain)
    )


def test_an_action_that_cannot_run_gets_the_apology_with_999_and_the_lio_finder() -> None:
    from rasa.shared.core.events import BotUttered

    tracker, domain = _turn("how do we register as a charity")
    events = _run("action_answer", tracker, domain)
    assert len(events) == 1 and isinstance(events[0], BotUttered)
    assert events[0].data["custom"] == {"kind": "error", "reason": "unavailable"}
    assert "999" in events[0].text and "https://navca.org.uk" in events[0].text  # knowledge/lios.yml's NAVCA entry
    # A second action of the same message (a form asking its next question) adds no second apology.
    tracker.update(events[0])
    assert _run("action_ask_consent", tracker, domain) == []


def test_a_crisis_is_still_signposted_from_the_nlus_route() -> None:
    entity = {"entity": "crisis_type", "value": "suicide_self_harm", "also": []}
    tracker, domain = _turn("i've got the pills ready", entities=[entity])
    events = _run("action_emergency", tracker, domain)
    assert events[0].data["custom"]["kind"] == "emergency" and events[0].data["custom"]["type"] == "suicide_self_harm"
    assert "116 123" in events[0].text and "85258" in events[0].text


def test_a_form_whose_validation_cannot_run_asks_again_instead_of_keeping_unchecked_values() -> None:
    from rasa.shared.core.events import ActionExecuted, SlotSet

    tracker, domain = _turn(
        "LS6 2AB", ActionExecuted("handoff_form"), SlotSet("requested_slot", "location"), SlotSet("location", "LS6 2AB")
    )
    events = _run("validate_handoff_form", tracker, domain)
    assert events[0].data["custom"]["kind"] == "error"
    assert [e for e in events if isinstance(e, SlotSet)] == [SlotSet("location", None)]


def test_a_forms_own_rejection_is_left_to_rasa(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasa.core.actions.action import ActionExecutionRejection

    async def rejects(*args: Any) -> list[Any]:
        raise ActionExecutionRejection("validate_handoff_form")

    monkeypatch.setattr(mends, "_rasa_remote_run", rejects)
    tracker, domain = _turn("LS6 2AB")
    with pytest.raises(ActionExecutionRejection):
        _run("validate_handoff_form", tracker, domain)


def test_the_tracker_stores_pooled_connections_are_pinged_before_use() -> None:
    from rasa.core import tracker_store

    assert tracker_store.create_engine_kwargs("postgresql://postgres@127.0.0.1/x")["pool_pre_ping"] is True
    assert tracker_store.create_engine_kwargs("sqlite:///x.db")["pool_pre_ping"] is True


def test_with_redis_unreachable_a_conversations_messages_still_take_turns() -> None:
    """Under the replica's own lock: the second message waits for the first, as with Redis."""
    import asyncio

    from rasa.core.lock_store import RedisLockStore

    store = RedisLockStore(host="127.0.0.1", port=9, socket_timeout=2)  # nothing listens
    order: list[str] = []

    async def message(name: str, pause: float) -> None:
        async with store.lock("conversation-a", wait_time_in_seconds=0.05):
            order.append(f"{name} in")
            await asyncio.sleep(pause)
            order.append(f"{name} out")

    async def both() -> None:
        await asyncio.gather(message("first", 0.3), message("second", 0))

    asyncio.run(both())
    assert order == ["first in", "first out", "second in", "second out"]


def test_a_conversation_that_cannot_be_read_or_saved_is_waited_for_then_refused_never_forked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rasa's FailSafeTrackerStore would answer from an empty conversation, and save to memory."""
    import asyncio

    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
    from sqlalchemy.exc import OperationalError

    from bot.records import db

    monkeypatch.setattr(db, "RETRY_PAUSES", (0.01, 0.01))
    tracker, domain = _turn("our postcode is LS6 2AB")

    class Restarting(InMemoryTrackerStore):
        def __init__(self, failures: int) -> None:
            super().__init__(domain)
            self.failures = failures

        def fail_while_down(self) -> None:
            if self.failures:
                self.failures -= 1
                raise OperationalError("SELECT", {}, Exception("the database system is starting up"))

        async def retrieve(self, sender_id: str) -> Any:
            self.fail_while_down()
            return await super().retrieve(sender_id)

        async def save(self, tracker: Any) -> None:
            self.fail_while_down()
            await super().save(tracker)

    back_soon = FailSafeTrackerStore(Restarting(failures=2))
    asyncio.run(back_soon.save(tracker))
    assert asyncio.run(back_soon.retrieve("mends-test")).events == tracker.events

    down = FailSafeTrackerStore(Restarting(failures=99))
    with pytest.raises(OperationalError):
        asyncio.run(down.retrieve("mends-test"))
    with pytest.raises(OperationalError):
        asyncio.run(down.save(tracker))
    assert down._fallback_tracker_store is None  # nothing kept in memory instead
