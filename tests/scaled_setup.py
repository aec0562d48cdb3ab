"""The scaled setup (`python -m bot run-scaled`) started for a test module, and what its tests look
at from outside: its processes (from /proc), nginx's log, plain HTTP. Used by tests/test_scaled.py
(on the system's PostgreSQL and Redis) and tests/test_scaled_faults.py (on private ones it can
stop and restart)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from bot.scaled import Layout
from bot.tooling.local_servers import PROJECT, alive, conversation_id, descendants, free_block, free_port, launch
from tests.dbs import PG_ADMIN_URL


def redis_available(port: int = 6379) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=3):
            return True
    except OSError:
        return False


@dataclass
class Scaled:
    proc: subprocess.Popen[str]
    output: list[str]  # the launcher's output, kept being read after it is ready
    layout: Layout
    public: str
    data_dir: Path
    database_url: str
    reader: threading.Thread | None = None

    @property
    def rasa(self) -> str:  # what tests.chats.SocketChat connects to: nginx
        return self.public

    def printed(self) -> str:
        return "".join(self.output)

    def server_pid(self, port: int) -> int:
        """The pid (and process group) of the launcher's server listening on `port`."""
        for pid in descendants(self.proc.pid):
            try:
                args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"--port" in args and args[args.index(b"--port") + 1] == str(port).encode() and os.getpgid(pid) == pid:
                return pid
        raise LookupError(f"no server of the launcher on port {port}")

    def log(self, service: str) -> str:
        """A service's log so far (its name as the launcher gives it, e.g. "scaled nginx")."""
        path = self.data_dir / f"{service.replace(' ', '-')}.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def answers(url: str, data: bytes | None = None, timeout: float = 30) -> int:
    """The HTTP status `url` answers with (0 when nothing answers)."""
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return 0


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> float:
    """Poll `check` until it is true; the seconds it took (AssertionError naming `what` if never)."""
    began = time.monotonic()
    while not check():
        if time.monotonic() - began > seconds:
            raise AssertionError(f"{what}: not within {seconds:.0f}s")
        time.sleep(0.5)
    return time.monotonic() - began


def upstreams(scaled: Scaled, request: str) -> Counter[str]:
    """How many of nginx's logged requests starting with `request` went to each upstream port."""
    log = (scaled.data_dir / "scaled-nginx.log").read_text(encoding="utf-8")
    return Counter(m.group(1) for m in re.finditer(rf'"{re.escape(request)}[^"]*" \d+ \d+ upstream=127\.0\.0\.1:(\d+)', log))


def drop_database(url: str, admin_url: str = PG_ADMIN_URL) -> None:
    import psycopg2

    name = url.rsplit("/", 1)[1]
    conn = psycopg2.connect(admin_url)
    conn.autocommit = True
    try:
        conn.cursor().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        conn.cursor().execute(f'DROP DATABASE IF EXISTS "{name}"')
    finally:
        conn.close()


@contextmanager
def running_scaled(
    data_dir: Path, server_url: str = "postgresql://postgres@127.0.0.1:5432", redis_url: str | None = None
) -> Iterator[Scaled]:
    """run-scaled with two replicas of each on free ports, a fresh database on `server_url` (made by
    the launcher, dropped afterwards) and Redis at `redis_url` (the default: 127.0.0.1:6379);
    stopped afterwards with nothing it started left running."""
    if (PROJECT / "var" / "postcodes" / "keys.npy").exists():  # the index `make` built: not built again
        shutil.copytree(PROJECT / "var" / "postcodes", data_dir / "postcodes")
    database_url = f"{server_url}/assistant_scaled_test_{uuid.uuid4().hex[:10]}"
    layout = Layout(database_url=database_url, port=free_port(), base_port=free_block())
    env = dict(
        os.environ,
        DATA_DIR=str(data_dir),
        DATABASE_URL=database_url,
        SCALED_PORT=str(layout.port),
        SCALED_BASE_PORT=str(layout.base_port),
        RASA_REPLICAS="2",
        ACTION_REPLICAS="2",
    )
    for inherited in ("PUBLIC_BASE_URL", "PUBLIC_RASA_URL", "REDIS_URL"):
        env.pop(inherited, None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    try:
        launched = launch("run-scaled", env, timeout=420)  # stops what it started if it fails
    except BaseException:
        drop_database(database_url, f"{server_url}/postgres")
        raise
    proc = launched.proc
    started = descendants(proc.pid)
    try:
        yield Scaled(proc, launched.output, layout, f"http://localhost:{layout.port}", data_dir, database_url, launched.reader)
    finally:
        ours = {pid for pid in started | descendants(proc.pid) if alive(pid)}  # alive now: not a reused pid later
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                proc.kill()
        for pid in ours:  # only what this started, and only if the launcher left it
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        drop_database(database_url, f"{server_url}/postgres")


def wait_behind_held_lock(red: Any, port: int, hold: float) -> tuple[str, float]:
    """Hold a new conversation's lock in Redis for `hold` seconds (what Rasa's RedisLockStore writes
    while a replica works on one of its messages), send it a message on the Rasa replica at `port`
    directly; return the conversation and how long the reply took (about `hold` if the replica
    asked Redis)."""
    sender = conversation_id(f"locked-{port}-{uuid.uuid4().hex}")
    ticket = json.dumps({"number": 0, "expires": time.time() + hold})
    red.set(f"assistant:lock:{sender}", json.dumps({"conversation_id": sender, "tickets": [ticket]}))
    began = time.monotonic()
    body = json.dumps({"sender": sender, "message": "hello"}).encode()
    assert answers(f"http://127.0.0.1:{port}/webhooks/rest/webhook", body) == 200
    return sender, time.monotonic() - began
