"""The whole assistant started in the background on free ports, the way a user starts it
(`python -m bot run`), for the tests and the benchmarks to talk to over its real channels."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.settings import PROJECT_DIR as PROJECT


def conversation_id(label: str) -> str:
    """A valid conversation id (bot.rasa.channels) that still reads as a test's label: "stored-user"
    becomes "stored-user-" plus 22 hex characters of its hash. A valid id is kept as it is."""
    from bot.rasa.channels import valid_conversation_id

    if valid_conversation_id(label):
        return label
    clean = re.sub(r"[^A-Za-z0-9_-]", "-", label)[:40]
    return f"{clean}-{hashlib.sha256(label.encode()).hexdigest()[:22]}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_until_up(proc: subprocess.Popen[Any], url: str, name: str, timeout: float = 300.0) -> None:
    """Poll `url` until it answers 200; kill `proc` and raise if it exits or the time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited while starting")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(1)
    proc.kill()
    raise RuntimeError(f"{name} did not start within {timeout:.0f}s")


@dataclass
class Servers:
    rasa: str
    actions: str
    web: str
    env: dict[str, str]
    data_dir: Path

    def say(self, sender: str, message: str) -> list[dict[str, Any]]:
        """Send `message` in the conversation labelled `sender` (made a valid id: see conversation_id)."""
        req = urllib.request.Request(
            f"{self.rasa}/webhooks/rest/webhook",
            data=json.dumps({"sender": conversation_id(sender), "message": message}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            replies: list[dict[str, Any]] = json.loads(resp.read())
            return replies


def start_servers(tmp: Path, extra_env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], Servers]:
    ports = {"RASA_PORT": free_port(), "ACTIONS_PORT": free_port(), "WEB_PORT": free_port()}
    env = dict(os.environ, DATA_DIR=str(tmp), **{k: str(v) for k, v in ports.items()}, **(extra_env or {}))
    env.pop("DATABASE_URL", None) if not (extra_env or {}).get("DATABASE_URL") else None
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    output: list[str] = []
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            raise RuntimeError("bot run exited:\n" + "".join(output))
        output.append(line)
        if line.startswith("Press Ctrl-C"):
            break
    else:
        raise RuntimeError("bot run did not get ready:\n" + "".join(output))
    servers = Servers(
        rasa=f"http://localhost:{ports['RASA_PORT']}",
        actions=f"http://localhost:{ports['ACTIONS_PORT']}",
        web=f"http://localhost:{ports['WEB_PORT']}",
        env=env,
        data_dir=tmp,
    )
    return proc, servers


def stop_servers(proc: subprocess.Popen[str]) -> int:
    os.killpg(proc.pid, signal.SIGINT)
    return proc.wait(timeout=60)
