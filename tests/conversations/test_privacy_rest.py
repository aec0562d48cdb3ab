"""Privacy in the chat, over REST with the real servers: "delete my conversation", and personal
details typed into a question are not stored outside Rasa's tracker."""

from __future__ import annotations

import sqlite3

import pytest

from bot.tooling.local_servers import conversation_id
from tests.chats import kinds, make_handoff
from tests.conftest import Servers

pytestmark = pytest.mark.slow


def db(servers: Servers) -> sqlite3.Connection:
    return sqlite3.connect(servers.data_dir / "assistant.db")


def test_delete_my_conversation_erases_it_after_confirming(servers: Servers) -> None:
    me = "delete-me-please"
    servers.say(me, "how do we claim gift aid on donations")
    reference = make_handoff(servers, me)
    sender = conversation_id(me)
    confirm = servers.say(me, "please delete my conversation")
    assert kinds(confirm) == ["delete_confirm"]
    assert [b["payload"] for b in confirm[0]["buttons"]] == ["/affirm", "/deny"]
    done = servers.say(me, "yes")
    assert kinds(done) == ["conversation_deleted"] and done[0]["custom"]["kept"] == []
    with db(servers) as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM question_log WHERE sender_id = ?", (sender,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM handoffs WHERE reference = ?", (reference,)).fetchone()[0] == 0
        detail = conn.execute("SELECT detail FROM staff_audit WHERE action = 'self_erase' ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert detail.startswith("deleted 2 questions and 1 handoffs")  # counts only: no id, no words
    assert sender not in detail and reference not in detail
    # The conversation starts afresh: no memory of the offer or the form.
    assert "automated" in servers.say(me, "are you a bot?")[0]["text"]


def test_a_handoff_already_opened_by_staff_is_kept_and_its_reference_quoted(servers: Servers) -> None:
    me = "delete-after-opened"
    reference = make_handoff(servers, me)
    with db(servers) as conn:
        conn.execute(
            "INSERT INTO staff_audit (at, actor, action, lio_id, reference) VALUES (CURRENT_TIMESTAMP, 'ana@example.org', 'view', 'voluntary-action-leeds', ?)",
            (reference,),
        )
    servers.say(me, "/delete_conversation")  # the widget's link
    done = servers.say(me, "/affirm")
    assert done[0]["custom"] == {"kind": "conversation_deleted", "kept": [reference]}
    assert reference in done[0]["text"] and "Voluntary Action Leeds" in done[0]["text"]
    with db(servers) as conn:
        assert conn.execute("SELECT count(*) FROM handoffs WHERE reference = ?", (reference,)).fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (conversation_id(me),)).fetchone()[0] == 0


def test_no_keeps_the_conversation(servers: Servers) -> None:
    me = "delete-changed-mind"
    servers.say(me, "how do we claim gift aid on donations")
    servers.say(me, "delete this chat")
    kept = servers.say(me, "no")
    assert "nothing has been deleted" in kept[0]["text"]
    with db(servers) as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (conversation_id(me),)).fetchone()[0] > 0


def test_typed_email_and_phone_are_not_stored_outside_the_tracker(servers: Servers) -> None:
    me = "typed-personal-details"
    email, phone = "jo.bloggs@example.org", "07700 900461"
    servers.say(me, f"hi I'm Jo Bloggs, {email}, {phone} - can our group open a bank account without a constitution?")
    servers.say(me, f"also what about raffles, ring me on {phone}")
    with db(servers) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'events'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - names from sqlite_master
                flat = " ".join(str(v) for v in row)
                assert email not in flat and phone not in flat and phone.replace(" ", "") not in flat, table
        logged = [t for (t,) in conn.execute("SELECT text FROM question_log WHERE sender_id = ?", (conversation_id(me),))]
    assert logged and all("[email]" in t or "[phone]" in t for t in logged), logged
    for log in servers.data_dir.glob("*.log*"):
        text = log.read_text(errors="replace")
        assert email not in text and phone not in text, log
