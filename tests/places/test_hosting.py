"""The hosting LIO (bot/places/hosting.py) on a real database, SQLite and PostgreSQL: which LIO a
place leads to when the chat is on an LIO's website, how a typed choice is read, and the
directory's evidence fields (issue 16) as loaded and as said."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.places import hosting, lios
from bot.places.location_messages import ask_location_message, lio_message
from bot.records import db, tables
from bot.services import Services
from tests.records.test_routing_and_records import database, import_rows  # noqa: F401  (database: the fixture)

LEEDS, SHEFFIELD = "voluntary-action-leeds", "voluntary-action-sheffield"


def card(lio_id: str, name: str, area: tuple[str, ...] = ()) -> lios.LioCard:
    return lios.LioCard(lio_id, name, None, (), area)


def test_only_an_id_shaped_claim_is_taken() -> None:
    assert hosting.claimed_lio_id({"lio": LEEDS}) == LEEDS
    for metadata in (None, {}, {"lio": ""}, {"lio": "Leeds CVS"}, {"lio": "x" * 200}, {"lio": ["a"]}, {"other": "a-b"}):
        assert hosting.claimed_lio_id(metadata) is None, metadata


@pytest.mark.usefixtures("database")
def test_a_host_counts_only_when_the_directory_lists_it(services: Services) -> None:
    found = hosting.hosting_card({"lio": LEEDS}, services.gazetteer)
    assert found is not None and found.name == "Voluntary Action Leeds"
    assert hosting.hosting_card({"lio": "not-a-listed-lio"}, services.gazetteer) is None
    assert hosting.hosting_card(None, services.gazetteer) is None


@pytest.mark.usefixtures("database")
def test_the_hosts_own_area_goes_to_the_host_even_when_another_lio_covers_it(services: Services, tmp_path: Path) -> None:
    gaz = services.gazetteer
    # Another LIO covering Leeds, with its office nearer the place: routing alone would pick it.
    assert import_rows(tmp_path, ["leeds-south,Leeds South Test,E08000035,,LS10 1AA,test,2026-11-01"]) == (1, [])
    place = gaz.resolve("LS10 1AB")
    assert lios.route(place, gaz).lio.id == "leeds-south"
    host = hosting.hosting_card({"lio": LEEDS}, gaz)
    hosted = hosting.route_hosted(place, host, gaz)
    assert hosted.options is None and hosted.chosen is not None and hosted.chosen.lio.id == LEEDS and hosted.chosen.covers


@pytest.mark.usefixtures("database")
def test_another_lios_place_offers_theirs_first_then_the_host(services: Services) -> None:
    gaz = services.gazetteer
    host = hosting.hosting_card({"lio": LEEDS}, gaz)
    hosted = hosting.route_hosted(gaz.resolve("S1 2HE"), host, gaz)
    assert hosted.options is not None and [c.id for c in hosted.options] == [SHEFFIELD, LEEDS]
    message = ask_location_message(host, hosted.options)
    assert [b["payload"] for b in message["buttons"]] == [
        f'/choose_lio{{"lio_choice":"{SHEFFIELD}"}}',
        f'/choose_lio{{"lio_choice":"{LEEDS}"}}',
    ]
    # Without a host, the same place simply goes to its own LIO.
    assert hosting.route_hosted(gaz.resolve("S1 2HE"), None, gaz).chosen.lio.id == SHEFFIELD  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Voluntary Action Leeds please", LEEDS),
        ("voluntary action sheffield", SHEFFIELD),
        ("leeds", LEEDS),
        ("the Sheffield one", SHEFFIELD),
        ("the first one", SHEFFIELD),
        ("2nd", LEEDS),
        ("the other one", LEEDS),
        ("the one on this website", LEEDS),
        ("you please", LEEDS),
        ("voluntary action", None),  # both are
        ("Bradford", None),
        ("", None),
    ],
)
def test_a_typed_choice_is_read_by_name_order_or_this_website(typed: str, expected: str | None) -> None:
    sheffield, leeds = (
        card(SHEFFIELD, "Voluntary Action Sheffield", ("Sheffield",)),
        card(LEEDS, "Voluntary Action Leeds", ("Leeds",)),
    )
    picked = hosting.pick_lio(typed, [sheffield, leeds], host=leeds)
    assert (picked.id if picked else None) == expected


@pytest.mark.usefixtures("database")
def test_the_directory_keeps_evidence_and_the_reply_gives_the_caveat(services: Services) -> None:
    with db.session() as s:
        sheffield = s.get(tables.Lio, SHEFFIELD)
        leeds = s.get(tables.Lio, LEEDS)
        assert (sheffield.unconfirmed, sheffield.evidence_date) == (True, "2020-04")
        assert leeds.unconfirmed is False and leeds.evidence_date
        unconfirmed = s.scalars(select(tables.Lio.id).where(tables.Lio.unconfirmed.is_(True))).all()
    assert len(unconfirmed) >= 50
    gaz = services.gazetteer
    place = gaz.resolve("S1 2HE")
    said = lio_message(place, lios.route(place, gaz), lios.directory_meta())  # type: ignore[arg-type]
    assert said["json_message"]["unconfirmed"] is True
    assert "may be out of date" in said["text"] and "navca" in said["text"].lower()
    place = gaz.resolve("LS6 2AB")
    said = lio_message(place, lios.route(place, gaz), lios.directory_meta())  # type: ignore[arg-type]
    assert said["json_message"]["unconfirmed"] is False and "out of date" not in said["text"]


@pytest.mark.usefixtures("database")
def test_a_bad_evidence_date_or_flag_is_rejected_with_the_reason(services: Services, tmp_path: Path) -> None:
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text(
        "id,name,la_codes,source,checked,evidence_date,unconfirmed\n"
        "good-one,Good One,E08000035,test,2026-11-01,2025-03,false\n"
        "old-one,Old One,E08000035,test,2026-11-01,2019,true\n"
        "bad-date,Bad Date,E08000035,test,2026-11-01,March 2025,\n"
        "bad-flag,Bad Flag,E08000035,test,2026-11-01,,perhaps\n"
    )
    count, rejected = lios.import_csv(csv_file)
    assert count == 2
    assert rejected == [
        "line 4: evidence_date 'March 2025' must be YYYY-MM, YYYY or unknown",
        "line 5: unconfirmed 'perhaps' must be true or false",
    ]
    with db.session() as s:
        assert s.get(tables.Lio, "old-one").unconfirmed is True
        assert s.get(tables.Lio, "good-one").evidence_date == "2025-03"
