"""`python -m bot run-scaled` (what `make run-scaled` starts): the assistant scaled out on one
machine, on PostgreSQL and Redis, with two Rasa replicas and two action servers behind nginx.

The slow tests start the real setup once (trained model, free ports, a fresh PostgreSQL database
that the launcher itself creates) and, in this order: every printed URL answers; twenty people at
once each hold a whole conversation to a stored handoff through nginx, and the database comes out
clean; the turns really were spread over both replicas (nginx's log names the replica of each
request) while socket.io stayed with one; every replica waits while a conversation's lock is held
in Redis; and stopping the launcher leaves nothing running. The other tests check the layout, the
settings and nginx's configuration without starting anything.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from bot.scaled import NGINX, Layout, nginx_config, printable_redis_url, redis_parts
from bot.settings import SettingsError
from bot.tooling import load
from bot.tooling.local_servers import PROJECT, conversation_id, free_port
from tests.chats import SocketChat
from tests.dbs import postgres_available
from tests.scaled_setup import (
    Scaled,
    alive,
    answers,
    descendants,
    free_block,
    redis_available,
    running_scaled,
    upstreams,
    wait_behind_held_lock,
)

needs_the_stack = pytest.mark.skipif(
    not (postgres_available() and redis_available() and NGINX.exists()),
    reason="needs PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379 and nginx (`make nginx`)",
)


# Without starting anything -------------------------------------------------------------------


def test_the_defaults_stay_clear_of_make_run_and_each_other() -> None:
    layout = Layout.from_env({})
    ports = [layout.port, *layout.internal_ports]
    assert len(set(ports)) == len(ports)
    assert not {5005, 5055, 8080} & set(ports)
    assert (layout.rasa_replicas, layout.action_replicas) == (2, 2)
    assert layout.database_url == "postgresql://postgres@127.0.0.1:5432/assistant_scaled"
    assert redis_parts(layout.redis_url) == {
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "6379",
        "REDIS_DB": "0",
        "REDIS_PASSWORD": "",
    }


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DATABASE_URL": "sqlite:///x.db"}, "DATABASE_URL must be a postgresql://... URL"),
        ({"REDIS_URL": "http://cache:6379"}, "REDIS_URL must look like redis://"),
        ({"RASA_REPLICAS": "0"}, "RASA_REPLICAS must be 1 or more"),
        ({"ACTION_REPLICAS": "41"}, "ACTION_REPLICAS must be 40 or fewer"),
        ({"SCALED_PORT": "5101"}, "SCALED_PORT 5101 is one of the internal ports"),
    ],
)
def test_a_bad_setting_is_refused_by_name(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(message)):
        Layout.from_env(env)


def test_a_redis_password_is_passed_on_but_never_printed() -> None:
    url = "redis://:s3cret@cache.internal:6380/2"
    assert redis_parts(url) == {"REDIS_HOST": "cache.internal", "REDIS_PORT": "6380", "REDIS_DB": "2", "REDIS_PASSWORD": "s3cret"}
    assert printable_redis_url(url) == "redis://:***@cache.internal:6380/2"


def test_nginx_pins_socketio_clients_spreads_rest_and_overwrites_the_forwarded_address(tmp_path: Path) -> None:
    layout = Layout.from_env({"RASA_REPLICAS": "3", "ACTION_REPLICAS": "2", "SCALED_PORT": "9000", "SCALED_BASE_PORT": "9100"})
    conf = nginx_config(layout, tmp_path)
    blocks = dict(re.findall(r"upstream (\w+) \{(.*?)\}", conf, re.S))
    assert "hash $remote_addr consistent;" in blocks["rasa_socketio"]
    assert "least_conn;" in blocks["rasa_rest"]
    for name in ("rasa_socketio", "rasa_rest"):
        assert re.findall(r"server 127\.0\.0\.1:(\d+) max_fails=1 fail_timeout=10s;", blocks[name]) == ["9110", "9111", "9112"]
    assert re.findall(r"server 127\.0\.0\.1:(\d+) max_fails=1 fail_timeout=10s;", blocks["actions"]) == ["9150", "9151"]
    # A replica that is down is left out after one failure; a POST is passed on to another only
    # when it never reached the first (never `non_idempotent`): a turn is never taken twice.
    directives = "\n".join(line.split("#")[0] for line in conf.splitlines())
    assert directives.count("proxy_next_upstream error timeout;") == 2 and "non_idempotent" not in directives
    assert "proxy_set_header Upgrade $http_upgrade;" in conf and "$proxy_add_x_forwarded_for" not in conf
    assert conf.count("proxy_set_header X-Forwarded-For $remote_addr;") == conf.count("proxy_pass ") == 4
    assert "/etc/" not in directives and "/var/" not in directives
    assert str(tmp_path) in directives
    if NGINX.exists():
        (tmp_path / "nginx.conf").write_text(conf)
        checked = subprocess.run(
            [str(NGINX), "-t", "-q", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-e", "stderr"],
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, checked.stderr


def test_an_unreachable_postgresql_stops_the_start_with_one_clear_line(tmp_path: Path) -> None:
    if not NGINX.exists() or not redis_available():
        pytest.skip("nginx and Redis are checked first")
    env = dict(
        os.environ,
        DATA_DIR=str(tmp_path),
        DATABASE_URL=f"postgresql://postgres@127.0.0.1:{free_port()}/nowhere",
        SCALED_PORT=str(free_port()),
        SCALED_BASE_PORT=str(free_block()),
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run-scaled"], env=env, cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Cannot start: PostgreSQL at postgresql://postgres@127.0.0.1:"), done.stderr
    assert "is unreachable" in lines[0] and "Traceback" not in done.stdout + done.stderr


# The real setup --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scaled]:
    with running_scaled(tmp_path_factory.mktemp("scaled")) as setup:
        yield setup


@pytest.mark.slow
@needs_the_stack
def test_it_starts_and_every_printed_url_answers(scaled: Scaled) -> None:
    printed = "".join(scaled.output)
    print(printed)
    assert f"Database:           {scaled.database_url}" in printed
    assert "Lock store:         Redis redis://127.0.0.1:6379/0" in printed
    rasa_line = next(line for line in scaled.output if "Rasa replicas" in line)
    assert "2 Rasa replicas" in rasa_line and all(f":{p}/" in rasa_line for p in scaled.layout.rasa_ports)
    urls = [u.rstrip(",") for u in re.findall(r"https?://\S+", printed)]
    assert len(urls) == 11, urls
    for url in urls:
        if url.endswith("/webhooks/rest/webhook"):
            body = f'{{"sender": "{conversation_id("scaled-urls")}", "message": "hello"}}'.encode()
            assert answers(url, body) == 200, url
        elif url.endswith("/socket.io"):  # the first request of a socket.io connection
            with urllib.request.urlopen(url + "/?EIO=4&transport=polling", timeout=30) as resp:
                assert resp.status == 200 and resp.read().startswith(b"0{"), url
        else:
            assert answers(url) == 200, url
    # Rasa's own pages are not public: only the chat channels and the web app are behind nginx.
    with urllib.request.urlopen(f"{scaled.public}/", timeout=30) as resp:
        assert b"Hello from Rasa" not in resp.read()
    assert answers(f"{scaled.public}/version") == 404


@pytest.mark.slow
@needs_the_stack
def test_twenty_people_at_once_through_nginx_each_reach_one_stored_handoff(scaled: Scaled) -> None:
    began = time.monotonic()
    result = load.run_load(scaled.public, 20, load.HANDOFF_CONVERSATION, "scaled-load", deadline=600, stagger=2.0)
    print(result.line("scaled, 20 people") + f" ({time.monotonic() - began:.0f}s)")
    assert result.errors == []
    assert len(result.turns) == 20 * len(load.HANDOFF_CONVERSATION)
    integrity = load.check_integrity(scaled.database_url, result, load.HANDOFF_CONVERSATION)
    print(integrity.line())
    assert integrity.conversations == 20 and integrity.clean, integrity.line()


def websocket_opens(base_url: str) -> bool:
    """A socket.io websocket through nginx: Engine.IO's open packet, then the namespace joined."""
    import asyncio

    import websockets

    async def go() -> bool:
        url = base_url.replace("http://", "ws://") + "/socket.io/?EIO=4&transport=websocket"
        async with websockets.connect(url, open_timeout=30) as ws:
            opened = await asyncio.wait_for(ws.recv(), 30)
            await ws.send("40")
            joined = await asyncio.wait_for(ws.recv(), 30)
        return str(opened).startswith("0{") and str(joined).startswith("40")

    return asyncio.run(go())


