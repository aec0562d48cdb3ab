""" "Did this help?" ratings on a real database (SQLite and PostgreSQL): what one keeps (the article,
helped or not, the hour, a known hosting LIO; never words or a sender), and the counts the
dashboard draws from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import inspect, select

from bot.records import db, feedback
from bot.records.tables import AnswerFeedback, Lio
from tests.dbs import fresh_database, postgres_available

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql", marks=pytest.mark.skipif(not postgres_available(), reason="PostgreSQL is not running on 127.0.0.1:5432")
    ),
]
NOW = dt.datetime(2026, 11, 30, 14, 37, 21, 123456)


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as url:
        monkeypatch.setenv("DATABASE_URL", url)
        with db.session() as s, s.begin():
            s.add(Lio(id="lio-a", name="Alpha Voluntary Action", source="test", checked=dt.date(2026, 11, 1)))
        yield url


def rows() -> list[tuple[str, bool, dt.datetime, str | None]]:
    with db.session() as s:
        return [
            tuple(r)  # type: ignore[misc]
            for r in s.execute(
                select(AnswerFeedback.article_id, AnswerFeedback.helped, AnswerFeedback.rated_at, AnswerFeedback.lio_id).order_by(
                    AnswerFeedback.id
                )
            )
        ]


def test_a_rating_keeps_the_article_the_outcome_the_hour_and_a_known_hosting_lio(database: str) -> None:
    assert feedback.record("funding.gift_aid", True, "lio-a", at=NOW)
    assert feedback.record("funding.gift_aid", False, "no-such-lio", at=NOW)  # anyone can send any metadata
    assert feedback.record("volunteering.drivers", False, None, at=NOW)
    # A curated LIO is known before this process has loaded the directory into the database.
    assert feedback.record("volunteering.drivers", True, "voluntary-action-leeds", at=NOW)
    hour = dt.datetime(2026, 11, 30, 14, 0)
    assert rows() == [
        ("funding.gift_aid", True, hour, "lio-a"),
        ("funding.gift_aid", False, hour, None),
        ("volunteering.drivers", False, hour, None),
        ("volunteering.drivers", True, hour, "voluntary-action-leeds"),
    ]


def test_the_table_has_no_place_for_words_or_a_sender(database: str) -> None:
    with db.engine().connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("answer_feedback")}
    assert columns == {"id", "article_id", "helped", "rated_at", "lio_id"}


def test_a_database_that_cannot_be_reached_costs_the_rating_not_the_reply(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    monkeypatch.setattr(db, "RETRY_PAUSES", (0.01,))
    assert feedback.record("funding.gift_aid", True) is False


def test_counts_per_article_for_a_period_and_a_website(database: str) -> None:
    old = NOW - dt.timedelta(weeks=30)
    for article, helped, lio, at in (
        ("funding.gift_aid", True, "lio-a", NOW),
        ("funding.gift_aid", True, None, NOW),
        ("funding.gift_aid", False, "lio-a", NOW),
        ("volunteering.drivers", False, None, NOW),
        ("volunteering.drivers", True, "lio-a", old),  # before the period
    ):
        feedback.record(article, helped, lio, at=at)
    since = NOW - dt.timedelta(weeks=12)
    every = feedback.per_article(since)
    assert [(r.article_id, r.helped, r.not_helped) for r in every] == [
        ("funding.gift_aid", 2, 1),
        ("volunteering.drivers", 0, 1),
    ]
    assert every[0].total == 3 and abs(every[0].share_helped - 2 / 3) < 1e-9
    on_a = feedback.per_article(since, "lio-a")
    assert [(r.article_id, r.helped, r.not_helped) for r in on_a] == [("funding.gift_aid", 1, 1)]


def test_least_helpful_ranks_only_articles_with_enough_ratings() -> None:
    a = feedback.ArticleRatings
    counted = [
        a("often.good", 9, 1),
        a("often.bad", 1, 5),
        a("half.half", 3, 3),
        a("few.terrible", 0, 4),  # 4 ratings: not enough to be ranked
        a("half.more", 5, 5),  # same share as half.half, more "no"s: ranked first of the two
    ]
    assert feedback.MIN_RATINGS == 5
    ranked = feedback.least_helpful(counted)
    assert [r.article_id for r in ranked] == ["often.bad", "half.more", "half.half", "often.good"]
    assert [r.article_id for r in feedback.least_helpful(counted, limit=2)] == ["often.bad", "half.more"]
    assert feedback.least_helpful(counted, min_ratings=4)[0].article_id == "few.terrible"
