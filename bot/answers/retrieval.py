"""Three decisions about a free-text question, each its own classifier and each measured on its own
in `make bench`:

1. **in scope?** Is it about running a community group or small charity at all, or an everyday
   question from the open web ("is the bank open on mlk day")? Trained on every article question
   and handoff situation against thousands of other questions (`knowledge/other_subjects.yml`).
2. **needs a person?** Does it describe a situation the assistant should not settle alone (the
   handoff cases in `knowledge/triage.yml`: wrongdoing, disputes, regulator action, debts...), even
   when it also touches an article's topic? Trained on the cases' examples against the articles'
   questions, so "what happens if a trustee goes bankrupt" stays an article and "the committee
   voted me off without notice" goes to a person. A second classifier names the case.
3. **which article?** Trained on the articles alone (title, questions, answer sentences), with a
   BM25 nudge from the full article text.

Each classifier is a logistic regression over a text representation (`representations`): word
and character n-grams, sentence embeddings, or both side by side (in use: measured best on the
held-out sets, see the README). The crisis net runs before any of this (`bot.answers.crisis`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression

from bot.answers.bm25 import BM25
from bot.answers.knowledge import Article, Triage, load_articles, load_triage
from bot.answers.model_cache import load_or_fit
from bot.answers.representations import DEFAULT_REPRESENTATION, features, transform
from bot.answers.text import normalise
from bot.settings import KNOWLEDGE_DIR, PROJECT_DIR

Array = NDArray[Any]
RETRIEVER_VERSION = 8  # bump when the Retriever class changes, so saved ones are refitted
OUT_OF_SCOPE_FILE = PROJECT_DIR / "data" / "nlu" / "out_of_scope.yml"
OTHER_SUBJECTS_FILE = "other_subjects.yml"
PARAPHRASES_FILE = "article_paraphrases.yml"


def out_of_scope_examples(path: Path = OUT_OF_SCOPE_FILE) -> list[str]:
    """The out_of_scope intent's examples from the Rasa NLU file (shared with DIET's training)."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: list[str] = []
    for block in data.get("nlu") or []:
        if block.get("intent") == "out_of_scope":
            examples += [
                line[2:].strip() for line in str(block.get("examples", "")).splitlines() if line.strip().startswith("- ")
            ]
    return examples


def other_subjects(root: Path = KNOWLEDGE_DIR) -> list[str]:
    """Everyday questions that are not about running a group (the open web), and an individual's
    own affairs that share its words (my tax, my tenancy, my benefits): what "out of scope" means."""
    path = root / OTHER_SUBJECTS_FILE
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [str(t) for section in ("open_web", "near_miss") for t in data.get(section) or []]


def article_paraphrases(root: Path = KNOWLEDGE_DIR) -> dict[str, list[str]]:
    """More ways people ask each article's questions, for the answerer only: the articles keep the
    questions that also train Rasa's NLU, so these do not lengthen the Rasa model's training."""
    path = root / PARAPHRASES_FILE
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): [str(q) for q in v or []] for k, v in data.items()}


def answer_sentences(article: Article) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", article.answer) if len(s.split()) >= 4]


@dataclass(frozen=True)
class TrainingData:
    """Everything the three decisions learn from, by what it teaches."""

    article_texts: list[str]
    article_labels: list[str]
    asked: list[bool]  # which article texts are questions people ask (the rest: titles, answer sentences)
    case_texts: list[str]
    case_labels: list[str]
    other: list[str]  # not our subject


def training_data(
    articles: dict[str, Article], triage: Triage, other: list[str], paraphrases: dict[str, list[str]] | None = None
) -> TrainingData:
    article_texts: list[str] = []
    article_labels: list[str] = []
    asked: list[bool] = []
    for article in articles.values():
        # The answer's own sentences teach the article's vocabulary ("SORP", "moratorium") that
        # the example questions may not use.
        sentences = answer_sentences(article)
        questions = [*article.questions, *(paraphrases or {}).get(article.id, [])]
        article_texts += [article.title, *questions, *sentences]
        article_labels += [article.id] * (1 + len(questions) + len(sentences))
        asked += [False] + [True] * len(questions) + [False] * len(sentences)
    case_texts: list[str] = []
    case_labels: list[str] = []
    for case in triage.handoff_cases:
        case_texts += case.examples
        case_labels += [case.id] * len(case.examples)
    return TrainingData(article_texts, article_labels, asked, case_texts, case_labels, other)


@dataclass(frozen=True)
class Ranked:
    label: str
    probability: float


@dataclass(frozen=True)
class Reading:
    """The three decisions about one message, as probabilities; `answering` applies the thresholds."""

    in_scope: float  # about running a community group or charity at all
    needs_person: float  # describes a situation to hand to a person
    case: Ranked  # the likeliest handoff case, if it is one
    articles: list[Ranked]  # every article, best first


