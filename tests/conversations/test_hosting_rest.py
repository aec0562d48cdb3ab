"""The hosting LIO over REST with the real servers (issue 15): a chat on an LIO's website (the
widget's `data-lio`, sent as message metadata) goes to that LIO when the person gives no place or
a place in its area, and offers a choice when their place is another LIO's. Also the caveat for an
LIO the directory marks unconfirmed (issue 16).

Voluntary Action Leeds (confirmed, Leeds) hosts; Voluntary Action Sheffield (marked unconfirmed
in knowledge/lios.yml) covers Sheffield.
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

import pytest

from bot.tooling.local_servers import conversation_id
from tests.conftest import Servers

pytestmark = pytest.mark.slow

LEEDS = "voluntary-action-leeds"
SHEFFIELD = "voluntary-action-sheffield"
ON_LEEDS_SITE = {"lio": LEEDS}


def kinds(replies: list[dict[str, Any]]) -> list[str]:
    return [r["custom"]["kind"] for r in replies if "custom" in r]


def payload(replies: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(r["custom"] for r in replies if r.get("custom", {}).get("kind") == kind)


def message(replies: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(r for r in replies if r.get("custom", {}).get("kind") == kind)


def start(servers: Servers, metadata: dict[str, Any] | None) -> tuple[str, list[dict[str, Any]]]:
    me = f"host-{uuid.uuid4().hex[:8]}"
    replies = servers.say(me, "can I talk to a person please", metadata)
    assert kinds(replies)[-1] == "ask_location", replies
    return me, replies


def steps(servers: Servers, sender: str) -> list[tuple[str, str | None, str | None]]:
    with sqlite3.connect(servers.data_dir / "assistant.db") as conn:
        return conn.execute(
            "SELECT step, lio_id, site_lio_id FROM handoff_steps WHERE sender_id = ? ORDER BY id", (conversation_id(sender),)
        ).fetchall()


def test_on_an_lios_website_the_question_offers_that_lio(servers: Servers) -> None:
    me, replies = start(servers, ON_LEEDS_SITE)
    ask = message(replies, "ask_location")
    assert ask["custom"]["host"] == LEEDS
    assert "postcode or town" in ask["text"] and "Voluntary Action Leeds" in ask["text"]
    assert ask["buttons"] == [{"title": "Talk to Voluntary Action Leeds", "payload": f'/choose_lio{{"lio_choice":"{LEEDS}"}}'}]
    chosen = servers.say(me, ask["buttons"][0]["payload"], ON_LEEDS_SITE)
    lio = payload(chosen, "lio")
    assert (lio["lio"], lio["chosen"], lio["unconfirmed"]) == (LEEDS, True, False)
    assert "Voluntary Action Leeds" in message(chosen, "consent")["text"]
    assert steps(servers, me) == [("routed", LEEDS, LEEDS)]


def test_a_place_in_the_hosts_area_goes_to_the_host_without_a_choice(servers: Servers) -> None:
    me, _ = start(servers, ON_LEEDS_SITE)
    replies = servers.say(me, "LS6 2AB", ON_LEEDS_SITE)
    assert kinds(replies) == ["lio", "consent"]
    assert payload(replies, "lio")["lio"] == LEEDS


def test_a_place_that_is_another_lios_offers_both_and_the_button_picks_one(servers: Servers) -> None:
    me, _ = start(servers, ON_LEEDS_SITE)
    replies = servers.say(me, "we're in Sheffield, S1 2HE", ON_LEEDS_SITE)
    assert kinds(replies) == ["ask_location"], replies
    choice = message(replies, "ask_location")
    assert choice["custom"]["reason"] == "choose_lio" and choice["custom"]["options"] == [SHEFFIELD, LEEDS]
    assert "Voluntary Action Sheffield is the local support organisation for where you are" in choice["text"]
    assert [b["title"] for b in choice["buttons"]] == ["Voluntary Action Sheffield", "Voluntary Action Leeds"]
    picked = servers.say(me, choice["buttons"][0]["payload"], ON_LEEDS_SITE)
    lio = payload(picked, "lio")
    assert (lio["lio"], lio["unconfirmed"]) == (SHEFFIELD, True)
    # Sheffield's entry rests on old evidence: said plainly, with NAVCA's list as well.
    text = message(picked, "lio")["text"]
    assert "details may be out of date" in text and "NAVCA" in text
    assert "Voluntary Action Sheffield" in message(picked, "consent")["text"]
    assert steps(servers, me) == [("routed", SHEFFIELD, LEEDS)]


@pytest.mark.parametrize("typed", ["Voluntary Action Leeds please", "the second one", "the one on this website"])
def test_the_choice_can_be_typed(servers: Servers, typed: str) -> None:
    me, _ = start(servers, ON_LEEDS_SITE)
    assert kinds(servers.say(me, "S1 2HE", ON_LEEDS_SITE)) == ["ask_location"]
    replies = servers.say(me, typed, ON_LEEDS_SITE)
    assert payload(replies, "lio")["lio"] == LEEDS, replies
    assert kinds(replies)[-1] == "consent"


def test_a_choice_that_was_never_offered_is_not_taken(servers: Servers) -> None:
    """Anyone can send a button's payload: an LIO that was not offered is not routed to."""
    me, _ = start(servers, ON_LEEDS_SITE)
    replies = servers.say(me, f'/choose_lio{{"lio_choice":"{SHEFFIELD}"}}', ON_LEEDS_SITE)
    assert "lio" not in kinds(replies) and kinds(replies)[-1] == "ask_location"
    assert steps(servers, me) == []


@pytest.mark.parametrize("metadata", [None, {}, {"lio": "not-a-listed-lio"}, {"lio": "Leeds CVS <b>"}, {"lio": ["x"]}])
def test_without_a_known_host_the_form_asks_for_a_place_only(servers: Servers, metadata: dict[str, Any] | None) -> None:
    me, replies = start(servers, metadata)
    ask = message(replies, "ask_location")
    assert not ask.get("buttons") and "host" not in ask["custom"]
    # A Sheffield place goes to Sheffield, with the caveat, and no choice to make.
    routed = servers.say(me, "S1 2HE", metadata)
    assert kinds(routed) == ["lio", "consent"]
    lio = payload(routed, "lio")
    assert (lio["lio"], lio["covers"], lio["unconfirmed"]) == (SHEFFIELD, True, True)
