""" "Did this help?" on the staff dashboard, from ratings stored as the action stores them: per
article (helped, didn't help, share), the ten least helpful with a minimum of ratings, and whose
chats each viewer may see (an LIO's staff: their own website's; administrators: all, or one)."""

from __future__ import annotations

import datetime as dt
import re

from flask.testing import FlaskClient

from bot.records import feedback
from bot.records.tables import StaffUser, utcnow
from bot.web.staff import charts
from tests.web.staff.conftest import World, login, logout

# (article, helped, not helped, the website's LIO)
SEEDED = [
    ("funding.gift_aid", 1, 5, "lio-a"),
    ("volunteering.drivers", 4, 1, "lio-a"),
    ("governance.cio", 0, 2, "lio-a"),  # two ratings only: never ranked
    ("funding.gift_aid", 3, 0, "lio-b"),
    ("volunteering.dbs_checks", 2, 4, None),  # the REST channel, or a site without data-lio
]


def seed_ratings(now: dt.datetime | None = None) -> None:
    for article, helped, not_helped, lio in SEEDED:
        for outcome, times in ((True, helped), (False, not_helped)):
            for _ in range(times):
                assert feedback.record(article, outcome, lio, at=now or utcnow())


def ratings_section(html: str) -> str:
    return html[html.index('id="ratings-title"') :]


def article_table(section: str) -> list[tuple[str, ...]]:
    """The rows of the table behind the per-article chart: title, helped, didn't help, ratings, share."""
    table = section[section.index("ratings-article-caption") :]
    table = table[table.index("<tbody>") : table.index("</tbody>")]
    return re.findall(
        r'<tr><th scope="row">(.*?)</th><td class="num">(\d+)</td><td class="num">(\d+)</td>'
        r'<td class="num">(\d+)</td><td class="num">(.*?)</td></tr>',
        table,
    )


def least_helpful(section: str) -> list[tuple[str, ...]]:
    table = section[section.index('id="least-helpful-title"') :]
    return re.findall(
        r'<tr><td class="num">(\d+)</td><th scope="row">(.*?)</th><td class="num">(.*?)</td>'
        r'<td class="num">(\d+)</td><td class="num">(\d+)</td><td class="num">(\d+)</td></tr>',
        table,
    )


def test_admin_sees_every_rating_per_article_and_the_least_helpful(any_world: World, client: FlaskClient) -> None:
    seed_ratings()
    login(client, any_world.admin)
    resp = client.get("/staff/dashboard")
    assert resp.status_code == 200
    section = ratings_section(resp.get_data(as_text=True))
    assert "These figures are for all conversations" in section
    assert "22 ratings in this period: 10 said the answer helped (45%)." in section
    assert article_table(section) == [
        ("Claiming Gift Aid", "4", "5", "9", "44%"),
        ("DBS checks for volunteers", "2", "4", "6", "33%"),
        ("Volunteer drivers, mileage and minibuses", "4", "1", "5", "80%"),
        ("Charitable incorporated organisations (CIOs)", "0", "2", "2", "0%"),
    ]
    assert "Only articles rated at least 5 times in this period" in section
    assert least_helpful(section) == [
        ("1", "DBS checks for volunteers", "33%", "2", "4", "6"),
        ("2", "Claiming Gift Aid", "44%", "4", "5", "9"),
        ("3", "Volunteer drivers, mileage and minibuses", "80%", "4", "1", "5"),
    ]
    # Two charts with their tables: week by week, and by article.
    assert section.count('<svg class="chart-svg"') == 2
    assert section.count("Show these numbers as a table") == 2
    assert ">Did the answers help? By article</title>" in section


