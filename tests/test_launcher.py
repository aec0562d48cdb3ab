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


def test_a_service_manager_stopping_the_launcher_stops_every_server(tmp_path: Path) -> None:
    proc, servers = start_servers(tmp_path)
    urls = [f"{servers.rasa}/", f"{servers.actions}/health", f"{servers.web}/healthz"]
    assert all(_answers(u) for u in urls)
    os.kill(proc.pid, signal.SIGTERM)  # the launcher alone, not its process group
    assert proc.wait(timeout=60) == 0
    deadline = time.monotonic() + 30
    while any(_answers(u) for u in urls) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not [u for u in urls if _answers(u)], "servers left running after the launcher stopped"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_closed_terminal_stops_the_launcher_as_a_service_manager_does(signum: int) -> None:
    """SIGHUP (a closed terminal) and Ctrl-C end the launcher's wait exactly as SIGTERM does, whose
    whole path, every server stopped, the test above follows (starting the servers again for each
    signal cost about 100 s of a slow machine's `make test`)."""
    from bot import launcher

    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
    try:
        launcher.stop_on_signals()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signum)
            time.sleep(5)  # the handler runs at the next bytecode; the sleep is only a bound
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)


def test_each_server_gets_one_thread_per_numeric_pool_unless_the_operator_says_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pools as wide as the machine made the two servers contend (issue 14: 6.7 → 10.8 turns a second
    at 50 people once each had one); an operator's own setting still wins."""
    from bot import launcher

    for name in launcher.THREAD_POOLS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TF_INTRA_OP_PARALLELISM_THREADS", "2")
    env = launcher.environment()
    assert env["OMP_NUM_THREADS"] == env["OPENBLAS_NUM_THREADS"] == env["TF_INTER_OP_PARALLELISM_THREADS"] == "1"
    assert env["TF_INTRA_OP_PARALLELISM_THREADS"] == "2"