@pytest.mark.slow
@needs_the_stack
def test_the_turns_were_spread_over_both_replicas_and_socketio_stayed_with_one(scaled: Scaled) -> None:
    # A socket.io conversation over long-polling (python-socketio's client here has no websocket
    # transport): one connection is many requests, and every one must find its session.
    chat = SocketChat(scaled)
    try:
        chat.say("/greet")
        chat.say("how do we register as a charity", until="answer")
    finally:
        chat.close()
    assert websocket_opens(scaled.public)  # and the upgrade browsers make passes through nginx
    time.sleep(1)  # the log line of the last request
    rest = upstreams(scaled, "POST /webhooks/rest/webhook HTTP")
    actions = upstreams(scaled, "POST /webhook HTTP")
    socketio = upstreams(scaled, "GET /socket.io/") + upstreams(scaled, "POST /socket.io/")
    print(f"REST turns per Rasa replica {dict(rest)}; action calls per action server {dict(actions)}; socket.io {dict(socketio)}")
    turns = sum(rest.values())
    assert turns >= 20 * len(load.HANDOFF_CONVERSATION)
    assert set(rest) == {str(p) for p in scaled.layout.rasa_ports}
    assert min(rest.values()) >= turns // 5, rest  # both took a real share, not a stray request
    assert set(actions) == {str(p) for p in scaled.layout.action_ports}
    # Every socket.io request came from this machine's one address, so all went to one replica.
    assert len(socketio) == 1 and set(socketio) <= {str(p) for p in scaled.layout.rasa_ports}, socketio


