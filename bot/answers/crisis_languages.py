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


def load_phrases(path: Path = PHRASES_FILE) -> dict[str, dict[str, tuple[str, ...]]]:
    """route -> language -> phrases, as written in the file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        str(route): {str(language): tuple(str(p) for p in phrases or ()) for language, phrases in (languages or {}).items()}
        for route, languages in data.items()
    }


def route_patterns(
    normalise: Callable[[str], str], phrases: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None
) -> dict[str, re.Pattern[str]]:
    """One compiled pattern per route over every language's phrases, each phrase normalised as a
    message is. A phrase that normalises to fewer than two words (or, unspaced, three characters)
    is left out: that short, it would fire on calm messages too."""
    compiled: dict[str, re.Pattern[str]] = {}
    for route, languages in (load_phrases() if phrases is None else phrases).items():
        alternatives: set[str] = set()
        for language, texts in languages.items():
            unspaced = language.lower() in UNSPACED
            for text in texts:
                norm = normalise(text)
                if len(norm.replace(" ", "")) < 3 or (not unspaced and len(norm.split()) < 2):
                    continue
                alternatives.add(re.escape(norm) if unspaced else rf"(?<!\w){re.escape(norm)}(?!\w)")
        if alternatives:
            compiled[route] = re.compile("|".join(sorted(alternatives, key=len, reverse=True)))
    return compiled
