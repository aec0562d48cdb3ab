"""What staff can do to a handoff, and the one rule that decides which handoffs they can touch.

Every function that reads or changes a handoff takes the signed-in user and goes through
`visible()` or `get_visible()`, so the per-LIO rule lives in one place. A handoff of another LIO
is treated exactly like one that does not exist (None, and a 404 in the web app), so staff cannot
even learn that a reference is in use.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Iterable

from sqlalchemy import delete, false, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from bot.records import audit
from bot.records.tables import Handoff, HandoffNote, StaffUser, utcnow
from bot.vocabulary import HandoffStatus
from bot.web.staff.formatting import london_midnight_utc

STATUSES: dict[str, str] = {HandoffStatus.NEW: "New", HandoffStatus.IN_PROGRESS: "In progress", HandoffStatus.CLOSED: "Closed"}
# Allowed moves, each with the words on its button.
TRANSITIONS: dict[str, dict[str, str]] = {
    HandoffStatus.NEW: {HandoffStatus.IN_PROGRESS: "Start working on it"},
    HandoffStatus.IN_PROGRESS: {HandoffStatus.CLOSED: "Mark as closed"},
    HandoffStatus.CLOSED: {HandoffStatus.IN_PROGRESS: "Reopen"},
}
ERASE_REASONS = {
    "person_asked": "The person asked us to delete it",
    "sent_by_mistake": "It was sent to us by mistake",
    "other": "Another reason",
}
MAX_NOTE_LENGTH = 5000
REFERENCE = re.compile(r"HO-[A-Z0-9]{4,12}")


class WorkflowError(ValueError):
    """A request that breaks a workflow rule; the message is shown to the member of staff."""


def visible(user: StaffUser) -> Select:
    """The handoffs `user` may see: all for administrators, else only their LIO's."""
    query = select(Handoff)
    if not user.is_admin:
        query = query.where(Handoff.lio_id == user.lio_id if user.lio_id else false())
    return query


def get_visible(s: Session, user: StaffUser, reference: str) -> Handoff | None:
    """The handoff with this reference if `user` may see it, else None (also for a wrong LIO).

    Only the reference is accepted: a numeric id (or anything not shaped like a reference)
    finds nothing, so ids cannot be guessed.
    """
    if not REFERENCE.fullmatch(reference):
        return None
    return s.scalar(visible(user).where(Handoff.reference == reference))


def assignable_staff(s: Session, lio_id: str) -> list[str]:
    """Who a handoff can be assigned to: the emails of that LIO's staff accounts."""
    return list(s.scalars(select(StaffUser.email).where(StaffUser.lio_id == lio_id).order_by(StaffUser.email)))


def acted_on(handoff: Handoff) -> dt.datetime:
    """Note the first staff action (status change, assignment or note) on a handoff, for the
    dashboard's "time to first action"; returns the time now."""
    now = utcnow()
    if handoff.first_action_at is None:
        handoff.first_action_at = now
    return now


def may_change_settings(user: StaffUser, lio_id: str) -> bool:
    """Who may change an LIO's settings (its response target): site-wide administrators, and that
    LIO's own administrators: the same people who manage its staff (the rule lives in `team`)."""
    from bot.web.staff import team  # team imports the staff app's other modules; import late

    return team.can_manage(user, lio_id)


def change_status(s: Session, user: StaffUser, handoff: Handoff, new_status: str) -> None:
    allowed = TRANSITIONS.get(handoff.status, {})
    if new_status not in allowed:
        raise WorkflowError(
            f"A conversation that is '{STATUSES.get(handoff.status, handoff.status)}' cannot be "
            f"moved to '{STATUSES.get(new_status, new_status)}'."
        )
    old = handoff.status
    handoff.status = HandoffStatus(new_status).value
    now = acted_on(handoff)
    # Closed when it was last closed: reopening clears it, so a response time counts to the final close.
    handoff.closed_at = now if handoff.status == HandoffStatus.CLOSED else None
    audit.record(s, user.email, "status", lio_id=handoff.lio_id, reference=handoff.reference, detail=f"{old} -> {new_status}")


def assign(s: Session, user: StaffUser, handoff: Handoff, assignee: str) -> None:
    """Set who is handling it: one of the LIO's staff emails, or nobody (empty)."""
    assignee = assignee.strip().lower()
    if assignee and assignee not in assignable_staff(s, handoff.lio_id):
        raise WorkflowError("Choose a member of this organisation's staff from the list.")
    if (handoff.assignee or "") == assignee:
        return
    handoff.assignee = assignee or None
    acted_on(handoff)
    audit.record(
        s,
        user.email,
        "assign",
        lio_id=handoff.lio_id,
        reference=handoff.reference,
        detail=f"assigned to {assignee}" if assignee else "unassigned",
    )


def add_note(s: Session, user: StaffUser, handoff: Handoff, text: str) -> HandoffNote:
    text = text.strip()
    if not text:
        raise WorkflowError("The note is empty.")
    if len(text) > MAX_NOTE_LENGTH:
        raise WorkflowError(f"Notes can be at most {MAX_NOTE_LENGTH} characters.")
    note = HandoffNote(handoff_id=handoff.id, author=user.email, text=text, created_at=acted_on(handoff))
    s.add(note)
    # The note's text may be personal: the audit entry says only that a note was added.
    audit.record(s, user.email, "note", lio_id=handoff.lio_id, reference=handoff.reference)
    return note


def notes(s: Session, handoff: Handoff) -> list[HandoffNote]:
    return list(s.scalars(select(HandoffNote).where(HandoffNote.handoff_id == handoff.id).order_by(HandoffNote.created_at)))


def erase(s: Session, user: StaffUser, handoff: Handoff, reason: str) -> None:
    """Delete the handoff and its notes; the audit keeps only reference, LIO, who, when, why."""
    if reason not in ERASE_REASONS:
        raise WorkflowError("Choose why it is being erased.")
    reference, lio_id = handoff.reference, handoff.lio_id
    s.execute(delete(HandoffNote).where(HandoffNote.handoff_id == handoff.id))
    s.delete(handoff)
    audit.record(s, user.email, "erase", lio_id=lio_id, reference=reference, detail=f"reason: {reason}")


def topic_list(handoffs: Iterable[Handoff]) -> list[str]:
    return sorted({t for h in handoffs for t in (h.topics or [])})


def matches(handoff: Handoff, topic: str, text: str, label: Callable[[str], str] | None = None) -> bool:
    """Topic and free-text filters (done in Python: portable across SQLite and PostgreSQL JSON).

    `text` matches the reference, area, summary, contact details, topic names and any message.
    """
    if topic and topic not in (handoff.topics or []):
        return False
    if not text:
        return True
    needle = text.casefold()
    fields = [
        handoff.reference,
        handoff.location_label,
        handoff.summary,
        handoff.contact_email,
        handoff.contact_phone,
        handoff.assignee,
        *[str(item.get("text", "")) for item in handoff.transcript or [] if isinstance(item, dict)],
        *[label(t) if label else t for t in handoff.topics or []],
    ]
    return any(needle in str(f).casefold() for f in fields if f)


def date_bounds(day_from: dt.date | None, day_to: dt.date | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """UTC datetimes covering whole days from `day_from` to `day_to` inclusive (UK local days)."""
    start = london_midnight_utc(day_from) if day_from else None
    end = london_midnight_utc(day_to + dt.timedelta(days=1)) if day_to else None
    return start, end
