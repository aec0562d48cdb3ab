"""A conversation much longer than one session, over REST with the real model and action server, on
SQLite and PostgreSQL: a new Rasa session every SESSION_TURNS (here 4) messages (bot.sessions,
bot.rasa.rollover), and nothing the person could notice changes at a boundary. Safety first right
after a boundary and in a form that reached the session's length; a yes/no pending, a paused form's
location, the last answer ("Tell me more") and the last clarification ("the second one") carried
over; the handoff's transcript is the whole conversation, across sessions, in order, once."""

from __future__ import annotations

import json
from typing import Any, Iterator

import pytest
from sqlalchemy import create_engine, text

from bot.rasa.channels import payload_kinds as kinds
from bot.sessions import ROLLOVER
from bot.tooling.local_servers import Servers, conversation_id, start_servers, stop_servers
from tests.dbs import fresh_database

pytestmark = pytest.mark.slow

EVERY = 4
VAGUE = [
    "what do we need to know about money",
    "what do we need to do each year",
    "events",
    "getting money for our group",
    "money",
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def stack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Servers, str]]:
    tmp = tmp_path_factory.mktemp(f"sessions-{request.param}")
    with fresh_database(request.param, tmp) as url:
        (tmp / "run").mkdir()
        # The test types a 22-message conversation faster than a person could: the per-conversation
        # rate limit (tested in tests/rasa/test_channel_guards.py) is lifted for it.
        lifted = {"RATE_LIMIT_PER_MINUTE": "100000", "RATE_LIMIT_BURST": "100000"}
        proc, servers = start_servers(tmp / "run", {"DATABASE_URL": url, "SESSION_TURNS": str(EVERY), **lifted})
        try:
            yield servers, url
        finally:
            stop_servers(proc)


def stored_events(url: str, sender: str) -> list[dict[str, Any]]:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT data FROM events WHERE sender_id = :s ORDER BY id"), {"s": conversation_id(sender)}
            ).all()
            return [json.loads(data) for (data,) in rows]
    finally:
        engine.dispose()


def stored_handoff(url: str, sender: str) -> dict[str, Any]:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as conn:
            [row] = conn.execute(
                text("SELECT transcript, topics, location_label, lio_id FROM handoffs WHERE sender_id = :s"),
                {"s": conversation_id(sender)},
            ).all()
            return dict(row._mapping)
    finally:
        engine.dispose()


def as_json(value: Any) -> Any:
    """A JSON column's value: text on SQLite, already decoded on PostgreSQL."""
    return json.loads(value) if isinstance(value, str) else value


