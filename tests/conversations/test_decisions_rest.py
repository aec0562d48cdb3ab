"""The answerer's three decisions end to end over REST, with the real Rasa model and action server:
a situation that needs a person gets its first safe step and the offer of the local LIO (even when
it touches an article's topic), a question from outside our subject gets the honest fallback, and
a general question on a handoff topic gets the article, not a person. The examples are the ones the
issue reported as wrong; the held-out sets measure the rest (`make bench`)."""

from __future__ import annotations

import uuid

import pytest

from tests.conftest import Servers

pytestmark = pytest.mark.slow

NEEDS_A_PERSON = [
    ("our treasurer took £2000 from the account", "fraud_theft"),
    ("the treasurer has taken 2000 pounds", "fraud_theft"),
    ("our chair paid himself £500 without asking anyone", None),
    ("hmrc want their gift aid back", "regulator_action"),
    ("a volunteer emailed our whole client list including health notes to everyone by mistake", "data_breach"),
    ("the committee voted me off without notice", None),
]
NOT_OUR_SUBJECT = [
    "what are the different types of tvs",
    "is the bank open on mlk day",
    "can i deposit a check",
    "what is a good laptop for gaming",
]
# ("how do we remove a trustee under our constitution?" is not here: no article covers removing a
# trustee, and the brief lists it as a case for a person, so the offer of the LIO is right for it.)
ARTICLES = [
    ("can someone who has been made bankrupt still be one of our trustees?", "governance.trustee_recruitment"),
    ("how do we claim gift aid on donations", "funding.gift_aid"),
    ("what should be in a volunteer agreement", "volunteering.agreements_policy"),
]


def first_payload(servers: Servers, text: str) -> dict:
    replies = servers.say(f"decide-{uuid.uuid4().hex[:8]}", text)
    return next(r["custom"] for r in replies if "custom" in r)


@pytest.mark.parametrize("text,case", NEEDS_A_PERSON)
def test_a_situation_for_a_person_gets_the_offer(servers: Servers, text: str, case: str | None) -> None:
    first = first_payload(servers, text)
    assert first["kind"] == "handoff_offer", (text, first)
    if case:
        assert first["case"] == case, (text, first)


@pytest.mark.parametrize("text", NOT_OUR_SUBJECT)
def test_another_subject_gets_the_honest_fallback(servers: Servers, text: str) -> None:
    assert first_payload(servers, text)["kind"] == "fallback", text


@pytest.mark.parametrize("text,article", ARTICLES)
def test_a_general_question_on_a_handoff_topic_gets_the_article(servers: Servers, text: str, article: str) -> None:
    first = first_payload(servers, text)
    assert first["kind"] in ("answer", "clarify"), (text, first)
    assert (first.get("article") or first.get("options", [""])[0]).startswith(article), (text, first)
