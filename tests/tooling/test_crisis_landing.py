"""Landing pending crisis data: no text may end up both measured and trained on."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.tooling import crisis_dev_report, crisis_landing

EXAMPLES = """# Training paraphrases.
routes:
  immediate_danger:
  - "someone has collapsed and is not breathing"
  # Session 1: older
  - "fire in the kitchen"
  suicide_self_harm:
  - "i want to end it all"
  child_concern: []
  allegation_against_worker:
  - "the coach hit a child"
  adult_at_risk:
  - "carer takes her pension"
  domestic_abuse:
  - "my husband hits me"
  modern_slavery:
  - "boss keeps our passports"
not_emergency:
- "how do we write a safeguarding policy"
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    _write(tmp_path / "knowledge" / "crisis_examples.yml", EXAMPLES)
    _write(
        tmp_path / "tests" / "answers" / "crisis_dev.yml",
        "crises:\n- route: immediate_danger\n  text: man with a knife\nnot_emergencies:\n- first aid kit?\n",
    )
    _write(
        tmp_path / "tests" / "answers" / "crisis_dev2.yml",
        "crises:\n- route: domestic_abuse\n  text: ex at the door\nnot_emergencies: []\n",
    )
    _write(tmp_path / "tests" / "answers" / "crisis_floors.yml", "crisis_dev.yml: [0.98, 0.94, 0.04]")
    _write(
        tmp_path / "tests" / "eval" / "crisis_benchmark.yml",
        "# Old header\n# second line\ncrises:\n- route: suicide_self_harm\n  text: pills in my hand\n"
        "not_emergencies:\n- fire drill on Thursday?\n",
    )
    pending = tmp_path / "docs" / "pending" / "crisis"
    _write(
        pending / "training_batch5_crises.yml",
        'immediate_danger:\n  - "MAN WITH A KNIFE!!"\n  - "kitchen\'s on fire now"\n'
        'suicide_self_harm:\n  - "Pills in my hand"\n  - "the rope is in the van"\n'
        'child_concern: []\nmodern_slavery:\n  - "he took my papers"\n  - "he took my papers"\n',
    )
    _write(
        pending / "training_batch5_ordinary.yml",
        'not_emergency:\n  - "Fire drill on Thursday?"\n  - "Oes dosbarthiadau Cymraeg?"\n  - "new calm question"\n',
    )
    _write(
        pending / "benchmark6_crises.yml",
        'crises:\n- route: immediate_danger\n  text: "Someone has collapsed and isn’t breathing"\n'
        '- route: modern_slavery\n  text: "he took my papers"\n- route: child_concern\n  text: "kid missing"\n',
    )
    _write(pending / "benchmark6_calm.yml", 'not_emergencies:\n- "First aid kit?"\n- "new calm question"\n- "hall hire price"\n')
    return tmp_path


def test_landing_keeps_every_set_apart(project: Path) -> None:
    landing = crisis_landing.land_pending(
        "Session 15 (batch 5): test kinds",
        "Development set (was the benchmark)\nmeasured once: {crises} crises, {calm} calm",
        "Benchmark: {crises} crises ({short} short), {calm} calm; dropped {dropped_crises} and {dropped_calm}",
        root=project,
    )
    retired = project / "tests" / "answers" / "crisis_dev3.yml"
    assert landing.retired_to == "tests/answers/crisis_dev3.yml"
    assert retired.read_text(encoding="utf-8").startswith(
        "# Development set (was the benchmark)\n# measured once: 1 crises, 1 calm\ncrises:\n"
    )
    assert yaml.safe_load(retired.read_text(encoding="utf-8"))["crises"] == [
        {"route": "suicide_self_harm", "text": "pills in my hand"}
    ]

    # The new benchmark drops what was trained on ("isn't" with a curly apostrophe is the same text)
    # and what a development set already holds.
    bench_text = (project / "tests" / "eval" / "crisis_benchmark.yml").read_text(encoding="utf-8")
    assert bench_text.startswith("# Benchmark: 2 crises (2 short), 2 calm; dropped 1 and 1\n")
    bench = yaml.safe_load(bench_text)
    assert [c["text"] for c in bench["crises"]] == ["he took my papers", "kid missing"]
    assert bench["not_emergencies"] == ["new calm question", "hall hire price"]

    # Training gains only texts measured nowhere, at the end of each route's block.
    examples_text = (project / "knowledge" / "crisis_examples.yml").read_text(encoding="utf-8")
    examples = yaml.safe_load(examples_text)
    assert examples["routes"]["immediate_danger"] == [
        "someone has collapsed and is not breathing",
        "fire in the kitchen",
        "kitchen's on fire now",
    ]
    assert examples["routes"]["suicide_self_harm"] == ["i want to end it all", "the rope is in the van"]
    assert examples["routes"]["modern_slavery"] == ["boss keeps our passports"]
    assert examples["not_emergency"] == ["how do we write a safeguarding policy", "Oes dosbarthiadau Cymraeg?"]
    assert '  # Session 15 (batch 5): test kinds\n  - "kitchen\'s on fire now"\n  suicide_self_harm:' in examples_text
    assert landing.training_added == {"immediate_danger": 1, "suicide_self_harm": 1, "not_emergency": 1}
    assert landing.training_dropped == 6
    assert not (project / "docs" / "pending" / "crisis").exists()

    # The retired set gets its floor, the note from its header, after the rows already there.
    floors = (project / "tests" / "answers" / "crisis_floors.yml").read_text(encoding="utf-8")
    assert (
        floors
        == "crisis_dev.yml: [0.98, 0.94, 0.04]\ncrisis_dev3.yml: [0.98, 0.90, 0.03]  # Development set (was the benchmark)\n"
    )
    assert crisis_dev_report.floors(project)["crisis_dev3.yml"] == crisis_landing.DEFAULT_FLOOR


