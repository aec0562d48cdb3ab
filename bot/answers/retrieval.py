"""Which article (or triage case) a free-text question is about.

A linear classifier over word and character n-grams, trained in about a second from the example
questions in the knowledge files when a process first needs it. Character n-grams carry the
typos and word endings people type ("volunters", "trustee's"); word bigrams carry phrases
("gift aid", "annual return"). Beside the 68 articles it knows the triage labels (cases to hand
off) and an out-of-scope label, so all of them compete for the same question and
the probabilities say how sure it is. Measured against BM25 and Rasa's ResponseSelector in
`make bench`.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from bot.answers.bm25 import BM25
from bot.answers.knowledge import Article, Triage, load_articles, load_triage
from bot.answers.model_cache import load_or_fit
from bot.answers.text import normalise
from bot.settings import KNOWLEDGE_DIR, PROJECT_DIR

RETRIEVER_VERSION = 3  # bump when the Retriever class changes, so saved ones are refitted
OUT_OF_SCOPE = "oos"
HANDOFF_PREFIX = "handoff:"
OUT_OF_SCOPE_FILE = PROJECT_DIR / "data" / "nlu" / "out_of_scope.yml"


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


def answer_sentences(article: Article) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", article.answer) if len(s.split()) >= 4]


def training_examples(articles: dict[str, Article], triage: Triage, oos: list[str]) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    labels: list[str] = []
    for article in articles.values():
        # The answer's own sentences teach the article's vocabulary ("SORP", "moratorium") that
        # the example questions may not use.
        for text in (article.title, *article.questions, *answer_sentences(article)):
            texts.append(text)
            labels.append(article.id)
    for case in triage.handoff_cases:
        texts += case.examples
        labels += [HANDOFF_PREFIX + case.id] * len(case.examples)
    texts += oos
    labels += [OUT_OF_SCOPE] * len(oos)
    return texts, labels


@dataclass(frozen=True)
class Ranked:
    label: str
    probability: float

    @property
    def is_article(self) -> bool:
        return not (self.label == OUT_OF_SCOPE or self.label.startswith(HANDOFF_PREFIX))


class Retriever:
    """Logistic regression over n-grams, with a BM25 nudge from the full article text.

    The classifier knows the questions people ask; BM25 over the article body knows the words the
    guidance itself uses ("SORP", "honorarium", "TEN") that no example question happened to. The
    nudge re-ranks articles only: it never creates confidence for an out-of-scope message, because
    it scales with the classifier's own best article probability.
    """

    BM25_WEIGHT = 0.4

    def __init__(self, texts: list[str], labels: list[str], article_texts: dict[str, str] | None = None) -> None:
        features = FeatureUnion(
            [
                ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
                (
                    "chars",
                    TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1),
                ),
            ]
        )
        self.model = Pipeline(
            [("features", features), ("clf", LogisticRegression(C=50.0, max_iter=3000, class_weight="balanced"))]
        )
        self.model.fit([normalise(t) for t in texts], labels)
        self.labels: list[str] = list(self.model.classes_)
        self.bm25 = None
        if article_texts:
            self.bm25 = BM25(article_texts)
            self._article_index = np.array([i for i, label in enumerate(self.labels) if label in article_texts])

    def rank(self, text: str, top: int = 5) -> list[Ranked]:
        probs = self.model.predict_proba([normalise(text)])[0]
        if self.bm25 is not None:
            lexical = dict(self.bm25.rank(text))
            best = max(lexical.values())
            if best > 0:
                articles = self._article_index
                boost = np.array([lexical.get(self.labels[i], 0.0) / best for i in articles])
                probs = probs.copy()
                probs[articles] += self.BM25_WEIGHT * boost * probs[articles].max()
        order = np.argsort(probs)[::-1][:top]
        return [Ranked(self.labels[i], float(probs[i])) for i in order]

    def group_mass(self, ranked_all: list[Ranked], prefix: str) -> float:
        return sum(r.probability for r in ranked_all if r.label.startswith(prefix))


def load_retriever(root: Path = KNOWLEDGE_DIR) -> Retriever:
    """The retriever for the current knowledge, fitted once and kept in models/.

    Fitting takes tens of seconds on two cores, too long for someone waiting on their first
    question, so the fitted model is saved under a name derived from everything it was fitted
    on: edit an article and the next call fits (and saves) a fresh one; otherwise it loads in
    well under a second. `make run` and `make test` fit it before the servers start.
    """
    articles = load_articles(root)
    texts, labels = training_examples(articles, load_triage(root), out_of_scope_examples())
    bodies = {a.id: " ".join([a.title, a.answer, a.detail, *a.next_steps, *a.questions]) for a in articles.values()}
    digest = hashlib.sha256(json.dumps([texts, labels, bodies, Retriever.BM25_WEIGHT, RETRIEVER_VERSION]).encode()).hexdigest()[
        :16
    ]
    return load_or_fit("retriever", digest, lambda: Retriever(texts, labels, bodies))
