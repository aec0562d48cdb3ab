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
DEFAULT_REPRESENTATION = "ngrams"

_ENCODER: Any = None


def encoder() -> Any:
    """The sentence encoder, loaded once per process (90 MB of weights) and only when asked for."""
    global _ENCODER
    if _ENCODER is None:
        from bot.answers.embeddings import SentenceEncoder

        _ENCODER = SentenceEncoder()
    return _ENCODER


class SentenceEmbeddings(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """Sentence vectors as a feature step; `weight` scales them against the n-grams in ``both``.
    The encoder is not saved with the fitted model (it is loaded from its package), and texts
    already encoded in this process are not encoded again (training reuses them across the
    three decisions)."""

    def __init__(self, weight: float = 1.0) -> None:
        self.weight = weight

    def fit(self, texts: list[str], y: Any = None) -> SentenceEmbeddings:
        return self

    def transform(self, texts: list[str]) -> Array:
        missing = [t for t in dict.fromkeys(texts) if t not in _CACHE]
        if missing:
            for text, vector in zip(missing, encoder().encode(missing)):
                _CACHE[text] = vector
        vectors = np.vstack([_CACHE[t] for t in texts]) * self.weight
        if len(_CACHE) > _CACHE_MAX:
            _CACHE.clear()
        return vectors


_CACHE: dict[str, Array] = {}
_CACHE_MAX = 50_000  # about 80 MB of vectors: enough for every training text


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
