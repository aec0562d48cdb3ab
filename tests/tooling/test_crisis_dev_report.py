"""`python -m bot crisis dev-report` counts what the detector did on a development set correctly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

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


def test_a_set_below_its_floor_or_without_one_fails_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What `make bench` relies on to fail: 4 of 5 found is below crisis_dev34.yml's floor of 98%, and
    a set nobody gave a floor cannot pass."""
    sets = tmp_path / "tests" / "answers"
    sets.mkdir(parents=True)
    (sets / "crisis_floors.yml").write_text("crisis_dev34.yml: [0.98, 0.90, 0.03]\n")
    for name in ("crisis_dev34.yml", "crisis_dev99.yml"):
        (sets / name).write_text(yaml.safe_dump({"crises": SET.crises, "not_emergencies": SET.not_emergencies}))
    assert crisis_dev_report.main(DETECTOR, root=tmp_path) == 1
    out = capsys.readouterr().out
    assert "BELOW FLOOR crisis_dev34.yml: found 80.0% < 98%, right route 40.0% < 90%, false alarms 50.0% > 3.0%" in out
    assert "BELOW FLOOR crisis_dev99.yml: no floor in tests/answers/crisis_floors.yml" in out


def test_a_set_at_its_floor_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sets = tmp_path / "tests" / "answers"
    sets.mkdir(parents=True)
    (sets / "crisis_floors.yml").write_text("crisis_dev34.yml: [0.98, 0.90, 0.03]\n")
    held = BenchSet(crises=SET.crises[:1] * 50, not_emergencies=["hall hire?"] * 40)
    (sets / "crisis_dev34.yml").write_text(yaml.safe_dump({"crises": held.crises, "not_emergencies": held.not_emergencies}))
    assert crisis_dev_report.main(DETECTOR, root=tmp_path) == 0
    assert "every set at or above its floor (1)" in capsys.readouterr().out
