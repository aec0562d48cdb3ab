"""The whole assistant started in the background on free ports, the way a user starts it
(`python -m bot run`), for the tests and the benchmarks to talk to over its real channels."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
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

    def say(self, sender: str, message: str, metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Send `message` in the conversation labelled `sender` (made a valid id: see conversation_id),
        with the metadata the widget sends (`{"lio": data-lio}`, the hosting LIO) when given."""
        body: dict[str, Any] = {"sender": conversation_id(sender), "message": message}
        if metadata is not None:
            body["metadata"] = metadata
        req = urllib.request.Request(
            f"{self.rasa}/webhooks/rest/webhook", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=120) as resp:
            replies: list[dict[str, Any]] = json.loads(resp.read())
            return replies


def free_block(replicas: int = 2) -> int:
    """A base port for `make run-scaled` (bot.scaled.Layout) whose internal ports, for `replicas`
    of each server, are all free, below the range handed out for outgoing connections."""
    from bot.scaled import Layout

    for _ in range(200):
        base = random.randrange(10000, 30000, 100)
        try:
            for port in Layout(rasa_replicas=replicas, action_replicas=replicas, base_port=base).internal_ports:
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port))
        except OSError:
            continue
        return base
    raise RuntimeError("no free block of ports")


def alive(pid: int) -> bool:
    """The process exists and is not a zombie (from /proc)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def descendants(pid: int) -> set[int]:
    """Every process below `pid` (its servers, nginx's workers...), from /proc."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


@dataclass
class Launched:
    """`python -m bot run` or `run-scaled` started in its own process group: its output so far
    (kept being read, so the pipe never fills) and the thread reading it (done at exit)."""

    proc: subprocess.Popen[str]
    output: list[str]
    reader: threading.Thread


def launch(command: str, env: dict[str, str], timeout: float) -> Launched:
    """Start `python -m bot <command>` and wait until it prints "Press Ctrl-C" (everything is up);
    if it exits first or takes longer than `timeout` seconds, stop it and raise with its output."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", command],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output: list[str] = []
    ready = threading.Event()
    stdout = proc.stdout
    assert stdout is not None

    def read() -> None:
        for line in iter(stdout.readline, ""):
            output.append(line)
            if line.startswith("Press Ctrl-C"):
                ready.set()
        ready.set()  # the process has exited

    reader = threading.Thread(target=read, name=f"bot-{command}-output", daemon=True)
    reader.start()
    if ready.wait(timeout) and any(line.startswith("Press Ctrl-C") for line in output) and proc.poll() is None:
        return Launched(proc, output, reader)
    if proc.poll() is None:  # asked first: the launcher then stops every server it had started
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    raise RuntimeError(f"bot {command} did not get ready within {timeout:.0f}s:\n" + "".join(output[-40:]))


def start_servers(tmp: Path, extra_env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], Servers]:
    ports = {"RASA_PORT": free_port(), "ACTIONS_PORT": free_port(), "WEB_PORT": free_port()}
    env = dict(os.environ, DATA_DIR=str(tmp), **{k: str(v) for k, v in ports.items()}, **(extra_env or {}))
    env.pop("DATABASE_URL", None) if not (extra_env or {}).get("DATABASE_URL") else None
    proc = launch("run", env, timeout=300).proc
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
