""" "Did this help?" (action_answer_feedback) against rasa_sdk's Tracker and CollectingDispatcher, as
the action server runs it, storing into a real database (SQLite and PostgreSQL): counted only right
after an answer, kept without words or sender, a yes thanked, a no met with the offer of the LIO."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterator

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from sqlalchemy import select

from actions.actions import ActionAnswer, ActionAnswerFeedback, answered_just_before
from bot.records import db
from bot.records.tables import AnswerFeedback, Lio, QuestionLog
from tests.actions.test_actions import run
from tests.dbs import fresh_database, postgres_available

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql", marks=pytest.mark.skipif(not postgres_available(), reason="PostgreSQL is not running on 127.0.0.1:5432")
    ),
]
HOST = "voluntary-action-leeds"


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as url:
        monkeypatch.setenv("DATABASE_URL", url)
        with db.session() as s, s.begin():
            s.add(Lio(id=HOST, name="Voluntary Action Leeds", source="test", checked=dt.date(2026, 11, 1)))
        yield url


def user(text: str) -> dict[str, Any]:
    return {"event": "user", "text": text}


def bot(kind: str, **custom: Any) -> dict[str, Any]:
    return {"event": "bot", "text": "...", "data": {"custom": {"kind": kind, **custom}}}


def plain_bot(text: str) -> dict[str, Any]:
    return {"event": "bot", "text": text, "data": {}}


ANSWERED = [user("how do we claim gift aid"), bot("answer", article="funding.gift_aid")]


def feedback_tracker(
    text: str,
    intent: str,
    before: list[dict[str, Any]],
    article: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Tracker:
    """The tracker as the action sees it: the conversation so far, then this message."""
    entities = [{"entity": "article", "value": article}] if article else []
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.95}, "entities": entities, "metadata": metadata or {}}
    return Tracker(
        sender_id="feedback-test-sender",
        slots={"handoff_offered": False},
        latest_message=latest,
        events=[*before, {"event": "action", "name": "action_listen"}, user(text)],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def stored() -> list[tuple[str, bool, str | None]]:
    with db.session() as s:
        return [
            (a, h, lio)
            for a, h, lio in s.execute(
                select(AnswerFeedback.article_id, AnswerFeedback.helped, AnswerFeedback.lio_id).order_by(AnswerFeedback.id)
            )
        ]


def test_yes_button_right_after_an_answer_is_stored_and_thanked(database: str) -> None:
    tracker = feedback_tracker(
        '/feedback_helped{"article":"funding.gift_aid"}', "feedback_helped", ANSWERED, "funding.gift_aid", {"lio": HOST}
    )
    messages, events = run(ActionAnswerFeedback(), tracker)
    assert stored() == [("funding.gift_aid", True, HOST)]
    assert messages[0]["custom"] == {"kind": "feedback_thanks", "article": "funding.gift_aid"}
    assert "glad that helped" in messages[0]["text"] and "anything else" in messages[0]["text"]
    assert not messages[0]["buttons"]
    assert events == [SlotSet("handoff_offered", False)]
    with db.session() as s:
        rated_at = s.scalar(select(AnswerFeedback.rated_at))
    assert rated_at is not None and (rated_at.minute, rated_at.second, rated_at.microsecond) == (0, 0, 0)


def test_no_button_says_sorry_and_offers_the_local_lio(database: str) -> None:
    tracker = feedback_tracker(
        '/feedback_not_helped{"article":"funding.gift_aid"}', "feedback_not_helped", ANSWERED, "funding.gift_aid"
    )
    messages, events = run(ActionAnswerFeedback(), tracker)
    assert stored() == [("funding.gift_aid", False, None)]  # no metadata: no hosting LIO
    assert messages[0]["custom"] == {"kind": "handoff_offer", "reason": "not_helped", "article": "funding.gift_aid"}
    assert messages[0]["text"].startswith("I'm sorry that didn't help.") and "local support organisation" in messages[0]["text"]
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/affirm", "/deny"]
    assert events == [SlotSet("handoff_offered", True)]  # the rules for yes and no to the LIO take over


def test_typed_feedback_is_about_the_article_just_answered_or_detailed(database: str) -> None:
    run(ActionAnswerFeedback(), feedback_tracker("that didn't help", "feedback_not_helped", ANSWERED, metadata={"lio": HOST}))
    detailed = [*ANSWERED, user("tell me more"), bot("more_detail", article="funding.gift_aid")]
    run(ActionAnswerFeedback(), feedback_tracker("that's really helpful thank you", "feedback_helped", detailed))
    overdue = [  # an answer past its review date comes with the offer of the LIO in the same reply
        user("mileage for drivers"),
        bot("answer", article="volunteering.drivers"),
        bot("handoff_offer", reason="review_overdue", article="volunteering.drivers"),
    ]
    run(ActionAnswerFeedback(), feedback_tracker("useless answer", "feedback_not_helped", overdue))
    assert stored() == [
        ("funding.gift_aid", False, HOST),
        ("funding.gift_aid", True, None),
        ("volunteering.drivers", False, None),
    ]


def test_feedback_with_no_answer_just_before_is_not_counted(database: str) -> None:
    later = [*ANSWERED, user("thanks"), plain_bot("You're welcome. Is there anything else I can help with?")]
    for before in ([], later, [user("our treasurer took money"), bot("handoff_offer", case="fraud_theft")]):
        messages, events = run(ActionAnswerFeedback(), feedback_tracker("thanks that helped", "feedback_helped", before))
        assert [m["response"] for m in messages] == ["utter_youre_welcome"] and events == []  # small talk
    assert stored() == []


def test_typed_not_helped_with_no_answer_just_before_goes_to_the_answerer(database: str) -> None:
    tracker = feedback_tracker("that didn't help", "feedback_not_helped", [])
    messages, events = run(ActionAnswerFeedback(), tracker)
    expected, expected_events = run(ActionAnswer(), tracker)
    assert messages == expected and events == expected_events  # the normal flow, exactly
    assert stored() == []
    with db.session() as s:  # and, like any message the answerer took, it is in the question log
        assert s.scalar(select(QuestionLog.outcome)) == expected[0]["custom"]["kind"]


def test_a_button_of_an_earlier_answer_is_not_counted(database: str) -> None:
    two = [*ANSWERED, user("and mileage?"), bot("answer", article="volunteering.drivers")]
    stale = '/feedback_not_helped{"article":"funding.gift_aid"}'
    messages, events = run(ActionAnswerFeedback(), feedback_tracker(stale, "feedback_not_helped", two, "funding.gift_aid"))
    assert messages[0]["custom"] == {"kind": "handoff_offer", "reason": "not_helped"}  # still sorry, still the offer
    assert events == [SlotSet("handoff_offered", True)]
    helped = '/feedback_helped{"article":"no.such.article"}'
    messages, _ = run(ActionAnswerFeedback(), feedback_tracker(helped, "feedback_helped", ANSWERED, "no.such.article"))
    assert messages[0]["response"] == "utter_youre_welcome"
    assert stored() == []


def test_a_crisis_in_a_feedback_reply_is_signposted_first_and_not_counted(database: str) -> None:
    text = "no it didn't help, I want to end it all"
    messages, _ = run(ActionAnswerFeedback(), feedback_tracker(text, "feedback_not_helped", ANSWERED))
    assert messages[0]["custom"]["kind"] == "emergency" and messages[0]["custom"]["type"] == "suicide_self_harm"
    assert "116 123" in messages[0]["text"]
    assert stored() == []


def test_what_a_reply_answered_is_read_from_the_reply_just_before() -> None:
    tracker = feedback_tracker("x", "feedback_helped", [*ANSWERED, bot("answer", article="funding.gasds")])
    assert answered_just_before(tracker) == ["funding.gasds", "funding.gift_aid"]
    earlier = [*ANSWERED, user("hmm"), plain_bot("Sorry, I didn't catch that.")]
    assert answered_just_before(feedback_tracker("x", "feedback_helped", earlier)) == []


def test_an_answer_in_the_middle_of_the_handoff_form_does_not_ask_did_this_help(database: str) -> None:
    """There the next message answers the form, so a pressed rating would be taken for a place."""
    tracker = feedback_tracker("how do we claim gift aid on donations", "ask_question", [])
    tracker.active_loop = {"name": "handoff_form"}
    messages, _ = run(ActionAnswer(), tracker)
    assert messages[0]["custom"]["kind"] == "answer"
    assert [b["title"] for b in messages[0]["buttons"]] == ["Tell me more"]
