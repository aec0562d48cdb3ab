"""Answering on the held-out sets: floors a little below what `make bench` measured, so a regression
fails CI. A failure reports rates, never the held-out texts (reading misses is how a held-out set
stops being held out). Targets (issue 13): top-1 >= 95%, out of scope answered <= 2%, complex
situations offered a person >= 95%, general questions handed off <= 3%, emergencies 100%.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Callable

import pytest

from bot.answers import answering, crisis
from bot.answers.knowledge import load_articles, load_triage
from bot.answers.retrieval import Ranked, Reading, other_subjects, out_of_scope_examples
from bot.services import Services
from bot.tooling import bench

TOP1_FLOOR = 0.88  # measured 90.6% (2026-11-30)
GENERAL_TOP1_FLOOR = 0.82  # 84.8%
# The second edition of the questions (tests/eval/heldout2.yml), by a writer whose misses nobody
# has read: measured 85.0% end to end and 85.3% for the answerer alone (2026-12-03, session 22).
FRESH_TOP1_FLOOR = 0.82
OOS_CEILING = 0.025  # 1.3%
COMPLEX_FLOOR = 0.97  # 99.3%
GENERAL_TO_PERSON_CEILING = 0.065  # 4.6%


@pytest.fixture(scope="module")
def heldout() -> dict:
    return bench.load_heldout()


def test_heldout_set_is_big_enough_and_separate_from_training(heldout: dict) -> None:
    assert len(heldout["questions"]) >= 300 and len(heldout["out_of_scope"]) >= 500
    assert len(heldout["complex"]) >= 150 and len(heldout["general"]) >= 150 and len(heldout["emergencies"]) >= 10
    assert len(heldout["questions2"]) >= 400
    for questions in (heldout["questions"], heldout["questions2"]):
        assert {q["topic"] for q in questions} == set(load_articles())
    norm = lambda s: " ".join(s.lower().split())  # noqa: E731
    triage = load_triage()
    training = {norm(q) for a in load_articles().values() for q in a.questions}
    training |= {norm(e) for c in triage.handoff_cases for e in c.examples}
    training |= {norm(e) for items in crisis.load_examples().by_route.values() for e in items}
    training |= {norm(e) for e in out_of_scope_examples() + other_subjects()}
    held = [q["text"] for q in heldout["questions"] + heldout["questions2"] + heldout["general"]] + heldout["out_of_scope"]
    held += [c["text"] for c in heldout["complex"] + heldout["emergencies"]]
    assert sum(norm(t) in training for t in held) == 0


def assert_meets_floors(scores: bench.Scores) -> None:
    assert scores.emergencies.value == 1.0, scores.emergencies
    assert scores.complex_offered.value >= COMPLEX_FLOOR, scores.complex_offered
    assert scores.general_handed_off.value <= GENERAL_TO_PERSON_CEILING, scores.general_handed_off
    assert scores.oos_answered.value <= OOS_CEILING, scores.oos_answered
    assert scores.top1.value >= TOP1_FLOOR, scores.top1
    assert scores.fresh_top1.value >= FRESH_TOP1_FLOOR, scores.fresh_top1
    assert scores.general_top1.value >= GENERAL_TOP1_FLOOR, scores.general_top1


@pytest.fixture(scope="module")
def answerer(services: Services) -> Callable[[str], bench.Outcome]:
    """The answerer's decision on each held-out text, made once for both floors tests below (the
    whole pipeline sends most texts on to the answerer unchanged)."""
    return functools.cache(bench.ours_without_rasa(services))


def test_answerer_meets_the_floors(answerer: Callable[[str], bench.Outcome], heldout: dict) -> None:
    assert_meets_floors(bench.score("answerer", answerer, heldout))


@pytest.mark.slow
def test_whole_pipeline_with_the_trained_rasa_model_meets_the_floors(
    services: Services, answerer: Callable[[str], bench.Outcome], heldout: dict
) -> None:
    assert_meets_floors(bench.score("rasa+answerer", bench.ours_with_rasa(services, answerer=answerer), heldout))


def test_emergency_comes_before_everything_even_with_an_article(
    services: Services,
) -> None:
    reply = answering.respond(
        "a child at our youth club told me her dad hits her, what's our procedure", services.retriever, services.detector
    )
    assert reply.kind == "emergency" and reply.messages[0].payload["kind"] == "emergency"
    assert "999" in reply.messages[0].text


def test_overdue_article_says_when_checked_and_offers_the_lio(
    services: Services,
) -> None:
    reply = answering.respond(
        "how do we claim gift aid on donations", services.retriever, services.detector, today=dt.date(2031, 1, 1)
    )
    assert reply.kind == "answer" and reply.handoff_offered
    assert reply.messages[1].payload == {"kind": "handoff_offer", "reason": "review_overdue", "article": reply.articles[0]}
    assert "last checked on" in reply.messages[1].text


def test_answer_payload_shape() -> None:
    reply = answering.answer_article("funding.gasds")
    payload = reply.messages[0].payload
    assert set(payload) == {"kind", "article", "title", "sources", "reviewed"}
    assert payload["reviewed"] == load_articles()["funding.gasds"].reviewed.isoformat()
    assert all(set(s) == {"title", "url"} for s in payload["sources"])


def test_clarify_offers_buttons_for_close_articles() -> None:
    reply = answering._clarify_reply(["funding.gift_aid", "funding.gasds"])
    assert reply.messages[0].payload == {"kind": "clarify", "options": ["funding.gift_aid", "funding.gasds"]}
    assert reply.messages[0].buttons[1]["payload"] == '/choose_article{"article":"funding.gasds"}'


def test_faq_baseline_reads_the_response_selector_as_rasa_reports_it() -> None:
    """The baseline is scored from Rasa's parse output; this is its shape in Rasa 3.6 (a
    ResponseSelector without `retrieval_intent` reports under "default")."""
    parsed = {
        "intent": {"name": "faq", "confidence": 1.0},
        "response_selector": {
            "all_retrieval_intents": ["faq"],
            "default": {"response": {"intent_response_key": "faq/funding__gift_aid", "confidence": 0.88}},
        },
    }
    outcome = bench.faq_outcome(parsed)
    assert (outcome.kind, outcome.first_article) == ("answer", "funding.gift_aid")
    assert bench.faq_outcome({"intent": {"name": "nlu_fallback"}}).kind == "fallback"


def _reading(in_scope: float, needs_person: float, best: float = 0.8) -> Reading:
    return Reading(in_scope, needs_person, Ranked("fraud_theft", 0.9), [Ranked("funding.gift_aid", best)])


@pytest.mark.parametrize(
    "reading, way",
    [
        (_reading(0.9, 0.9), "person"),  # a situation comes first, even on an article's topic
        (_reading(answering.PERSON_SCOPE_MIN / 2, 0.9), "fallback"),  # plainly not about a group: my own boss
        (_reading(answering.IN_SCOPE_MIN - 0.01, 0.1), "fallback"),  # not our subject
        (_reading(0.9, 0.1, best=answering.ANSWER_MIN / 2), "fallback"),  # ours, but no article fits
        (_reading(0.9, answering.NEEDS_PERSON_MIN - 0.01), "article"),
    ],
)
def test_the_three_decisions_in_order(reading: Reading, way: str) -> None:
    assert answering.way_for(reading) == way


def test_a_situation_on_an_articles_topic_names_the_article_beside_the_offer() -> None:
    reply = answering._handoff_reply("fraud_theft", "governance.financial_controls_banking")
    message = reply.messages[0]
    assert message.payload == {
        "kind": "handoff_offer",
        "case": "fraud_theft",
        "related_article": "governance.financial_controls_banking",
    }
    article = load_articles()["governance.financial_controls_banking"]
    case = {c.id: c for c in load_triage().handoff_cases}["fraud_theft"]
    assert message.text.startswith(case.first_step) and article.title in message.text
    assert message.text.endswith("(such as your CVS)?") and message.buttons == answering.YES_NO_BUTTONS
    assert "related_article" not in answering._handoff_reply("fraud_theft").messages[0].payload


def test_every_answer_offers_the_rest_of_its_article() -> None:
    message = answering.answer_article("volunteering.drivers").messages[0]
    assert message.buttons == [
        {"title": "Tell me more", "payload": '/tell_me_more{"article":"volunteering.drivers"}'},
        {"title": "Yes, it helped", "payload": '/feedback_helped{"article":"volunteering.drivers"}'},
        {"title": "No, it didn't", "payload": '/feedback_not_helped{"article":"volunteering.drivers"}'},
    ]
    more = answering.more_detail("volunteering.drivers").messages[0]
    assert more.buttons == answering.feedback_buttons("volunteering.drivers")  # "Did this help?" again
    article = load_articles()["volunteering.drivers"]
    assert more.payload == {"kind": "more_detail", "article": "volunteering.drivers", "title": article.title}
    assert article.detail in more.text and all(step in more.text for step in article.next_steps)
    assert "55p" in more.text and more.text.index("More on") < more.text.index("Next steps:")


def test_did_this_help_replies() -> None:
    thanks = answering.feedback_thanks("funding.gift_aid")
    assert thanks.messages[0].payload == {"kind": "feedback_thanks", "article": "funding.gift_aid"}
    assert not thanks.handoff_offered and not thanks.messages[0].buttons
    sorry = answering.not_helped_offer("funding.gift_aid")
    assert sorry.kind == "handoff_offer" and sorry.handoff_offered
    assert sorry.messages[0].payload == {"kind": "handoff_offer", "reason": "not_helped", "article": "funding.gift_aid"}
    assert sorry.messages[0].buttons == answering.YES_NO_BUTTONS
    assert answering.not_helped_offer(None).messages[0].payload == {"kind": "handoff_offer", "reason": "not_helped"}
    bare = answering.without_feedback_buttons(answering.answer_article("volunteering.drivers"))
    assert [b["title"] for b in bare.messages[0].buttons or []] == ["Tell me more"]
