"""Two-factor sign-in over HTTP, on SQLite and PostgreSQL: every path through signing in with and
without it (right code, wrong code, a code or recovery code used twice, the lock-out after wrong
codes, a stolen password alone, required but not set up), setting it up, and new recovery codes.

In the world (conftest) the administrators have two-factor on with TOTP_SECRET; staff do not.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

import pyotp
import pytest
from flask.testing import FlaskClient
from sqlalchemy import select, text

from bot import settings
from bot.records import db, sealing
from bot.records.tables import AuditEntry, LoginAttempt, RecoveryCode, StaffUser, utcnow
from bot.web.staff import accounts, two_factor
from tests.conftest import use_settings
from tests.web.staff.conftest import (
    PASSWORD,
    TOTP_SECRET,
    World,
    csrf_token,
    current_code,
    login,
    logout,
    post,
)

PROTECTED_PAGES = (
    "/staff/handoffs",
    "/staff/dashboard",
    "/staff/audit",
    "/staff/team",
    "/staff/two-factor",
    "/staff/two-factor/setup",
)


def _user(world: World, email: str) -> StaffUser:
    with db.session(world.url) as s:
        user = s.scalar(select(StaffUser).where(StaffUser.email == email))
    assert user is not None
    return user


def _password_step(client: FlaskClient, email: str, password: str = PASSWORD) -> Any:
    return login(client, email, password, with_code=False)


def _code_step(client: FlaskClient, code: str) -> Any:
    return client.post("/staff/login/code", data={"code": code, "csrf_token": csrf_token(client)})


def _wrong_code(right: str) -> str:
    return f"{(int(right) + 500_000) % 1_000_000:06d}"


def _entries(world: World, action: str) -> list[AuditEntry]:
    with db.session(world.url) as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


# ---------------------------------------------------------------- signing in


def test_without_two_factor_the_password_signs_in(any_world: World, client: FlaskClient) -> None:
    resp = _password_step(client, any_world.staff_a)
    assert resp.status_code == 303 and resp.location.endswith("/staff/handoffs")
    assert client.get("/staff/handoffs").status_code == 200
    assert _entries(any_world, "login")[-1].detail is None


def test_right_code_after_the_password_signs_in(any_world: World, client: FlaskClient) -> None:
    resp = _password_step(client, any_world.lead_a)
    assert resp.status_code == 303 and resp.location.endswith("/staff/login/code")
    page = client.get("/staff/login/code").get_data(as_text=True)
    assert "Enter your sign-in code" in page and 'autocomplete="one-time-code"' in page
    assert not _entries(any_world, "login")  # not signed in yet
    resp = _code_step(client, current_code())
    assert resp.status_code == 303 and resp.location.endswith("/staff/handoffs")
    assert client.get("/staff/handoffs").status_code == 200
    entry = _entries(any_world, "login")[-1]
    assert (entry.actor, entry.detail) == (any_world.lead_a, "with a two-factor code")
    assert _user(any_world, any_world.lead_a).last_login_at is not None


def test_codes_are_accepted_with_spaces_and_one_step_of_clock_drift(world: World, client: FlaskClient) -> None:
    _password_step(client, world.lead_a)
    earlier = two_factor.code_at(TOTP_SECRET, utcnow() - dt.timedelta(seconds=30))
    assert _code_step(client, f" {earlier[:3]} {earlier[3:]} ").status_code == 303


def test_a_stolen_password_alone_never_gets_in(any_world: World, client: FlaskClient) -> None:
    """The thief has the password of an administrator of each kind, and no phone."""
    ref = any_world.refs_a[0]
    for victim in (any_world.admin, any_world.lead_a):
        resp = _password_step(client, victim)
        assert resp.location.endswith("/staff/login/code")
        with client.session_transaction() as sess:
            assert "staff_id" not in sess  # no session, only "waiting for the code"
        for path in (*PROTECTED_PAGES, f"/staff/handoffs/{ref}", "/staff/team/lio-a"):
            resp = client.get(path)
            assert resp.status_code == 302 and "/staff/login" in resp.location, (victim, path)
        for path, data in (
            (f"/staff/handoffs/{ref}/notes", {"text": "thief"}),
            ("/staff/export", {}),
            ("/staff/team/lio-a/invite", {"email": "thief@example.org"}),
            ("/staff/two-factor/recovery-codes", {}),
        ):
            resp = post(client, path, data)
            assert resp.status_code == 302 and "/staff/login" in resp.location, (victim, path)
        for guess in ("", "000000", "123456", "abcd-efgh-jkmn-pqrs", "x" * 5000):
            assert _code_step(client, guess).status_code in (200, 429)
        assert client.get("/staff/handoffs").status_code == 302
        # Signing in with the password again starts over at the code, never further.
        assert _password_step(client, victim).status_code in (303, 429)
        assert client.get("/staff/handoffs").status_code == 302
    with db.session(any_world.url) as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "login")) is None
        assert s.scalar(select(AuditEntry).where(AuditEntry.actor == "thief@example.org")) is None
        assert s.scalar(select(StaffUser).where(StaffUser.email == "thief@example.org")) is None


def test_wrong_code_is_refused_counted_and_audited(any_world: World, client: FlaskClient) -> None:
    _password_step(client, any_world.lead_a)
    resp = _code_step(client, _wrong_code(current_code()))
    assert resp.status_code == 200 and "The code is not right" in resp.get_data(as_text=True)
    assert client.get("/staff/handoffs").status_code == 302
    with db.session(any_world.url) as s:
        assert len(s.scalars(select(LoginAttempt).where(LoginAttempt.email == any_world.lead_a)).all()) == 1
    assert _entries(any_world, "2fa_failed")[-1].actor == any_world.lead_a
    assert _code_step(client, current_code()).status_code == 303  # the right one still works
    with db.session(any_world.url) as s:
        assert not s.scalars(select(LoginAttempt).where(LoginAttempt.email == any_world.lead_a)).all()


def test_a_code_works_only_once(any_world: World, client: FlaskClient) -> None:
    """A code seen over a shoulder cannot be used again, even within its 30 seconds."""
    now = dt.datetime(2026, 12, 1, 9, 0, 10)
    client.application.config["STAFF_CLOCK"] = lambda: now
    code = two_factor.code_at(TOTP_SECRET, now)
    _password_step(client, any_world.lead_a)
    assert _code_step(client, code).status_code == 303
    logout(client)
    _password_step(client, any_world.lead_a)
    reused = _code_step(client, code)
    assert reused.status_code == 200 and "The code is not right" in reused.get_data(as_text=True)
    # Nor the one before it, still inside the drift allowed; the next one works.
    assert _code_step(client, two_factor.code_at(TOTP_SECRET, now - dt.timedelta(seconds=30))).status_code == 200
    assert _code_step(client, two_factor.code_at(TOTP_SECRET, now + dt.timedelta(seconds=30))).status_code == 303


def test_each_recovery_code_works_once(any_world: World, client: FlaskClient) -> None:
    codes = any_world.recovery[any_world.lead_a]
    assert len(codes) == 10 and len(set(codes)) == 10
    _password_step(client, any_world.lead_a)
    resp = _code_step(client, codes[0].upper())  # as read out loud: any case, dashes or not
    assert resp.status_code == 303
    page = client.get(resp.location).get_data(as_text=True)
    assert "You signed in with a recovery code. You have 9 left" in page
    assert _entries(any_world, "login")[-1].detail == "with a recovery code (9 left)"
    logout(client)
    _password_step(client, any_world.lead_a)
    reused = _code_step(client, codes[0])
    assert reused.status_code == 200 and "The code is not right" in reused.get_data(as_text=True)
    assert _code_step(client, codes[1].replace("-", "")).status_code == 303
    # Another person's recovery code is no use.
    logout(client)
    _password_step(client, any_world.lead_b)
    assert _code_step(client, codes[2]).status_code == 200


def test_recovery_codes_are_kept_only_as_hashes_and_the_key_sealed(any_world: World) -> None:
    with db.session(any_world.url) as s:
        stored = " ".join(str(v) for row in s.execute(text("SELECT * FROM staff_recovery_codes")) for v in row)
        lead = s.scalar(select(StaffUser).where(StaffUser.email == any_world.lead_a))
    for code in any_world.recovery[any_world.lead_a]:
        assert code not in stored and two_factor.clean(code) not in stored
    assert TOTP_SECRET not in (lead.totp_secret or "") and lead.totp_secret
    assert sealing.unseal(settings.current(), sealing.TWO_FACTOR, lead.totp_secret) == TOTP_SECRET
    assert sealing.unseal(settings.current(), sealing.OUTBOX_LINK, lead.totp_secret) is None  # keyed by use


def test_lockout_after_repeated_wrong_codes(any_world: World, client: FlaskClient) -> None:
    limit = settings.current().staff_lockout_attempts
    _password_step(client, any_world.lead_a)
    for _ in range(limit):
        assert _code_step(client, _wrong_code(current_code())).status_code == 200
    locked = _code_step(client, current_code())  # even the right code now
    assert locked.status_code == 429 and "paused" in locked.get_data(as_text=True)
    assert client.get("/staff/handoffs").status_code == 302
    again = _password_step(client, any_world.lead_a)  # and the password too
    assert again.status_code == 429
    assert login(client.application.test_client(), any_world.lead_b).status_code == 303  # others are not affected


def test_a_right_password_does_not_reset_the_count_of_wrong_codes(world: World, client: FlaskClient) -> None:
    """Otherwise a thief with the password could guess codes forever, four at a time."""
    limit = settings.current().staff_lockout_attempts
    for _ in range(limit - 1):
        _password_step(client, world.lead_a)
        _code_step(client, _wrong_code(current_code()))
    _password_step(client, world.lead_a)
    _code_step(client, _wrong_code(current_code()))
    assert _password_step(client, world.lead_a).status_code == 429


def test_the_code_lockout_lifts_after_its_minutes(world: World, client: FlaskClient) -> None:
    now = [dt.datetime(2026, 12, 1, 9, 0)]
    client.application.config["STAFF_CLOCK"] = lambda: now[0]
    _password_step(client, world.lead_a)
    for _ in range(settings.current().staff_lockout_attempts):
        _code_step(client, "000000" if two_factor.code_at(TOTP_SECRET, now[0]) != "000000" else "111111")
    assert _code_step(client, two_factor.code_at(TOTP_SECRET, now[0])).status_code == 429
    now[0] += dt.timedelta(minutes=settings.current().staff_lockout_minutes, seconds=1)
    with client.session_transaction() as sess:
        sess["pending_at"] = time.time()  # the person comes back and signs in again
    assert _password_step(client, world.lead_a).location.endswith("/staff/login/code")
    assert _code_step(client, two_factor.code_at(TOTP_SECRET, now[0])).status_code == 303


def test_the_code_step_waits_only_a_few_minutes(world: World, client: FlaskClient) -> None:
    _password_step(client, world.lead_a)
    with client.session_transaction() as sess:
        sess["pending_at"] = time.time() - 6 * 60
    resp = _code_step(client, current_code())
    assert resp.status_code == 303 and resp.location.endswith("/staff/login")
    assert "Please sign in again" in client.get(resp.location).get_data(as_text=True)
    assert client.get("/staff/handoffs").status_code == 302


def test_the_code_step_ends_when_the_account_changes(world: World, client: FlaskClient) -> None:
    """A password reset (new session epoch) between the two steps: the code no longer signs in."""
    _password_step(client, world.lead_a)
    accounts.set_password(world.lead_a, "a different long password")
    resp = _code_step(client, current_code())
    assert resp.status_code == 303 and resp.location.endswith("/staff/login")
    assert client.get("/staff/handoffs").status_code == 302


def test_the_code_page_without_a_password_step_sends_to_sign_in(world: World, client: FlaskClient) -> None:
    assert client.get("/staff/login/code").location.endswith("/staff/login")
    client.get("/staff/login")
    assert _code_step(client, current_code()).location.endswith("/staff/login")
    assert client.get("/staff/handoffs").status_code == 302


def test_next_page_is_kept_through_the_code_step(world: World, client: FlaskClient) -> None:
    ref = world.refs_a[0]
    client.get("/staff/login")
    resp = client.post(
        "/staff/login",
        data={"email": world.lead_a, "password": PASSWORD, "next": f"/staff/handoffs/{ref}", "csrf_token": csrf_token(client)},
    )
    assert resp.location.endswith("/staff/login/code")
    assert _code_step(client, current_code()).location == f"/staff/handoffs/{ref}"


# ---------------------------------------------------------------- required but not set up


@pytest.mark.parametrize("who", ["site-admin", "lio-admin", "lio-rule"])
def test_required_but_not_set_up_goes_to_setup_before_anything_else(any_world: World, client: FlaskClient, who: str) -> None:
    if who == "site-admin":
        email = "new-admin@example.org"
        accounts.add_staff(email, PASSWORD, admin=True)
    elif who == "lio-admin":
        email = any_world.staff_b
        accounts.set_lio_admin(email)
    else:
        email = any_world.staff_a
        boss = client.application.test_client()
        login(boss, any_world.lead_a)
        post(boss, "/staff/team/lio-a/rules", {"require_two_factor": "yes"})
    resp = _password_step(client, email)
    assert resp.status_code == 303
    for path in (
        "/staff/handoffs",
        "/staff/dashboard",
        f"/staff/handoffs/{any_world.refs_a[0]}",
        "/staff/team",
        "/staff/two-factor",
    ):
        resp = client.get(path)
        assert resp.status_code == 303 and resp.location.endswith("/staff/two-factor/setup"), path
    page = client.get("/staff/two-factor/setup").get_data(as_text=True)
    assert "Set up two-factor sign-in" in page and "Please set it up before you carry on" in page
    assert 'aria-label="Main menu"' not in page and "Sign out" in page  # nothing else opens yet
    _set_up(client)
    assert client.get("/staff/handoffs").status_code == 200


def test_staff_of_an_lio_without_the_rule_need_no_second_step(world: World, client: FlaskClient) -> None:
    _password_step(client, world.staff_b)
    assert client.get("/staff/handoffs").status_code == 200
    assert "Two-factor sign-in is <strong>off</strong>." in client.get("/staff/two-factor").get_data(as_text=True)


# ---------------------------------------------------------------- setting it up


def _secret_on_page(html: str) -> str:
    match = re.search(r'<p class="secret"><code>([A-Z2-7 ]+)</code></p>', html)
    assert match, "the key is not shown as text"
    return match.group(1).replace(" ", "")


def _set_up(client: FlaskClient) -> list[str]:
    """Set up two-factor as a person would: read the key, type the app's code; the codes shown."""
    secret = _secret_on_page(client.get("/staff/two-factor/setup").get_data(as_text=True))
    resp = post(client, "/staff/two-factor/setup", {"code": pyotp.TOTP(secret).now()})
    assert resp.status_code == 200
    return re.findall(r"<li><code>([a-z0-9-]+)</code></li>", resp.get_data(as_text=True))


