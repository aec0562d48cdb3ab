"""Conversations the slow tests hold with the real servers: a whole handoff over REST, and a
socket.io connection as a browser tab makes it."""

from __future__ import annotations

import queue
from typing import Any

import socketio

from bot.rasa.channels import payload_kinds as kinds
from bot.tooling.local_servers import Servers

REPLY_S = 120

# A complex case through consent to a handoff, and the payload kind each step must bring.
HANDOFF = [
    ("our treasurer has been taking money from the group account", "handoff_offer"),
    ("yes please", "ask_location"),
    ("LS6 2AB", "consent"),
    ("yes", None),
    ("/deny", None),
    ("money has gone missing and the treasurer won't show us the statements", "handoff_created"),
]


def make_handoff(servers: Servers, label: str) -> str:
    """Hold the HANDOFF conversation as `label`; returns the handoff's reference."""
    for message, kind in HANDOFF:
        replies = servers.say(label, message)
        if kind:
            assert kind in kinds(replies), (message, replies)
    return next(r["custom"]["reference"] for r in replies if kinds([r]) == ["handoff_created"])


class SocketChat:
    """One browser tab's socket.io connection: a session id and the events it receives."""

    def __init__(self, servers: Servers, session_id: str | None = None) -> None:
        self.events: "queue.Queue[tuple[str, Any]]" = queue.Queue()
        self.client = socketio.Client(reconnection=False)
        self.client.on("session_confirm", lambda data: self.events.put(("confirm", data)))
        self.client.on("bot_uttered", lambda data: self.events.put(("bot", data)))
        self.client.on("disconnect", lambda *args: self.events.put(("gone", None)))
        self.client.connect(servers.rasa, socketio_path="/socket.io/", wait_timeout=30)
        self.client.emit("session_request", {"session_id": session_id})
        kind, data = self.events.get(timeout=30)
        assert kind == "confirm"
        self.session_id: str = data

    def send(self, text: str, session_id: str | None = None, metadata: dict[str, Any] | None = None) -> None:
        self.client.emit(
            "user_uttered",
            {"message": text, "session_id": session_id or self.session_id, "metadata": metadata or {}},
        )

    def next(self, timeout: float = 60) -> tuple[str, Any]:
        return self.events.get(timeout=timeout)

    def say(self, text: str, until: str | None = None) -> list[dict[str, Any]]:
        """Send a message; collect replies until one carries the payload kind `until` (or the
        first reply and a short quiet spell after it)."""
        self.send(text, metadata={"lio": "test-lio"})
        replies: list[dict[str, Any]] = []
        timeout: float = REPLY_S
        while True:
            try:
                kind, data = self.events.get(timeout=timeout)
            except queue.Empty:
                if replies and until is None:
                    return replies
                raise AssertionError(f"no reply of kind {until!r} to {text!r}; got {replies}") from None
            assert kind == "bot", (kind, data)
            replies.append(data)
            if until and (data.get("custom") or {}).get("kind") == until:
                return replies
            timeout = 2 if until is None else REPLY_S

    def close(self) -> None:
        """Leave as a closing tab does: engine.io's close packet, without waiting for the long-poll
        request in flight to come back (up to the server's 25 s ping interval), which a plain
        `disconnect()` joins; it cost two socket.io tests about 30 s each."""
        if self.client.connected:
            self.client.eio.disconnect(abort=True)
