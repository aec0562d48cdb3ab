"""The one plain form of a question that the answerer's models read."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w£%'\s-]")


def normalise(text: str) -> str:
    """Lower case, plain apostrophes, no stray punctuation: how people type varies, meaning doesn't."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = _PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()
