"""`representations.transform` must give what scikit-learn's own `transform` gives, to rounding."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from bot.answers import representations

TRAINING = [
    "how do we register as a charity",
    "can volunteers claim mileage for the minibus",
    "our treasurer took £2000 from the account",
    "what first aid kit do we need for the hall",
    "he isn't breathing, pls help",
    "do we need a DBS check for the youth club",
]
MESSAGES = [
    "how much mileage can volunteers claim?",
    "Volunters' DBS — do we need one??",
    "zzzz qqqq",  # nothing it knows: an empty row
    "",
    "ndewo! anyị chọrọ ịmepe akaụntụ",
]


@pytest.mark.parametrize("representation", ["ngrams", "both"])
def test_each_message_gets_the_same_row_as_scikit_learn_gives(representation: str) -> None:
    step = representations.features(representation).fit(TRAINING)
    for message in MESSAGES:
        ours, theirs = representations.transform(step, [message]), step.transform([message])
        assert sparse.issparse(ours) and ours.shape == theirs.shape
        assert abs(ours - theirs).max() < 1e-9 if theirs.nnz or ours.nnz else True


def test_a_batch_and_a_pipeline_inside_a_union_too() -> None:
    step = FeatureUnion(
        [
            ("ngrams", representations.features("ngrams")),
            (
                "upper",
                make_pipeline(FunctionTransformer(lambda texts: [t.upper() for t in texts]), representations.features("ngrams")),
            ),
        ]
    ).fit(TRAINING)
    ours, theirs = representations.transform(step, MESSAGES), step.transform(MESSAGES)
    assert ours.shape == theirs.shape == (len(MESSAGES), theirs.shape[1])
    assert np.allclose(ours.toarray(), theirs.toarray(), atol=1e-12)


def test_a_refitted_vectoriser_is_not_read_with_an_old_vocabulary() -> None:
    first = representations.features("ngrams").fit(TRAINING)
    representations.transform(first, ["mileage"])
    second = representations.features("ngrams").fit(["mileage rates for drivers", "room hire"])
    assert np.allclose(representations.transform(second, ["mileage"]).toarray(), second.transform(["mileage"]).toarray())
