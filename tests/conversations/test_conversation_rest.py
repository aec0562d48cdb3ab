"""A short conversation with the real Rasa server and action server over the REST channel."""

from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.tooling.local_servers import conversation_id
from tests.conftest import Servers

pytestmark = pytest.mark.slow


def test_greeting_explains_scope_and_links_privacy_notice(servers: Servers) -> None:
    replies = servers.say("greet-user", "hello")
    text = " ".join(r.get("text", "") for r in replies)
    assert "community groups" in text
    assert "999" in text
    assert f"{servers.web}/privacy" in text or "/privacy" in text
    with urllib.request.urlopen(f"{servers.web}/privacy") as resp:
        page = resp.read().decode()
    assert "How long we keep it" in page and "180 days" in page


def test_question_answered_with_sources_and_payload(servers: Servers) -> None:
    servers.say("question-user", "hi")
    replies = servers.say("question-user", "how do we claim gift aid on donations")
    payloads = [r["custom"] for r in replies if "custom" in r]
    assert payloads, replies
    first = payloads[0]
    assert first["kind"] == "answer", first
    assert first["article"].startswith("funding.gift_aid")
    assert first["sources"] and first["sources"][0]["url"].startswith("http")
    text = next(r["text"] for r in replies if r.get("custom") is first)
    assert "Last reviewed" in text


def test_tell_me_more_by_button_and_typed(servers: Servers) -> None:
    replies = servers.say("more-user", "how much mileage can we pay our volunteer drivers")
    answer = next(r for r in replies if (r.get("custom") or {}).get("kind") == "answer")
    button = next(b for b in answer["buttons"] if b["title"] == "Tell me more")
    pressed = servers.say("more-user", button["payload"])
    assert pressed[0]["custom"] == {
        "kind": "more_detail",
        "article": answer["custom"]["article"],
        "title": answer["custom"]["title"],
    }
    assert "Next steps:" in pressed[0]["text"]
    servers.say("typed-more", "how do we claim gift aid on donations")
    typed = servers.say("typed-more", "tell me more please")
    assert typed[0]["custom"]["kind"] == "more_detail" and typed[0]["custom"]["article"] == "funding.gift_aid", typed
    assert "Next steps:" in typed[0]["text"] and "4 weeks" in typed[0]["text"]
    thanks = servers.say("question-user", "thanks!")
    assert "welcome" in thanks[0]["text"].lower()


def test_bot_challenge_and_goodbye(servers: Servers) -> None:
    assert "automated" in servers.say("challenge-user", "are you a real person?")[0]["text"]
    assert "goodbye" in servers.say("challenge-user", "bye")[0]["text"].lower()


def test_conversation_is_kept_in_the_sql_tracker_store(servers: Servers) -> None:
    servers.say("stored-user", "hello")
    db = servers.data_dir / "assistant.db"
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT count(*) FROM events WHERE sender_id = ?", (conversation_id("stored-user"),)).fetchone()[0]
    assert rows > 0


def test_bad_request_gets_a_clear_message(servers: Servers) -> None:
    req = urllib.request.Request(
        f"{servers.rasa}/webhooks/rest/webhook",
        data=b'{"message": "hi"}',
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req)
    assert err.value.code == 400
    assert "sender" in json.loads(err.value.read())["error"]


def test_rasa_http_api_is_off(servers: Servers) -> None:
    """Only the channels are open: the conversations API must not answer."""
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{servers.rasa}/conversations/stored-user/tracker")
    assert err.value.code in (403, 404)


def test_typed_choice_after_a_clarification(servers: Servers) -> None:
    """People often type "the second one" rather than press a button; it picks that option."""
    vague = [
        "what do we need to know about money",
        "what do we need to do each year",
        "events",
        "getting money for our group",
        "money",
    ]
    for i, question in enumerate(vague):
        sender = f"typed-choice-{i}"
        clarify = [r["custom"] for r in servers.say(sender, question) if r.get("custom", {}).get("kind") == "clarify"]
        if clarify:
            break
    else:
        pytest.fail("none of the short questions got a clarification any more")
    options = clarify[0]["options"]
    replies = servers.say(sender, "the second one please")
    answers = [r["custom"] for r in replies if r.get("custom", {}).get("kind") == "answer"]
    assert answers and answers[0]["article"] == options[1], replies


def test_the_action_server_runs_without_tensorflow(servers: Servers) -> None:
    """bot.action_server keeps TensorFlow out of the action server (it needs none; spaCy's thinc
    would load it): no TensorFlow library is mapped into that process."""
    port = servers.actions.rsplit(":", 1)[1].encode()
    pids = [
        p
        for p in Path("/proc").iterdir()
        if p.name.isdigit() and b"bot.action_server" in _read(p / "cmdline") and port in _read(p / "cmdline")
    ]
    assert len(pids) == 1
    servers.say("action-server-check", "how do we claim gift aid on donations")  # actions have run
    maps = _read(pids[0] / "maps")
    assert b"libpython" in maps or b"python3" in maps  # read the real process, not an empty file
    assert b"tensorflow" not in maps


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""
