"""`python -m bot run` (what `make run` starts) stops every process it started, however it is stopped."""

from __future__ import annotations

import os
import signal
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import start_servers

pytestmark = pytest.mark.slow


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except OSError:
        return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_service_manager_stopping_the_launcher_stops_every_server(tmp_path: Path, signum: int) -> None:
    proc, servers = start_servers(tmp_path)
    urls = [f"{servers.rasa}/", f"{servers.actions}/health", f"{servers.web}/healthz"]
    assert all(_answers(u) for u in urls)
    os.kill(proc.pid, signum)  # the launcher alone, not its process group
    assert proc.wait(timeout=60) == 0
    deadline = time.monotonic() + 30
    while any(_answers(u) for u in urls) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not [u for u in urls if _answers(u)], "servers left running after the launcher stopped"
