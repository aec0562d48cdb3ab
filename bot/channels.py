"""Rasa input channels that deliver each bot message whole: text, buttons and custom payload together.

Rasa's stock channels split one message into several (the text at every blank line, then the
custom payload on its own), so a client could not tell which payload belongs to which text. The
widget and the evaluation read the outcome (answer, clarify, fallback...) from the message that
carries it, so these channels keep a message in one piece. They answer at the same URLs as the
stock ones (/webhooks/rest/webhook and the socket.io path).
"""
from __future__ import annotations

import copy
import inspect
import json
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000


def whole_message(recipient_id: Text, message: Dict[Text, Any]) -> Dict[Text, Any]:
    """One outgoing message with every part Rasa produced for it."""
    out: Dict[Text, Any] = {"recipient_id": recipient_id}
    for key in ("text", "buttons", "quick_replies", "image", "attachment", "custom", "elements"):
        if message.get(key):
            out[key] = message[key]
    return out


class WholeMessageCollector(CollectingOutputChannel):
    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        await self._persist_message(whole_message(recipient_id, message))


class RestWholeMessages(RestInput):
    """REST channel (POST {"sender": ..., "message": ...}) answering with whole messages."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = Blueprint("rest_whole_messages", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = json.loads(request.body or b"{}")
            except ValueError:
                return response.json({"error": "The request body must be JSON."}, status=400)
            if not isinstance(body, dict):
                return response.json({"error": "The request body must be a JSON object."}, status=400)
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not sender.strip():
                return response.json({"error": "'sender' (a conversation id) is required."}, status=400)
            if not isinstance(text, str):
                return response.json({"error": "'message' (the text typed) is required."}, status=400)
            if len(text) > MAX_MESSAGE_CHARS:
                return response.json(
                    {"error": f"'message' is too long (at most {MAX_MESSAGE_CHARS} characters)."},
                    status=413,
                )
            collector = WholeMessageCollector()
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        sender,
                        input_channel=self.name(),
                        metadata=self.get_metadata(request),
                    )
                )
            except Exception:  # the person still gets an answer, the log gets the details
                logger.exception("Failed to handle message from %s: %r", sender, copy.deepcopy(text))
                return response.json(
                    [{"recipient_id": sender, "text": "Sorry, something went wrong on our side. Please try again."}],
                    status=500,
                )
            return response.json(collector.messages)

        return webhook


class SocketIOWholeMessageOutput(SocketIOOutput):
    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        await self._send_message(recipient_id, whole_message(recipient_id, message))


class SocketIOWholeMessages(SocketIOInput):
    """socket.io channel whose bot_uttered events each carry one whole message."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def get_output_channel(self) -> Optional[SocketIOOutput]:
        if self.sio is None:
            return None
        return SocketIOWholeMessageOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # SocketIOInput's handler builds a SocketIOOutput by its module-level name for every user
        # message; point that name at ours so each emitted event is a whole message.
        import rasa.core.channels.socketio as socketio_module

        socketio_module.SocketIOOutput = SocketIOWholeMessageOutput  # type: ignore[misc]
        webhook = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None

        # Rasa 3.6 calls `sio.enter_room(...)` without `await`; python-socketio >= 5.10 made it a
        # coroutine, so the browser never joined its session's room and never got a reply
        # (RasaHQ/rasa#13027). This handler replaces Rasa's and works with either kind.
        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = requested if isinstance(requested, str) and requested.strip() else uuid.uuid4().hex
            if self.session_persistence:
                joined = sio.enter_room(sid, session_id, namespace=self.namespace)
                if inspect.isawaitable(joined):
                    await joined
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        return webhook
