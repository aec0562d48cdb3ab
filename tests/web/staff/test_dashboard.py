"""The dashboard: weekly figures as server-drawn SVG with tables, and the unanswered questions."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from bot.records import db
from bot.records.tables import QuestionLog, StaffUser, utcnow
from bot.web.staff import charts
from tests.web.staff.conftest import World, login, logout


def test_dashboard_draws_svg_charts_with_text_and_tables(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    resp = client.get("/staff/dashboard")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert html.count('<svg class="chart-svg"') == 7
    for title in (
        "How conversations went",
        "How conversations went, week by week",
        "Conversations in and outside office hours, week by week",
        "Questions by topic, week by week",
        "Most-used answers",
        "Conversations handed over, week by week",
        "Conversations handed over, by topic",
    ):
        assert f">{title}</title>" in html, title
    assert "<desc id=" in html and 'role="img"' in html
    assert html.count("Show these numbers as a table") == 7
    assert "<script" not in html
    # The seeded questions: one answered about Gift Aid, four not answered.
    assert "5 questions asked in this period" in html
    assert "Funding" in html and "Not answered" in html
    assert "Claiming Gift Aid" in html


def test_unanswered_questions_are_grouped_and_never_show_sender_ids(world: World, client: FlaskClient) -> None:
    login(client, world.staff_b)
    html = client.get("/staff/dashboard").get_data(as_text=True)
    section = html[html.index('id="unanswered-title"') : html.index('id="handoffs-title"')]
    rows = re.findall(r'<td class="user-text">(.*?)</td><td class="num">(\d+)</td>', section)
    assert rows == [("can we hold a raffle", "2")]  # "Can we hold a raffle?" grouped with it
    # Asked twice, but in one conversation only: one person's words are never shown to every LIO.
    assert "parish council precepts" not in section
    assert "how do we claim gift aid" not in section  # answered, so not listed
    assert "secret-sender-id-123" not in html


def test_question_figures_are_the_same_for_every_lio(world: World, client: FlaskClient) -> None:
    pages = []
    for who in (world.staff_a, world.staff_b, world.admin):
        login(client, who)
        html = client.get("/staff/dashboard").get_data(as_text=True)
        pages.append(html[html.index('id="questions-title"') : html.index('id="handoffs-title"')])
        logout(client)
    assert pages[0] == pages[1] == pages[2]


def test_admin_dashboard_counts_every_lio_and_can_narrow(world: World, client: FlaskClient) -> None:
    login(client, world.admin)
    html = client.get("/staff/dashboard").get_data(as_text=True)
    assert "5 conversations handed over in this period" in html
    html = client.get("/staff/dashboard?lio=lio-b").get_data(as_text=True)
    assert "2 conversations handed over in this period" in html and "handed over to Beta CVS" in html


def test_lio_staff_cannot_widen_the_dashboard(world: World, client: FlaskClient) -> None:
    login(client, world.staff_b)
    html = client.get("/staff/dashboard?lio=lio-a").get_data(as_text=True)
    assert "2 conversations handed over in this period" in html
    assert "Claiming Gift Aid" not in html.split('id="handoffs-title"')[1]


def test_period_choice_and_old_data(world: World, client: FlaskClient) -> None:
    with db.session(world.url) as s, s.begin():
        for sender in ("x", "y"):  # asked in two conversations: listed for every LIO
            s.add(
                QuestionLog(
                    sender_id=sender, text="very old question", outcome="fallback", asked_at=utcnow() - dt.timedelta(weeks=20)
                )
            )
    login(client, world.staff_a)
    assert "very old question" not in client.get("/staff/dashboard").get_data(as_text=True)
    html = client.get("/staff/dashboard?weeks=26").get_data(as_text=True)
    assert "very old question" in html and "Last 26 weeks" in html
    assert client.get("/staff/dashboard?weeks=nonsense").status_code == 200


# ---------------------------------------------------------------- chart arithmetic


def test_week_starts_are_mondays_oldest_first() -> None:
    weeks = charts.week_starts(dt.date(2026, 11, 26), 3)  # a Thursday
    assert weeks == [dt.date(2026, 11, 9), dt.date(2026, 11, 16), dt.date(2026, 11, 23)]


def test_nice_ticks() -> None:
    assert charts.nice_ticks(0) == [0, 1]
    assert charts.nice_ticks(3) == [0, 1, 2, 3]
    assert charts.nice_ticks(17) == [0, 5, 10, 15, 20]
    assert charts.nice_ticks(230) == [0, 100, 200, 300]


def test_stacked_columns_fit_the_plot() -> None:
    weeks = charts.week_starts(dt.date(2026, 11, 26), 4)
    counts = {weeks[0]: Counter({"Funding": 3, "Not answered": 1}), weeks[3]: Counter({"Funding": 8})}
    chart = charts.column_chart("t", "T", "D", weeks, counts, ["Funding", "Not answered"])
    assert [c.total for c in chart.columns] == [4, 0, 0, 8]
    tallest = chart.columns[3].segments[0]
    assert tallest.y >= chart.top - 0.01 and abs(tallest.y + tallest.height - chart.baseline) < 0.01
    first = chart.columns[0].segments
    assert first[1].y + first[1].height == first[0].y  # stacked, touching
    assert chart.table_rows[0][1:] == ([3, 1], 4)


def test_bar_chart_shortens_long_labels_but_keeps_them_in_full() -> None:
    chart = charts.bar_chart("b", "B", "D", Counter({"x" * 60: 5, "short": 10}))
    assert [b.value for b in chart.bars] == [10, 5]
    assert chart.bars[1].label.endswith("…") and chart.bars[1].full_label == "x" * 60
    assert chart.bars[0].length > chart.bars[1].length


def test_question_groups() -> None:
    assert charts.question_group("answer", "funding.gift_aid") == "Funding"
    assert charts.question_group("answer", "governance.cio") == "Running the group"
    assert charts.question_group("fallback", None) == "Not answered"
    assert charts.question_group("handoff_offer", None) == "Needs a person"
    assert charts.question_group("clarify", None) == "Asked to say more"


def test_build_without_data(world: World) -> None:
    """Staff of an LIO with no handoffs yet get empty charts, not an error."""
    lonely = StaffUser(email="c@example.org", password_hash="x", lio_id="lio-c", is_admin=False, session_epoch="e")
    data = charts.build(lonely, weeks=4)
    assert data.handoff_total == 0 and data.handoffs_by_week.empty and data.handoffs_by_topic.empty
    assert len(data.handoffs_by_week.columns) == 4


def test_crises_are_counted_by_kind_never_shown_as_words(any_world: World, client: FlaskClient) -> None:
    """Recorded the way the actions record them: the route is kept, the words never are."""
    from bot.answers import answering
    from bot.records import question_log

    words = "my partner hits me and my number is 07700 900123"
    question_log.record("crisis-sender", words, answering.emergency_reply("domestic_abuse"))
    question_log.record("crisis-sender-2", "he isn't breathing", answering.emergency_reply("immediate_danger"))
    question_log.record("crisis-sender-3", "she is not waking up", answering.emergency_reply("immediate_danger"))
    with db.session() as s:
        assert {t for (t,) in s.execute(select(QuestionLog.text).where(QuestionLog.outcome == "emergency"))} == {""}
    login(client, any_world.staff_b)
    html = client.get("/staff/dashboard").get_data(as_text=True)
    section = html[html.index('id="crises-title"') : html.index('id="handoffs-title"')]
    rows = re.findall(r"<tr><td>(.*?)</td><td class=\"num\">(\d+)</td></tr>", section)
    assert rows == [("Immediate danger (999)", "2"), ("Domestic abuse", "1")]
    assert "partner hits me" not in html and "07700" not in html and "breathing" not in html


def test_side_by_side_columns_share_their_week_and_count_conversations() -> None:
    """Outcomes overlap (one conversation can be answered and handed off): side by side, scaled by
    the tallest single column, with the week's conversations as its total."""
    weeks = charts.week_starts(dt.date(2026, 11, 26), 2)
    counts = {weeks[0]: Counter({"Answered": 4, "Handed off": 2}), weeks[1]: Counter({"Handed off": 1})}
    chart = charts.column_chart(
        "g", "G", "D", weeks, counts, ["Answered", "Handed off"], stacked=False, totals={weeks[0]: 5, weeks[1]: 1}
    )
    first = chart.columns[0].segments
    assert [s.series for s in first] == ["Answered", "Handed off"]
    assert first[0].x + first[0].width == pytest.approx(first[1].x)  # next to each other, not stacked
    assert all(abs(s.y + s.height - chart.baseline) < 0.01 for s in first)  # each from the baseline
    assert first[0].y == pytest.approx(chart.top) and chart.ticks[-1][0] == 4  # scaled to the tallest column, 4
    assert [c.total for c in chart.columns] == [5, 1] and chart.table_rows[0][1:] == ([4, 2], 5)
    assert not chart.stacked
