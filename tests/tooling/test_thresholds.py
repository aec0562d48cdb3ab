"""The threshold cross-validation's scoring (bot/tooling/thresholds.py): it applies the answerer's own
rule, and prices wrong advice above an honest "I don't know"."""

from __future__ import annotations

from bot.answers.retrieval import Ranked, Reading
from bot.tooling.thresholds import WRONG_ADVICE_COST, HeldBack, outcome


def reading(in_scope: float, needs_person: float, article: str = "funding.gift_aid") -> Reading:
    return Reading(in_scope, needs_person, Ranked("fraud_theft", 0.9), [Ranked(article, 0.8)])


def test_outcome_applies_the_answerers_rule_and_prices_each_error() -> None:
    held = HeldBack(
        questions=[
            ("funding.gift_aid", reading(0.9, 0.1)),  # answered right
            ("funding.gasds", reading(0.9, 0.1)),  # answered, wrong article
            ("funding.gift_aid", reading(0.3, 0.1)),  # lost to the scope gate
            ("funding.gift_aid", reading(0.9, 0.8)),  # handed to a person
        ],
        situations=[reading(0.9, 0.8), reading(0.9, 0.2)],
        other=[reading(0.1, 0.1), reading(0.9, 0.1)],  # the second gets an article: wrong advice
    )
    got = outcome(held, person_min=0.5, scope_min=0.5)
    assert (got.top1, got.questions_lost, got.questions_to_person) == (0.25, 0.25, 0.25)
    assert (got.situations_to_person, got.other_answered) == (0.5, 0.5)
    assert got.cost == WRONG_ADVICE_COST * 0.5 + 0.25 + 0.5 + 0.25
