"""The classifier: logistic regression over word and character n-grams and sentence vectors, with
marker words for the patterns' hits and who is involved, trained on many paraphrases per route
(`knowledge/crisis_examples.yml`) against near misses and every ordinary question in the knowledge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from bot.answers.representations import SentenceEmbeddings
from bot.answers.representations import features as representation_features
from bot.answers.representations import transform as representation_transform
from bot.settings import KNOWLEDGE_DIR, PROJECT_DIR

from .adults import ADULT
from .domestic import PARTNER
from .fragments import CHILD
from .normalising import normalise
from .patterns import pattern_hits
from .reading import is_planning
from .routes import EXAMPLES_FILE, NONE, ROUTES
from .slavery import LABOUR
from .workers import WORKER

# Who is involved, each named by a marker word in `features()`.
_WHO = (("child", CHILD), ("worker", WORKER), ("adult", ADULT), ("partner", PARTNER), ("labour", LABOUR))


def _pattern_marker(route: str) -> str:
    return f"xpat{route.replace('_', '')}x"


PLANNING_MARKER = "xplanningx"


# Every marker word `features()` can add (and only those: "xanax" is a word people type).
MARKERS = frozenset([_pattern_marker(r) for r in ROUTES] + [f"x{name}x" for name, _ in _WHO] + [PLANNING_MARKER])


def features(norm: str, hits: list[str] | None = None, planning: bool | None = None, text: str = "") -> str:
    """Normalised text plus marker words for who is involved and which patterns matched, so the
    classifier can weigh "a child" + "a volunteer" + "touched" together, and learn how far to
    trust each pattern. `hits` and `planning`: `pattern_hits` and `is_planning` already found for
    this text, if any (the detector reads both before it asks the classifier); `text`, the message as
    typed, for `is_planning`."""
    markers = [_pattern_marker(route) for route in (pattern_hits(norm) if hits is None else hits)]
    markers += [f"x{name}x" for name, pattern in _WHO if pattern.search(norm)]
    if is_planning(norm, text) if planning is None else planning:
        markers.append(PLANNING_MARKER)
    return f"{norm} {' '.join(markers)}".strip()


@dataclass(frozen=True)
class CrisisExamples:
    by_route: dict[str, tuple[str, ...]]
    near_misses: tuple[str, ...]


def load_examples(root: Path = KNOWLEDGE_DIR) -> CrisisExamples:
    data = yaml.safe_load((root / EXAMPLES_FILE).read_text(encoding="utf-8")) or {}
    routes = data.get("routes") or {}
    unknown = set(routes) - set(ROUTES)
    if unknown:
        raise ValueError(f"{EXAMPLES_FILE}: unknown routes {sorted(unknown)}; use {', '.join(ROUTES)}")
    return CrisisExamples(
        by_route={r: tuple(str(x) for x in routes.get(r) or []) for r in ROUTES},
        near_misses=tuple(str(x) for x in data.get("not_emergency") or []),
    )


def _without_markers(texts: list[str]) -> list[str]:
    """The message as written (normalised), for the sentence encoder: the marker words of
    `features()` mean something to the n-grams but are noise to a model of English."""
    return [" ".join(w for w in t.split() if w not in MARKERS) for t in texts]


def _features() -> FeatureUnion:
    """N-grams (word 1–2, character 2–5) and all-MiniLM-L6-v2 sentence vectors side by side. The
    n-grams carry typos, text-speak and the pattern markers; the sentence vectors carry meaning told
    without any crisis word ("I won't be around after Friday", "covered in bruises again"), which
    the n-grams of one set of writers do not reach in the next (README, "Safety first")."""
    return FeatureUnion(
        [
            ("ngrams", representation_features("ngrams")),
            ("meaning", make_pipeline(FunctionTransformer(_without_markers), SentenceEmbeddings())),
        ]
    )


def _head(x: Any, y: list[Any]) -> LogisticRegression:
    head = LogisticRegression(C=20.0, max_iter=3000, class_weight="balanced").fit(x, y)
    head.coef_ = np.asfortranarray(head.coef_)  # column-major: see bot.answers.retrieval._quick
    return head


class CrisisClassifier:
    """Two logistic regressions over the same `_features()` of `features(normalised text)`: is
    this a crisis at all (against near misses and every ordinary question), and if so which
    route (trained on the crisis paraphrases alone, so routes are told apart by what differs
    between them rather than by what they share against ordinary questions). One feature step
    for both, so a message is encoded once."""

    def __init__(self, texts: list[str], labels: list[str]) -> None:
        prepared = [features(normalise(t), text=t) for t in texts]
        self.features = _features().fit(prepared)
        x = self.features.transform(prepared)
        self.crisis = _head(x, [label != NONE for label in labels])
        rows = [i for i, label in enumerate(labels) if label != NONE]
        self.route = _head(x[rows], [labels[i] for i in rows])

    def encode_ahead(self, prepared: list[str]) -> None:
        """Encode many `features()` texts in batches now, for an evaluation set (development sets,
        the benchmark): several times faster than one by one. Their vectors are kept for the
        process's lifetime like the training texts', so never call this on what people send."""
        dict(self.features.transformer_list)["meaning"].fit(prepared)

    def predict(self, prepared: str) -> tuple[float, dict[str, float]]:
        """(probability it is a crisis, each route's probability if it is one), for `features()` text."""
        x = representation_transform(self.features, [prepared])
        crisis_p = float(self.crisis.predict_proba(x)[0][list(self.crisis.classes_).index(True)])
        routes = dict(zip((str(c) for c in self.route.classes_), (float(p) for p in self.route.predict_proba(x)[0])))
        return crisis_p, routes


_ANNOTATION = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


def everyday_replies(nlu_dir: Path = PROJECT_DIR / "data" / "nlu") -> list[str]:
    """Every hand-written NLU example that is not a question ("no", "yes please", "LS6 2AB",
    "the second one"): short replies the classifier must learn are not crises."""
    replies: list[str] = []
    for path in sorted(nlu_dir.glob("*.yml")):
        if path.name.startswith("generated"):
            continue
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if block.get("intent") in (None, "out_of_scope"):
                continue
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    replies.append(_ANNOTATION.sub(lambda m: m.group(1) or m.group(2) or "", line.strip()[2:]))
    return replies


# How people start a message after the assistant has spoken. The crisis paraphrases use them often
# ("no, he's not breathing"), so without ordinary questions that start the same way the classifier
# learns the opener itself as a sign of crisis ("no, just wondering about the AGM date").
OPENERS = ("no, ", "thanks, ", "ok but ", "not really, ", "sorry, ", "no thanks, ", "actually ", "yes but ", "cheers, ", "hmm ")


def with_openers(questions: list[str], every: int = 4) -> list[str]:
    """Every `every`-th ordinary question again with an opener in front (deterministic)."""
    return [OPENERS[i % len(OPENERS)] + q[:1].lower() + q[1:] for i, q in enumerate(questions[::every])]


def training_set(root: Path = KNOWLEDGE_DIR) -> tuple[list[str], list[str]]:
    """Crisis paraphrases per route, against near misses and every ordinary question we know: the
    articles' questions and their paraphrases, the triage cases, and everyday questions on other
    subjects (cooking, phones, trivia, my own tenancy). Without the last, a classifier that has
    only seen community-group questions and crises reads anything outside both as a crisis: it
    fired on 6.9% of a held-back half of those everyday questions ("longest river in the world",
    "12 stone in kg"), 2.2% once the other half was in training (README, "Safety first")."""
    from bot.answers.knowledge import load_articles, load_triage
    from bot.answers.retrieval import article_paraphrases, other_subjects, out_of_scope_examples

    examples = load_examples(root)
    texts: list[str] = []
    labels: list[str] = []
    for route, items in examples.by_route.items():
        texts += items
        labels += [route] * len(items)
    ordinary = list(examples.near_misses)
    for article in load_articles(root).values():
        ordinary += article.questions
    for case in load_triage(root).handoff_cases:
        ordinary += case.examples
    ordinary += [q for questions in article_paraphrases(root).values() for q in questions]
    ordinary += out_of_scope_examples()
    ordinary += other_subjects(root)
    ordinary += everyday_replies()
    ordinary += with_openers([q for article in load_articles(root).values() for q in article.questions])
    texts += ordinary
    labels += [NONE] * len(ordinary)
    return texts, labels
