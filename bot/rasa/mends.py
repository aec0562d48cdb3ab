"""Mends for Rasa 3.6, applied when the Rasa server loads our plug-ins: two slow spots, and three
ways a failing part behind the Rasa server used to fail the person (docs/scaling.md, "Faults").

**A turn cost more the longer the conversation** (the tracker store's read, the policies and the
action server all work on the whole session). A new session is started every SESSION_TURNS
messages, with what is pending carried over: `bot.rasa.rollover` (installed from here) and
`bot.sessions` say how and why.

**The action server's reply is validated against a schema that is re-checked every time.**
`RemoteAction._validate_action_result` calls `jsonschema.validate(result, schema)`, which first
checks the (large, constant) event schema against JSON Schema's meta-schema and builds a new
validator, on every custom action call. Measured with `python -m bot profile` and cProfile: about
60 ms of every turn that runs one of our actions went there, more than the answerer itself. Here
the schema is checked once and its validator kept; each reply is still validated in full, with
the same error (and Rasa's own hint appended) when it does not fit. Later Rasa releases keep the
validator too; remove this when the project moves past 3.6.

**An unreachable or failing action server meant silence.** `RemoteAction.run` raises, and Rasa's
processor logs the error, drops the action's events and carries on: the person got no reply at
all. Here the Rasa server answers by itself instead: a crisis still gets its signposting (built
from knowledge/triage.yml by `bot.answers.answering.emergency_reply`, the route taken from the
NLU's `crisis_type` entity), anything else one short apology with 999 and the way to a local
support organisation (`bot.places.location_messages.unavailable_message`), once per message. A
form whose validation could not run forgets the values it could not check, so it asks for them
again instead of carrying on with unchecked ones. A rejection by a form's validation
(`ActionExecutionRejection`) is the normal path and is left alone.

**A database that could not be reached silently forked conversations.** Rasa wraps the tracker
store in a `FailSafeTrackerStore`: when a conversation cannot be read, it carries on with a new,
empty one (so "our postcode is LS6 2AB" in the middle of the handoff form became a first message),
and when it cannot be saved it keeps it in that replica's memory only, never in the database. Here
reading and saving are tried again after a pause while the database cannot be reached
(`bot.records.db.RETRY_PAUSES`, about 16 s: a restart), and then the error is raised: the turn
fails, the channel tells the person something went wrong (bot.rasa.channels), and they send it
again; a conversation is never answered from, or saved to, anywhere but the database. Saving
again is safe: Rasa's SQL store saves only the events the database does not have yet. And the
tracker store's pooled connections, left stale by a restart, are pinged before use (SQLAlchemy's
`pool_pre_ping`, as `bot.records.db`'s engine does), so turns after it do not fail one by one.

**With Redis unreachable, every turn of the scaled setup failed** (`RedisLockStore` raises).
Here a turn that cannot reach Redis takes a lock in the replica's own memory instead and goes
ahead, and a lock that cannot be released in Redis is left to expire. While Redis is down two
replicas could work on one conversation at once only if its messages reach both at the same
time: socket.io keeps a browser on one replica, whose own lock still orders them, so only a REST
client that sends before its last answer came back is exposed; a person in crisis still gets the
signposting. Each turn tries Redis first, so the shared lock is back as soon as Redis is.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Dict, List, Optional, Text, TypeVar

if TYPE_CHECKING:
    from rasa.core.channels.channel import OutputChannel
    from rasa.core.lock import TicketLock
    from rasa.core.lock_store import RedisLockStore
    from rasa.core.nlg import NaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import Event
    from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)
T = TypeVar("T")

_installed = False
_rasa_remote_run: Any = None
_rasa_engine_kwargs: Any = None


@lru_cache(maxsize=4)
def _validator(action_class: Any) -> Any:
    """The validator for an action class's reply schema (a constant of the class), checked once."""
    from jsonschema.validators import validator_for

    schema = action_class.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: Any, result: Dict[Text, Any]) -> bool:
    """Rasa's method, with the validator built once per action class instead of once per call."""
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from rasa.shared.constants import DOCS_BASE_URL

    error = best_match(_validator(self.__class__).iter_errors(result))
    if error is None:
        return True
    assert isinstance(error, ValidationError)
    error.message += (
        ". Failed to validate Action server response from API, make sure your response from the Action "
        f"endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


EMERGENCY_ACTION = "action_emergency"
ASK_LOCATION_ACTION = "action_ask_location"  # the handoff form's question for a place


def stand_in_replies(action_name: str, tracker: "DialogueStateTracker") -> List[Dict[Text, Any]]:
    """What the Rasa server says itself when `action_name` could not run (in the action server's
    reply format): the crisis signposting for the emergency action, else the apology, unless this
    message has had it already (a form asks several actions in one turn), and for the handoff
    form's question for a place, the question too."""
    if action_name == EMERGENCY_ACTION:
        from bot.answers.answering import emergency_reply

        route, also = _crisis_route(tracker)
        return [{"text": m.text, "buttons": m.buttons or [], "custom": m.payload} for m in emergency_reply(route, also).messages]
    from bot.places.lios import directory_meta
    from bot.places.location_messages import ask_location_message, unavailable_message

    replies: List[Dict[Text, Any]] = []
    if not _apologised_this_turn(tracker):
        message = unavailable_message(directory_meta())
        replies.append({"text": message["text"], "custom": message["json_message"]})
    if action_name == ASK_LOCATION_ACTION:  # the form still asks its question (without a host: no directory here)
        question = ask_location_message(None)
        replies.append({"text": question["text"], "custom": question["json_message"]})
    return replies


def _crisis_route(tracker: "DialogueStateTracker") -> tuple[str, tuple[str, ...]]:
    """The route the NLU's crisis component found (immediate danger if it left none: a hand-typed
    /emergency), as the action server's `pipeline_decision` reads it."""
    from bot.answers.crisis import ENTITY

    for entity in (tracker.latest_message.entities if tracker.latest_message else None) or []:
        if entity.get("entity") == ENTITY and entity.get("value"):
            return str(entity["value"]), tuple(entity.get("also") or ())
    return "immediate_danger", ()


def _apologised_this_turn(tracker: "DialogueStateTracker") -> bool:
    from rasa.shared.core.events import BotUttered, UserUttered

    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and (event.data.get("custom") or {}).get("reason") == "unavailable":
            return True
    return False


def _unchecked_slots(action_name: str, tracker: "DialogueStateTracker") -> List["Event"]:
    """For a form's validation action: its candidate values (the slots set since the form's own
    ActionExecuted on the tracker Rasa gives it), set back to empty so the form asks again."""
    from rasa.shared.core.constants import REQUESTED_SLOT
    from rasa.shared.core.events import ActionExecuted, SlotSet

    if not action_name.startswith("validate_"):
        return []
    unchecked: List["Event"] = []
    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted):
            break
        if isinstance(event, SlotSet) and event.key != REQUESTED_SLOT and event.value is not None:
            unchecked.append(SlotSet(event.key, None))
    return unchecked


