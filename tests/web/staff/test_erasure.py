""" "Delete my conversation" (bot/records/erasure.py) on SQLite and PostgreSQL: the question log and any
handoff not yet opened go; an opened one stays; the audit keeps counts only."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.records import audit, db, erasure
from bot.records.tables import AuditEntry, Handoff, HandoffNote, OutboxMessage, QuestionLog
from tests.web.staff.conftest import World, make_handoff


def test_erase_records_keeps_only_what_staff_have_opened(any_world: World) -> None:
    me = "a-person-conversation-id-0001"
    with db.session() as s, s.begin():
        unopened = make_handoff("HO-UNOPE1", "lio-a", sender_id=me)
        opened = make_handoff("HO-OPENED", "lio-b", sender_id=me)
        s.add_all([unopened, opened, QuestionLog(sender_id=me, text="q", outcome="fallback")])
        s.flush()
        s.add(HandoffNote(handoff_id=unopened.id, author=any_world.staff_a, text="note"))
        s.add(OutboxMessage(kind="new_handoff", reference="HO-UNOPE1", lio_name="A", to_address="a@example.org"))
        audit.record(s, any_world.staff_b, "view", lio_id="lio-b", reference="HO-OPENED")
    erased = erasure.erase_records(me)
    assert (erased.questions, erased.handoffs) == (1, 1)
    assert [ref for ref, _ in erased.kept] == ["HO-OPENED"]
    with db.session() as s:
        assert set(s.scalars(select(Handoff.reference).where(Handoff.sender_id == me))) == {"HO-OPENED"}
        assert s.scalar(select(func.count()).select_from(QuestionLog).where(QuestionLog.sender_id == me)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        assert s.scalar(select(func.count()).select_from(HandoffNote).where(HandoffNote.text == "note")) == 0
        detail = s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "self_erase"))
    assert detail == "deleted 1 questions and 1 handoffs not yet opened; 1 opened handoffs kept"
    assert me not in detail
