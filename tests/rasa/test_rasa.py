"""Rasa's own checks on the real training data and the trained model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
RASA = [sys.executable, "-m", "rasa"]


def test_rasa_data_validate_is_clean() -> None:
    result = subprocess.run(RASA + ["data", "validate", "--fail-on-warnings"], cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


@pytest.mark.slow
def test_end_to_end_stories_pass(tmp_path: Path) -> None:
    result = subprocess.run(
        RASA
        + [
            "test",
            "core",
            "--model",
            "models/assistant.tar.gz",
            "--stories",
            "tests/test_stories.yml",
            "--fail-on-prediction-errors",
            "--out",
            str(tmp_path / "results"),
            "--no-plot",
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-6000:]
