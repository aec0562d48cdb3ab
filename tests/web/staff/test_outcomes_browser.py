"""Issue 15's pages in a real browser (Debian's Chromium, Playwright): the dashboard's outcome
figures, the inbox's overdue filter and the settings page, each checked with axe-core (no serious
or critical violations) on a desktop and at 360 px wide, where nothing may make the page scroll
sideways. Screenshots go to tests/screenshots/outcomes-*.png (git-ignored).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot.records import db
from bot.records.tables import HandoffStep, LioSetting, QuestionLog, utcnow
from tests.web.browser import CHROMIUM
from tests.web.staff.conftest import World, make_handoff
from tests.web.staff.test_browser import PROJECT, SCREENSHOTS, _sign_in, browser, web  # noqa: F401  (fixtures)

AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make browser)")


def seed(url: str) -> None:
    """Recent conversations on LIO A's website and handed to it, and two of its handoffs overdue."""
    now = utcnow()
    with db.session(url) as s, s.begin():
        for i, outcome in enumerate(["answer", "answer", "clarify", "fallback", "handoff_offer", "answer", "handoff_offer"]):
            at = now - dt.timedelta(days=3 * i, hours=i * 5)
            s.add(QuestionLog(sender_id=f"b{i}", asked_at=at, text="q", outcome=outcome, site_lio_id="lio-a"))
        s.add(HandoffStep(sender_id="b4", at=now - dt.timedelta(days=12), step="routed", lio_id="lio-a", site_lio_id="lio-a"))
        s.add(HandoffStep(sender_id="b4", at=now - dt.timedelta(days=12), step="consented", lio_id="lio-a", site_lio_id="lio-a"))
        for ref, days, status in (("HO-OVERD1", 30, "new"), ("HO-OVERD2", 20, "in_progress"), ("HO-CLOSD3", 25, "closed")):
            h = make_handoff(ref, "lio-a", created_at=now - dt.timedelta(days=days), status=status, sender_id=f"s-{ref}")
            if status != "new":
                h.first_action_at = h.created_at + dt.timedelta(hours=3)
            if status == "closed":
                h.closed_at = h.created_at + dt.timedelta(days=2)
            s.add(h)


@pytest.fixture
def site(web: str, world: World) -> str:  # noqa: F811
    seed(world.url)
    return web


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:  # noqa: F811
    # axe-core is injected as a script, which the staff app's CSP (rightly) forbids: bypassed here only.
    ctx = browser.new_context(viewport=DESKTOP, locale="en-GB", bypass_csp=True, accept_downloads=True)
    yield ctx
    ctx.close()


def axe_problems(page: Any) -> list[dict[str, Any]]:
    """axe-core (from npm) violations rated serious or critical."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def check_both_widths(page: Any, name: str) -> None:
    """axe on the desktop and at 360 px, no sideways scrolling at 360 px, a screenshot of each."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(DESKTOP)
    assert axe_problems(page) == []
    page.screenshot(path=str(SCREENSHOTS / f"outcomes-{name}-desktop.png"), full_page=True)
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_problems(page) == []
    page.screenshot(path=str(SCREENSHOTS / f"outcomes-{name}-360.png"), full_page=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / f"outcomes-{name}-360-top.png"))  # what a phone shows first
    page.set_viewport_size(DESKTOP)


def test_dashboard_outcome_figures(site: str, world: World, context: Any) -> None:
    page = context.new_page()
    _sign_in(page, site, world.staff_a)
    page.get_by_role("link", name="Dashboard").click()
    outcomes = page.locator("section", has=page.get_by_role("heading", name="How conversations went for Alpha Voluntary Action"))
    figures = outcomes.locator("dl.figures")
    assert figures.locator("dt").all_inner_texts() == ["Conversations", "Began outside office hours", "Overdue now"]
    # Seven on its website, three seeded here and four of the world's handed to it.
    assert figures.locator("dd").first.inner_text() == "14"
    assert figures.locator("dd").nth(2).inner_text().startswith("2")
    assert page.locator("svg.chart-svg").count() == 7
    # Each chart is an image named by its title and description (the numbers are in its table).
    chart = outcomes.get_by_role("img", name=re.compile(r"^How conversations went Conversations in the last 12 weeks"))
    assert chart.is_visible()
    outcomes.get_by_text("What each outcome means").click()
    assert outcomes.get_by_text("offered a person or agreed to share, but nothing was handed over", exact=False).is_visible()
    outcomes.get_by_text("Show these times week by week").click()
    check_both_widths(page, "dashboard")
    # The figures as a spreadsheet.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download these figures as a spreadsheet (CSV)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert text.startswith("organisation,week_starting,conversations,answered") and "whole period" in text
    # The overdue count leads to the inbox, filtered.
    page.get_by_role("link", name="Show the overdue conversations").click()
    assert page.get_by_label("Only overdue conversations (not closed within the response target)").is_checked()


def test_inbox_overdue_filter(site: str, world: World, context: Any) -> None:
    page = context.new_page()
    _sign_in(page, site, world.staff_a)
    assert page.locator("table.inbox .badge-overdue").all_inner_texts() == ["Overdue", "Overdue"]
    page.get_by_label("Only overdue conversations (not closed within the response target)").check()
    page.get_by_role("button", name="Show conversations").click()
    rows = page.locator("table.inbox tbody tr")
    assert rows.count() == 2
    assert [r.split("\t")[0] for r in rows.all_inner_texts()] == ["HO-OVERD2", "HO-OVERD1"]
    assert all("Overdue" in r and "Due by" in r for r in rows.all_inner_texts())
    assert page.get_by_role("heading", name="2 conversations match your filters").is_visible()
    check_both_widths(page, "inbox-overdue")
    page.get_by_role("link", name="HO-OVERD1").click()
    assert page.locator(".summary-list .badge-overdue").inner_text() == "Overdue"


def test_settings_page(site: str, world: World, context: Any) -> None:
    page = context.new_page()
    _sign_in(page, site, world.staff_a)
    assert page.get_by_role("link", name="Settings").count() == 0  # LIO staff: no permission yet
    page.get_by_role("button", name="Sign out").click()
    _sign_in(page, site, world.admin)
    page.get_by_role("link", name="Settings").click()
    page.get_by_label("Organisation", exact=True).select_option(label="Alpha Voluntary Action")
    page.get_by_role("button", name="Show its settings").click()
    field = page.get_by_label("Response target, in working days")
    assert field.input_value() == "5"
    field.fill("ten")
    page.get_by_role("button", name="Save").click()
    assert page.get_by_role("alert").inner_text().startswith("There is a problem")
    assert page.get_by_label("Response target, in working days").input_value() == "ten"  # kept as typed
    assert page.title().startswith("Error: ")
    check_both_widths(page, "settings-error")
    assert page.get_by_role("link", name="Enter a whole number of working days from 1 to 60, for example 5.").is_visible()
    page.get_by_label("Response target, in working days").fill("3")
    page.get_by_label("Response target, in working days").press("Enter")  # the keyboard submits it too
    assert "Response target for Alpha Voluntary Action saved: 3 working days." in page.locator(".messages").inner_text()
    assert page.get_by_label("Response target, in working days").input_value() == "3"
    check_both_widths(page, "settings")
    with db.session(world.url) as s:
        assert s.get(LioSetting, "lio-a").response_target_days == 3
