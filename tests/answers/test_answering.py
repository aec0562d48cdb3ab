"""Answering on held-out questions: floors a little below the targets, so a regression fails CI.

Targets (issue 3): top-1 >= 92%, out of scope answered <= 5%, complex offered a handoff >= 90%,
emergencies 100%. `make bench` prints the exact figures beside the baselines.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import answering, crisis
from bot.answers.knowledge import load_articles, load_triage
from bot.answers.retrieval import out_of_scope_examples
from bot.services import Services
from bot.tooling import bench

TOP1_FLOOR = 0.90
OOS_CEILING = 0.07
COMPLEX_FLOOR = 0.88


@pytest.fixture(scope="module")
def heldout() -> dict:
    return bench.load_heldout()


def test_heldout_set_is_big_enough_and_separate_from_training(heldout: dict) -> None:
    assert len(heldout["questions"]) >= 300 and len(heldout["out_of_scope"]) >= 60
    assert len(heldout["complex"]) >= 30 and len(heldout["emergencies"]) >= 10
    topics = {q["topic"] for q in heldout["questions"]}
    assert topics == set(load_articles())
    norm = lambda s: " ".join(s.lower().split())  # noqa: E731
    triage = load_triage()
    training = {norm(q) for a in load_articles().values() for q in a.questions}
    training |= {norm(e) for c in triage.handoff_cases for e in c.examples}
    training |= {norm(e) for items in crisis.load_examples().by_route.values() for e in items}
    training |= {norm(e) for e in out_of_scope_examples()}
    held = [q["text"] for q in heldout["questions"]] + heldout["out_of_scope"]
    held += [c["text"] for c in heldout["complex"] + heldout["emergencies"]]
    assert not [t for t in held if norm(t) in training]


def assert_meets_floors(scores: bench.Scores) -> None:
    assert scores.emergencies == 1.0, scores.details["emergencies_missed"]
    assert scores.complex_offered >= COMPLEX_FLOOR, scores.details["complex_missed"]
    assert scores.oos_answered <= OOS_CEILING, scores.details["oos_answered"]
    assert scores.top1 >= TOP1_FLOOR, scores.details["misses"]


def test_answerer_meets_the_floors(services: Services, heldout: dict) -> None:
    assert_meets_floors(bench.score("answerer", bench.ours_without_rasa(services), heldout))


@pytest.mark.slow
def test_whole_pipeline_with_the_trained_rasa_model_meets_the_floors(services: Services, heldout: dict) -> None:
    assert_meets_floors(bench.score("rasa+answerer", bench.ours_with_rasa(services), heldout))


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
