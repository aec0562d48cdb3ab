"""The staff management and two-factor pages in a real browser, 360 px wide (a phone): Debian's
Chromium driven by Playwright against the web app as production runs it (test_browser's `web`),
each page checked with axe (no serious or critical problems), for sideways scrolling, and for
Content-Security-Policy violations. Screenshots go to tests/screenshots/staff-*.png (git-ignored).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import pyotp
import pytest
from playwright.sync_api import expect

from tests.web.browser import CHROMIUM, axe_problems
from tests.web.staff.conftest import PASSWORD, TOTP_SECRET, World
from tests.web.staff.test_browser import SCREENSHOTS, browser, web  # noqa: F401  (fixtures)

PHONE = {"width": 360, "height": 740}

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make browser)")
NEW_PASSWORD = "river lantern copper meadow"


class Watched:
    """A 360 px page whose console errors (CSP violations among them) and dialogs are collected."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.problems: list[str] = []
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.on(
            "console",
            lambda m: (
                self.problems.append(f"{m.text} {m.location.get('url')}")
                if m.type == "error" and not str(m.location.get("url", "")).endswith("/favicon.ico")
                else None
            ),
        )

    def check(self, name: str) -> None:
        """axe, no sideways scrolling at 360 px, a heading, and a screenshot named `name`."""
        page = self.page
        assert axe_problems(page) == [], name
        wide = page.evaluate(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361)"
            ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)"
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], f"{name} scrolls sideways: {wide}"
        assert page.get_by_role("heading", level=1).count() == 1, name
        page.screenshot(path=str(SCREENSHOTS / f"staff-{name}.png"), full_page=True)


@pytest.fixture
def phone(browser) -> Iterator[Any]:  # type: ignore[no-untyped-def]  # noqa: F811
    context = browser.new_context(viewport=PHONE, locale="en-GB", is_mobile=True, has_touch=True)
    try:
        yield context
    finally:
        context.close()


