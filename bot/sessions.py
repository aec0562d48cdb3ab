"""A long conversation as a chain of Rasa sessions, so a turn costs the same late in it as early.

Why (issue 14): Rasa 3.6 works on a conversation's whole tracker at every turn. The SQL tracker
store reads and replays every event since the latest `session_started`, RulePolicy and
MemoizationPolicy compute a state for every turn of it, and the action server is sent all of it;
so each turn cost more than the last (measured by `python -m bot profile`: 100 ms a turn at the
start, 146 ms fifty turns on). Every one of those parts already stops at a `session_started`
event, so the Rasa server starts a new session every `SESSION_TURNS` messages (`bot.rasa.rollover`)
with what the conversation is in carried over, and the cost of a turn is bounded by that number.

What is carried, so that nothing a person could refer to is lost at a boundary:
- every slot that has been set, with its value (the location given early, a pending yes/no such
  as the offer of the local LIO, a form paused by a crisis): the policies see the same slots as
  without the boundary, so the rules fire the same way;
- the assistant's earlier messages that a later message may point back to, in the new
  `session_started` event's metadata (`ROLLOVER`): the latest message with a payload kind (a
  clarification's options, for "the first one") and the latest answer (its article, for a typed
  "Tell me more"). `bot_payloads_newest_first` reads through it as if the conversation were
  unbroken. A new look-back through the assistant's messages must be covered by `to_carry`.

What needs the whole conversation reads it from the tracker store's `events` table across
sessions instead (the handoff's transcript and topics: `bot.records.handoffs.whole_conversation`).
A session is never started while a form is active (see `bot.rasa.rollover.due`).

May import: `bot.vocabulary`.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping, Sequence

from bot.vocabulary import ReplyKind

# The key, in the metadata of a `session_started` event of ours, of what it carries over.
ROLLOVER = "rollover"


def bot_payloads_newest_first(events: Sequence[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """The custom payload of each of the assistant's messages, latest first ({} for plain text),
    in `events` (serialised Rasa events, as the action server gets them) and, through a new
    session of ours, in what it carried over from the sessions before it."""
    for event in reversed(events):
        kind = event.get("event")
        if kind == "bot":
            yield (event.get("data") or {}).get("custom") or {}
        elif kind == "session_started":
            carried = ((event.get("metadata") or {}).get(ROLLOVER) or {}).get("payloads")
            if carried is not None:
                yield from carried
                return
            # Rasa's own new session (after an hour's silence) carries nothing: walk on, as before.


def to_carry(events: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """What a new session carries of the assistant's messages so far (newest first): the latest
    payload with a kind, which `actions.last_clarify_options` reads, and the latest answer with an
    article, which `actions.last_answered_article` reads. Each of them finds the same one in this
    short list as in the whole conversation, and the list stays short however many sessions pass."""
    carried: list[dict[str, Any]] = []
    for custom in bot_payloads_newest_first(events):
        if not custom.get("kind"):
            continue
        if not carried:
            carried.append(custom)
        if custom.get("kind") == ReplyKind.ANSWER and custom.get("article"):
            if custom is not carried[0]:
                carried.append(custom)
            break
    return carried