async def _run_or_stand_in(
    self: Any,
    output_channel: "OutputChannel",
    nlg: "NaturalLanguageGenerator",
    tracker: "DialogueStateTracker",
    domain: "Domain",
) -> List["Event"]:
    """Rasa's RemoteAction.run; when the action server cannot be reached or fails, the stand-in."""
    from rasa.core.actions.action import ActionExecutionRejection

    try:
        events: List["Event"] = await _rasa_remote_run(self, output_channel, nlg, tracker, domain)
        return events
    except ActionExecutionRejection:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever went wrong, the person gets a reply
        logger.error(
            "The action server could not run %s (%s: %s); the Rasa server replied itself", self.name(), type(exc).__name__, exc
        )
        replies = await self._utter_responses(stand_in_replies(self.name(), tracker), output_channel, nlg, tracker)
        return [*replies, *_unchecked_slots(self.name(), tracker)]


async def _until_stored(call: Callable[[], Awaitable[T]], what: str) -> T:
    """`call()`, tried again after each pause while the database cannot be reached; then raised."""
    from bot.records.db import RETRY_PAUSES, UNREACHABLE, log_unreachable

    for pause in RETRY_PAUSES:
        try:
            return await call()
        except UNREACHABLE as exc:
            log_unreachable(exc, what, pause)
            await asyncio.sleep(pause)
    return await call()


