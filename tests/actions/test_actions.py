"""Actions run against rasa_sdk's Tracker and CollectingDispatcher, as the action server runs them."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import actions
from actions.actions import ActionAnswer, ActionDeclineOffer, ActionGreet, ActionPlaceOrQuestion, ActionShowArticle
from bot.answers import crisis


def tracker_for(
    text: str,
    intent: str = "ask_question",
    entities: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
) -> Tracker:
    return Tracker(
        sender_id="test",
        slots={"handoff_offered": False},
        latest_message={
            "text": text,
            "intent": {"name": intent, "confidence": 0.9},
            "entities": entities or [],
        },
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def run(action: Any, tracker: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def test_greet_says_what_it_can_and_cannot_do_and_links_privacy() -> None:
    messages, events = run(ActionGreet(), tracker_for("hello", "greet"))
    text = messages[0]["text"]
    assert "governance, funding and volunteering" in text
    assert "can't settle disputes" in text
    assert "/privacy" in text
    assert events == []


def test_answer_sends_article_with_payload_and_resets_offer() -> None:
    messages, events = run(ActionAnswer(), tracker_for("how do we register as a charity with the charity commission"))
    payload = messages[0]["custom"]
    assert payload["kind"] == "answer", payload
    assert payload["article"] == "governance.charity_registration"
    assert payload["sources"][0]["url"].startswith("https://")
    assert "Last reviewed" in messages[0]["text"]
    assert SlotSet("handoff_offered", False) in events


def test_emergency_comes_first() -> None:
    messages, events = run(ActionAnswer(), tracker_for("one of our volunteers has collapsed and isn't breathing"))
    assert messages[0]["custom"]["kind"] == "emergency"
    assert "999" in messages[0]["text"]


@pytest.mark.parametrize(
    "text,entities",
    [
        ("we're based in kendal", []),  # a place the gazetteer finds in the words
        ("LS1 4AP", [{"entity": "postcode", "value": "LS1 4AP"}]),
        ("were somewhere near the lake district i think", []),  # no known place, and no question either
    ],
)
def test_a_place_taken_as_one_starts_the_handoff_form(text: str, entities: list[dict[str, Any]]) -> None:
    """What the gazetteer knows as a place, or what neither it nor the answerer can read, starts the form
    (which finds the LIO, or says it did not recognise the place and asks again)."""
    messages, events = run(ActionPlaceOrQuestion(), tracker_for(text, "inform_location", entities))
    assert events == [FollowupAction("handoff_form")], (text, events)
    assert messages == [], messages


def test_a_question_taken_for_a_place_is_answered_not_sent_to_the_form() -> None:
    """DIET once read "we need money" as inform_location (0.95); no place, so the answerer replies."""
    messages, events = run(ActionPlaceOrQuestion(), tracker_for("how do we claim gift aid on donations", "inform_location"))
    assert messages[0]["custom"]["kind"] == "answer", messages[0]
    assert messages[0]["custom"]["article"] == "funding.gift_aid"
    assert FollowupAction("handoff_form") not in events


class _NoDetector:
    def detect(self, text: str) -> Any:
        raise AssertionError(f"checked again in the action server: {text!r}")


def test_the_pipelines_crisis_decision_is_trusted_not_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message the NLU pipeline checked (it says so in the parse data) is not encoded and
    classified again: its entity, or its absence, is the decision."""
    monkeypatch.setattr(actions.SERVICES, "detector", _NoDetector())
    checked = tracker_for("how do we register as a charity with the charity commission")
    checked.latest_message[crisis.CHECKED] = True
    messages, _ = run(ActionAnswer(), checked)
    assert messages[0]["custom"]["kind"] == "answer"
    entity = {"entity": crisis.ENTITY, "value": "suicide_self_harm", "also": []}
    flagged = tracker_for("an ordinary looking question", entities=[entity])
    flagged.latest_message[crisis.CHECKED] = True
    messages, _ = run(ActionAnswer(), flagged)
    assert messages[0]["custom"]["kind"] == "emergency"
    assert "116 123" in messages[0]["text"]


def test_complex_case_offers_the_local_lio_with_buttons() -> None:
    messages, events = run(ActionAnswer(), tracker_for("our treasurer has been taking money from the group account for months"))
    assert messages[0]["custom"]["kind"] == "handoff_offer"
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/affirm", "/deny"]
    assert SlotSet("handoff_offered", True) in events