def test_landing_refuses_an_unknown_route_and_changes_nothing(project: Path) -> None:
    pending = project / "docs" / "pending" / "crisis" / "training_batch5_crises.yml"
    pending.write_text('fire_alarm:\n  - "smoke"\n', encoding="utf-8")
    before = (project / "knowledge" / "crisis_examples.yml").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="unknown routes"):
        crisis_landing.land_pending("c", "d", "b", root=project)
    assert (project / "knowledge" / "crisis_examples.yml").read_text(encoding="utf-8") == before
    assert not (project / "tests" / "answers" / "crisis_dev3.yml").exists()


def test_a_benchmark_lands_without_a_training_batch(project: Path) -> None:
    for name in ("training_batch5_crises.yml", "training_batch5_ordinary.yml"):
        (project / "docs" / "pending" / "crisis" / name).unlink()
    before = (project / "knowledge" / "crisis_examples.yml").read_text(encoding="utf-8")
    landing = crisis_landing.land_pending("c", "d", "b", root=project)
    assert (project / "knowledge" / "crisis_examples.yml").read_text(encoding="utf-8") == before
    assert landing.training_added == {"not_emergency": 0} and landing.benchmark_crises == 2


def test_landing_needs_a_pending_benchmark(project: Path) -> None:
    (project / "docs" / "pending" / "crisis" / "benchmark6_calm.yml").unlink()
    with pytest.raises(ValueError, match="benchmark\\*_calm.yml"):
        crisis_landing.land_pending("c", "d", "b", root=project)


def test_a_benchmark_text_equal_to_any_other_training_text_is_dropped(project: Path) -> None:
    """The classifier also learns the NLU's everyday replies and the answerer's questions: a calm
    "Hall hire price" in the benchmark would score what it was trained on."""
    landing = crisis_landing.land_pending("c", "d", "b", root=project, also_trained=["HALL HIRE PRICE", "kid  missing!"])
    bench = yaml.safe_load((project / "tests" / "eval" / "crisis_benchmark.yml").read_text(encoding="utf-8"))
    assert bench["not_emergencies"] == ["new calm question"]
    assert [c["text"] for c in bench["crises"]] == ["he took my papers"]
    assert (landing.benchmark_dropped_calm, landing.benchmark_dropped_crises) == (2, 2)


def test_a_header_written_as_comments_is_not_commented_twice() -> None:
    assert crisis_landing._comment("# Held out\n#  indented\nplain") == "# Held out\n#  indented\n# plain\n"


def test_a_training_comment_given_with_its_hash_is_written_with_one() -> None:
    """Batches 24 to 31 landed under "# # Training batch ..." because the comment was given as "# ..." (session 35)."""
    merged = crisis_landing._merge_training(EXAMPLES, {"suicide_self_harm": ["kid left alone"]}, ["calm one"], "# Batch 9")
    assert '  # Batch 9\n  - "kid left alone"\n' in merged and merged.endswith('# Batch 9\n- "calm one"\n')
    assert "# #" not in merged


PHRASES = """# Crisis phrases in other languages.
# Second header line.
immediate_danger:
  welsh:
  - dim yn anadlu
suicide_self_harm:
  welsh:
  - eisiau marw
"""