def _head(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced")


def _quick(head: LogisticRegression) -> LogisticRegression:
    """Coefficients stored column-major, so that scikit-learn's `X @ coef_.T` for one sparse message
    reads them in place: row-major, SciPy copies the whole matrix on every call (10 ms a message)."""
    head.coef_ = np.asfortranarray(head.coef_)
    return head


class Retriever:
    """The three decisions (and the case), four logistic regressions over one representation of
    the text, fitted once on everything they learn from and computed once per message.

    BM25 over the article body knows the words the guidance itself uses ("SORP", "honorarium",
    "TEN") that no example question happened to: it re-ranks articles only, scaled by the
    classifier's own best article probability, so it never creates confidence.
    """

    BM25_WEIGHT = 0.4

    def __init__(
        self,
        data: TrainingData,
        article_texts: dict[str, str] | None = None,
        representation: str = DEFAULT_REPRESENTATION,
    ) -> None:
        self.representation = representation
        questions = [normalise(t) for t in data.article_texts]
        situations = [normalise(t) for t in data.case_texts]
        other = [normalise(t) for t in data.other]
        self.features = features(representation)
        x = self.features.fit_transform(questions + situations + other)
        xq, xs = x[: len(questions)], x[len(questions) : len(questions) + len(situations)]
        self.article_model = _quick(_head(50.0).fit(xq, data.article_labels))
        self.case_model = _quick(_head(20.0).fit(xs, data.case_labels))
        self.person_model = _quick(_head(10.0).fit(_stack(xs, xq), [True] * len(situations) + [False] * len(questions)))
        scope_labels = [True] * (len(questions) + len(situations)) + [False] * len(other)
        self.scope_model = _quick(_head(10.0).fit(x, scope_labels))
        self.labels: list[str] = [str(c) for c in self.article_model.classes_]
        self.bm25 = BM25(article_texts) if article_texts else None

    def read(self, text: str) -> Reading:
        return self.read_many([text])[0]

    def read_many(self, texts: list[str]) -> list[Reading]:
        """`read` for many texts at once (the threshold cross-validation reads thousands)."""
        x = transform(self.features, [normalise(t) for t in texts])
        in_scope = self.scope_model.predict_proba(x)[:, list(self.scope_model.classes_).index(True)]
        needs_person = self.person_model.predict_proba(x)[:, list(self.person_model.classes_).index(True)]
        case_probs = self.case_model.predict_proba(x)
        article_probs = self.article_model.predict_proba(x)
        readings = []
        for i, text in enumerate(texts):
            best_case = int(np.argmax(case_probs[i]))
            case = Ranked(str(self.case_model.classes_[best_case]), float(case_probs[i][best_case]))
            articles = self._ranked(text, article_probs[i])
            readings.append(Reading(float(in_scope[i]), float(needs_person[i]), case, articles))
        return readings

    def _ranked(self, text: str, probs: Array) -> list[Ranked]:
        if self.bm25 is not None:
            lexical = dict(self.bm25.rank(text))
            best = max(lexical.values())
            if best > 0:
                boost = np.array([lexical.get(label, 0.0) / best for label in self.labels])
                probs = probs + self.BM25_WEIGHT * boost * probs.max()
        order = np.argsort(probs)[::-1]
        return [Ranked(self.labels[i], float(probs[i])) for i in order]


def _stack(a: Any, b: Any) -> Any:
    """Rows of `a` then `b`, for sparse (n-grams) and dense (embeddings) features alike."""
    from scipy import sparse

    return sparse.vstack([a, b]).tocsr() if sparse.issparse(a) else np.vstack([a, b])


def load_training_data(root: Path = KNOWLEDGE_DIR, articles: dict[str, Article] | None = None) -> TrainingData:
    """Everything the answerer learns from, read from the knowledge folder (and the out_of_scope
    intent's examples): the one place both the fitted model and the threshold tool get it."""
    articles = articles if articles is not None else load_articles(root)
    return training_data(articles, load_triage(root), out_of_scope_examples() + other_subjects(root), article_paraphrases(root))


def load_retriever(root: Path = KNOWLEDGE_DIR, representation: str = DEFAULT_REPRESENTATION) -> Retriever:
    """The retriever for the current knowledge, fitted once and kept in models/.

    Fitting takes tens of seconds on two cores, too long for someone waiting on their first
    question, so the fitted model is saved under a name derived from everything it was fitted
    on: edit an article and the next call fits (and saves) a fresh one; otherwise it loads in
    well under a second. `make run` and `make test` fit it before the servers start.
    """
    articles = load_articles(root)
    data = load_training_data(root, articles)
    bodies = {a.id: " ".join([a.title, a.answer, a.detail, *a.next_steps, *a.questions]) for a in articles.values()}
    digest = hashlib.sha256(
        json.dumps([data.__dict__, bodies, Retriever.BM25_WEIGHT, RETRIEVER_VERSION, representation]).encode()
    ).hexdigest()[:16]
    prefix = "retriever" if representation == DEFAULT_REPRESENTATION else f"retriever_{representation}"
    return load_or_fit(prefix, digest, lambda: Retriever(data, bodies, representation))
