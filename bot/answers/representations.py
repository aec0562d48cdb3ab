"""How the answerer's classifiers see a text, as scikit-learn feature steps, so `make bench` can
compare them on the same held-out sets with everything else equal:

- ``ngrams``: TF-IDF over word 1–2-grams and character 2–5-grams. Character n-grams carry the typos
  and word endings people type ("volunters", "trustee's"); word bigrams carry phrases ("gift aid").
- ``embeddings``: all-MiniLM-L6-v2 sentence vectors (`bot.answers.embeddings`), which place
  "took money from the account" near "funds went missing" with no word in common.
- ``both``: the two side by side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline

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


def transform(step: Any, texts: Sequence[str]) -> Any:
    """What `step.transform(texts)` gives (the same matrix, to rounding), for one message at a time.

    scikit-learn spends about 2 ms of each call on a few words in checks and machinery that pay for
    themselves only on big batches: a joblib dispatch per `FeatureUnion`, validation of the
    vectoriser's fitted state, a sparse diagonal product for the IDF weights, `scipy.sparse.bmat`
    to join the parts (issue 14). Every message a person sends passes through here twice (crisis
    detector and answerer), so unions, pipelines and TF-IDF vectorisers are walked here directly;
    any other step (the sentence encoder, a `FunctionTransformer`) is asked as usual.
    """
    if isinstance(step, FeatureUnion) and step.transformer_weights is None:
        return _hstack([transform(part, texts) for _, part in step.transformer_list if part not in ("drop", None)])
    if isinstance(step, Pipeline):
        x: Any = texts
        for _, part in step.steps:
            if part not in ("passthrough", None):
                x = transform(part, x)
        return x
    if type(step) is TfidfVectorizer and step.norm == "l2" and step.use_idf and not step.binary:
        return _tfidf(step, texts)
    return step.transform(texts)


# Each fitted vectoriser's analyser, built once (building it compiles its token pattern); kept only
# while its model is.
_ANALYSERS: WeakKeyDictionary[TfidfVectorizer, Callable[[str], list[str]]] = WeakKeyDictionary()


def _tfidf(vectoriser: TfidfVectorizer, texts: Sequence[str]) -> sparse.csr_matrix:
    """TF-IDF rows as `TfidfVectorizer.transform` makes them: counts of the known n-grams, 1 + log
    of each count when sublinear, times the IDF, scaled to unit length."""
    analyse = _ANALYSERS.get(vectoriser)
    if analyse is None:
        analyse = _ANALYSERS[vectoriser] = vectoriser.build_analyzer()
    vocabulary, idf = vectoriser.vocabulary_, vectoriser.idf_
    data: list[Array] = []
    indices: list[Array] = []
    indptr = [0]
    for text in texts:
        counts = Counter(vocabulary[gram] for gram in analyse(text) if gram in vocabulary)
        columns = np.fromiter(sorted(counts), dtype=np.int32, count=len(counts))
        values = np.fromiter((counts[c] for c in columns), dtype=np.float64, count=len(counts))
        if vectoriser.sublinear_tf:
            values = np.log(values) + 1.0
        values *= idf[columns]
        length = float(np.sqrt(values @ values))
        if length > 0:
            values /= length
        data.append(values)
        indices.append(columns)
        indptr.append(indptr[-1] + len(columns))
    return sparse.csr_matrix(
        (np.concatenate(data) if data else np.zeros(0), np.concatenate(indices) if indices else np.zeros(0, np.int32), indptr),
        shape=(len(texts), len(idf)),
    )


def _hstack(parts: list[Any]) -> Any:
    """Parts side by side, as `FeatureUnion` joins them (sparse if any part is)."""
    if not any(sparse.issparse(part) for part in parts):
        return np.hstack(parts)
    rows = [sparse.csr_matrix(part) for part in parts]
    if rows[0].shape[0] != 1:
        return sparse.hstack(rows, format="csr")
    offsets = np.cumsum([0] + [row.shape[1] for row in rows[:-1]])
    data = np.concatenate([row.data for row in rows])
    indices = np.concatenate([row.indices.astype(np.int64) + offset for row, offset in zip(rows, offsets)])
    return sparse.csr_matrix((data, indices, [0, len(data)]), shape=(1, sum(row.shape[1] for row in rows)))
