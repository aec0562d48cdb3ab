"""The records behind the dashboard's outcome figures (issue 15) are kept and deleted like the
question log: the retention purge and a person's own "delete my conversation" remove handoff
steps, and old overdue-digest records go with the retention period too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select

from bot.places.hosting import claimed_lio_id
from bot.records import db, question_log
from bot.records.erasure import erase_records
from bot.records.retention import purge_expired
from bot.records.tables import HandoffStep, OverdueDigest
from tests.dbs import fresh_database, postgres_available

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql", marks=pytest.mark.skipif(not postgres_available(), reason="PostgreSQL is not running on 127.0.0.1:5432")
    ),
]


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as u:
        monkeypatch.setenv("DATABASE_URL", u)
        yield u


def test_site_lio_takes_only_an_id_shaped_value() -> None:
    assert claimed_lio_id({"lio": "voluntary-action-leeds"}) == "voluntary-action-leeds"
    for metadata in (None, {}, {"lio": ""}, {"lio": "Leeds CVS"}, {"lio": "x" * 200}, {"lio": ["a"]}, {"other": "a-b"}):
        assert claimed_lio_id(metadata) is None, metadata
    with pytest.raises(ValueError):
        question_log.record_step("c", "typed something", "lio-a")


def test_purge_and_erasure_remove_handoff_steps(url: str) -> None:
    now = dt.datetime(2026, 11, 24, 12, 0)
    question_log.record_step("keep-me", "routed", "lio-a", "lio-b")
    question_log.record_step("erase-me", "consented", "lio-a", None)
    with db.session() as s, s.begin():
        s.add(HandoffStep(sender_id="too-old", step="routed", lio_id="lio-a", at=now - dt.timedelta(days=200)))
        s.add(OverdueDigest(lio_id="lio-a", day=dt.date(2026, 5, 1), handoffs=2, created_at=now - dt.timedelta(days=200)))
        s.add(OverdueDigest(lio_id="lio-a", day=dt.date(2026, 11, 23), handoffs=1, created_at=now - dt.timedelta(days=1)))
    purge_expired(now=now)
    erase_records("erase-me")
    with db.session() as s:
        assert list(s.scalars(select(HandoffStep.sender_id))) == ["keep-me"]
        assert list(s.scalars(select(OverdueDigest.day))) == [dt.date(2026, 11, 23)]