def test_set_up_shows_a_qr_code_and_the_key_then_recovery_codes_once(any_world: World, client: FlaskClient) -> None:
    _password_step(client, any_world.staff_a)
    page = client.get("/staff/two-factor/setup").get_data(as_text=True)
    assert 'aria-label="Main menu"' in page and "Please set it up before you carry on" not in page  # by choice
    secret = _secret_on_page(page)
    assert len(secret) == 32 and re.fullmatch(r"[A-Z2-7]+", secret)
    assert client.get("/staff/two-factor/setup").get_data(as_text=True).count(two_factor.grouped(secret)) == 1  # same on reload
    # The QR code is an image the app draws itself: no other service, nothing inline.
    assert re.search(r'<img class="qr" src="/staff/two-factor/qr.svg"', page) and "https://" not in page.split("<main")[1]
    qr = client.get("/staff/two-factor/qr.svg")
    assert qr.status_code == 200 and qr.mimetype == "image/svg+xml" and qr.headers["Cache-Control"] == "no-store"
    assert b"<svg" in qr.data and b"<path" in qr.data and b"script" not in qr.data
    # A wrong code: a clear message, the typed code kept, nothing turned on.
    wrong = _wrong_code(pyotp.TOTP(secret).now())
    resp = post(client, "/staff/two-factor/setup", {"code": wrong})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "That code is not right" in html and f'value="{wrong}"' in html
    assert "Enter the 6 digits" in post(client, "/staff/two-factor/setup", {"code": "12ab"}).get_data(as_text=True)
    assert _user(any_world, any_world.staff_a).totp_enabled_at is None
    # The right code: on, with ten recovery codes shown this once.
    code = pyotp.TOTP(secret).now()
    resp = post(client, "/staff/two-factor/setup", {"code": code})
    html = resp.get_data(as_text=True)
    assert "Two-factor sign-in is on" in html and "Save your recovery codes" in html
    codes = re.findall(r"<li><code>([a-z0-9-]+)</code></li>", html)
    assert len(codes) == 10 and all(re.fullmatch(r"[a-z0-9]{4}(-[a-z0-9]{4}){3}", c) for c in codes)
    user = _user(any_world, any_world.staff_a)
    assert user.totp_enabled_at is not None and secret not in user.totp_secret
    assert _entries(any_world, "2fa_on")[-1].actor == any_world.staff_a
    assert client.get("/staff/two-factor/qr.svg").status_code == 404  # the key is not shown again
    assert client.get("/staff/two-factor/setup").location.endswith("/staff/two-factor")
    assert "On since" in client.get("/staff/two-factor").get_data(as_text=True)
    # From now on the password alone is not enough.
    logout(client)
    assert _password_step(client, any_world.staff_a).location.endswith("/staff/login/code")
    assert _code_step(client, codes[0]).status_code == 303