async def _retrieve(self: Any, sender_id: Text) -> Optional["DialogueStateTracker"]:
    """FailSafeTrackerStore.retrieve without its fallback to an empty conversation."""
    return await _until_stored(lambda: self._tracker_store.retrieve(sender_id), "Reading a conversation")


async def _retrieve_full_tracker(self: Any, sender_id: Text) -> Optional["DialogueStateTracker"]:
    return await _until_stored(lambda: self._tracker_store.retrieve_full_tracker(sender_id), "Reading a conversation")


async def _save(self: Any, tracker: "DialogueStateTracker") -> None:
    """FailSafeTrackerStore.save without its fallback to the replica's memory."""
    await _until_stored(lambda: self._tracker_store.save(tracker), "Saving a conversation")


def _engine_kwargs(url: Any) -> Dict[Text, Any]:
    """Rasa's tracker-store engine settings, with a ping before each pooled connection is used."""
    return {**_rasa_engine_kwargs(url), "pool_pre_ping": True}


_local_locks: Any = None


@asynccontextmanager
async def _redis_or_local_lock(
    self: "RedisLockStore", conversation_id: Text, lock_lifetime: float | None = None, wait_time_in_seconds: float = 1
) -> AsyncIterator["TicketLock"]:
    """RedisLockStore.lock, falling back to this replica's own lock while Redis is unreachable."""
    from rasa.core.lock_store import LOCK_LIFETIME, LockError
    from redis.exceptions import RedisError  # type: ignore[import-untyped, unused-ignore]

    lifetime = LOCK_LIFETIME if lock_lifetime is None else lock_lifetime
    try:
        ticket = self.issue_ticket(conversation_id, lifetime)
    except LockError as exc:
        if not isinstance(exc.__context__, RedisError):
            raise
        logger.warning("Redis is unreachable (%s): this message goes ahead under this replica's own lock", exc.__context__)
        async with _local_locks.lock(conversation_id, lifetime, wait_time_in_seconds) as lock:
            yield lock
        return
    try:
        yield await self._acquire_lock(conversation_id, ticket, wait_time_in_seconds)
    finally:
        try:
            self.cleanup(conversation_id, ticket)
        except RedisError as exc:
            logger.warning("Redis went away during a message (%s): its lock expires by itself", exc)


def install() -> None:
    """Apply the mends (once per process)."""
    global _installed, _rasa_remote_run, _rasa_engine_kwargs, _local_locks
    if _installed:
        return
    from rasa.core import tracker_store
    from rasa.core.actions.action import RemoteAction
    from rasa.core.lock_store import InMemoryLockStore, RedisLockStore

    from bot.rasa import rollover

    RemoteAction._validate_action_result = _validate_action_result
    _rasa_remote_run = RemoteAction.run
    RemoteAction.run = _run_or_stand_in
    _rasa_engine_kwargs = tracker_store.create_engine_kwargs
    tracker_store.create_engine_kwargs = _engine_kwargs
    tracker_store.FailSafeTrackerStore.retrieve = _retrieve
    tracker_store.FailSafeTrackerStore.retrieve_full_tracker = _retrieve_full_tracker
    tracker_store.FailSafeTrackerStore.save = _save
    _local_locks = InMemoryLockStore()
    RedisLockStore.lock = _redis_or_local_lock
    rollover.install()
    _installed = True
