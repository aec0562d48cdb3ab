"""The socket.io channel the web widget uses, spoken to by a real socket.io client (python-socketio).

It guards what the browser relies on: the session is confirmed, replies reach the session's room
(Rasa 3.6 alone never joined it with python-socketio >= 5.10, RasaHQ/rasa#13027), every event is
one whole message with its payload, and a reconnecting page carries on the same conversation.
"""

from __future__ import annotations

import sqlite3
from typing import Iterator

import pytest

from tests.chats import SocketChat
from tests.conftest import Servers

pytestmark = pytest.mark.slow

Chat = SocketChat


@pytest.fixture
def chat(servers: Servers) -> Iterator[Chat]:
    c = Chat(servers)
    yield c
    c.close()


def test_greeting_arrives_in_the_sessions_room(chat: Chat) -> None:
    replies = chat.say("/greet")
    assert "automated assistant" in replies[0]["text"]
    assert replies[0]["recipient_id"] == chat.session_id


def test_answer_text_buttons_and_payload_come_in_one_event(chat: Chat) -> None:
    replies = chat.say("how do we claim gift aid on donations", until="answer")
    answer = replies[-1]
    assert answer["custom"]["article"].startswith("funding.gift_aid")
    assert answer["custom"]["sources"][0]["url"].startswith("https://")
    assert "Gift Aid" in answer["text"]  # the text travels with its payload, not split from it


def test_reconnecting_page_continues_the_same_conversation(servers: Servers) -> None:
    first = Chat(servers)
    try:
        first.say("our treasurer has been taking money from the group account", until="handoff_offer")
    finally:
        first.close()
    again = Chat(servers, session_id=first.session_id)  # what the widget does after a reload
    try:
        assert again.session_id == first.session_id
        # The form remembers the offer made before the reload: "yes" now asks where they are.
        again.say("yes please", until="ask_location")
    finally:
        again.close()
    with sqlite3.connect(servers.data_dir / "assistant.db") as conn:
        (events,) = conn.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (first.session_id,)).fetchone()
        metadata = conn.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (first.session_id,)
        ).fetchone()[0]
    assert events > 4
    assert '"lio": "test-lio"' in metadata  # the hosting LIO from the widget is kept with the conversation
    with sqlite3.connect(servers.data_dir / "assistant.db") as conn:
        logged = conn.execute("SELECT outcome, site_lio_id FROM question_log WHERE sender_id = ?", (first.session_id,)).fetchall()
    # ...and with its question, for that LIO's dashboard (issue 15).
    assert logged == [("handoff_offer", "test-lio")]
