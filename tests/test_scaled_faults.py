"""Faults on the scaled setup (`python -m bot run-scaled`, docs/scaling.md "Faults"), each while
people are talking to it through nginx, and what each person and the database must come out with.

The setup runs here on its own PostgreSQL cluster and its own Redis (made in a temporary folder
on free ports, from the machine's PostgreSQL and Redis programs), so restarting or killing them
disturbs nobody else on this machine; they are stopped and removed afterwards whatever happens.
In this order, on one running setup:

1. every action server killed: each message still gets a reply, a crisis its signposting; a form
   asks again for what it could not check; the launcher starts them again and the form goes on;
2. one Rasa replica hung (SIGSTOP) then killed (SIGKILL, its whole process group) in the middle
   of a load, with turns inside it: every conversation reaches its end, no message is lost, none
   that succeeded is stored twice (a message whose turn died with the replica is sent again by
   the person, see bot/tooling/load.py), and nginx leaves the dead replica out while the launcher
   starts it again;
3. PostgreSQL stopped (a fast shutdown, every session ended) and started again 3 s later, in the
   middle of a load of whole handoff conversations: each one that was told "Done. I've passed
   this conversation..." has exactly one stored handoff, under the reference it was given;
4. Redis killed in the middle of a load, then started again: the turns go on (each replica's own
   lock meanwhile) and the replicas use Redis again once it is back.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot.scaled import NGINX
from bot.tooling import load
from bot.tooling.local_servers import conversation_id, free_port
from tests.scaled_setup import Scaled, answers, redis_available, running_scaled, wait_behind_held_lock, wait_for

PG_CTL = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
REDIS_SERVER = shutil.which("redis-server")
AS_POSTGRES = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (PG_CTL and REDIS_SERVER and NGINX.exists()),
        reason="needs PostgreSQL's and Redis's programs (Debian's postgresql and redis-server) and nginx",
    ),
]


# The stores, private to this module ------------------------------------------------------------


@dataclass
class PrivatePostgres:
    """A PostgreSQL cluster of our own (trust authentication, loopback only)."""

    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}"

    def pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        """pg_ctl on this cluster (a server it starts must be given `-l`, or it keeps our pipe open)."""
        return subprocess.run(
            [*AS_POSTGRES, str(PG_CTL[-1]), "-D", str(self.folder / "data"), *args], capture_output=True, text=True, timeout=120
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        done = self.pg_ctl("-l", str(self.folder / "postgres.log"), "-o", options, "-w", "start")
        assert done.returncode == 0, done.stdout + done.stderr

    def stop(self) -> None:
        """What `pg_ctlcluster ... restart` does first: a fast shutdown, every session ended."""
        done = self.pg_ctl("-m", "fast", "-w", "stop")
        assert done.returncode == 0, done.stdout + done.stderr

    def running(self) -> bool:
        return self.pg_ctl("status").returncode == 0


@pytest.fixture(scope="module")
def postgres() -> Iterator[PrivatePostgres]:
    folder = Path(tempfile.mkdtemp(prefix="assistant-faults-pg-"))
    if AS_POSTGRES:
        shutil.chown(folder, "postgres", "postgres")
    initdb = PG_CTL[-1].parent / "initdb"
    made = subprocess.run(
        [*AS_POSTGRES, str(initdb), "-D", str(folder / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    cluster = PrivatePostgres(folder, free_port())
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.pg_ctl("-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


class PrivateRedis:
    """A redis-server of our own that keeps nothing on disk, to kill and start again."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        assert REDIS_SERVER
        self.proc = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for(lambda: redis_available(self.port), 30, "Redis started")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def redis_store() -> Iterator[PrivateRedis]:
    store = PrivateRedis()
    store.start()
    try:
        yield store
    finally:
        store.kill()


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory, postgres: PrivatePostgres, redis_store: PrivateRedis) -> Iterator[Scaled]:
    with running_scaled(tmp_path_factory.mktemp("faults"), postgres.url, redis_store.url) as setup:
        yield setup


# Helpers -------------------------------------------------------------------------------------

ARRIVALS = 10.0  # seconds over which a load's people arrive: a fault lands among their turns
DOWN_SECONDS = 3.0  # how long PostgreSQL is down in its restart
SERVERS = ["scaled Rasa server 1", "scaled Rasa server 2", "scaled action server 1", "scaled action server 2"]


