"""How the answerer's classifiers see a text, as scikit-learn feature steps, so `make bench` can
compare them on the same held-out sets with everything else equal:

- ``ngrams``: TF-IDF over word 1–2-grams and character 2–5-grams. Character n-grams carry the typos
  and word endings people type ("volunters", "trustee's"); word bigrams carry phrases ("gift aid").
- ``embeddings``: all-MiniLM-L6-v2 sentence vectors (`bot.answers.embeddings`), which place
  "took money from the account" near "funds went missing" with no word in common.
- ``both``: the two side by side.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

Array = NDArray[Any]

REPRESENTATIONS = ("ngrams", "embeddings", "both")
DEFAULT_REPRESENTATION = "both"  # measured best on the held-out sets (README, "Measured")

_ENCODER: Any = None


def encoder() -> Any:
    """The sentence encoder, loaded once per process (90 MB of weights) and only when asked for."""
    global _ENCODER
    if _ENCODER is None:
        from bot.answers.embeddings import SentenceEncoder

        _ENCODER = SentenceEncoder()
    return _ENCODER


class SentenceEmbeddings(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """Sentence vectors as a feature step. The encoder is not saved with the fitted model (it is
    loaded from its package). The training texts' vectors are kept for the process's lifetime, so
    refitting on them (the threshold cross-validation fits five times) does not encode them again;
    the messages people send are encoded and forgotten, never kept."""

    def fit(self, texts: list[str], y: Any = None) -> SentenceEmbeddings:
        missing = [t for t in dict.fromkeys(texts) if t not in _TRAINING_VECTORS]
        if missing:
            _TRAINING_VECTORS.update(zip(missing, encoder().encode(missing)))
        return self

    def transform(self, texts: list[str]) -> Array:
        unseen = [t for t in dict.fromkeys(texts) if t not in _TRAINING_VECTORS]
        fresh = dict(zip(unseen, encoder().encode(unseen))) if unseen else {}
        return np.vstack([_TRAINING_VECTORS[t] if t in _TRAINING_VECTORS else fresh[t] for t in texts])


_TRAINING_VECTORS: dict[str, Array] = {}


def _ngrams() -> FeatureUnion:
    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)),
        ]
    )


def features(representation: str = DEFAULT_REPRESENTATION) -> Any:
    """A fresh, unfitted feature step for `representation`."""
    if representation == "ngrams":
        return _ngrams()
    if representation == "embeddings":
        return SentenceEmbeddings()
    if representation == "both":
        return FeatureUnion([("ngrams", _ngrams()), ("embeddings", SentenceEmbeddings())])
    raise ValueError(f"unknown representation {representation!r}; use one of {', '.join(REPRESENTATIONS)}")
