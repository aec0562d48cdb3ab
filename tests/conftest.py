"""Shared fixtures: the real servers, started the way a user starts them (`python -m bot run`)."""
from __future__ import annotations

import os
from typing import Iterator

import pytest

from bot.local_servers import PROJECT, Servers, free_port, start_servers, stop_servers  # noqa: F401 (used by tests)

# Rasa would send telemetry and error reports to the internet; tests and the app never do.
os.environ["RASA_TELEMETRY_ENABLED"] = "false"


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    proc, srv = start_servers(tmp_path_factory.mktemp("run"))
    yield srv
    stop_servers(proc)
