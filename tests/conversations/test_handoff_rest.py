"""The handoff over REST with the real servers: from a complex question to a stored record."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from typing import Any

import pytest

from bot.tooling.local_servers import conversation_id
from tests.conftest import Servers

pytestmark = pytest.mark.slow


def kinds(replies: list[dict[str, Any]]) -> list[str]:
    return [r["custom"]["kind"] for r in replies if "custom" in r]


def payload(replies: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(r["custom"] for r in replies if r.get("custom", {}).get("kind") == kind)


def steps(servers: Servers, sender: str) -> list[tuple[str, str | None, str | None]]:
    """The handoff steps recorded for the dashboard (issue 15): ids only, never words."""
    with sqlite3.connect(servers.data_dir / "assistant.db") as conn:
        return conn.execute(
            "SELECT step, lio_id, site_lio_id FROM handoff_steps WHERE sender_id = ? ORDER BY id", (conversation_id(sender),)
        ).fetchall()


def handoff_rows(servers: Servers, sender: str) -> list[sqlite3.Row]:
    with sqlite3.connect(servers.data_dir / "assistant.db") as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM handoffs WHERE sender_id = ?", (conversation_id(sender),)).fetchall()


def test_complex_case_to_stored_handoff_with_transcript(servers: Servers) -> None:
    me = f"handoff-{uuid.uuid4().hex[:6]}"
    first = servers.say(me, "our treasurer has been taking money from the group account for months")
    assert kinds(first) == ["handoff_offer"]
    ask = servers.say(me, "/affirm")
    assert kinds(ask) == ["ask_location"]
    lio_and_consent = servers.say(me, "our postcode is LS6 2AB")
    lio = payload(lio_and_consent, "lio")
    assert (lio["lio"], lio["la_code"], lio["covers"]) == ("voluntary-action-leeds", "E08000035", True)
    assert lio["distance_km"] is not None
    consent = payload(lio_and_consent, "consent")
    assert consent["version"] and "Voluntary Action Leeds" in lio_and_consent[-1]["text"]
    contact_q = servers.say(me, "/affirm")
    assert "email address" in contact_q[0]["text"]
    bad = servers.say(me, "call me maybe")
    assert "doesn't look like an email address" in bad[0]["text"]
    method_q = servers.say(me, "07700 900123")
    assert "prefer" in method_q[0]["text"]
    summary_q = servers.say(me, '/choose_method{"contact_method":"text"}')
    assert "what would you like help with" in summary_q[0]["text"]
    done = servers.say(me, "money has gone missing and the treasurer won't show us the statements")
    created = payload(done, "handoff_created")
    assert re.fullmatch(r"HO-[A-Z0-9]{6}", created["reference"]) and created["reference"] in done[0]["text"]

    [row] = handoff_rows(servers, me)
    assert row["reference"] == created["reference"] and row["lio_id"] == "voluntary-action-leeds"
    assert (row["contact_phone"], row["contact_method"]) == ("07700900123", "text")
    transcript = json.loads(row["transcript"])
    assert transcript[0]["role"] == "user" and "treasurer" in transcript[0]["text"]
    assert any(t["role"] == "bot" and "Voluntary Action Leeds" in t["text"] for t in transcript)
    assert all(re.match(r"\d{4}-\d\d-\d\dT", t["at"]) for t in transcript)
    assert "case:fraud_theft" in json.loads(row["topics"])
    assert row["summary"].startswith("money has gone missing")
    # REST sends no website LIO: the steps name the LIO the form found, for its dashboard.
    assert steps(servers, me) == [("routed", "voluntary-action-leeds", None), ("consented", "voluntary-action-leeds", None)]


def test_without_consent_nothing_is_stored(servers: Servers) -> None:
    me = f"noconsent-{uuid.uuid4().hex[:6]}"
    servers.say(me, "can you put me in touch with my local cvs")
    replies = servers.say(me, "Kendal")
    assert payload(replies, "lio")["la_code"] == "E06000064"
    end = servers.say(me, "/deny")
    assert "nothing from this conversation has been shared" in end[0]["text"]
    assert handoff_rows(servers, me) == []
    # Their LIO was found and they said no: counted on that LIO's dashboard as offered, not handed off.
    [(step, lio, site)] = steps(servers, me)
    assert (step, site) == ("routed", None) and lio == payload(replies, "lio")["lio"]


def test_question_in_the_middle_of_the_form_is_answered_then_the_form_resumes(servers: Servers) -> None:
    me = f"midform-{uuid.uuid4().hex[:6]}"
    assert kinds(servers.say(me, "i want to talk to someone")) == ["ask_location"]
    replies = servers.say(me, "before that, how do we claim gift aid on donations?")
    assert kinds(replies)[0] in ("answer", "clarify")
    assert kinds(replies)[-1] == "ask_location"  # and it asks again
    assert payload(servers.say(me, "S1 2HE"), "lio")["lio"] == "voluntary-action-sheffield"


def test_stop_ends_the_form_cleanly(servers: Servers) -> None:
    me = f"stop-{uuid.uuid4().hex[:6]}"
    servers.say(me, "i want to talk to someone")
    servers.say(me, "LS6 2AB")
    stopped = servers.say(me, "cancel")
    assert "stopped" in stopped[0]["text"] and "Nothing has been shared" in stopped[0]["text"]
    assert handoff_rows(servers, me) == []
    after = servers.say(me, "how do we register as a charity")
    assert kinds(after)[0] in ("answer", "clarify")


def test_outside_england_points_to_the_national_body(servers: Servers) -> None:
    me = f"wales-{uuid.uuid4().hex[:6]}"
    servers.say(me, "i want to talk to someone")
    replies = servers.say(me, "CF10 1AA")
    nation = payload(replies, "lio")
    assert nation["nation"] == "wales" and "WCVA" in nation["name"]
    assert handoff_rows(servers, me) == []


def test_nonsense_location_asks_again_with_an_example(servers: Servers) -> None:
    me = f"nonsense-{uuid.uuid4().hex[:6]}"
    servers.say(me, "i want to talk to someone")
    replies = servers.say(me, "we are based in narnia")
    assert payload(replies, "ask_location")["reason"] == "not_understood"
    assert "LS6 2AB" in replies[0]["text"]


def test_a_question_that_looks_like_a_place_does_not_fill_the_location(servers: Servers) -> None:
    """ "P60" looks like a postcode district: before the fix it filled the location, so the handoff
    that followed opened with "Sorry, I couldn't work out where that is" before anyone asked."""
    me = f"p60-{uuid.uuid4().hex[:6]}"
    servers.say(me, "our paid worker needs a P60")
    replies = servers.say(me, "i want to talk to someone")
    assert kinds(replies) == ["ask_location"]
    assert not any("couldn't work out where" in r.get("text", "") for r in replies)
    assert payload(servers.say(me, "LS6 2AB"), "lio")["lio"] == "voluntary-action-leeds"


def test_a_place_as_the_first_message_still_finds_the_lio(servers: Servers) -> None:
    """A place with no form running goes through action_place_or_question, which hands it to the form."""
    me = f"place-{uuid.uuid4().hex[:6]}"
    replies = servers.say(me, "we're a small group based in Leeds")
    assert payload(replies, "lio")["lio"] == "voluntary-action-leeds", replies


def test_contact_details_with_no_form_running_go_to_the_answerer(servers: Servers) -> None:
    """Contact details mean something only while the form asks for them: with none running the
    answerer replies (here its honest fallback), never Rasa's "Sorry, I didn't catch that"."""
    me = f"contact-{uuid.uuid4().hex[:6]}"
    for text in ("07700 900123", "sam.taylor@example.org"):
        replies = servers.say(me, text)
        assert kinds(replies)[:1] in (["fallback"], ["handoff_offer"]), (text, replies)
        assert not any("didn't catch that" in r.get("text", "") for r in replies), (text, replies)


def test_an_email_typed_at_the_contact_method_question_is_the_choice_and_the_detail(servers: Servers) -> None:
    me = f"method-{uuid.uuid4().hex[:6]}"
    servers.say(me, "can you put me in touch with my local cvs")
    servers.say(me, "LS6 2AB")
    servers.say(me, "/affirm")
    method_q = servers.say(me, "07700 900123")
    assert "prefer" in method_q[0]["text"]
    summary_q = servers.say(me, "actually email me at sam.taylor@example.org")
    assert "Please choose" not in summary_q[0]["text"] and "what would you like help with" in summary_q[0]["text"]
    servers.say(me, "our chair and treasurer have fallen out over the accounts")
    [row] = handoff_rows(servers, me)
    assert (row["contact_method"], row["contact_email"]) == ("email", "sam.taylor@example.org")