def test_nonsense_gets_an_honest_fallback() -> None:
    messages, events = run(ActionAnswer(), tracker_for("what's the best recipe for lasagne", "out_of_scope"))
    assert messages[0]["custom"] == {"kind": "fallback"}
    assert "don't have checked guidance" in messages[0]["text"]


def test_clarification_button_shows_the_chosen_article() -> None:
    entities = [{"entity": "article", "value": "funding.gasds"}]
    messages, _ = run(ActionShowArticle(), tracker_for('/choose_article{"article":"funding.gasds"}', "choose_article", entities))
    assert messages[0]["custom"]["article"] == "funding.gasds"


def test_unknown_article_from_a_tampered_button_is_handled() -> None:
    entities = [{"entity": "article", "value": "no.such.article"}]
    messages, events = run(ActionShowArticle(), tracker_for("x", "choose_article", entities))
    assert "not sure which topic you mean" in messages[0]["text"] and events == []


def test_declining_the_offer_clears_it() -> None:
    messages, events = run(ActionDeclineOffer(), tracker_for("no", "deny"))
    assert messages[0]["response"] == "utter_no_worries"
    assert events == [SlotSet("handoff_offered", False)]


def _bot(kind: str, **custom: Any) -> dict[str, Any]:
    return {"event": "bot", "text": "...", "data": {"custom": {"kind": kind, **custom}}}


CLARIFIED = [
    {"event": "user", "text": "events"},
    _bot("clarify", options=["general.events_licensing", "general.health_safety"]),
]


def test_typed_choice_after_a_clarification_shows_that_article() -> None:
    for typed, expected in (
        ("the second one", "general.health_safety"),
        ("1", "general.events_licensing"),
        ("the last one please", "general.health_safety"),
        ("the licences one", "general.events_licensing"),
    ):
        messages, _ = run(ActionShowArticle(), tracker_for(typed, "choose_article", events=CLARIFIED))
        assert messages[0]["custom"]["article"] == expected, typed


def test_typed_choice_with_nothing_to_choose_from_asks_again() -> None:
    stale = CLARIFIED + [{"event": "user", "text": "gift aid"}, _bot("answer", article="funding.gift_aid")]
    for events in ([], stale):
        messages, _ = run(ActionShowArticle(), tracker_for("the first one", "choose_article", events=events))
        assert "not sure which topic you mean" in messages[0]["text"]
        assert "custom" not in messages[0] or messages[0]["custom"].get("kind") != "answer"
    messages, _ = run(ActionShowArticle(), tracker_for("the other one", "choose_article", events=CLARIFIED))
    assert "not sure which topic you mean" in messages[0]["text"]


def test_typed_choice_taken_for_a_question_still_picks_the_option() -> None:
    """If the NLU takes "the second one" for a question (or for nothing), the answer action
    still reads it as the choice, but only right after the clarification and only if short."""
    messages, _ = run(ActionAnswer(), tracker_for("the second one", "out_of_scope", events=CLARIFIED))
    assert messages[0]["custom"]["article"] == "general.health_safety"
    messages, _ = run(ActionAnswer(), tracker_for("2", "nlu_fallback", events=CLARIFIED))
    assert messages[0]["custom"]["article"] == "general.health_safety"
    longer = "what is the first thing to check before we hire a hall for a party"
    after_clarify, _ = run(ActionAnswer(), tracker_for(longer, "ask_question", events=CLARIFIED))
    fresh, _ = run(ActionAnswer(), tracker_for(longer, "ask_question"))
    assert after_clarify == fresh  # a new question is answered as a question, not read as "first"
    messages, _ = run(ActionAnswer(), tracker_for("the second one", "out_of_scope"))
    assert messages[0]["custom"]["kind"] == "fallback"  # nothing was offered: nothing to pick