def test_the_code_that_confirmed_the_setup_cannot_sign_in_again(world: World, client: FlaskClient) -> None:
    now = dt.datetime(2026, 12, 1, 9, 0, 10)
    client.application.config["STAFF_CLOCK"] = lambda: now
    _password_step(client, world.staff_a)
    secret = _secret_on_page(client.get("/staff/two-factor/setup").get_data(as_text=True))
    code = two_factor.code_at(secret, now)
    assert "Save your recovery codes" in post(client, "/staff/two-factor/setup", {"code": code}).get_data(as_text=True)
    logout(client)
    _password_step(client, world.staff_a)
    assert _code_step(client, code).status_code == 200
    assert _code_step(client, two_factor.code_at(secret, now + dt.timedelta(seconds=30))).status_code == 303


def test_turning_it_on_ends_sessions_opened_with_the_password_alone(world: World, client: FlaskClient) -> None:
    elsewhere = client.application.test_client()
    _password_step(elsewhere, world.staff_a)
    _password_step(client, world.staff_a)
    _set_up(client)
    assert elsewhere.get("/staff/handoffs").status_code == 302
    assert client.get("/staff/handoffs").status_code == 200  # this browser stays signed in


def test_the_qr_code_needs_a_key_being_set_up_in_this_session(world: World, client: FlaskClient) -> None:
    assert client.get("/staff/two-factor/qr.svg").status_code == 302  # signed out
    _password_step(client, world.staff_a)
    assert client.get("/staff/two-factor/qr.svg").status_code == 404  # setup page not opened yet


