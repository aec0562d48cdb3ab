"""Fixtures the answering tests share."""

from __future__ import annotations

import pytest

from bot.answers import crisis


@pytest.fixture(scope="session")
def detector() -> crisis.CrisisDetector:
    """The fitted crisis detector, loaded once (the crisis and other-language tests both read it)."""
    return crisis.load_detector()
