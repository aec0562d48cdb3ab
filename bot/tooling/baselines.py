"""Baselines the answering design is measured against in `make bench`, on the same knowledge.

- BM25 over each article's text (title, answer, detail, next steps): the classic lexical search
  (bot.answers.bm25, which the answerer also uses to nudge its ranking).
- Rasa's standard FAQ recipe: one retrieval intent `faq/<article>` per article, trained from the
  articles' example questions, with Rasa's default NLU pipeline and a ResponseSelector.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.answers.knowledge import Article
from bot.answers.retrieval import out_of_scope_examples
from bot.settings import MODELS_DIR, PROJECT_DIR

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
    intents = [
        "faq",
        "out_of_scope",
        "greet",
        "goodbye",
        "thank",
        "bot_challenge",
        "help",
        "affirm",
        "deny",
        "stop",
        "request_human",
    ]
    (folder / "domain.yml").write_text(
        'version: "3.1"\nintents:\n' + "".join(f"  - {i}\n" for i in intents) + "actions:\n  - utter_faq\n"
    )
    (folder / "config.yml").write_text(FAQ_CONFIG)


def faq_model(articles: dict[str, Article]) -> Path:
    """Train (or reuse) the FAQ-recipe model for this exact knowledge; returns its path."""
    digest = hashlib.sha256(
        (
            FAQ_CONFIG
            + "".join(a.id + "".join(a.questions) + a.answer for a in articles.values())
            + "".join(out_of_scope_examples())
        ).encode()
    ).hexdigest()[:12]
    model = MODELS_DIR / f"baseline-faq-{digest}.tar.gz"
    if model.exists():
        return model
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        faq_training_files(articles, folder)
        print("Training the FAQ-recipe baseline (once per knowledge version)...", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "rasa",
                "train",
                "--config",
                "config.yml",
                "--domain",
                "domain.yml",
                "--data",
                "data",
                "--out",
                str(MODELS_DIR),
                "--fixed-model-name",
                model.name[: -len(".tar.gz")],
                "--quiet",
            ],
            cwd=folder,
            check=True,
        )
    return model