def test_a_lost_setup_session_shows_a_new_key(world: World, client: FlaskClient) -> None:
    _password_step(client, world.staff_a)
    client.get("/staff/two-factor/setup")
    with client.session_transaction() as sess:
        sess.pop("totp_pending")
    resp = post(client, "/staff/two-factor/setup", {"code": "123456"})
    assert resp.status_code == 303 and resp.location.endswith("/staff/two-factor/setup")
    assert "it is a new one" in client.get(resp.location).get_data(as_text=True)


def test_new_recovery_codes_replace_the_old_ones(any_world: World, client: FlaskClient) -> None:
    old = any_world.recovery[any_world.lead_a]
    login(client, any_world.lead_a)
    assert "10 of 10" in client.get("/staff/two-factor").get_data(as_text=True)
    html = post(client, "/staff/two-factor/recovery-codes").get_data(as_text=True)
    new = re.findall(r"<li><code>([a-z0-9-]+)</code></li>", html)
    assert len(new) == 10 and not set(new) & set(old) and "your old codes no longer work" in html
    assert _entries(any_world, "2fa_codes")[-1].actor == any_world.lead_a
    with db.session(any_world.url) as s:
        assert (
            len(s.scalars(select(RecoveryCode).where(RecoveryCode.user_id == _user(any_world, any_world.lead_a).id)).all()) == 10
        )
    logout(client)
    _password_step(client, any_world.lead_a)
    assert _code_step(client, old[0]).status_code == 200
    assert _code_step(client, new[0]).status_code == 303


def test_recovery_codes_still_work_if_the_secret_key_changes(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is sealed with SECRET_KEY; with another one, codes from the app are refused (never
    waved through), and a recovery code still signs in, so the person can set it up again."""
    from bot.web.app import create_app

    client = create_app(use_settings(monkeypatch, secret_key="a-new-secret-key")).test_client()
    _password_step(client, world.lead_a)
    assert _code_step(client, current_code()).status_code == 200
    assert _code_step(client, world.recovery[world.lead_a][0]).status_code == 303


def test_the_cli_resets_someones_two_factor(world: World, client: FlaskClient) -> None:
    login(client, world.admin)
    accounts.reset_two_factor(world.admin)
    assert client.get("/staff/handoffs").status_code == 302  # signed out
    assert _password_step(client, world.admin).location.endswith("/staff/handoffs")  # no code asked
    assert client.get("/staff/handoffs").location.endswith("/staff/two-factor/setup")  # but it is required
    assert _entries(world, "2fa_reset")[-1].detail == world.admin