def custom(replies: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(r["custom"] for r in replies if (r.get("custom") or {}).get("kind") == kind)


class Conversation:
    """One person's conversation: what they sent and every reply, kept to check the transcript."""

    def __init__(self, servers: Servers, sender: str) -> None:
        self.servers, self.sender = servers, sender
        self.sent: list[str] = []
        self.replies: list[list[dict[str, Any]]] = []

    def say(self, message: str) -> list[dict[str, Any]]:
        replies = self.servers.say(self.sender, message)
        self.sent.append(message)
        self.replies.append(replies)
        return replies


def a_clarifying_question(servers: Servers) -> str:
    """One of the short, vague questions that gets "which one did you mean?" from this model."""
    for i, question in enumerate(VAGUE):
        if "clarify" in kinds(servers.say(f"probe-clarify-{i}", question)):
            return question
    pytest.fail("none of the short questions got a clarification any more")


def test_a_long_conversation_keeps_working_across_sessions(stack: tuple[Servers, str]) -> None:
    servers, url = stack
    vague = a_clarifying_question(servers)
    me = Conversation(servers, "long-conversation")

    # Session 1: three answers, then a situation for a person (a yes/no pending at the boundary).
    assert kinds(me.say("how do we register as a charity"))[0] == "answer"
    assert kinds(me.say("can we claim gift aid on raffle tickets"))[0] in ("answer", "clarify")
    assert kinds(me.say("do our volunteers need a dbs check"))[0] == "answer"
    assert kinds(me.say("our treasurer has been taking money from the group account")) == ["handoff_offer"]
    # Session 2: "yes" right after the boundary still answers the offer.
    assert kinds(me.say("yes please")) == ["ask_location"]
    lio = custom(me.say("LS6 2AB"), "lio")
    assert lio["lio"] == "voluntary-action-leeds"
    assert kinds(me.say("before that, how do we run an agm"))[-1] == "consent"
    assert kinds(me.say("and what insurance does a community group need"))[-1] == "consent"
    # The session is full, but the form is active: no boundary. A crisis in it comes first.
    crisis = me.say("I'm going to kill myself tonight")
    assert (crisis[0]["custom"]["kind"], crisis[0]["custom"]["type"]) == ("emergency", "suicide_self_harm")
    assert "116 123" in crisis[0]["text"] and crisis[-1]["custom"] == {"kind": "resume_offer"}
    # Session 3 (the form is paused, so the boundary comes now): "yes" resumes it, and the place
    # given in session 2 is still known: it asks for consent, not where they are.
    resumed = me.say("yes")
    assert "carry on" in resumed[0]["text"] and kinds(resumed)[-1] == "consent", resumed
    assert custom(resumed, "consent")["lio"] == "voluntary-action-leeds"
    assert "email address" in me.say("yes")[0]["text"]
    assert "what would you like help with" in me.say("/deny")[0]["text"]
    done = me.say("money has gone missing and the treasurer won't show us the statements")
    reference = custom(done, "handoff_created")["reference"]
    assert reference in done[-1]["text"]
    # Session 4: a crisis right after a boundary gets the emergency reply first.
    danger = me.say("someone’s collapsed in the hall and isnt breathing")
    assert (danger[0]["custom"]["kind"], danger[0]["custom"]["type"]) == ("emergency", "immediate_danger")
    assert "999" in danger[0]["text"]
    assert kinds(me.say("what mileage can we pay volunteers"))[0] in ("answer", "clarify")
    assert kinds(me.say("what is a cio"))[0] in ("answer", "clarify")
    gift_aid = custom(me.say("how do we claim gift aid on donations"), "answer")
    # Session 5: a typed "Tell me more" right after a boundary is about the last answer.
    more = me.say("tell me more please")
    assert more[0]["custom"] == {"kind": "more_detail", "article": gift_aid["article"], "title": gift_aid["title"]}
    assert kinds(me.say("can trustees be paid"))[0] in ("answer", "clarify")
    assert kinds(me.say("how do we write a safeguarding policy"))[0] in ("answer", "clarify")
    options = custom(me.say(vague), "clarify")["options"]
    # Session 6: "the second one" right after a boundary picks from the last clarification.
    picked = me.say("the second one please")
    assert custom(picked, "answer")["article"] == options[1], picked

    events = stored_events(url, me.sender)
    starts = [e for e in events if e["event"] == "session_started"]
    session_of_each_message: list[int] = []
    for event in events:
        if event["event"] == "user":
            session_of_each_message.append(
                sum(1 for e in events if e["event"] == "session_started" and e["timestamp"] < event["timestamp"])
            )
    assert session_of_each_message == [1] * 4 + [2] * 5 + [3] * 4 + [4] * 4 + [5] * 4 + [6], session_of_each_message
    assert len(starts) == 6 and ROLLOVER not in (starts[0].get("metadata") or {})  # Rasa's own first session
    assert all(ROLLOVER in s["metadata"] for s in starts[1:])
    # Every message is stored once, in order, whatever session it is in.
    assert [e["text"] for e in events if e["event"] == "user"] == me.sent

    # The handoff (stored in session 3) holds the whole conversation up to it: sessions 1 to 3,
    # every message of the person and of the assistant, in order, once.
    handoff = stored_handoff(url, me.sender)
    transcript = as_json(handoff["transcript"])
    turns = me.sent.index("money has gone missing and the treasurer won't show us the statements") + 1
    expected: list[tuple[str, str]] = []
    for message, replies in zip(me.sent[:turns], me.replies[:turns]):
        expected.append(("user", "[pressed a button: deny]" if message == "/deny" else message))
        expected += [
            ("bot", r["text"]) for r in replies if r.get("text") and (r.get("custom") or {}).get("kind") != "handoff_created"
        ]
    assert [(t["role"], t["text"]) for t in transcript] == expected
    assert "case:fraud_theft" in as_json(handoff["topics"])
    assert handoff["lio_id"] == "voluntary-action-leeds"