def test_phrases_merge_without_repeats_and_keep_the_header(project: Path) -> None:
    _write(project / "knowledge" / "crisis_phrases.yml", PHRASES)
    pending = project / "docs" / "pending" / "crisis"
    _write(pending / "phrases_e_welsh.yml", "immediate_danger:\n  welsh:\n  - DIM YN ANADLU!\n  - mae o wedi llewygu\n")
    _write(pending / "phrases_e_tamil.yml", "modern_slavery:\n  tamil:\n  - பாஸ்போர்ட்டை எடுத்துவிட்டார்\n")
    landing = crisis_landing.land_phrases(root=project)
    text = (project / "knowledge" / "crisis_phrases.yml").read_text(encoding="utf-8")
    assert text.startswith("# Crisis phrases in other languages.\n# Second header line.\nimmediate_danger:\n")
    data = yaml.safe_load(text)
    assert data["immediate_danger"]["welsh"] == ["dim yn anadlu", "mae o wedi llewygu"]
    assert data["modern_slavery"] == {"tamil": ["பாஸ்போர்ட்டை எடுத்துவிட்டார்"]}
    assert data["suicide_self_harm"] == {"welsh": ["eisiau marw"]}
    assert (landing.added, landing.already_there) == ({"tamil": 1, "welsh": 1}, 1)
    # The phrases are gone from pending; the benchmark and batch files still wait there.
    assert not list(pending.glob("phrases_*.yml")) and (pending / "benchmark6_calm.yml").exists()


def test_phrases_under_an_unknown_route_change_nothing(project: Path) -> None:
    _write(project / "knowledge" / "crisis_phrases.yml", PHRASES)
    pending = project / "docs" / "pending" / "crisis"
    _write(pending / "phrases_e_welsh.yml", "immediate_danger:\n  welsh:\n  - mae o wedi llewygu\n")
    _write(pending / "phrases_f_welsh.yml", "emergency:\n  welsh:\n  - help\n")
    with pytest.raises(ValueError, match="unknown route 'emergency'"):
        crisis_landing.land_phrases(root=project)
    assert (project / "knowledge" / "crisis_phrases.yml").read_text(encoding="utf-8") == PHRASES
    assert len(list(pending.glob("phrases_*.yml"))) == 2


def test_landing_a_benchmark_leaves_pending_phrases_in_place(project: Path) -> None:
    phrases = project / "docs" / "pending" / "crisis" / "phrases_e_welsh.yml"
    _write(phrases, "immediate_danger:\n  welsh:\n  - mae o wedi llewygu\n")
    crisis_landing.land_pending("c", "d", "b", root=project)
    assert phrases.exists()


def test_the_oldest_pending_benchmark_lands_and_a_newer_one_waits(project: Path) -> None:
    """Helpers may write the next benchmark before the last one lands (numbered 10 here, so that the
    order is by number, not by name)."""
    pending = project / "docs" / "pending" / "crisis"
    _write(pending / "benchmark10_crises.yml", 'crises:\n- route: child_concern\n  text: "later one"\n')
    _write(pending / "benchmark10_calm.yml", 'not_emergencies:\n- "later calm"\n')
    crisis_landing.land_pending("c", "d", "b", root=project)
    bench = yaml.safe_load((project / "tests" / "eval" / "crisis_benchmark.yml").read_text(encoding="utf-8"))
    assert [c["text"] for c in bench["crises"]] == ["he took my papers", "kid missing"]
    assert sorted(p.name for p in pending.iterdir()) == ["benchmark10_calm.yml", "benchmark10_crises.yml"]


def test_a_benchmark_without_its_other_half_changes_nothing(project: Path) -> None:
    pending = project / "docs" / "pending" / "crisis"
    (pending / "benchmark6_calm.yml").unlink()
    _write(pending / "benchmark7_calm.yml", 'not_emergencies:\n- "later calm"\n')
    with pytest.raises(ValueError, match="halves differ"):
        crisis_landing.land_pending("c", "d", "b", root=project)
    assert (pending / "benchmark6_crises.yml").exists() and not (project / "tests" / "answers" / "crisis_dev3.yml").exists()


def test_a_long_header_gives_the_floor_a_note_cut_at_a_word(tmp_path: Path) -> None:
    floors = tmp_path / "crisis_floors.yml"
    crisis_landing._add_floor(floors, "crisis_dev9.yml", "# " + "retired benchmark " * 10 + "\nsecond line")
    row = floors.read_text(encoding="utf-8")
    assert row.startswith("crisis_dev9.yml: [0.98, 0.90, 0.03]  # retired benchmark retired") and row.endswith("...\n")
    assert set(row.split("# ")[1].removesuffix("...\n").split()) == {"retired", "benchmark"}
    assert len(row) < 150 and yaml.safe_load(row) == {"crisis_dev9.yml": [0.98, 0.90, 0.03]}
