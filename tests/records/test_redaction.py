"""Personal data out of logged questions (bot/records/redaction.py), measured on two sets written by
others: tests/eval/pii_set.yml (seen while the UK recognisers were written, so optimistic) and
tests/eval/pii_heldout.yml (never looked at while designing). `make bench` prints both."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.records.redaction import redact
from bot.tooling.redaction_bench import score

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize(
    "typed, stored",
    [
        (
            "can our treasurer Sarah Jones, 07700 900123, sign cheques alone?",
            "can our treasurer [name], [phone], sign cheques alone?",
        ),
        ("email me at jo@example.org, we're in LS6 2AB", "email me at [email], we're in [postcode]"),
        (
            "NI number QQ 12 34 56 C, sort code 12-34-56, account 12345678",
            "NI number [NI number], sort code [sort code], account [account number]",
        ),
        ("how do we claim gift aid from HMRC?", "how do we claim gift aid from HMRC?"),
        ("our AGM is on 3 March 2026 at the Leeds hall", "our AGM is on 3 March 2026 at the Leeds hall"),
    ],
)
def test_examples(typed: str, stored: str) -> None:
    assert redact(typed) == stored


@pytest.mark.parametrize("name, recall_floor, unchanged_floor", [("pii_set.yml", 0.95, 0.85), ("pii_heldout.yml", 0.85, 0.80)])
def test_recall_on_sets_written_by_others(name: str, recall_floor: float, unchanged_floor: float) -> None:
    result = score(EVAL / name)
    assert result.items >= 300 and result.clean >= 50
    assert result.recall >= recall_floor, result.missed[:20]
    assert result.unchanged >= unchanged_floor, result.changed[:10]