@pytest.mark.slow
@needs_the_stack
def test_every_replica_waits_while_another_holds_the_conversations_lock_in_redis(scaled: Scaled) -> None:

    import redis

    red = redis.Redis(host="127.0.0.1", port=6379, db=0)
    hold = 5.0
    for port in scaled.layout.rasa_ports:  # each replica directly, so both are shown to ask Redis
        sender, waited = wait_behind_held_lock(red, port, hold)
        assert hold - 1.5 <= waited < hold + 30, (port, waited)
        assert red.get(f"assistant:lock:{sender}") is None  # released when done
    red.close()


@pytest.mark.slow
@needs_the_stack
def test_stopping_the_launcher_stops_every_process_nginx_included(scaled: Scaled) -> None:
    pids = descendants(scaled.proc.pid)
    nginx_pid = int((scaled.data_dir / "nginx" / "nginx.pid").read_text())
    assert nginx_pid in pids
    assert len(pids) >= 2 + 2 + 1 + 2  # replicas, action servers, web app, nginx and a worker
    ports = [scaled.layout.port, *scaled.layout.internal_ports]
    os.kill(scaled.proc.pid, signal.SIGTERM)  # what a service manager does
    assert scaled.proc.wait(timeout=90) == 0
    if scaled.reader:
        scaled.reader.join(timeout=10)
    assert "Stopping..." in scaled.printed()
    deadline = time.monotonic() + 30
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert [p for p in pids if alive(p)] == []
    still_open = []
    for port in ports:
        with socket.socket() as s:
            s.settimeout(2)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                still_open.append(port)
    assert still_open == []
