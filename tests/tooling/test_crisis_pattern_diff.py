"""`python -m bot crisis pattern-diff`: the texts a pattern change moves, before any refit."""

from __future__ import annotations

import re
from types import SimpleNamespace

from bot.answers import crisis
from bot.tooling import crisis_pattern_diff as diff


def _patterns(extra: str) -> SimpleNamespace:
    """A stand-in for the crisis package with one route's pattern, so the comparison's own logic is what is tested."""
    pattern = re.compile(r"not breathing" + extra)
    return SimpleNamespace(
        normalise=crisis.normalise,
        IDIOMS=re.compile(r"$^"),
        pattern_hits=lambda norm: ["immediate_danger"] if pattern.search(norm) else [],
        MISSING_CHILD=re.compile(r"missing: \w+, \d"),
        is_planning=lambda norm: "policy" in norm,
    )


def test_only_texts_read_differently_are_listed_with_both_readings() -> None:
    texts = [("dev calm", "our policy on first aid"), ("dev crisis:immediate_danger", "he's blue, no pulse")]
    changed = diff.differences(_patterns(""), _patterns("|no pulse"), texts)  # type: ignore[arg-type]
    assert [(label, str(before), str(after)) for label, _, before, after in changed] == [
        ("dev crisis:immediate_danger", "-", "immediate_danger")
    ]


def test_the_committed_patterns_load_beside_the_working_ones() -> None:
    committed = diff.committed_module("HEAD")
    assert committed is not crisis
    reading = diff.read(committed, "He isn’t breathing!!")
    assert reading.hits[:1] == ("immediate_danger",) and not reading.planning
    assert diff.read(committed, "Missing: Kayden, 6, last seen by the swings").missing_child
