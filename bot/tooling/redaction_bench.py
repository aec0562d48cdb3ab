"""Recall of the personal-data redactor on a labelled set (tests/eval/pii_*.yml), for `make bench`
and the tests: the share of personal-data strings that no longer appear after redaction, and the
share of messages without any that come through unchanged."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.records.redaction import redact, warm_up
from bot.settings import PROJECT_DIR

SETS = (PROJECT_DIR / "tests" / "eval" / "pii_set.yml", PROJECT_DIR / "tests" / "eval" / "pii_heldout.yml")


@dataclass
class Score:
    items: int = 0
    removed: int = 0
    clean: int = 0
    clean_unchanged: int = 0
    ms_per_message: float = 0.0
    missed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.removed / self.items if self.items else 0.0

    @property
    def unchanged(self) -> float:
        return self.clean_unchanged / self.clean if self.clean else 0.0


def score(path: Path) -> Score:
    warm_up()
    messages = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    result = Score()
    began = time.perf_counter()
    for message in messages:
        stored = redact(message["text"])
        if message["pii"]:
            for item in message["pii"]:
                result.items += 1
                if item in stored:
                    result.missed.append((item, stored))
                else:
                    result.removed += 1
        else:
            result.clean += 1
            if stored == message["text"]:
                result.clean_unchanged += 1
            else:
                result.changed.append(stored)
    result.ms_per_message = (time.perf_counter() - began) * 1000 / max(1, len(messages))
    return result


def main() -> None:
    from bot.tooling.crisis_bench import fmt_rate

    for path in SETS:
        if not path.exists():
            continue
        s = score(path)
        print(
            f"Redaction on {path.name}: personal data removed {fmt_rate(s.removed, s.items)}; "
            f"messages without any left unchanged {fmt_rate(s.clean_unchanged, s.clean)}; {s.ms_per_message:.1f} ms per message"
        )
