"""The dashboard's outcome figures (issue 15) on a database seeded with known question-log rows,
handoff steps and handoffs, on SQLite and PostgreSQL: exact counts per LIO and per week, the
share outside office hours with times on both sides of 09:00 and 17:00 either side of the clock
change of 29 March 2026, response-time medians and 90th percentiles, overdue counts, the CSV, and
who may see which figures.

The clock: NOW is Thursday 2 April 2026, 12:00 UTC (13:00 BST); the dashboard shows the 4 weeks
from Monday 9 March. W1 is the week of Monday 23 March (GMT until Sunday 29th, 01:00 UTC), W2 the
week of Monday 30 March (BST).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from flask.testing import FlaskClient

from bot.records import db, overdue
from bot.records.tables import HandoffStep, QuestionLog, StaffUser
from bot.web.staff import charts, outcomes, views
from tests.web.staff.conftest import World, login, make_handoff

NOW = dt.datetime(2026, 4, 2, 12, 0)
W1, W2 = dt.date(2026, 3, 23), dt.date(2026, 3, 30)
WEEKS = [dt.date(2026, 3, 9), dt.date(2026, 3, 16), W1, W2]


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# (conversation, asked at (UTC), outcome, the website's LIO)
QUESTIONS = [
    ("c1", "2026-03-27 16:59", "answer", "lio-a"),  # Friday 16:59 GMT: in office hours
    ("c1", "2026-03-27 17:30", "clarify", "lio-a"),
    ("c2", "2026-03-27 17:00", "fallback", "lio-a"),  # Friday 17:00 GMT: outside
    ("c3", "2026-03-30 07:59", "handoff_offer", "lio-a"),  # Monday 08:59 BST: outside
    ("c4", "2026-03-30 08:00", "handoff_offer", "lio-a"),  # Monday 09:00 BST: in office hours
    ("c5", "2026-03-30 15:59", "answer", "lio-b"),  # Monday 16:59 BST: in, on LIO B's website
    ("c6", "2026-03-30 16:00", "answer", "lio-a"),  # Monday 17:00 BST: outside (16:00 UTC was inside in GMT)
    ("c7", "2026-03-28 12:00", "fallback", None),  # Saturday, on no LIO's website
    ("c8", "2026-03-31 10:00", "answer", "lio-b"),
    ("c9", "2026-03-25 09:00", "clarify", "lio-a"),  # Wednesday 09:00 GMT: in
    ("c10", "2026-03-01 10:00", "answer", "lio-a"),  # before the period
]
# (conversation, at, step, the LIO the form found, the website's LIO)
STEPS = [
    ("c3", "2026-03-30 08:05", "routed", "lio-a", "lio-a"),
    ("c3", "2026-03-30 08:06", "consented", "lio-a", "lio-a"),  # then left: no handoff
    ("c4", "2026-03-30 08:05", "routed", "lio-a", "lio-a"),
    ("c4", "2026-03-30 08:06", "consented", "lio-a", "lio-a"),
    ("c5", "2026-03-30 16:01", "routed", "lio-a", "lio-b"),  # on B's website, in A's area
    ("c8", "2026-03-31 10:10", "routed", "lio-b", "lio-b"),
    ("c11", "2026-04-02 11:00", "routed", "lio-c", "lio-a"),  # asked for a person at once, on A's site
]
# (reference, conversation, LIO, handed over, hours to first action, hours to close, status)
HANDOFFS = [
    ("HO-OUTC04", "c4", "lio-a", "2026-03-30 08:10", 1, 10, "closed"),
    ("HO-OUTC05", "c5", "lio-a", "2026-03-30 16:05", 2, 20, "closed"),
    ("HO-OUTC12", "c12", "lio-a", "2026-03-24 10:00", 4, 30, "closed"),
    ("HO-OUTC13", "c13", "lio-a", "2026-03-25 10:00", 8, None, "in_progress"),
    ("HO-OUTC14", "c14", "lio-a", "2026-03-26 10:00", None, None, "new"),
    ("HO-OUTC08", "c8", "lio-b", "2026-03-31 10:30", None, None, "new"),
]


def seed_outcomes(url: str) -> None:
    with db.session(url) as s, s.begin():
        for sender, at, outcome, site in QUESTIONS:
            s.add(QuestionLog(sender_id=sender, asked_at=utc(at), text="a question", outcome=outcome, site_lio_id=site))
        for sender, at, step, lio, site in STEPS:
            s.add(HandoffStep(sender_id=sender, at=utc(at), step=step, lio_id=lio, site_lio_id=site))
        for ref, sender, lio, created, first, close, status in HANDOFFS:
            h = make_handoff(ref, lio, created_at=utc(created), status=status, sender_id=sender)
            h.first_action_at = utc(created) + dt.timedelta(hours=first) if first is not None else None
            h.closed_at = utc(created) + dt.timedelta(hours=close) if close is not None else None
            s.add(h)
        # LIO A answers within 6 working days: HO-OUTC13 (due Thursday 2 April 10:00 BST) is overdue
        # at NOW, HO-OUTC14 (due Friday 3 April) is not. LIO B keeps the default 5.
        overdue.set_target(s, "lio-a", 6, "admin@example.org")


def user(lio_id: str | None, admin: bool = False) -> StaffUser:
    return StaffUser(email="x@example.org", password_hash="x", lio_id=lio_id, is_admin=admin, session_epoch="e")


def figures(who: StaffUser, lio_id: str | None = None) -> outcomes.Outcomes:
    return charts.build(who, weeks=4, lio_id=lio_id, now=NOW).outcomes


def tally(**counts: int) -> outcomes.Tally:
    return outcomes.Tally(**counts)


@pytest.fixture
def seeded(any_world: World) -> World:
    seed_outcomes(any_world.url)
    return any_world


# ---------------------------------------------------------------- the figures


def test_an_lios_figures_count_its_website_its_area_and_its_handoffs(seeded: World) -> None:
    data = figures(user("lio-a"))
    # c1, c2, c3, c4, c6, c9, c11 were on A's website; c5 was on B's but handed to A; c12-c14 handed to A.
    assert data.period == tally(
        conversations=11,
        answered=3,  # c1, c5, c6
        clarified=2,  # c1, c9
        not_answered=1,  # c2
        offered=7,  # c3, c4, c5, c11 and the three handed over without a question
        handed_off=5,  # c4, c5, c12, c13, c14
        abandoned=2,  # c3 consented and left; c11 was given an LIO and left
        outside_office_hours=3,  # c2 (17:00 GMT), c3 (08:59 BST), c6 (17:00 BST)
    )
    assert data.weeks == WEEKS
    assert data.by_week == {
        WEEKS[0]: tally(),
        WEEKS[1]: tally(),
        W1: tally(conversations=6, answered=1, clarified=2, not_answered=1, offered=3, handed_off=3, outside_office_hours=1),
        W2: tally(conversations=5, answered=2, offered=4, handed_off=2, abandoned=2, outside_office_hours=2),
    }
    assert data.period.outside_share == pytest.approx(3 / 11)


def test_another_lio_and_the_lio_a_person_was_routed_to(seeded: World) -> None:
    # B: its website's c5 (handed to A, which B sees only as "handed off") and its own c8.
    assert figures(user("lio-b")).period == tally(conversations=2, answered=2, offered=2, handed_off=2)
    # C: only c11, whom the form routed to C (on A's website, Thursday 12:00 BST).
    assert figures(user("lio-c")).period == tally(conversations=1, offered=1, abandoned=1)
    # Staff without an LIO see nothing.
    assert figures(user(None)).period == tally()


def test_administrators_see_every_conversation_or_choose_one_lio(seeded: World) -> None:
    admin = user(None, admin=True)
    assert figures(admin).period == tally(
        conversations=13,  # all but c10 (before the period), c7 (no LIO) included
        answered=4,
        clarified=2,
        not_answered=2,
        offered=8,
        handed_off=6,
        abandoned=2,
        outside_office_hours=4,  # c7 on a Saturday too
    )
    assert figures(admin, "lio-a").period == figures(user("lio-a")).period
    assert figures(admin, "lio-c").period.conversations == 1


def test_response_times_medians_and_90th_percentiles(seeded: World) -> None:
    times = figures(user("lio-a")).times
    assert times.handoffs == 5
    assert sorted(times.first_action) == [1, 2, 4, 8] and times.waiting_first_action == 1
    assert times.first_action_median == pytest.approx(3.0)  # (2 + 4) / 2
    assert times.first_action_p90 == pytest.approx(6.8)  # 4 + 0.7 x (8 - 4)
    assert sorted(times.close) == [10, 20, 30] and times.not_closed == 2
    assert times.close_median == pytest.approx(20.0)
    assert times.close_p90 == pytest.approx(28.0)  # 20 + 0.8 x (30 - 20)
    by_week = figures(user("lio-a")).times_by_week
    assert (by_week[W1].first_action_median, by_week[W1].first_action_p90) == (pytest.approx(6.0), pytest.approx(7.6))
    assert (by_week[W1].close_median, by_week[W1].close_p90) == (30, 30)
    assert (by_week[W2].first_action_median, by_week[W2].first_action_p90) == (pytest.approx(1.5), pytest.approx(1.9))
    assert (by_week[W2].close_median, by_week[W2].close_p90) == (pytest.approx(15.0), pytest.approx(19.0))
    assert by_week[WEEKS[0]].handoffs == 0 and by_week[WEEKS[0]].first_action_median is None
    # B's only handoff has not been acted on: nothing to measure, one waiting.
    b = figures(user("lio-b")).times
    assert (b.handoffs, b.first_action_median, b.waiting_first_action, b.close_p90) == (1, None, 1, None)


def test_overdue_now_follows_each_lios_target(seeded: World) -> None:
    assert (figures(user("lio-a")).overdue_now, figures(user("lio-a")).target_days) == (1, 6)
    assert figures(user("lio-b")).overdue_now == 0
    everyone = figures(user(None, admin=True))
    assert everyone.overdue_now == 1 and everyone.overdue_by_lio == [("lio-a", 6, 1)] and everyone.target_days is None
    with db.session() as s, s.begin():
        overdue.set_target(s, "lio-a", 5, "admin@example.org")  # HO-OUTC14 was due Thursday 10:00 BST
    assert figures(user("lio-a")).overdue_now == 2


def test_percentile_by_linear_interpolation() -> None:
    assert outcomes.percentile([], 50) is None
    assert outcomes.percentile([7.0], 90) == 7.0
    assert outcomes.percentile([4.0, 1.0, 3.0, 2.0], 50) == pytest.approx(2.5)
    assert outcomes.percentile([1.0, 2.0, 3.0, 4.0], 90) == pytest.approx(3.7)
    assert outcomes.percentile(list(map(float, range(1, 11))), 90) == pytest.approx(9.1)


# ---------------------------------------------------------------- the page and the CSV


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The web app's clock at NOW (the dashboard and its CSV read it there)."""
    monkeypatch.setattr(charts, "utcnow", lambda: NOW)
    monkeypatch.setattr(views, "utcnow", lambda: NOW)


