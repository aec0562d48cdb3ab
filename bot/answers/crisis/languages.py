"""Crisis phrases in the other languages people in England write in, one pattern per route.

The classifier reads English: its word and character n-grams were learnt from English paraphrases,
and its sentence encoder (all-MiniLM-L6-v2) is an English model. A message written wholly in Thai,
Greek or Arabic ("mum can't breathe", "they took my passport") gave it nothing to go on: the
twenty-second benchmark's writer put 22 of its 29 misses in other languages (session 21). These
phrases, matched after the same `normalise` as the English patterns (so accents and vowel signs are
folded on both sides), give those messages a route's pattern hit and its marker word. Refitted with
those markers the classifier still gave such messages 0.01-0.03, so a phrase fires on its own
(`CrisisDetector.detect`), its route used when the classifier is unsure; no calm development or
training text holds one.

The phrases live in `knowledge/crisis_phrases.yml` (route -> language -> phrases), written for
crisis-specific meaning: never a lone "help", "fire" or "passport", which calm messages in the
same languages use ("fire drill", "passport for the trip").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

import yaml

from bot.settings import KNOWLEDGE_DIR

PHRASES_FILE = KNOWLEDGE_DIR / "crisis_phrases.yml"

# Written without spaces between words: a phrase is found anywhere, not between word boundaries.
UNSPACED = frozenset({"thai", "chinese", "chinese_traditional", "cantonese", "japanese", "lao", "khmer", "burmese"})
# A letter of those scripts (Thai, Lao, Burmese, Khmer, Japanese kana, Chinese characters), for
# `crisis.word_count`: there a run of letters is a sentence, not a word.
UNSPACED_CHAR = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def load_phrases(path: Path = PHRASES_FILE) -> dict[str, dict[str, tuple[str, ...]]]:
    """route -> language -> phrases, as written in the file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        str(route): {str(language): tuple(str(p) for p in phrases or ()) for language, phrases in (languages or {}).items()}
        for route, languages in data.items()
    }


class PhraseMatcher:
    """Finds which routes' phrases a normalised message holds.

    Why not one regular expression per route: with 7,000 phrases as alternatives, Python's `re`
    tries each at every position, 60 ms for a 300-character message (session 22). Here a spaced
    language's phrase is a run of whole words, looked up as a word n-gram in a set (the same
    whole-word matching, since `normalise` leaves only words and single spaces); an unspaced
    language's phrase is found anywhere, and only in a message with characters beyond ASCII.
    """

    def __init__(self, word_runs: Mapping[tuple[str, ...], frozenset[str]], unspaced: Mapping[str, tuple[str, ...]]) -> None:
        self.word_runs = dict(word_runs)
        self.lengths = sorted({len(run) for run in self.word_runs})
        self.unspaced = dict(unspaced)

    @classmethod
    def build(
        cls, normalise: Callable[[str], str], phrases: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None
    ) -> PhraseMatcher:
        """Every route's phrases, each normalised as a message is. A phrase that normalises to
        fewer than two words (or, unspaced, three characters) is left out: that short, it would
        fire on calm messages too."""
        runs: dict[tuple[str, ...], set[str]] = {}
        unspaced: dict[str, set[str]] = {}
        for route, languages in (load_phrases() if phrases is None else phrases).items():
            for language, texts in languages.items():
                for text in texts:
                    norm = normalise(text)
                    if len(norm.replace(" ", "")) < 3:
                        continue
                    if language.lower() in UNSPACED:
                        unspaced.setdefault(route, set()).add(norm)
                    elif len(norm.split()) >= 2:
                        runs.setdefault(tuple(norm.split()), set()).add(route)
        return cls(
            {run: frozenset(routes) for run, routes in runs.items()},
            {route: tuple(sorted(found)) for route, found in unspaced.items()},
        )

    def routes(self, norm: str) -> set[str]:
        """The routes whose phrases `norm` (a normalised message) holds."""
        found: set[str] = set()
        words = norm.split()
        for n in self.lengths:
            for start in range(len(words) - n + 1):
                found |= self.word_runs.get(tuple(words[start : start + n]), frozenset())
        if not norm.isascii():
            found |= {route for route, texts in self.unspaced.items() if any(text in norm for text in texts)}
        return found