def test_lio_staff_see_only_the_ratings_from_chats_on_their_website(any_world: World, client: FlaskClient) -> None:
    seed_ratings()
    login(client, any_world.staff_a)
    section = ratings_section(client.get("/staff/dashboard").get_data(as_text=True))
    assert "These figures are for chats on Alpha Voluntary Action's website only." in section
    assert "13 ratings in this period: 5 said the answer helped (38%)." in section
    assert article_table(section) == [
        ("Claiming Gift Aid", "1", "5", "6", "17%"),
        ("Volunteer drivers, mileage and minibuses", "4", "1", "5", "80%"),
        ("Charitable incorporated organisations (CIOs)", "0", "2", "2", "0%"),
    ]
    assert [r[1] for r in least_helpful(section)] == ["Claiming Gift Aid", "Volunteer drivers, mileage and minibuses"]
    assert "DBS checks for volunteers" not in section  # rated in chats on no website of theirs
    logout(client)

    login(client, any_world.staff_b)
    section = ratings_section(client.get("/staff/dashboard").get_data(as_text=True))
    assert "chats on Beta CVS's website only" in section
    assert article_table(section) == [("Claiming Gift Aid", "3", "0", "3", "100%")]
    assert least_helpful(section) == []
    assert "No article has been rated 5 times or more in this period yet." in section


def test_lio_staff_cannot_ask_for_another_websites_or_all_ratings(any_world: World, client: FlaskClient) -> None:
    seed_ratings()
    login(client, any_world.staff_b)
    own = ratings_section(client.get("/staff/dashboard").get_data(as_text=True))
    for asked in ("rated_on=lio-a", "rated_on=", "rated_on=all", "lio=lio-a&rated_on=lio-a"):
        html = client.get(f"/staff/dashboard?{asked}").get_data(as_text=True)
        assert ratings_section(html) == own, asked
        assert 'name="rated_on"' not in html  # the choice is for administrators only
    user = StaffUser(email="x@lio-b.example.org", password_hash="x", lio_id="lio-b", is_admin=False, session_epoch="e")
    assert charts.ratings_scope(user, "lio-a") == "lio-b" and charts.ratings_scope(user, None) == "lio-b"


def test_admin_can_narrow_the_ratings_to_one_website(any_world: World, client: FlaskClient) -> None:
    seed_ratings()
    login(client, any_world.admin)
    html = client.get("/staff/dashboard?rated_on=lio-b").get_data(as_text=True)
    assert """<option value="lio-b" selected>Chats on Beta CVS's website</option>""" in html
    section = ratings_section(html)
    assert "chats on Beta CVS's website only" in section
    assert article_table(section) == [("Claiming Gift Aid", "3", "0", "3", "100%")]


def test_ratings_follow_the_period_and_an_empty_period_says_so(world: World, client: FlaskClient) -> None:
    seed_ratings(now=utcnow() - dt.timedelta(weeks=20))
    login(client, world.admin)
    section = ratings_section(client.get("/staff/dashboard").get_data(as_text=True))
    assert "No answers were rated in this period." in section and "<svg" not in section
    assert "No article has been rated 5 times or more in this period yet." in section
    section = ratings_section(client.get("/staff/dashboard?weeks=26").get_data(as_text=True))
    assert "22 ratings in this period" in section
    logout(client)
    login(client, world.staff_a)
    section = ratings_section(client.get("/staff/dashboard").get_data(as_text=True))
    assert "ask whoever looks after" in section  # an LIO's staff are told how ratings reach them


def test_split_bars_are_drawn_in_proportion() -> None:
    rows = [
        charts.ArticleRating("a.long", 3, 1, title="A long article title that goes on and on and on"),
        charts.ArticleRating("b", 0, 2, title="B"),
    ]
    first, second = charts.split_bar_chart("r", "R", "D", rows).bars
    assert first.label.endswith("…") and first.full_label == rows[0].title
    assert abs(first.helped_length - 3 * first.not_helped_length) < 1e-9
    assert abs((first.helped_length + first.not_helped_length) - 2 * second.not_helped_length) < 1e-9
    assert second.helped_length == 0
    assert charts.ArticleRating("c", 0, 0, title="C").share == "–" and charts.ArticleRating("c", 1, 2, title="C").share == "33%"
