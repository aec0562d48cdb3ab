"""Fitted models kept in models/ under a name derived from everything they were fitted on.

Fitting takes seconds to tens of seconds, too long for someone waiting on their first message, so
`make` fits them before the servers start and each process loads the saved one. Change an input
and the name changes: the next call fits (and saves) a fresh model and removes the stale one.
"""

from __future__ import annotations

import os
from typing import Callable, TypeVar

import joblib

from bot.settings import MODELS_DIR

T = TypeVar("T")


def load_or_fit(prefix: str, digest: str, fit: Callable[[], T]) -> T:
    path = MODELS_DIR / f"{prefix}-{digest}.joblib"
    if path.exists():
        loaded: T = joblib.load(path)
        return loaded
    model = fit()
    MODELS_DIR.mkdir(parents=True, exist_ok=True)
    # Several processes may fit at once (replicas starting together): each writes its own
    # temporary file, and a stale model another one removed first is no error.
    for old in MODELS_DIR.glob(f"{prefix}-*.joblib"):
        old.unlink(missing_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    joblib.dump(model, tmp)
    tmp.replace(path)
    return model
