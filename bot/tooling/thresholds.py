"""`python -m bot thresholds`: where to set the answerer's two gates ("needs a person", "in scope"),
by cross-validation on the training data alone (never the held-out sets).

Each of five folds fits the whole answerer (`Retriever`: all three decisions) on four fifths of the
training data and reads the fifth it did not see: the article questions people ask, the handoff
situations and the questions on other subjects. Every pair of thresholds is then applied with the
answerer's own rule (`answering.way_for`), and each pair is scored by its cost: an article given
to a question on another subject (wrong advice) costs 2; a question of ours not answered, a
situation given an article, and a general question handed to a person cost 1 each (each as a rate,
so the sizes of the three sets do not weigh). `bot.answers.answering` records the pair chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bot.answers.answering import way_for
from bot.answers.knowledge import load_articles
from bot.answers.representations import DEFAULT_REPRESENTATION
from bot.answers.retrieval import Reading, Retriever, TrainingData, load_training_data

Array = NDArray[Any]
PERSON_GRID = tuple(round(x, 2) for x in np.arange(0.30, 0.851, 0.05))
SCOPE_GRID = tuple(round(x, 2) for x in np.arange(0.20, 0.851, 0.05))
WRONG_ADVICE_COST = 2.0


@dataclass
class HeldBack:
    """What the folds' answerers read for texts they never saw."""

    questions: list[tuple[str, Reading]]  # (the right article, reading)
    situations: list[Reading]
    other: list[Reading]


def _subset(items: list[Any], keep: Array) -> list[Any]:
    return [x for x, k in zip(items, keep) if k]


def cross_validated(data: TrainingData, bodies: dict[str, str], representation: str, folds: int = 5) -> HeldBack:
    rng = np.random.default_rng(0)
    fold_a = rng.integers(0, folds, len(data.article_texts))
    fold_c = rng.integers(0, folds, len(data.case_texts))
    fold_o = rng.integers(0, folds, len(data.other))
    held = HeldBack([], [], [])
    for k in range(folds):
        train_a, train_c, train_o = fold_a != k, fold_c != k, fold_o != k
        part = TrainingData(
            _subset(data.article_texts, train_a),
            _subset(data.article_labels, train_a),
            _subset(data.asked, train_a),
            _subset(data.case_texts, train_c),
            _subset(data.case_labels, train_c),
            _subset(data.other, train_o),
        )
        model = Retriever(part, bodies, representation)
        asked = (fold_a == k) & np.array(data.asked)
        questions = _subset(data.article_texts, asked)
        held.questions += list(zip(_subset(data.article_labels, asked), model.read_many(questions)))
        held.situations += model.read_many(_subset(data.case_texts, fold_c == k))
        held.other += model.read_many(_subset(data.other, fold_o == k))
        print(f"  fold {k + 1}/{folds} read", flush=True)
    return held


@dataclass
class Outcome:
    person_min: float
    scope_min: float
    top1: float  # article questions answered with the right article
    questions_lost: float  # article questions given the fallback
    questions_to_person: float
    situations_to_person: float
    other_answered: float

    @property
    def cost(self) -> float:
        missed = 1 - self.situations_to_person
        return WRONG_ADVICE_COST * self.other_answered + self.questions_lost + missed + self.questions_to_person


def outcome(held: HeldBack, person_min: float, scope_min: float) -> Outcome:
    ways = [(label, r, way_for(r, person_min, scope_min)) for label, r in held.questions]
    n = len(ways)
    return Outcome(
        person_min,
        scope_min,
        top1=sum(w == "article" and r.articles[0].label == label for label, r, w in ways) / n,
        questions_lost=sum(w == "fallback" for _, _, w in ways) / n,
        questions_to_person=sum(w == "person" for _, _, w in ways) / n,
        situations_to_person=sum(way_for(r, person_min, scope_min) == "person" for r in held.situations) / len(held.situations),
        other_answered=sum(way_for(r, person_min, scope_min) == "article" for r in held.other) / len(held.other),
    )


def main(representation: str = DEFAULT_REPRESENTATION) -> int:
    articles = load_articles()
    data = load_training_data(articles=articles)
    # BM25 reads the article text without its example questions, which are what the folds hold back.
    bodies = {a.id: " ".join([a.title, a.answer, a.detail, *a.next_steps]) for a in articles.values()}
    print(f"Cross-validating the answerer ({representation}), five folds...")
    held = cross_validated(data, bodies, representation)
    results = sorted((outcome(held, p, s) for p in PERSON_GRID for s in SCOPE_GRID), key=lambda o: o.cost)
    print("person  scope   cost   top-1  lost  q→person  situations→person  other answered")
    for o in results[:12]:
        print(
            f"{o.person_min:6.2f} {o.scope_min:6.2f} {o.cost:6.3f} {o.top1:6.1%} {o.questions_lost:5.1%} "
            f"{o.questions_to_person:8.1%} {o.situations_to_person:17.1%} {o.other_answered:14.1%}"
        )
    best = results[0]
    print(f"Lowest cost: NEEDS_PERSON_MIN = {best.person_min}, IN_SCOPE_MIN = {best.scope_min}")
    return 0
