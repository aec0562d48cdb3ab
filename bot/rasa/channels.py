"""Rasa input channels: the only open doors of the Rasa server, so they guard it.

- **Whole messages**: Rasa's stock channels split one message into several (the text at every
  blank line, then the custom payload on its own), so a client could not tell which payload
  belongs to which text. These keep a message in one piece, at the same URLs as the stock ones
  (/webhooks/rest/webhook and the socket.io path).
- **Size**: a message longer than MAX_MESSAGE_CHARS is refused before the NLU sees it (the NLU's
  memory grows with the square of a message's length); socket.io packets are capped too.
- **Conversation ids**: a conversation id is the only thing that ties a browser to its
  conversation, so it must be unguessable: 22 to 64 letters, digits, "-" or "_" (the widget makes
  128 random bits); anything else is refused. On socket.io a connection may only speak in the
  conversation it was given.
- **Rate**: per conversation and per client address (bot/rasa/rate_limit.py).
Nothing the person typed is written to the log.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import math
import re
import secrets
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings
from bot.rasa.rate_limit import RateLimiter
from bot.vocabulary import PayloadKind

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = settings.current().max_message_chars
MAX_BODY_BYTES = 4 * MAX_MESSAGE_CHARS + 1024  # UTF-8 and JSON escaping, never megabytes
CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{22,64}")
CONVERSATION_ID_RULE = "a random id of 22 to 64 letters, digits, '-' or '_' (for example 32 hex characters)"
TOO_FAST = "You're sending messages very quickly. Please wait a few seconds, then try again."
# When handling a message failed (a store behind the Rasa server is unreachable, say): the person
# is told, never left without a reply, and a client knows it may send the message again.
FAILED = "Sorry, something went wrong on our side. Please try again in a minute. In an emergency, call 999."
TOO_LONG = f"Sorry, that message is too long for me (at most {MAX_MESSAGE_CHARS:,} characters). Could you say it in a few lines?"


def new_conversation_id() -> str:
    """128 random bits, as 32 hex characters."""
    return secrets.token_hex(16)


def valid_conversation_id(value: Any) -> bool:
    return isinstance(value, str) and CONVERSATION_ID.fullmatch(value) is not None


class Limits:
    """The per-conversation and per-address buckets one channel shares across its requests."""

    def __init__(self) -> None:
        self.conversations = RateLimiter(settings.current().rate_limit_per_minute, settings.current().rate_limit_burst)
        self.addresses = RateLimiter(settings.current().rate_limit_ip_per_minute, settings.current().rate_limit_ip_burst)

    def wait(self, conversation: str, address: str | None) -> float:
        """Seconds to wait before this message may go ahead (0: it may)."""
        if address and address not in settings.current().rate_limit_exempt:
            by_address = self.addresses.allow(address)
            if by_address:
                return by_address
        return self.conversations.allow(conversation)


def client_address(forwarded: str | None, direct: str | None) -> str | None:
    """The client's address: the direct peer, or behind a trusted proxy the first forwarded one."""
    if settings.current().trust_proxy and forwarded:
        return forwarded.split(",")[0].strip() or direct
    return direct


def whole_message(recipient_id: Text, message: Dict[Text, Any]) -> Dict[Text, Any]:
    """One outgoing message with every part Rasa produced for it."""
    out: Dict[Text, Any] = {"recipient_id": recipient_id}
    for key in ("text", "buttons", "quick_replies", "image", "attachment", "custom", "elements"):
        if message.get(key):
            out[key] = message[key]
    return out


async def erase_if_asked(sender_id: Text, kinds: list[Text]) -> None:
    """After a turn that confirmed "delete my conversation" (Rasa has saved it by now), delete
    Rasa's events for the conversation too (bot.records.erasure explains why only here)."""
    from bot.records.erasure import erase_tracker_events

    if PayloadKind.CONVERSATION_DELETED in kinds:
        await asyncio.get_running_loop().run_in_executor(None, erase_tracker_events, sender_id)


def payload_kinds(messages: list[Dict[Text, Any]]) -> list[Text]:
    """The payload kind of each bot message ("" for one without), in order."""
    return [str((m.get("custom") or {}).get("kind", "")) for m in messages if isinstance(m, dict)]


