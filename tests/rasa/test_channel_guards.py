"""The chat channels guard the Rasa server (bot/rasa/channels.py): conversation ids, message size and
rate, on REST and socket.io, against the real servers."""

from __future__ import annotations

import json
import queue
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.rasa.channels import TOO_FAST, TOO_LONG
from tests.chats import SocketChat
from tests.conftest import Servers

pytestmark = pytest.mark.slow
MB = 1024 * 1024


def post(servers: Servers, body: bytes) -> tuple[int, Any, dict[str, str]]:
    req = urllib.request.Request(f"{servers.rasa}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, json.loads(resp.read()), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read()), dict(err.headers)


def rasa_rss_mb(servers: Servers) -> float:
    """Resident memory of the Rasa server process listening on the test's port."""
    port = servers.rasa.rsplit(":", 1)[1]
    for proc in Path("/proc").iterdir():
        try:
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"rasa" in args and b"run" in args and port.encode() in args:
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    raise AssertionError("Rasa server process not found")


@pytest.mark.parametrize("sender", ["abc", "x" * 65, "has spaces and $$ in it 12345", "ünïcode-ünïcode-ünïcode-1"])
def test_rest_refuses_conversation_ids_that_could_be_guessed_or_are_malformed(servers: Servers, sender: str) -> None:
    status, body, _ = post(servers, json.dumps({"sender": sender, "message": "hello"}).encode())
    assert status == 400
    assert "22 to 64 letters" in body["error"]


def test_rest_one_megabyte_is_refused_and_costs_no_memory(servers: Servers) -> None:
    servers.say("size-warm", "hello")
    before = rasa_rss_mb(servers)
    for _ in range(3):
        status, body, _ = post(servers, json.dumps({"sender": "a" * 32, "message": "x " * (MB // 2)}).encode())
        assert status == 413 and "too long" in body["error"]
    status, body, _ = post(servers, json.dumps({"sender": "b" * 32, "message": "y" * 2001}).encode())
    assert status == 413
    assert rasa_rss_mb(servers) - before < 100
    assert "automated" in servers.say("size-other", "are you a bot?")[0]["text"]  # others still answered


def test_rest_rate_limit_answers_429_with_retry_after(servers: Servers) -> None:
    body = json.dumps({"sender": "c" * 32, "message": "hello"}).encode()
    with ThreadPoolExecutor(24) as pool:
        results = list(pool.map(lambda _: post(servers, body), range(24)))
    refused = [(b, h) for status, b, h in results if status == 429]
    assert len(refused) >= 24 - 15  # the burst is 15
    assert refused[0][0]["error"] == TOO_FAST and int(refused[0][1]["Retry-After"]) >= 1
    assert servers.say("rate-other", "hello")  # another conversation is not held up


Chat = SocketChat


def test_socketio_replaces_a_guessable_id_and_refuses_another_conversations(servers: Servers) -> None:
    chat = Chat(servers, session_id="1")
    try:
        assert len(chat.session_id) == 32 and chat.session_id != "1"
        chat.send("hello", session_id="d" * 32)  # not the conversation this connection was given
        kind, data = chat.next()
        assert kind == "bot" and data["custom"] == {"kind": "error"} and "reload" in data["text"]
    finally:
        chat.close()


def test_socketio_one_megabyte_is_refused_and_costs_no_memory(servers: Servers) -> None:
    servers.say("sio-warm", "hello")
    before = rasa_rss_mb(servers)
    big = Chat(servers)
    try:
        big.send("x " * (MB // 2))
        kind, _ = big.next()
        assert kind == "gone"  # the transport drops a packet this size before it is decoded
    finally:
        big.close()
    long = Chat(servers)
    try:
        long.send("y" * 2001)  # small enough for the transport, too long for the NLU
        kind, data = long.next()
        assert kind == "bot" and data["text"] == TOO_LONG
    finally:
        long.close()
    assert rasa_rss_mb(servers) - before < 100
    other = Chat(servers)
    try:
        other.send("are you a bot?")
        kind, data = other.next(timeout=120)
        assert kind == "bot" and "automated" in data["text"]
    finally:
        other.close()


def test_socketio_rate_limit_is_a_polite_message(servers: Servers) -> None:
    chat = Chat(servers)
    try:
        for _ in range(24):  # a short pause each: the polling transport refuses 17+ packets in one request
            chat.send("hello")
            time.sleep(0.05)
        texts = []
        while True:
            try:
                kind, data = chat.next(timeout=20)
            except queue.Empty:
                break
            texts.append(data["text"] if kind == "bot" else kind)
        assert texts.count(TOO_FAST) >= 24 - 15 - 2  # the burst, and a message or two refilled meanwhile
    finally:
        chat.close()
