"""The load driver: its arithmetic and guards, and a real (small) load on the real servers whose
database must come out clean. The 200-person run lives in `make bench` (`--only speed`)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from bot.tooling import load
from bot.tooling.load import LoadResult, Step, TurnTime
from tests.conftest import Servers


def test_percentile_is_the_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert load.percentile(values, 0.5) == 50.0
    assert load.percentile(values, 0.95) == 95.0
    assert load.percentile([3.0], 0.95) == 3.0
    assert load.percentile([], 0.5) == 0.0


@pytest.mark.parametrize("url", ["http://example.org:5005", "http://10.0.0.5:5005", "https://rasa.io"])
def test_the_driver_refuses_anything_but_this_machine(url: str) -> None:
    with pytest.raises(ValueError, match="only talks to this machine"):
        load.run_load(url, 1, [Step("hi")])


def test_only_conversations_that_reached_their_end_are_checked() -> None:
    result = LoadResult(users=3, senders=["a", "b", "c"])
    result.turns = [TurnTime(0, 0, 0.1), TurnTime(0, 1, 0.1), TurnTime(1, 0, 0.1), TurnTime(2, 0, 0.1), TurnTime(2, 1, 0.1)]
    assert load._finished_senders(result, [Step("x"), Step("y")]) == [(0, "a"), (2, "c")]


SCRIPT = ["hello", "our treasurer took money", "/affirm", "LS6 2AB"]


@pytest.mark.parametrize(
    ("stored", "tries", "clean"),
    [
        (SCRIPT, {}, True),
        (SCRIPT[:3], {}, False),  # one lost
        (SCRIPT[:2] + ["/affirm", "/affirm"] + SCRIPT[3:], {}, False),  # doubled, though it succeeded at once
        (SCRIPT[:2] + ["/affirm", "/affirm"] + SCRIPT[3:], {2: 2}, True),  # sent again after a failure: both kept
        (SCRIPT, {2: 2}, True),  # the failed try was never taken
        (SCRIPT[:2] + ["/affirm"] * 3 + SCRIPT[3:], {2: 2}, False),  # more copies than tries
        ([SCRIPT[1], SCRIPT[0], *SCRIPT[2:]], {}, False),  # out of order
        (SCRIPT + ["someone else's"], {}, False),
    ],
)
def test_a_message_is_stored_once_or_once_per_try_when_it_was_sent_again(
    stored: list[str], tries: dict[int, int], clean: bool
) -> None:
    assert load.stored_as_sent(stored, SCRIPT, tries) is clean


def test_a_person_sends_again_after_a_server_error_or_an_apology_but_not_after_a_refusal() -> None:
    import aiohttp

    apology = [{"text": "Sorry, I can't look that up just now.", "custom": {"kind": "error", "reason": "unavailable"}}]
    assert load.failed_turn(load.HttpError(502, "Bad Gateway"), []) == "HttpError: HTTP 502: Bad Gateway"
    assert load.failed_turn(aiohttp.ServerDisconnectedError(), []) is not None
    assert "apology" in str(load.failed_turn(None, apology))
    assert load.failed_turn(load.HttpError(429, "too fast"), []) is None
    assert load.failed_turn(None, [{"text": "hi", "custom": {"kind": "answer"}}]) is None


@pytest.mark.slow
def test_twenty_people_at_once_each_reach_a_stored_handoff_and_nothing_is_lost_or_doubled(servers: Servers) -> None:
    result = load.run_load(servers.rasa, 20, load.HANDOFF_CONVERSATION, "load-test", deadline=600, stagger=2.0)
    assert result.errors == []
    assert len(result.turns) == 20 * len(load.HANDOFF_CONVERSATION)
    integrity = load.check_integrity(f"sqlite:///{servers.data_dir / 'assistant.db'}", result, load.HANDOFF_CONVERSATION)
    assert integrity.conversations == 20 and integrity.clean, integrity.line()
    # The check itself can fail: a conversation's events changed behind its back is caught.
    victim = result.senders[0]
    with sqlite3.connect(servers.data_dir / "assistant.db") as conn:
        row = conn.execute(
            "SELECT id, data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (victim,)
        ).fetchone()
        data = json.loads(row[1])
        data["text"] = "someone else's message"
        conn.execute("UPDATE events SET data = ? WHERE id = ?", (json.dumps(data), row[0]))
    broken = load.check_integrity(f"sqlite:///{servers.data_dir / 'assistant.db'}", result, load.HANDOFF_CONVERSATION)
    assert [line.split(":")[0] for line in broken.out_of_order_or_foreign] == [victim]