def _password_step(page: Any, base: str, email: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/staff/login")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_an_lio_admin_signs_in_with_a_code_and_manages_staff(web: str, world: World, phone: Any) -> None:  # noqa: F811
    w = Watched(phone)
    page = w.page
    _password_step(page, web, world.lead_a)
    page.wait_for_url(f"{web}/staff/login/code")
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your sign-in code")
    page.get_by_label("Sign-in code").fill("000000" if pyotp.TOTP(TOTP_SECRET).now() != "000000" else "111111")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".error-summary")).to_contain_text("The code is not right")
    w.check("code-step")
    page.get_by_label("Sign-in code").fill(pyotp.TOTP(TOTP_SECRET).now())
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Conversations handed to Alpha Voluntary Action")

    page.get_by_role("link", name="Staff", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff of Alpha Voluntary Action")
    expect(page.locator(".members")).to_contain_text(world.staff_a)
    assert world.staff_b not in page.content()
    w.check("team")

    # Invite: a bad address first (a clear message, what was typed kept), then a good one.
    page.get_by_label("Their work email address").fill("new person at lio-a")
    page.get_by_role("button", name="Invite").click()
    expect(page.locator(".error-summary")).to_contain_text("Enter an email address in the right format")
    assert page.get_by_label("Their work email address").input_value() == "new person at lio-a"
    w.check("team-invite-error")
    page.get_by_label("Their work email address").fill("new.person@lio-a.example.org")
    page.get_by_role("button", name="Invite").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Invitation ready")
    link = page.get_by_label("One-time link").input_value()
    assert link.startswith(f"{web}/staff/set-password/")
    w.check("team-invite-link")

    page.get_by_role("link", name="Back to the staff of Alpha Voluntary Action").click()
    page.get_by_role("link", name=f"Reset password of {world.staff_a2}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Reset the password of {world.staff_a2}")
    w.check("team-reset")
    page.get_by_role("button", name="Reset password").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Password reset")

    page.goto(f"{web}/staff/team/lio-a")
    page.get_by_role("button", name=re.compile(rf"^Make an LIO administrator\W+{re.escape(world.staff_a)}$")).click()
    expect(page.locator(".messages")).to_contain_text(f"{world.staff_a} is now an LIO administrator")
    page.get_by_role("link", name=f"Remove {world.staff_a2}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Remove {world.staff_a2}?")
    w.check("team-remove")
    page.get_by_role("button", name=f"Remove {world.staff_a2}").click()
    expect(page.locator(".messages")).to_contain_text(f"{world.staff_a2} has been removed")
    page.get_by_label("Require two-factor sign-in for all our staff").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("now required for all your staff")
    assert page.get_by_label("Require two-factor sign-in for all our staff").is_checked()

    page.get_by_role("link", name="Two-factor sign-in").click()
    expect(page.locator(".summary-list")).to_contain_text("10 of 10")
    w.check("two-factor")
    assert w.problems == [], w.problems


def test_an_invitee_sets_a_password_then_sets_up_two_factor(web: str, world: World, browser, phone: Any) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    # A site-wide administrator invites the first LIO administrator of LIO C (desktop size).
    admin_context = browser.new_context(viewport={"width": 1100, "height": 900}, locale="en-GB")
    admin = Watched(admin_context)
    _password_step(admin.page, web, world.admin)
    admin.page.get_by_label("Sign-in code").fill(pyotp.TOTP(TOTP_SECRET).now())
    admin.page.get_by_role("button", name="Continue").click()
    admin.page.get_by_role("link", name="Staff", exact=True).click()
    expect(admin.page.get_by_role("heading", level=1)).to_have_text("Staff of every organisation")
    assert axe_problems(admin.page) == []
    admin.page.screenshot(path=str(SCREENSHOTS / "staff-team-index.png"), full_page=True)
    admin.page.get_by_label("Organisation", exact=True).select_option("lio-c")
    admin.page.get_by_role("button", name="Manage its staff").click()
    admin.page.get_by_label("Their work email address").fill("chair@lio-c.example.org")
    admin.page.get_by_label("Make them an LIO administrator too").check()
    admin.page.get_by_role("button", name="Invite").click()
    link = admin.page.get_by_label("One-time link").input_value()
    assert admin.problems == [], admin.problems
    admin_context.close()

    # The invitee, on a phone.
    w = Watched(phone)
    page = w.page
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Set your password")
    expect(page.locator(".summary-list")).to_contain_text("chair@lio-c.example.org")
    w.check("set-password")
    page.get_by_label("New password").fill("too short")
    page.get_by_label("The same password again").fill("too short")
    page.get_by_role("button", name="Save my password").click()
    expect(page.locator(".error-summary")).to_contain_text("at least 12 characters")
    w.check("set-password-error")
    page.get_by_label("New password").fill(NEW_PASSWORD)
    page.get_by_label("The same password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Save my password").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    expect(page.locator(".messages")).to_contain_text("Your password is set")

    # An LIO administrator must set up two-factor sign-in before anything else.
    _password_step(page, web, "chair@lio-c.example.org", NEW_PASSWORD)
    page.wait_for_url(f"{web}/staff/two-factor/setup")
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor sign-in")
    qr = page.get_by_role(
        "img", name="QR code to add your account to an authenticator app. If you cannot scan it, type the key shown below."
    )
    # Drawn by the app and allowed by its CSP: it loads (decode() waits for it) at its full size.
    assert qr.evaluate("async img => { await img.decode(); return img.naturalWidth; }") > 100
    w.check("two-factor-setup")
    key = page.locator(".secret code").inner_text().replace(" ", "")
    page.get_by_label("6-digit code").fill("12345")
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.locator(".error-summary")).to_contain_text("Enter the 6 digits")
    assert page.get_by_label("6-digit code").input_value() == "12345"
    w.check("two-factor-setup-error")
    page.get_by_label("6-digit code").fill(pyotp.TOTP(key).now())
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Save your recovery codes")
    assert page.locator(".recovery-codes li").count() == 10
    w.check("two-factor-recovery-codes")
    page.get_by_role("link", name="I have saved them: continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Conversations handed to Gamma Community Action"))

    # The link again: already used, said plainly.
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("This link has already been used")
    w.check("link-used")
    gone = [p for p in w.problems if "status of 410" in p and "/staff/set-password/" in p]
    assert len(gone) == 1 and [p for p in w.problems if p not in gone] == [], w.problems  # only that expected 410


def test_the_new_pages_work_without_javascript(web: str, world: World, browser) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="en-GB")
    page = context.new_page()
    _password_step(page, web, world.lead_b)
    page.get_by_label("Sign-in code").fill(pyotp.TOTP(TOTP_SECRET).now())
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("link", name="Staff", exact=True).click()
    page.get_by_label("Their work email address").fill("nojs@lio-b.example.org")
    page.get_by_role("button", name="Invite").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Invitation ready")
    page.get_by_role("link", name="Back to the staff of Beta CVS").click()
    expect(page.locator(".members")).to_contain_text("nojs@lio-b.example.org")
    context.close()