def figure(html: str, name: str) -> str:
    match = re.search(rf"<dt>{name}</dt><dd>([^<\n]+)", html)
    assert match, name
    return match.group(1).strip()


def test_dashboard_shows_the_figures(seeded: World, client: FlaskClient, pinned: None) -> None:
    login(client, seeded.staff_a)
    html = client.get("/staff/dashboard?weeks=4").get_data(as_text=True)
    section = html[html.index('id="outcomes-title"') : html.index('id="questions-title"')]
    assert "How conversations went for Alpha Voluntary Action" in section
    assert (figure(section, "Conversations"), figure(section, "Began outside office hours"), figure(section, "Overdue now")) == (
        "11",
        "27%",
        "1",
    )
    assert "3 of 11" in section and "not closed within 6 working days" in section
    assert 'href="/staff/handoffs?overdue=1"' in section
    # The period's bars, in the order of the outcomes, with the table behind them.
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td class="num">(\d+)</td></tr>', section)
    assert rows == [
        ("Answered", "3"),
        ("Clarified", "2"),
        ("Not answered", "1"),
        ("Offered a person", "7"),
        ("Handed off", "5"),
        ("Abandoned mid-handoff", "2"),
    ]
    # Week by week, side by side, with the conversations as the total.
    assert '<th scope="col" class="num">Conversations</th>' in section
    week_rows = re.findall(r'<tr><th scope="row">Week of (\d+ \w+ 2026)</th>((?:<td class="num">\d+</td>)+)</tr>', section)
    assert ("23 Mar 2026", "".join(f'<td class="num">{n}</td>' for n in (1, 2, 1, 3, 3, 0, 6))) in week_rows
    # Times: median 3 hours, 90th percentile 6 hours 48 minutes; closing 20 and 28 hours.
    assert "3 hours</td>" in section and "6 hours 48 minutes</td>" in section
    assert "20 hours</td>" in section and "1 day 4 hours</td>" in section
    assert 'href="/staff/dashboard/figures.csv?weeks=4"' in section