def validate_method(typed: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    from actions.handoff_actions import ValidateHandoffForm

    dispatcher = CollectingDispatcher()
    slots = ValidateHandoffForm().validate_contact_method(typed, dispatcher, tracker_for(typed), {})
    return dispatcher.messages, slots


def test_an_email_address_typed_for_the_contact_method_is_the_choice_and_the_detail() -> None:
    assert validate_method("jo@mail.com")[1] == {"contact_method": "email", "contact": "jo@mail.com"}
    messages, slots = validate_method("Jo.Bloggs@Example.org")
    assert slots == {"contact_method": "email", "contact": "jo.bloggs@example.org"} and messages == []


def test_a_phone_number_typed_for_the_contact_method_is_a_call_unless_they_say_text() -> None:
    assert validate_method("07700 900123")[1] == {"contact_method": "phone", "contact": "07700900123"}
    assert validate_method("text me on 07700 900123")[1] == {"contact_method": "text", "contact": "07700900123"}


def test_a_method_in_words_still_works_and_nonsense_is_asked_again() -> None:
    assert validate_method("email please")[1] == {"contact_method": "email"}
    messages, slots = validate_method("whenever")
    assert slots == {"contact_method": None} and "Email, Phone call or Text message" in messages[0]["text"]


# Through the session boundaries of a long conversation (bot.sessions) ----------------------------

PAYLOADS: list[dict[str, Any]] = [
    {},  # a plain message (the greeting, "You're welcome")
    {"kind": "clarify", "options": ["general.events_licensing", "general.health_safety"]},
    {"kind": "answer", "article": "funding.gift_aid"},
    {"kind": "answer", "article": "volunteering.dbs_checks"},
    {"kind": "handoff_offer", "case": "fraud_theft"},
    {"kind": "more_detail", "article": "funding.gift_aid"},
]


def boundary(before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a new session of ours starts with, after the events `before` (as Rasa logs it)."""
    from bot.sessions import ROLLOVER, to_carry

    return [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started", "metadata": {ROLLOVER: {"payloads": to_carry(before)}}},
        {"event": "slot", "name": "handoff_offered", "value": False},
        {"event": "action", "name": "action_listen"},
    ]


def test_the_look_backs_find_the_same_through_session_boundaries() -> None:
    """Every sequence of up to four of the assistant's messages, with a new session after any of
    them (the later sessions holding only what they carry): the last clarification's options and
    the last answered article are what they are without the boundaries."""
    import itertools

    from actions.actions import last_answered_article, last_clarify_options

    def look(events: list[dict[str, Any]]) -> tuple[list[str], str | None]:
        tracker = tracker_for("x", events=events)
        return last_clarify_options(tracker), last_answered_article(tracker)

    checked = 0
    for length in range(5):
        for payloads in itertools.product(range(len(PAYLOADS)), repeat=length):
            messages = [{"event": "bot", "text": "...", "data": {"custom": PAYLOADS[p]}} for p in payloads]
            whole = [e for m in messages for e in ({"event": "user", "text": "q"}, m)]
            for cuts in itertools.product((False, True), repeat=length):
                split: list[dict[str, Any]] = []
                for (user, bot), cut in zip(zip(whole[::2], whole[1::2]), cuts):
                    split += [user, bot]
                    if cut:  # the tracker store reads only the new session: from its session_started on
                        split = boundary(split)[1:]
                assert look(split) == look(whole), (payloads, cuts)
                checked += 1
    assert checked > 10_000


def test_tell_me_more_and_a_typed_choice_right_after_a_boundary() -> None:
    from actions.actions import ActionTellMeMore

    answered = [{"event": "user", "text": "gift aid"}, _bot("answer", article="funding.gift_aid"), *CLARIFIED]
    after = boundary(answered)[1:]
    messages, _ = run(ActionTellMeMore(), tracker_for("tell me more", "tell_me_more", events=after))
    assert messages[0]["custom"]["kind"] == "more_detail" and messages[0]["custom"]["article"] == "funding.gift_aid"
    messages, _ = run(ActionShowArticle(), tracker_for("the second one", "choose_article", events=after))
    assert messages[0]["custom"]["article"] == "general.health_safety"
    # Rasa's own new session (after an hour's silence) carries nothing; with nothing before it in
    # the tracker (as the store reads it), there is nothing to pick.
    own = [{"event": "session_started"}, {"event": "action", "name": "action_listen"}]
    messages, _ = run(ActionTellMeMore(), tracker_for("tell me more", "tell_me_more", events=own))
    assert "Which topic" in messages[0]["text"]
