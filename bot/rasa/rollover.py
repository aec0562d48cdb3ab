"""A new Rasa session every `SESSION_TURNS` messages, at a safe point, with what is pending carried
over (why, and what is carried: `bot.sessions`; measured in docs/scaling.md, "Long conversations").

How: Rasa's processor checks, before it logs each message, whether the conversation's session has
expired (`MessageProcessor._update_tracker_session`, where it runs `action_session_start` after an
hour's silence). The mend installed by `bot.rasa.mends` adds one more reason there: the session
already holds `SESSION_TURNS` messages. The new session is started by running an
`action_session_start` of ours through Rasa's own `_run_action`, so it is logged exactly as Rasa
logs its own: `ActionExecuted(action_session_start)`, then (stamped after it, in order) the
`session_started` event, one `SlotSet` per slot that has been set, and `ActionExecuted(action_listen)`;
then Rasa logs the message as usual. From then on:

- the SQL tracker store reads only the events from the latest `session_started` (its
  `_event_query`), and saves the new ones after those it has (`_additional_events` counts the
  events of the latest stored session: in the turn of the boundary, the old session's), so the
  boundary turn is saved whole and nothing is saved twice;
- the tracker's applied events, over which RulePolicy and MemoizationPolicy compute their states,
  start again at the `session_started` event; they see what Rasa's own carried-over session looks
  like: the slots, `action_listen`, the message. Every rule in data/rules.yml starts at a message
  and its conditions are slots and the active loop, so each fires as without the boundary (the
  crisis rules above all: `tests/conversations/test_sessions_rest.py` sends a crisis right after
  a boundary, and during a form that spans the boundary's turn);
- the action server is sent only the session's events (the boundary's own turn: both sessions').

When: only at the start of a message (the latest action is `action_listen`), and never while a
form is active. A form's state is more than its slots (the requested slot, the validation of the
values the message brings, the unhappy paths Rasa finds from the loop's events), so a boundary in
the middle of one would be the one place where the policies could see something different;
forms are short, so a conversation in one waits for it to end (or be paused: a paused form is
slots only, carried like the rest, and a crisis always deactivates it). A yes/no question pending
is a slot (`handoff_offered`, `form_paused`, `delete_pending`): carried, so "yes" right after a
boundary answers it.

Why not something simpler: a tracker store that reads only the latest K events would leave the
slots, the active loop and the policies' idea of where the conversation is to whatever those K
events happen to hold, would cut a turn in half, and would break the SQL store's save, which
counts the stored events of the session; sessions are the boundary every part of Rasa 3.6 already
respects, from the database query to the policies' featurisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional

from rasa.core.actions.action import ActionSessionStart
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered

from bot import settings
from bot.sessions import ROLLOVER, to_carry

if TYPE_CHECKING:
    from rasa.core.channels.channel import OutputChannel
    from rasa.core.nlg import NaturalLanguageGenerator
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker


def due(tracker: "DialogueStateTracker", every: int) -> bool:
    """Whether to start a new session before the message about to be logged: the current session
    holds `every` messages already (0: never), the last turn is over and no form is active."""
    if every <= 0 or tracker.active_loop_name or tracker.latest_action_name != ACTION_LISTEN_NAME:
        return False
    messages = 0
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            return False
        if isinstance(event, UserUttered):
            messages += 1
            if messages >= every:
                return True
    return False


def _serialised(tracker: "DialogueStateTracker") -> List[Dict[str, Any]]:
    """The tracker's bot messages and session starts as the action server sees them (all that
    `bot.sessions` reads)."""
    return [e.as_dict() for e in tracker.events if isinstance(e, (BotUttered, SessionStarted))]


class RolloverSessionStart(ActionSessionStart):
    """`action_session_start`, carrying over every slot that has been set and the assistant's
    messages a later message may refer to (`bot.sessions.to_carry`). Rasa's own, kept for a
    session after an hour's silence, carries nothing (domain.yml: `carry_over_slots_to_new_session:
    false`), and when told to carry it replays every `SlotSet` of the old session, not one a slot."""

    async def run(
        self,
        output_channel: "OutputChannel",
        nlg: "NaturalLanguageGenerator",
        tracker: "DialogueStateTracker",
        domain: "Domain",
    ) -> List[Event]:
        # `has_been_set` too, not only the value: the policies' states leave out a slot never set.
        slots: List[Event] = [SlotSet(name, slot.value) for name, slot in tracker.slots.items() if slot.has_been_set]
        return [
            SessionStarted(metadata={ROLLOVER: {"payloads": to_carry(_serialised(tracker))}}),
            *slots,
            ActionExecuted(ACTION_LISTEN_NAME),
        ]


_rasa_update_tracker_session: Any = None


async def _update_tracker_session(
    self: "MessageProcessor",
    tracker: "DialogueStateTracker",
    output_channel: "OutputChannel",
    metadata: Optional[Dict[str, Any]] = None,
) -> None:
    """Rasa's check (a new session after an hour's silence), then ours (after SESSION_TURNS messages)."""
    from rasa.core.policies.policy import PolicyPrediction

    await _rasa_update_tracker_session(self, tracker, output_channel, metadata)
    if due(tracker, settings.current().session_turns):
        await self._run_action(
            action=RolloverSessionStart(),
            tracker=tracker,
            output_channel=output_channel,
            nlg=self.nlg,
            prediction=PolicyPrediction.for_action_name(self.domain, ACTION_SESSION_START_NAME),
        )


def install() -> None:
    """Put the check in place (called once per process by `bot.rasa.mends.install`)."""
    global _rasa_update_tracker_session
    from rasa.core.processor import MessageProcessor

    _rasa_update_tracker_session = MessageProcessor._update_tracker_session
    MessageProcessor._update_tracker_session = _update_tracker_session