def csv_rows(body: bytes) -> list[dict[str, str]]:
    text = body.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_of_the_figures(seeded: World, client: FlaskClient, pinned: None) -> None:
    login(client, seeded.staff_a)
    resp = client.get("/staff/dashboard/figures.csv?weeks=4")
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert resp.headers["Content-Disposition"] == 'attachment; filename="figures-lio-a-4-weeks-2026-04-02.csv"'
    rows = csv_rows(resp.data)
    assert list(rows[0]) == outcomes.CSV_COLUMNS
    assert [r["week_starting"] for r in rows] == ["2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "whole period"]
    assert {r["organisation"] for r in rows} == {"Alpha Voluntary Action"}
    w1, whole = rows[2], rows[4]
    assert {k: w1[k] for k in ("conversations", "answered", "clarified", "not_answered", "offered", "handed_off")} == {
        "conversations": "6",
        "answered": "1",
        "clarified": "2",
        "not_answered": "1",
        "offered": "3",
        "handed_off": "3",
    }
    assert (w1["first_action_median_hours"], w1["first_action_p90_hours"], w1["overdue_now"]) == ("6.0", "7.6", "")
    assert whole == {
        "organisation": "Alpha Voluntary Action",
        "week_starting": "whole period",
        "conversations": "11",
        "answered": "3",
        "clarified": "2",
        "not_answered": "1",
        "offered": "7",
        "handed_off": "5",
        "abandoned": "2",
        "outside_office_hours": "3",
        "outside_office_hours_percent": "27.3",
        "handoffs": "5",
        "first_action_median_hours": "3.0",
        "first_action_p90_hours": "6.8",
        "waiting_for_first_action": "1",
        "close_median_hours": "20.0",
        "close_p90_hours": "28.0",
        "not_closed": "2",
        "overdue_now": "1",
    }
    assert rows[0]["outside_office_hours_percent"] == ""  # no conversations that week: no share
    body = resp.data.decode()
    assert "c1" not in body and "HO-OUTC" not in body and "person@example.com" not in body


def test_lio_staff_never_get_another_lios_figures(seeded: World, client: FlaskClient, pinned: None) -> None:
    login(client, seeded.staff_b)
    for path in ("/staff/dashboard?weeks=4", "/staff/dashboard?weeks=4&lio=lio-a", "/staff/dashboard?weeks=4&lio="):
        html = client.get(path).get_data(as_text=True)
        section = html[html.index('id="outcomes-title"') : html.index('id="questions-title"')]
        assert "for Beta CVS" in section and figure(section, "Conversations") == "2", path
        assert "Overdue now, by organisation" not in section
    rows = csv_rows(client.get("/staff/dashboard/figures.csv?weeks=4&lio=lio-a").data)
    assert rows[-1]["organisation"] == "Beta CVS" and rows[-1]["conversations"] == "2"
    assert rows[-1]["overdue_now"] == "0"


def test_administrators_see_all_or_one(seeded: World, client: FlaskClient, pinned: None) -> None:
    login(client, seeded.admin)
    html = client.get("/staff/dashboard?weeks=4").get_data(as_text=True)
    section = html[html.index('id="outcomes-title"') : html.index('id="questions-title"')]
    assert figure(section, "Conversations") == "13" and "Overdue now, by organisation" in section
    assert 'href="/staff/handoffs?overdue=1&amp;lio=lio-a">Alpha Voluntary Action</a>' in section
    rows = csv_rows(client.get("/staff/dashboard/figures.csv?weeks=4").data)
    assert rows[-1]["organisation"] == "All organisations" and rows[-1]["conversations"] == "13"
    rows = csv_rows(client.get("/staff/dashboard/figures.csv?weeks=4&lio=lio-c").data)
    assert rows[-1]["organisation"] == "Gamma Community Action" and rows[-1]["abandoned"] == "1"


def test_signed_out_gets_no_figures(seeded: World, client: FlaskClient) -> None:
    resp = client.get("/staff/dashboard/figures.csv")
    assert resp.status_code == 302 and "/staff/login" in resp.location
