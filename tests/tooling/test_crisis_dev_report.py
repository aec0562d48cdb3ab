"""`python -m bot crisis dev-report` counts what the detector did on a development set correctly."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.crisis import Detection
from bot.tooling import crisis_dev_report
from bot.tooling.crisis_bench import BenchSet

QUIET = Detection(None, None, None, 0.01, False)


class Decided:
    """A detector whose decisions are given per text, so every count below is known in advance."""

    def __init__(self, decisions: dict[str, Detection]) -> None:
        self.decisions = decisions

    def detect_set(self, texts: list[str]) -> list[Detection]:
        return [self.decisions.get(t, QUIET) for t in texts]


def _fired(route: str, also: tuple[str, ...] = ()) -> Detection:
    return Detection(route, None, route, 0.9, False, also)


SET = BenchSet(
    crises=[
        {"route": "suicide_self_harm", "text": "pills saved up"},  # right
        {"route": "suicide_self_harm", "text": "on the bridge"},  # fired as danger, lines named in `also`
        {"route": "suicide_self_harm", "text": "he hit himself"},  # fired as abuse, no lines
        {"route": "child_concern", "text": "kid alone", "also": ["immediate_danger"]},  # accepted other route
        {"route": "modern_slavery", "text": "work off the rent"},  # missed
    ],
    not_emergencies=["hall hire?", "massacre at the tombola"],
)
DETECTOR = Decided(
    {
        "pills saved up": _fired("suicide_self_harm"),
        "on the bridge": _fired("immediate_danger", ("suicide_self_harm",)),
        "he hit himself": _fired("domestic_abuse"),
        "kid alone": _fired("immediate_danger"),
        "massacre at the tombola": _fired("immediate_danger"),
    }
)


def test_a_set_is_counted_as_the_widget_would_signpost_it() -> None:
    f = crisis_dev_report.measure(DETECTOR, "crisis_devX.yml", SET)
    assert (f.crises, f.fired, f.right, f.named, f.suicide_without_lines) == (5, 4, 2, 3, 1)
    assert (f.calm, f.alarms) == (2, 1)
    assert [line.split()[0] for line in f.lines] == ["NOLINES", "MISS", "ALARM"]
    assert "'work off the rent'" in f.lines[1] and "'massacre at the tombola'" in f.lines[2]


def test_the_report_adds_the_sets_up_and_shows_items_only_when_asked() -> None:
    figures = [crisis_dev_report.measure(DETECTOR, name, SET) for name in ("a.yml", "b.yml")]
    quiet = crisis_dev_report.report(figures)
    assert len(quiet) == 3 and quiet[-1].startswith("all") and "found 8/10" in quiet[-1] and "false alarms 2/4" in quiet[-1]
    assert len(crisis_dev_report.report(figures, verbose=True)) == 3 + 2 * 3


def test_an_unknown_set_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert crisis_dev_report.main(DETECTOR, only="crisis_dev99.yml", root=tmp_path) == 2
    assert "no development set named crisis_dev99.yml" in capsys.readouterr().out
