"""Baselines the answering design is measured against in `make bench`, on the same knowledge.

- BM25 over each article's text (title, answer, detail, next steps): the classic lexical search.
- Rasa's standard FAQ recipe: one retrieval intent `faq/<article>` per article, trained from the
  articles' example questions, with Rasa's default NLU pipeline and a ResponseSelector.
"""
from __future__ import annotations

import hashlib
import math
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bot.knowledge import Article
from bot.retrieval import normalise, out_of_scope_examples
from bot.settings import MODELS_DIR, PROJECT_DIR

_STOP = set(
    "a an and are as at be but by can do does for from has have how i if in is it its me my of on or our "
    "should so that the their them there they this to us was we what when where which who will with you your".split()
)


def tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9£]+", normalise(text)) if t not in _STOP]


class BM25:
    def __init__(self, docs: dict[str, str], k1: float = 1.5, b: float = 0.75) -> None:
        self.ids = list(docs)
        self.tfs = [Counter(tokens(docs[i])) for i in self.ids]
        self.lengths = [sum(tf.values()) for tf in self.tfs]
        self.avg = sum(self.lengths) / len(self.lengths)
        df: Counter = Counter()
        for tf in self.tfs:
            df.update(tf.keys())
        n = len(self.ids)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.k1, self.b = k1, b

    def rank(self, query: str) -> list[tuple[str, float]]:
        q = tokens(query)
        scores = []
        for doc_id, tf, length in zip(self.ids, self.tfs, self.lengths):
            s = 0.0
            for term in q:
                f = tf.get(term, 0)
                if f:
                    s += self.idf[term] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * length / self.avg))
            scores.append((doc_id, s))
        return sorted(scores, key=lambda x: -x[1])

    @classmethod
    def over_articles(cls, articles: dict[str, Article]) -> "BM25":
        return cls({a.id: " ".join([a.title, a.answer, a.detail, *a.next_steps]) for a in articles.values()})


FAQ_CONFIG = """recipe: default.v1
language: en
assistant_id: faq-baseline
pipeline:
  - name: WhitespaceTokenizer
  - name: RegexFeaturizer
  - name: LexicalSyntacticFeaturizer
  - name: CountVectorsFeaturizer
  - name: CountVectorsFeaturizer
    analyzer: char_wb
    min_ngram: 1
    max_ngram: 4
  - name: DIETClassifier
    epochs: 100
    constrain_similarities: true
    random_seed: 42
  - name: EntitySynonymMapper
  - name: ResponseSelector
    epochs: 100
    constrain_similarities: true
    random_seed: 42
  - name: FallbackClassifier
    threshold: 0.3
    ambiguity_threshold: 0.1
policies:
  - name: RulePolicy
"""


def _block(intent: str, examples: list[str]) -> str:
    lines = "\n".join(f"    - {e.replace('[', '(').replace(']', ')')}" for e in examples)
    return f"- intent: {intent}\n  examples: |\n{lines}\n"


def faq_training_files(articles: dict[str, Article], folder: Path) -> None:
    """Rasa's FAQ recipe: retrieval intent faq/<id>, a response per article, one rule."""
    nlu = ['version: "3.1"\nnlu:\n']
    responses = ['version: "3.1"\nresponses:\n']
    for a in articles.values():
        key = a.id.replace(".", "__")
        nlu.append(_block(f"faq/{key}", list(a.questions)))
        text = a.answer.replace('"', "'")
        responses.append(f'  utter_faq/{key}:\n  - text: "{text}"\n')
    nlu.append(_block("out_of_scope", out_of_scope_examples()))
    basics = (PROJECT_DIR / "data" / "nlu" / "basics.yml").read_text().split("nlu:\n", 1)[1]
    (folder / "data").mkdir(parents=True, exist_ok=True)
    (folder / "data" / "nlu.yml").write_text("".join(nlu) + basics)
    (folder / "data" / "responses.yml").write_text("".join(responses))
    (folder / "data" / "rules.yml").write_text(
        'version: "3.1"\nrules:\n- rule: faq\n  steps:\n  - intent: faq\n  - action: utter_faq\n'
    )
    intents = ["faq", "out_of_scope", "greet", "goodbye", "thank", "bot_challenge", "help", "affirm", "deny",
               "stop", "request_human"]
    (folder / "domain.yml").write_text(
        'version: "3.1"\nintents:\n' + "".join(f"  - {i}\n" for i in intents) + "actions:\n  - utter_faq\n"
    )
    (folder / "config.yml").write_text(FAQ_CONFIG)


def faq_model(articles: dict[str, Article]) -> Path:
    """Train (or reuse) the FAQ-recipe model for this exact knowledge; returns its path."""
    digest = hashlib.sha256(
        (FAQ_CONFIG + "".join(a.id + "".join(a.questions) + a.answer for a in articles.values())
         + "".join(out_of_scope_examples())).encode()
    ).hexdigest()[:12]
    model = MODELS_DIR / f"baseline-faq-{digest}.tar.gz"
    if model.exists():
        return model
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        faq_training_files(articles, folder)
        print("Training the FAQ-recipe baseline (once per knowledge version)...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "rasa", "train", "--config", "config.yml", "--domain", "domain.yml",
             "--data", "data", "--out", str(MODELS_DIR), "--fixed-model-name", model.name[: -len(".tar.gz")],
             "--quiet"],
            cwd=folder, check=True,
        )
    return model
