""" "Delete my conversation": what a person can erase themselves, from the chat.

`erase_records` deletes what we keep about one conversation: its question-log rows, its handoff
steps and any handoff
that no LIO staff member has opened yet (with its notes and queued notice). A handoff already
opened stays with the LIO, which is now responsible for it: the person is told to ask the LIO,
quoting its reference. `erase_tracker_events` then deletes Rasa's own record of the conversation;
the channel calls it only after Rasa has saved the turn that asked for it (bot/rasa/channels.py),
because Rasa re-saves a conversation's events after every turn. Each erasure is audited with
counts only: no id, no words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, inspect, select, text

from bot.records.db import engine, session
from bot.records.tables import Handoff, HandoffStep, Lio, OutboxMessage, QuestionLog

# The payload kind of the bot message that confirms an erasure; the channels act on it.


@dataclass(frozen=True)
class Erased:
    questions: int = 0
    handoffs: int = 0
    kept: list[tuple[str, str]] = field(default_factory=list)  # (reference, LIO name) already opened by staff


def erase_records(sender_id: str) -> Erased:
    from bot.records import audit
    from bot.records.tables import AuditEntry, HandoffNote

    with session() as s, s.begin():
        questions = (
            s.execute(
                delete(QuestionLog).where(QuestionLog.sender_id == sender_id).execution_options(synchronize_session=False)
            ).rowcount
            or 0
        )
        s.execute(delete(HandoffStep).where(HandoffStep.sender_id == sender_id).execution_options(synchronize_session=False))
        handoffs = list(s.scalars(select(Handoff).where(Handoff.sender_id == sender_id)))
        opened = (
            set(
                s.scalars(
                    select(AuditEntry.reference).where(
                        AuditEntry.action == "view", AuditEntry.reference.in_([h.reference for h in handoffs])
                    )
                )
            )
            if handoffs
            else set()
        )
        kept: list[tuple[str, str]] = []
        deleted = 0
        for handoff in handoffs:
            if handoff.reference in opened:
                lio = s.get(Lio, handoff.lio_id)
                kept.append((handoff.reference, lio.name if lio else handoff.lio_id))
                continue
            s.execute(delete(HandoffNote).where(HandoffNote.handoff_id == handoff.id))
            s.execute(delete(OutboxMessage).where(OutboxMessage.reference == handoff.reference))
            s.delete(handoff)
            deleted += 1
        audit.record(
            s,
            "person",
            "self_erase",
            detail=f"deleted {questions} questions and {deleted} handoffs not yet opened; {len(kept)} opened handoffs kept",
        )
    return Erased(questions=int(questions), handoffs=deleted, kept=kept)


def erase_tracker_events(sender_id: str, url: str | None = None) -> int:
    """Delete every event Rasa keeps for this conversation; returns how many."""
    eng = engine(url)
    with eng.begin() as conn:
        if not inspect(conn).has_table("events"):
            return 0
        return int(conn.execute(text("DELETE FROM events WHERE sender_id = :s"), {"s": sender_id}).rowcount or 0)
