"""LIO routing and handoff records on a real database: SQLite, and PostgreSQL as scaled out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterator

import pytest
from sqlalchemy import select

from bot.places import lios
from bot.records import db, handoffs, tables
from bot.services import Services
from tests.dbs import fresh_database, postgres_available

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql", marks=pytest.mark.skipif(not postgres_available(), reason="PostgreSQL is not running on 127.0.0.1:5432")
    ),
]


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with fresh_database(request.param, tmp_path) as url:
        monkeypatch.setenv("DATABASE_URL", url)
        lios.sync_directory()
        yield url


def test_directory_loads_real_lios_across_every_region(services: Services, database: str) -> None:
    gaz = services.gazetteer
    with db.session() as s:
        entries = list(s.scalars(select(tables.Lio)))
    assert len(entries) >= 100
    regions = {gaz.authority(code).region for lio in entries for code in lio.la_codes}
    assert len(regions) == 9


def test_route_covering_lio(services: Services, database: str) -> None:
    found = lios.route(services.gazetteer.resolve("LS6 2AB"), services.gazetteer)
    assert found.lio.id == "voluntary-action-leeds" and found.covers
    assert found.distance_km is not None and found.distance_km < 20


def test_route_nearest_when_no_lio_covers(services: Services, database: str) -> None:
    gaz = services.gazetteer
    loc = gaz.resolve("Doncaster")
    with db.session() as s:
        covering = s.scalars(select(tables.LioArea).where(tables.LioArea.la_code == loc.la_code)).all()
    assert not covering, "test premise: no LIO listed for Doncaster"
    found = lios.route(loc, services.gazetteer)
    assert not found.covers and found.distance_km is not None and found.distance_km < 80


def import_rows(tmp_path: Path, rows: list[str]) -> tuple[int, list[str]]:
    """`lios import` of a deployer's CSV with these data rows."""
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text("id,name,la_codes,website,postcode,source,checked\n" + "".join(r + "\n" for r in rows))
    return lios.import_csv(csv_file)


def test_route_several_covering_picks_nearest_office(services: Services, database: str, tmp_path: Path) -> None:
    assert import_rows(
        tmp_path,
        [
            "leeds-north,Leeds North Test,E08000035,,LS17 6AA,test,2026-11-01",
            "leeds-south,Leeds South Test,E08000035,,LS10 1AA,test,2026-11-01",
        ],
    ) == (2, [])
    found = lios.route(services.gazetteer.resolve("LS10 1AB"), services.gazetteer)
    assert found.lio.id == "leeds-south" and found.covers


