"""The staff app in a real browser: Debian's Chromium, headless, driven by Playwright.

The web app runs as in production (`python -m bot.web`, waitress) on a free port, against a
seeded SQLite database. Screenshots go to tests/screenshots/staff-*.png (git-ignored).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from bot.records import db
from tests.conftest import free_port
from tests.web.browser import CHROMIUM, CHROMIUM_ARGS
from tests.web.staff.conftest import PASSWORD, TEST_SECRET, World, allow_code_again, current_code, make_handoff

PROJECT = Path(__file__).resolve().parents[3]
SCREENSHOTS = PROJECT / "tests" / "screenshots"
EVIL = '<script>alert("x")</script>'

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make browser)")


@pytest.fixture
def web(world: World, tmp_path: Path) -> Iterator[str]:
    """The web app in its own process, as `python -m bot run` starts it; stopped afterwards."""
    with db.session(world.url) as s, s.begin():
        s.add(
            make_handoff(
                "HO-XSS222",
                "lio-a",
                topics=["case:fraud_theft"],
                transcript=[
                    {
                        "role": "user",
                        "text": f"Hello {EVIL} our treasurer has taken the raffle money",
                        "at": "2026-11-20T10:00:00+00:00",
                    },
                    {
                        "role": "bot",
                        "text": "Don't confront anyone. Report it to the police through Report Fraud.",
                        "at": "2026-11-20T10:00:05+00:00",
                    },
                ],
            )
        )
    port = free_port()
    env = dict(
        os.environ,
        DATABASE_URL=world.url,
        WEB_PORT=str(port),
        DATA_DIR=str(tmp_path),
        # The key the test process sealed the administrators' two-factor keys with (conftest).
        SECRET_KEY=TEST_SECRET,
        STAFF_BASE_URL=f"http://127.0.0.1:{port}/staff",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
    )
    log = open(tmp_path / "web.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "bot.web"], cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("web app did not start:\n" + (tmp_path / "web.log").read_text()) from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def _sign_in(page, base: str, email: str) -> None:  # type: ignore[no-untyped-def]
    """Sign in with the password and, for an account with two-factor sign-in on (administrators
    must have it), the code its app shows now."""
    page.goto(f"{base}/staff/handoffs")
    assert page.url.startswith(f"{base}/staff/login")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    if page.url.endswith("/staff/login/code"):
        allow_code_again(email)
        page.get_by_label("Sign-in code").fill(current_code())
        with page.expect_navigation():
            page.get_by_role("button", name="Continue").click()


def test_sign_in_read_a_transcript_change_status_and_view_dashboard(web: str, world: World, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    dialogs: list[str] = []
    problems: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    expected_404 = (f"/staff/handoffs/{world.refs_b[0]}", "/favicon.ico")
    page.on(
        "console",
        lambda m: (
            problems.append(f"{m.text} {m.location.get('url')}")
            if m.type == "error" and not str(m.location.get("url", "")).endswith(expected_404)
            else None
        ),
    )

    page.goto(f"{web}/staff/login")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.screenshot(path=str(SCREENSHOTS / "staff-login.png"))

    _sign_in(page, web, world.staff_a)
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Conversations handed to Alpha Voluntary Action"
    listed = page.locator("table.inbox tbody tr").all_inner_texts()
    assert len(listed) == 4 and not any("HO-BBBB" in row for row in listed)
    page.screenshot(path=str(SCREENSHOTS / "staff-inbox.png"), full_page=True)

    # Open the transcript: the <script> a member of the public typed is shown as text, not run.
    page.get_by_role("link", name="HO-XSS222").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Conversation HO-XSS222"
    message = page.locator(".msg-user .text").first
    assert EVIL in message.inner_text()
    assert page.locator(".transcript script").count() == 0
    page.screenshot(path=str(SCREENSHOTS / "staff-transcript.png"), full_page=True)

    # Work on it: status, assignee, a note.
    page.get_by_role("button", name="Start working on it").click()
    assert "Status changed to 'In progress'." in page.locator(".messages").inner_text()
    assert page.locator(".summary-list .status").first.inner_text() == "In progress"
    page.get_by_label("Who is handling it").select_option(world.staff_a2)
    page.get_by_role("button", name="Save").click()
    page.get_by_label("Add a note").fill("Rang them back; they will send the bank statements.")
    page.get_by_role("button", name="Add note").click()
    assert "Rang them back" in page.locator(".notes").inner_text()
    page.get_by_role("button", name="Mark as closed").click()
    assert page.locator(".summary-list .status").first.inner_text() == "Closed"
    page.screenshot(path=str(SCREENSHOTS / "staff-status.png"), full_page=True)

    # Another LIO's conversation, by its address: the same page as one that does not exist.
    page.goto(f"{web}/staff/handoffs/{world.refs_b[0]}")
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"

    page.get_by_role("link", name="Dashboard").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Dashboard"
    assert page.locator("svg.chart-svg").count() == 7
    assert page.locator("svg.chart-svg rect").count() > 7
    page.locator("summary").first.click()
    assert page.locator("details table").first.is_visible()
    page.screenshot(path=str(SCREENSHOTS / "staff-dashboard.png"), full_page=True)

    page.get_by_role("button", name="Sign out").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Sign in"
    page.goto(f"{web}/staff/handoffs/HO-XSS222")
    assert page.url.startswith(f"{web}/staff/login")

    assert dialogs == []
    assert problems == [], problems  # includes any Content-Security-Policy violation
    context.close()


def test_everything_works_without_javascript(web: str, world: World, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1000, "height": 800}, locale="en-GB")
    page = context.new_page()
    _sign_in(page, web, world.staff_b)
    assert page.get_by_role("heading", level=1).inner_text() == "Conversations handed to Beta CVS"
    page.get_by_label("Status").select_option("new")
    page.get_by_role("button", name="Show conversations").click()
    page.get_by_role("link", name=world.refs_b[0]).click()
    page.get_by_role("button", name="Start working on it").click()
    assert page.locator(".summary-list .status").first.inner_text() == "In progress"
    page.get_by_role("link", name="Dashboard").click()
    assert page.locator("svg.chart-svg").count() == 7
    page.locator("summary").nth(1).click()  # <details> opens without script
    assert "Week of" in page.locator("details table").nth(1).inner_text()
    page.screenshot(path=str(SCREENSHOTS / "staff-dashboard-nojs.png"), full_page=True)
    context.close()


def test_dashboard_ratings_read_well_on_a_phone_and_pass_axe(web: str, world: World, browser) -> None:  # type: ignore[no-untyped-def]
    """ "Did the answers help?" with seeded ratings: at 360 px the page does not scroll sideways, the
    charts have their tables, the least helpful articles are listed, and axe finds nothing serious."""
    from tests.web.staff.test_dashboard_ratings import seed_ratings

    seed_ratings()
    axe = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
    for email, viewport, name in (
        (world.admin, {"width": 1280, "height": 900}, "staff-dashboard-ratings-admin.png"),
        (world.staff_a, {"width": 360, "height": 740}, "staff-dashboard-ratings-phone.png"),
    ):
        # bypass_csp: only so that axe can be injected; the page itself runs no script.
        context = browser.new_context(viewport=viewport, locale="en-GB", bypass_csp=True)
        page = context.new_page()
        _sign_in(page, web, email)
        page.get_by_role("link", name="Dashboard").click()
        section = page.locator("section", has=page.get_by_role("heading", name="Did the answers help?"))
        assert section.locator("svg.chart-svg").count() == 2
        least = page.get_by_role("table", name="The ten least helpful articles")
        assert least.locator("tbody tr").first.inner_text().startswith("1")
        assert "rated at least 5 times" in section.inner_text()
        section.locator("summary").last.click()
        assert "Claiming Gift Aid" in section.locator("details table").last.inner_text()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"]
        section.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
        page.add_script_tag(path=str(axe))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        serious = [
            (v["id"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], serious
        context.close()
