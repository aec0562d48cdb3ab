""" "Did this help?" over REST with the real Rasa model and action server: the two buttons under an
answer, a yes thanked, a no met with the offer of the local LIO (and its finder), typed feedback,
feedback words with no answer before (the normal flow), and a crisis inside a feedback reply
(signposted first: tests/conversations/test_crisis_rest.py). What is stored is read back from the database the servers use."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bot.tooling.local_servers import conversation_id
from tests.conftest import Servers

pytestmark = pytest.mark.slow

HOST = "voluntary-action-leeds"  # the demo page's LIO, in the curated directory loaded at start


def say(servers: Servers, sender: str, message: str, metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return servers.say(sender, message, metadata)


def ratings(servers: Servers) -> list[tuple[str, int, str | None]]:
    with sqlite3.connect(servers.data_dir / "assistant.db") as db:
        return db.execute("SELECT article_id, helped, lio_id FROM answer_feedback ORDER BY id").fetchall()


def kinds(replies: list[dict[str, Any]]) -> list[str]:
    return [(r.get("custom") or {}).get("kind", "") for r in replies]


def answer_of(replies: list[dict[str, Any]]) -> dict[str, Any]:
    return next(r for r in replies if (r.get("custom") or {}).get("kind") == "answer")


def test_every_answer_has_the_two_buttons_and_yes_is_stored_and_thanked(servers: Servers) -> None:
    sender = "feedback-yes"
    answer = answer_of(say(servers, sender, "how much mileage can we pay our volunteer drivers"))
    article = answer["custom"]["article"]
    assert [(b["title"], b["payload"]) for b in answer["buttons"]] == [
        ("Tell me more", f'/tell_me_more{{"article":"{article}"}}'),
        ("Yes, it helped", f'/feedback_helped{{"article":"{article}"}}'),
        ("No, it didn't", f'/feedback_not_helped{{"article":"{article}"}}'),
    ]
    before = ratings(servers)
    yes = next(b for b in answer["buttons"] if b["title"] == "Yes, it helped")
    thanked = say(servers, sender, yes["payload"], {"lio": HOST})
    assert thanked[0]["custom"] == {"kind": "feedback_thanks", "article": article}
    assert "anything else" in thanked[0]["text"].lower()
    assert ratings(servers) == [*before, (article, 1, HOST)]
    again = say(servers, sender, "that helped thanks")  # no answer just before: thanked, not counted twice
    assert "welcome" in again[0]["text"].lower() and ratings(servers) == [*before, (article, 1, HOST)]


def test_no_says_sorry_and_offers_the_local_lio_whose_finder_takes_over(servers: Servers) -> None:
    sender = "feedback-no"
    answer = answer_of(say(servers, sender, "how do we claim gift aid on donations"))
    before = ratings(servers)
    no = next(b for b in answer["buttons"] if b["title"] == "No, it didn't")
    sorry = say(servers, sender, no["payload"])
    assert kinds(sorry) == ["handoff_offer"]
    assert sorry[0]["custom"] == {"kind": "handoff_offer", "reason": "not_helped", "article": "funding.gift_aid"}
    assert sorry[0]["text"].startswith("I'm sorry that didn't help.")
    assert [b["payload"] for b in sorry[0]["buttons"]] == ["/affirm", "/deny"]
    assert ratings(servers) == [*before, ("funding.gift_aid", 0, None)]  # no metadata: no hosting LIO
    assert "ask_location" in kinds(say(servers, sender, "yes please"))
    found = say(servers, sender, "LS6 2AB")
    assert "lio" in kinds(found) and "consent" in kinds(found)
    assert any((r.get("custom") or {}).get("name") == "Voluntary Action Leeds" for r in found)


def test_no_then_no_thanks_declines_the_offer(servers: Servers) -> None:
    sender = "feedback-no-no"
    answer = answer_of(say(servers, sender, "how do we claim gift aid on donations"))
    say(servers, sender, answer["buttons"][2]["payload"])
    assert "No problem" in say(servers, sender, "no thanks")[0]["text"]


@pytest.mark.parametrize("typed", ["that didn't help", "not helpful", "useless answer", "no it didn't help"])
def test_typed_not_helped_right_after_an_answer(servers: Servers, typed: str) -> None:
    sender = f"feedback-typed-{typed}"
    article = answer_of(say(servers, sender, "how do we claim gift aid on donations"))["custom"]["article"]
    before = ratings(servers)
    replies = say(servers, sender, typed)
    assert replies[0]["custom"] == {"kind": "handoff_offer", "reason": "not_helped", "article": article}, replies
    assert ratings(servers) == [*before, (article, 0, None)]


@pytest.mark.parametrize("typed", ["that helped thanks", "that was really helpful", "yes it helped, thank you"])
def test_typed_helped_right_after_an_answer(servers: Servers, typed: str) -> None:
    sender = f"feedback-typed-{typed}"
    answer = answer_of(say(servers, sender, "how much mileage can we pay our volunteer drivers"))
    before = ratings(servers)
    replies = say(servers, sender, typed)
    assert replies[0]["custom"] == {"kind": "feedback_thanks", "article": answer["custom"]["article"]}, replies
    assert ratings(servers) == [*before, (answer["custom"]["article"], 1, None)]


def test_after_tell_me_more_the_buttons_are_there_again(servers: Servers) -> None:
    sender = "feedback-more"
    answer = answer_of(say(servers, sender, "how much mileage can we pay our volunteer drivers"))
    more = say(servers, sender, answer["buttons"][0]["payload"])
    assert more[0]["custom"]["kind"] == "more_detail"
    assert [b["title"] for b in more[0]["buttons"]] == ["Yes, it helped", "No, it didn't"]
    before = ratings(servers)
    assert kinds(say(servers, sender, more[0]["buttons"][0]["payload"])) == ["feedback_thanks"]
    assert ratings(servers) == [*before, (answer["custom"]["article"], 1, None)]


def test_feedback_words_with_no_answer_before_are_the_normal_flow(servers: Servers) -> None:
    before = ratings(servers)
    thanks = say(servers, "feedback-fresh-yes", "thanks that helped")
    assert "welcome" in thanks[0]["text"].lower() and "feedback_thanks" not in kinds(thanks)
    greeted = "feedback-fresh-no"
    say(servers, greeted, "hello")
    replies = say(servers, greeted, "that didn't help")
    assert replies and (replies[0].get("custom") or {}).get("reason") != "not_helped", replies
    assert ratings(servers) == before


def test_a_rating_keeps_no_words_and_no_sender(servers: Servers) -> None:
    sender = "feedback-private"
    answer = answer_of(say(servers, sender, "how do we claim gift aid on donations"))
    say(servers, sender, answer["buttons"][1]["payload"])
    with sqlite3.connect(servers.data_dir / "assistant.db") as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(answer_feedback)")]
        dump = repr(db.execute("SELECT * FROM answer_feedback").fetchall())
    assert columns == ["id", "article_id", "helped", "rated_at", "lio_id"]
    assert conversation_id(sender) not in dump and "gift aid on donations" not in dump
    assert all(stamp.endswith(":00:00.000000") or stamp.endswith(":00:00") for stamp in _stamps(servers))


def _stamps(servers: Servers) -> list[str]:
    with sqlite3.connect(servers.data_dir / "assistant.db") as db:
        return [str(s) for (s,) in db.execute("SELECT rated_at FROM answer_feedback")]
