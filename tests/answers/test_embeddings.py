"""The sentence encoder (bot/answers/embeddings.py): the published weights, run in NumPy."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.answers import embeddings, representations


@pytest.fixture(scope="module")
def encoder() -> embeddings.SentenceEncoder:
    return representations.encoder()


def test_vectors_are_unit_length_and_batching_does_not_change_them(encoder: embeddings.SentenceEncoder) -> None:
    # Longest first and batches of two, so batching by length reorders them: the vectors must
    # still come back in the order asked.
    texts = ["our treasurer took £2000 from the account and won't say why", "how do we claim gift aid", "thanks"]
    together = encoder.encode(texts, batch=2)
    apart = np.vstack([encoder.encode([t]) for t in texts])
    assert together.shape == (3, 384)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(together, apart, atol=1e-5)  # padding is masked out, order kept


def test_meaning_is_closer_than_shared_words(encoder: embeddings.SentenceEncoder) -> None:
    """What n-grams cannot do: no word in common, yet the same situation."""
    missing, took, laptop = encoder.encode(
        ["money has gone missing from the charity's account", "the treasurer took funds", "what is a good gaming laptop"]
    )
    assert missing @ took > missing @ laptop + 0.2


def test_weights_that_are_not_the_published_ones_are_refused(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(embeddings.model_dir(), copy)
    with (copy / "model.safetensors").open("r+b") as weights:
        weights.seek(-4, 2)
        weights.write(b"\0\0\0\1")
    with pytest.raises(embeddings.EmbeddingsUnavailable, match="not the published"):
        embeddings.SentenceEncoder(copy)


def test_a_fitted_feature_step_does_not_carry_the_weights() -> None:
    step = representations.features("embeddings").fit(["a"])
    assert len(pickle.dumps(step)) < 10_000


def test_an_unknown_representation_is_named() -> None:
    with pytest.raises(ValueError, match="use one of ngrams, embeddings, both"):
        representations.features("word2vec")