def test_csv_import_reports_every_rejected_row(services: Services, database: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "navca.csv"
    csv_file.write_text(
        "id,name,la_codes,website,postcode,source,checked\n"
        "good-one,Good CVS,E08000035,https://example.org,,NAVCA export,2026-11-01\n"
        "Bad Id,Bad,E08000035,,,x,2026-11-01\n"
        "no-area,No Area,,,,x,2026-11-01\n"
        "wales-code,Welsh Code,W06000015,,,x,2026-11-01\n"
        "bad-date,Bad Date,E08000035,,,x,yesterday\n"
        "bad-postcode,Bad Postcode,E08000035,,ZZ99 9ZZ,x,2026-11-01\n"
        "good-one,Duplicate,E08000035,,,x,2026-11-01\n"
    )
    imported, rejected = lios.import_csv(csv_file)
    assert imported == 1
    assert [r.split(":")[0] for r in rejected] == ["line 3", "line 4", "line 5", "line 6", "line 7", "line 8"]
    assert "not a current English local authority code" in rejected[2]
    assert lios.get_card("good-one", services.gazetteer).website == "https://example.org"


def test_csv_import_without_required_columns_is_refused(database: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "wrong.csv"
    csv_file.write_text("name,phone\nSomething,0113\n")
    with pytest.raises(ValueError, match="missing column"):
        lios.import_csv(csv_file)


def _events() -> list[dict]:
    t0 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.timezone.utc).timestamp()
    return [
        {"event": "user", "text": "our treasurer took money", "timestamp": t0},
        {
            "event": "bot",
            "text": "That sounds worrying...",
            "timestamp": t0 + 1,
            "data": {"custom": {"kind": "handoff_offer", "case": "fraud_theft"}},
        },
        {"event": "user", "text": "/affirm", "timestamp": t0 + 2},
        {
            "event": "bot",
            "text": "Gift Aid is...",
            "timestamp": t0 + 3,
            "data": {"custom": {"kind": "answer", "article": "funding.gift_aid"}},
        },
        {"event": "slot", "name": "x", "value": 1, "timestamp": t0 + 4},
    ]


def leeds_handoff(services: Services, **changes: Any) -> tables.Handoff:
    """A consented handoff to Voluntary Action Leeds from LS6 2AB, with `changes` to its fields."""
    card = lios.get_card("voluntary-action-leeds", services.gazetteer)
    assert card is not None
    fields: dict[str, Any] = dict(
        sender_id="abc",
        lio=card,
        la_code="E08000035",
        location_label="LS6 2AB",
        events=_events(),
        consent_at=dt.datetime(2026, 11, 24, 10, 0, 5),
        consent_wording=handoffs.consent_text(card.name, 180),
        contact=None,
        contact_method=None,
        summary="money missing",
    )
    return handoffs.create_handoff(**{**fields, **changes})


def test_handoff_record_keeps_transcript_topics_consent_and_contact(services: Services, database: str) -> None:
    consent_at = dt.datetime(2026, 11, 24, 10, 0, 5)
    record = leeds_handoff(
        services, contact=handoffs.parse_contact("07700 900123"), contact_method="phone", summary="  money missing "
    )
    with db.session() as s:
        stored = s.scalars(select(tables.Handoff).where(tables.Handoff.reference == record.reference)).one()
    assert stored.lio_id == "voluntary-action-leeds" and stored.la_code == "E08000035"
    assert stored.topics == ["case:fraud_theft", "funding.gift_aid"]
    assert [t["role"] for t in stored.transcript] == ["user", "bot", "user", "bot"]
    assert stored.transcript[0] == {"role": "user", "text": "our treasurer took money", "at": "2026-11-24T10:00:00+00:00"}
    assert stored.transcript[2]["text"] == "[pressed a button: affirm]"
    assert stored.consent_version == handoffs.CONSENT_VERSION and "Voluntary Action Leeds" in stored.consent_text
    assert stored.consent_at == consent_at
    assert (stored.contact_phone, stored.contact_email, stored.contact_method) == ("07700900123", None, "phone")
    assert stored.summary == "money missing" and stored.status == "new"


def test_references_are_unique_and_readable() -> None:
    made = [handoffs.new_reference() for _ in range(2000)]
    # 32**6 possible references: two of 2,000 collide about once in 500 runs, three practically
    # never; a broken generator (a fixed seed, a short alphabet) would repeat far more.
    assert len(set(made)) >= len(made) - 1
    assert all(len(r) == 9 and r.startswith("HO-") and not set(r[3:]) & set("01IO") for r in made)


@pytest.mark.parametrize(
    "text,email,phone",
    [
        ("me@example.org", "me@example.org", None),
        ("email me at Jo.Bloggs@Example.co.uk please", "jo.bloggs@example.co.uk", None),
        ("07700 900123", None, "07700900123"),
        ("+44 7700 900123", None, "07700900123"),
        ("0113 496 0000", None, "01134960000"),
    ],
)
def test_contact_details_validated(text: str, email: str | None, phone: str | None) -> None:
    contact = handoffs.parse_contact(text)
    assert contact is not None and (contact.email, contact.phone) == (email, phone)


@pytest.mark.parametrize("text", ["not sure", "12345", "me@", "0800", "+1 212 555 0100"])
def test_invalid_contact_details_rejected(text: str) -> None:
    assert handoffs.parse_contact(text) is None


def _directory_without(tmp_path: Path, *lio_ids: str) -> Path:
    """A copy of the curated directory with LIOs dropped (as a later release might)."""
    import yaml

    data = yaml.safe_load(lios.LIOS_FILE.read_text(encoding="utf-8"))
    data["lios"] = [row for row in data["lios"] if row["id"] not in lio_ids]
    path = tmp_path / "lios.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_syncing_the_curated_directory_keeps_the_deployers_own_lios(database: str, tmp_path: Path) -> None:
    assert import_rows(
        tmp_path,
        [
            "our-own-cvs,Our Own CVS,E08000035,,,our list,2026-11-01",
            "voluntary-action-leeds,Voluntary Action Leeds (our details),E08000035,,LS6 2AB,our list,2026-11-01",
        ],
    ) == (2, [])
    lios.sync_directory()  # what every action server start does
    with db.session() as s:
        ours, leeds = s.get(tables.Lio, "our-own-cvs"), s.get(tables.Lio, "voluntary-action-leeds")
        assert ours is not None and ours.origin == "imported"
        assert leeds.name == "Voluntary Action Leeds (our details)" and leeds.postcode == "LS6 2AB"


def test_an_lio_dropped_from_the_directory_is_retired_if_it_has_handoffs(
    services: Services, database: str, tmp_path: Path
) -> None:
    record = leeds_handoff(services)
    # Leeds has a handoff, Catalyst Stockton has none.
    lios.sync_directory(_directory_without(tmp_path, "voluntary-action-leeds", "catalyst-stockton"))
    with db.session() as s:
        leeds = s.get(tables.Lio, "voluntary-action-leeds")
        assert leeds is not None and leeds.retired_at is not None  # its staff still see their handoffs
        assert s.scalars(select(tables.Handoff).where(tables.Handoff.reference == record.reference)).one()
        assert s.get(tables.Lio, "catalyst-stockton") is None
    found = lios.route(services.gazetteer.resolve("LS6 2AB"), services.gazetteer)
    assert found.lio.id != "voluntary-action-leeds" and not found.covers  # never routed to again
    lios.sync_directory()  # listed again: back in service
    assert lios.route(services.gazetteer.resolve("LS6 2AB"), services.gazetteer).lio.id == "voluntary-action-leeds"


def test_a_reference_already_taken_is_drawn_again(services: Services, database: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """One in a billion, but a handoff must never be lost to it."""
    drawn = iter(["HO-SAME22", "HO-SAME22", "HO-OTHER2"])
    monkeypatch.setattr(handoffs, "new_reference", lambda: next(drawn))
    assert leeds_handoff(services).reference == "HO-SAME22"
    assert leeds_handoff(services, sender_id="another-conversation").reference == "HO-OTHER2"


def test_a_submission_tried_again_finds_its_handoff_instead_of_storing_another(services: Services, database: str) -> None:
    """The same conversation and consent (a retry after a failure) is one handoff, with one
    notice queued; a new consent in the same conversation is a new handoff."""
    with db.session() as s, s.begin():
        s.get(tables.Lio, "voluntary-action-leeds").notify_email = "inbox@example.org"
    first = leeds_handoff(services)
    again = leeds_handoff(services, summary="the same, sent again")
    later = leeds_handoff(services, consent_at=dt.datetime(2026, 11, 24, 11, 30))
    assert again.reference == first.reference and later.reference != first.reference
    with db.session() as s:
        stored = s.scalars(select(tables.Handoff.reference).where(tables.Handoff.sender_id == "abc")).all()
        queued = s.scalars(select(tables.OutboxMessage.reference)).all()
    assert sorted(stored) == sorted([first.reference, later.reference])
    assert sorted(queued) == sorted(stored)  # one notice per handoff


def test_a_handoff_waits_for_the_database_to_come_back(
    services: Services, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dropped connection or a database restarting: tried again after a pause, stored once."""
    from sqlalchemy.exc import OperationalError

    monkeypatch.setattr(db, "RETRY_PAUSES", (0.01, 0.01, 0.01))
    real_session, failures = handoffs.session, iter([True, True])

    def flaky_session(*args: Any, **kwargs: Any) -> Any:
        if next(failures, False):
            raise OperationalError(
                "INSERT ...", {"transcript": "private"}, Exception("server closed the connection unexpectedly")
            )
        return real_session(*args, **kwargs)

    monkeypatch.setattr(handoffs, "session", flaky_session)
    record = leeds_handoff(services)
    with db.session() as s:
        assert s.scalars(select(tables.Handoff.reference)).all() == [record.reference]


def test_only_a_database_that_cannot_be_reached_is_waited_for(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy.exc import IntegrityError, OperationalError

    monkeypatch.setattr(db, "RETRY_PAUSES", (0.01, 0.01))
    calls: list[int] = []

    def down() -> None:
        calls.append(1)
        raise OperationalError("SELECT 1", {"contact": "07700 900123"}, Exception("connection refused"))

    with pytest.raises(OperationalError):
        db.retrying(down, "testing")
    assert len(calls) == 3  # the first try and one after each pause
    assert "connection refused" in caplog.text and "07700" not in caplog.text  # never the statement's parameters

    def refused() -> None:
        calls.append(1)
        raise IntegrityError("INSERT", {}, Exception("duplicate key"))

    calls.clear()
    with pytest.raises(IntegrityError):
        db.retrying(refused, "testing")
    assert len(calls) == 1