def _error(message: str, status: int) -> HTTPResponse:
    return response.json({"error": message}, status=status)


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
        limits = Limits()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if len(request.body or b"") > MAX_BODY_BYTES:
                return _error(f"'message' is too long (at most {MAX_MESSAGE_CHARS} characters).", 413)
            try:
                body = json.loads(request.body or b"{}")
            except ValueError:
                return _error("The request body must be JSON.", 400)
            if not isinstance(body, dict):
                return _error("The request body must be a JSON object.", 400)
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not sender.strip():
                return _error("'sender' (a conversation id) is required.", 400)
            if not valid_conversation_id(sender):
                return _error(f"'sender' must be {CONVERSATION_ID_RULE}.", 400)
            if not isinstance(text, str):
                return _error("'message' (the text typed) is required.", 400)
            if len(text) > MAX_MESSAGE_CHARS:
                return _error(f"'message' is too long (at most {MAX_MESSAGE_CHARS} characters).", 413)
            wait = limits.wait(sender, client_address(request.headers.get("x-forwarded-for"), request.remote_addr or request.ip))
            if wait:
                return response.json({"error": TOO_FAST}, status=429, headers={"Retry-After": str(math.ceil(wait))})
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
            except Exception:  # the person still gets an answer; the log gets the error, never their words
                logger.exception("Failed to handle a REST message (%s characters)", len(text))
                return response.json(
                    [{"recipient_id": sender, "text": FAILED, "custom": {"kind": PayloadKind.ERROR}}], status=500
                )
            await erase_if_asked(sender, payload_kinds(collector.messages))
            return response.json(collector.messages)

        return webhook


class SocketIOWholeMessageOutput(SocketIOOutput):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent: list[Dict[Text, Any]] = []

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        whole = whole_message(recipient_id, message)
        self.sent.append(whole)
        await self._send_message(recipient_id, whole)


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
        # Rasa's blueprint makes the socket.io server; the handlers below replace its connect,
        # disconnect, session_request and user_uttered handlers with guarded ones.
        webhook: Blueprint = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None

        # No socket.io packet bigger than a long message: the transport drops the connection
        # before the text is decoded, let alone parsed (the default allows a megabyte).
        sio.eio.max_http_buffer_size = MAX_BODY_BYTES
        limits = Limits()
        conversations: Dict[Text, Text] = {}  # socket id -> the conversation it was given
        addresses: Dict[Text, Optional[Text]] = {}

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: Text, environ: Dict[str, Any], auth: Optional[Dict[str, Any]] = None) -> bool:
            # A browser on a site that is not one of ours may not open the chat (browsers do not
            # apply CORS to websockets, so the Origin is checked here; other clients send none).
            origin = environ.get("HTTP_ORIGIN") if isinstance(environ, dict) else None
            if (
                origin
                and "*" not in settings.current().cors_origins
                and origin.rstrip("/") not in settings.current().cors_origins
            ):
                return False
            addresses[sid] = client_address(
                (environ.get("HTTP_X_FORWARDED_FOR") if isinstance(environ, dict) else None),
                (environ.get("REMOTE_ADDR") if isinstance(environ, dict) else None),
            )
            return True

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: Text) -> None:
            conversations.pop(sid, None)
            addresses.pop(sid, None)

        # Rasa 3.6 calls `sio.enter_room(...)` without `await`; python-socketio >= 5.10 made it a
        # coroutine, so the browser never joined its session's room and never got a reply
        # (RasaHQ/rasa#13027). This handler replaces Rasa's and works with either kind. A
        # requested id that is not a valid one is replaced by a new one (the widget keeps what it
        # is given), so a client can never name a short, guessable conversation.
        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict[str, Any]]) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = requested if isinstance(requested, str) and valid_conversation_id(requested) else new_conversation_id()
            conversations[sid] = session_id
            if self.session_persistence:
                joined = sio.enter_room(sid, session_id, namespace=self.namespace)
                if inspect.isawaitable(joined):
                    await joined
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        async def tell(sid: Text, text: Text, kind: Text) -> None:
            await sio.emit(self.bot_message_evt, {"text": text, "custom": {"kind": kind}}, room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
                return
            session_id = data.get("session_id")
            if not isinstance(session_id, str) or not valid_conversation_id(session_id) or conversations.get(sid) != session_id:
                await tell(sid, "Sorry, this chat has lost its place. Please reload the page to start again.", PayloadKind.ERROR)
                return
            text = data.get("message")
            if not isinstance(text, str):
                return
            if len(text) > MAX_MESSAGE_CHARS:
                await tell(sid, TOO_LONG, PayloadKind.ERROR)
                return
            if limits.wait(session_id, addresses.get(sid)):
                await tell(sid, TOO_FAST, PayloadKind.ERROR)
                return
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            output = SocketIOWholeMessageOutput(sio, self.bot_message_evt)
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        output,
                        session_id,
                        input_channel=self.name(),
                        metadata=metadata if isinstance(metadata, dict) else {},
                    )
                )
                await erase_if_asked(session_id, payload_kinds(output.sent))
            except Exception:  # the log gets the error, never the person's words
                logger.exception("Failed to handle a socket.io message (%s characters)", len(text))
                await tell(sid, FAILED, PayloadKind.ERROR)

        return webhook