def say(scaled: Scaled, sender: str, text: str) -> list[dict[str, Any]]:
    """One REST turn through nginx; the replies (an HTTP error is a failed assertion)."""
    import urllib.request

    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(f"{scaled.public}/webhooks/rest/webhook", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as resp:
        replies: list[dict[str, Any]] = json.loads(resp.read())
    return replies


def kinds(replies: list[dict[str, Any]]) -> list[str]:
    return [str((r.get("custom") or {}).get("kind", "")) for r in replies]


def kill_group(scaled: Scaled, port: int) -> None:
    """SIGKILL the launcher's server on `port` with its whole process group: a crash, no goodbye."""
    os.killpg(scaled.server_pid(port), signal.SIGKILL)


ACCESS = re.compile(r'"POST /webhooks/rest/webhook HTTP/1\.1" (\d{3}) \d+ upstream=([\d.:]+(?:, [\d.:]+)*) ')


def rest_turns(scaled: Scaled) -> list[tuple[int, list[int]]]:
    """Each REST turn nginx has logged: its status and the replica ports it tried, in order."""
    log = (scaled.data_dir / "scaled-nginx.log").read_text(encoding="utf-8", errors="replace")
    return [(int(m[1]), [int(u.rsplit(":", 1)[1]) for u in m[2].split(", ")]) for m in ACCESS.finditer(log)]


def load_in_background(scaled: Scaled, users: int, label: str, resends: int) -> "Future[load.LoadResult]":
    """`users` people holding handoff conversations, arriving over ARRIVALS seconds."""
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(load.run_load, scaled.public, users, load.HANDOFF_CONVERSATION, label, 600, ARRIVALS, resends)
    pool.shutdown(wait=False)
    return future


def when_turns_reach(scaled: Scaled, count: int, future: "Future[load.LoadResult]") -> None:
    """Wait until nginx has logged `count` REST turns (the load is well under way)."""
    wait_for(lambda: len(rest_turns(scaled)) >= count or future.done(), 180, f"{count} turns through nginx")
    assert not future.done(), "the load finished before the fault"


def assert_clean(scaled: Scaled, result: load.LoadResult, users: int) -> load.Integrity:
    print(result.line(f"{users} people"))
    for resend in result.resent:
        print(f"  sent again: user {resend.user} step {resend.step}: {resend.reason[:120]}")
    assert result.errors == [], result.errors
    integrity = load.check_integrity(scaled.database_url, result, load.HANDOFF_CONVERSATION)
    print(integrity.line())
    assert integrity.conversations == users and integrity.clean, integrity
    return integrity


# 1. The action servers ---------------------------------------------------------------------------


def test_with_every_action_server_down_each_message_gets_a_polite_reply_and_a_crisis_its_signposting(scaled: Scaled) -> None:
    in_form, crisis_in_form = conversation_id(f"faults-form-{uuid.uuid4().hex}"), conversation_id(f"faults-cf-{uuid.uuid4().hex}")
    for sender in (in_form, crisis_in_form):
        say(scaled, sender, "our treasurer has been taking money from the group account for months")
        assert "ask_location" in kinds(say(scaled, sender, "/affirm"))
    for port in scaled.layout.action_ports:
        kill_group(scaled, port)
    actions = f"http://127.0.0.1:{scaled.layout.actions_port}/health"
    wait_for(lambda: answers(actions, timeout=5) == 502, 30, "nginx finding no action server")

    fresh = conversation_id(f"faults-fresh-{uuid.uuid4().hex}")
    replies = say(scaled, fresh, "how do we register as a charity")
    assert kinds(replies) == ["error"]
    assert "999" in replies[0]["text"] and "https://navca.org.uk" in replies[0]["text"]
    replies = say(scaled, fresh, "someone’s collapsed in the hall and isnt breathing")
    assert (kinds(replies)[0], replies[0]["custom"]["type"]) == ("emergency", "immediate_danger") and "999" in replies[0]["text"]
    replies = say(scaled, crisis_in_form, "i dont want to be here anymore, ive got the pills ready")
    assert (kinds(replies)[0], replies[0]["custom"]["type"]) == ("emergency", "suicide_self_harm")
    # In the handoff form: one apology, and the question again (the place could not be checked).
    assert kinds(say(scaled, in_form, "LS6 2AB")) == ["error", "ask_location"]
    assert answers(actions, timeout=5) == 502, "the action servers came back during the test: it proved nothing"

    took = wait_for(lambda: answers(actions, timeout=5) == 200, 240, "the action servers started again")
    for port in scaled.layout.action_ports:
        health = f"http://127.0.0.1:{port}/health"
        wait_for(lambda url=health: answers(url, timeout=5) == 200, 240, f"action server {port}")
    print(f"action servers back after {took:.0f}s")
    assert "Started the scaled action server 1 again." in scaled.printed()
    assert "consent" in kinds(say(scaled, in_form, "LS6 2AB"))  # and the form goes on where it was


# 2. A Rasa replica ---------------------------------------------------------------------------------


def test_a_rasa_replica_killed_mid_load_loses_no_message_and_doubles_none_that_succeeded(scaled: Scaled) -> None:
    users = 10
    before = len(rest_turns(scaled))
    future = load_in_background(scaled, users, "faults-replica", resends=3)
    when_turns_reach(scaled, before + 25, future)
    dead = scaled.layout.rasa_ports[0]
    killed_at = len(rest_turns(scaled))
    # Hung, then dead: while it is stopped, nginx still sends it a turn or two (the least busy at
    # first), so some turns are surely inside it when it dies.
    group = scaled.server_pid(dead)
    os.killpg(group, signal.SIGSTOP)
    time.sleep(1.5)
    os.killpg(group, signal.SIGKILL)
    result = future.result(timeout=600)
    assert_clean(scaled, result, users)
    assert result.resent, "no turn was inside the replica when it died"
    # nginx left the dead replica out: after the kill, only the turns it was working on failed
    # (502, each sent again by its person), and it was tried again only once each fail_timeout,
    # the turn passed on to the survivor at once (until the launcher had started it again).
    after = rest_turns(scaled)[killed_at:]
    in_flight = [tried for status, tried in after if status == 502]
    passed_on = [tried for status, tried in after if len(tried) > 1]
    print(f"after the kill: {len(after)} turns; {len(in_flight)} died with the replica; {len(passed_on)} passed on: {passed_on}")
    assert all(tried == [dead] for tried in in_flight) and len(in_flight) == len(result.resent)
    assert all(status == 200 and tried[0] == dead and tried[1] != dead for status, tried in after if len(tried) > 1)
    assert len(passed_on) <= 2 + result.wall_seconds / 10
    took = wait_for(lambda: answers(f"http://127.0.0.1:{dead}/", timeout=5) == 200, 300, "the killed replica started again")
    print(f"replica back {took:.0f}s after the load")
    assert "Started the scaled Rasa server 1 again." in scaled.printed()


# 3. PostgreSQL ---------------------------------------------------------------------------------------


def test_postgresql_restarted_mid_load_loses_no_handoff_and_stores_none_twice(scaled: Scaled, postgres: PrivatePostgres) -> None:
    users = 10
    before = len(rest_turns(scaled))
    future = load_in_background(scaled, users, "faults-postgres", resends=4)
    when_turns_reach(scaled, before + 30, future)
    try:  # a restart, with the database down for a few seconds as under load
        postgres.stop()
        time.sleep(DOWN_SECONDS)
    finally:
        if not postgres.running():
            postgres.start()
    result = future.result(timeout=600)
    integrity = assert_clean(scaled, result, users)
    assert sorted(result.references) == list(range(users)) and integrity.handoffs_not_once == []
    # The restart was felt: turns in the middle of it waited for the database (or were sent again).
    logs = "".join(scaled.log(name) for name in SERVERS)
    assert "the database did not answer" in logs or result.resent


# 4. Redis ------------------------------------------------------------------------------------------


def test_with_redis_down_the_turns_go_on_and_the_shared_lock_is_back_with_redis(
    scaled: Scaled, redis_store: PrivateRedis
) -> None:
    import redis

    users = 8
    before = len(rest_turns(scaled))
    future = load_in_background(scaled, users, "faults-redis", resends=2)
    when_turns_reach(scaled, before + 15, future)
    redis_store.kill()
    try:
        when_turns_reach(scaled, before + 40, future)
    finally:
        redis_store.start()
    result = future.result(timeout=600)
    assert_clean(scaled, result, users)
    logs = "".join(scaled.log(name) for name in SERVERS)
    assert "Redis is unreachable" in logs and "under this replica's own lock" in logs

    # Back on Redis: a conversation whose lock is held there waits for it, on either replica.
    red = redis.Redis(host="127.0.0.1", port=redis_store.port, db=0)
    hold = 4.0
    for port in scaled.layout.rasa_ports:
        assert wait_behind_held_lock(red, port, hold)[1] >= hold - 1.5, port
    red.close()
