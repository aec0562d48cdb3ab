"""The crisis training examples, development sets and held-out benchmark: every route taught, every
development set held to its floor, none overlapping, the benchmark never trained on (it is only ever run
by `make bench`)."""

from __future__ import annotations

import pytest
import yaml

from bot.answers import crisis
from bot.settings import PROJECT_DIR
from bot.tooling import crisis_dev_report
from bot.tooling.crisis_bench import load_set
from bot.tooling.crisis_landing import DEV_DIR, dev_sets


def test_every_route_has_training_examples_and_a_message() -> None:
    from bot.answers.knowledge import load_triage

    examples = crisis.load_examples()
    assert all(len(examples.by_route[r]) >= 100 for r in crisis.ROUTES)
    assert {e.id for e in load_triage().emergencies} == set(crisis.ROUTES)


def test_every_development_set_has_a_floor() -> None:
    """A retired benchmark lands with its floor, or neither `make test` nor `make bench` could judge it."""
    assert sorted(crisis_dev_report.floors()) == sorted(path.name for _, path in dev_sets(PROJECT_DIR))
    assert len(crisis_dev_report.newest()) == crisis_dev_report.IN_TESTS


@pytest.mark.parametrize("name", crisis_dev_report.newest())
def test_development_set_floors(detector: crisis.CrisisDetector, name: str) -> None:
    """The newest sets, counted by `python -m bot crisis dev-report`'s own `measure`, so the floors and
    the figures in a session's note mean the same thing (`make bench` checks every set)."""
    f = crisis_dev_report.measure(detector, name, load_set(PROJECT_DIR / DEV_DIR / name))
    assert f.crises >= 200 and f.calm >= 100
    gaps = crisis_dev_report.below_floor(f)
    assert not gaps, (gaps, [line for line in f.lines if line.lstrip().startswith(("MISS", "ALARM"))])


@pytest.fixture(scope="module")
def trained() -> set[str]:
    """Every crisis training text as the detector reads it: built once for the twenty-odd sets that
    are checked against it (about 27,000 texts to load and normalise)."""
    texts, _ = crisis.training_set()
    return {crisis.normalise(t) for t in texts}


@pytest.mark.parametrize("name", sorted(crisis_dev_report.floors()))
def test_training_and_development_sets_do_not_overlap(trained: set[str], name: str) -> None:
    dev = yaml.safe_load((PROJECT_DIR / DEV_DIR / name).read_text(encoding="utf-8"))
    dev_texts = [i["text"] for i in dev["crises"]] + dev["not_emergencies"]
    assert not [t for t in dev_texts if crisis.normalise(t) in trained]


def test_benchmark_is_big_enough_and_never_trained_on(trained: set[str]) -> None:
    bench = load_set()
    routes = {item["route"] for item in bench.crises}
    assert routes == set(crisis.ROUTES)
    assert len(bench.crises) >= 300 and len(bench.not_emergencies) >= 100
    held = [str(i["text"]) for i in bench.crises] + bench.not_emergencies
    assert not [t for t in held if crisis.normalise(t) in trained]
