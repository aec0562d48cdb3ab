"""The scaled setup's launcher starts a server again when it dies (bot.launcher.Restarter), after
a pause that doubles while it keeps dying soon after starting; the others are left alone."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from bot import launcher
from tests.conftest import use_settings


def test_a_dead_server_is_started_again_after_a_pause_that_grows_while_it_keeps_dying(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use_settings(monkeypatch, data_dir=tmp_path)
    monkeypatch.setattr(launcher.Restarter, "FIRST_PAUSE", 0.2)
    sleeper = [sys.executable, "-c", "import time; time.sleep(60)"]
    services = [launcher.Service("steady one", sleeper, ""), launcher.Service("crashing one", sleeper, "")]
    procs = [launcher.spawn(s, dict(os.environ)) for s in services]
    steady = procs[0]
    restarter = launcher.Restarter(services, dict(os.environ))
    try:
        for pause in (0.2, 0.4):
            dead = procs[1]
            os.killpg(dead.pid, signal.SIGKILL)
            dead.wait()
            restarter.check(procs)
            assert "The crashing one stopped (exit code -9); starting it again in" in capsys.readouterr().err
            assert restarter.due[1] - time.monotonic() == pytest.approx(pause, abs=0.1)
            restarter.check(procs)
            assert procs[1] is dead  # not before its pause is over
            time.sleep(pause + 0.05)
            restarter.check(procs)
            assert procs[1] is not dead and procs[1].poll() is None
            assert "Started the crashing one again." in capsys.readouterr().out
        assert procs[0] is steady and steady.poll() is None
    finally:
        launcher.stop(procs)


def test_what_a_dead_server_left_running_is_stopped_before_it_starts_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As nginx's workers outlive a killed master, holding its port: its whole group goes."""
    use_settings(monkeypatch, data_dir=tmp_path)
    master = launcher.Service("master", ["sh", "-c", "sleep 60 & wait"], "")
    procs = [launcher.spawn(master, dict(os.environ))]
    restarter = launcher.Restarter([master], dict(os.environ))
    try:
        time.sleep(0.5)
        worker = next(int(p) for p in os.popen(f"pgrep -g {procs[0].pid} sleep").read().split())
        os.kill(procs[0].pid, signal.SIGKILL)  # the master alone
        procs[0].wait()
        restarter.check(procs)
        time.sleep(0.2)
        assert not Path(f"/proc/{worker}").exists() or "Z" in Path(f"/proc/{worker}/stat").read_text().split()[2]
    finally:
        launcher.stop(procs)
