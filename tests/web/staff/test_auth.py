"""Signing in and out, session expiry, lock-out, CSRF and the security headers, over HTTP."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pytest
from flask.testing import FlaskClient
from sqlalchemy import delete, select

from bot import settings
from bot.records import db
from bot.records.tables import Handoff, LoginAttempt, StaffUser
from bot.web.staff import auth
from tests.conftest import use_settings
from tests.web.staff.conftest import PASSWORD, World, csrf_token, login, post


def test_sign_in_and_out(world: World, client: FlaskClient) -> None:
    resp = login(client, world.staff_a)
    assert resp.status_code == 303 and resp.location.endswith("/staff/handoffs")
    page = client.get("/staff/handoffs").get_data(as_text=True)
    assert f"Signed in as <strong>{world.staff_a}</strong>" in page
    resp = client.post("/staff/logout", data={"csrf_token": csrf_token(client)})
    assert resp.status_code == 303 and "/staff/login" in resp.location
    assert client.get("/staff/handoffs").status_code == 302


def test_wrong_password_and_unknown_email_get_the_same_answer(world: World, client: FlaskClient) -> None:
    wrong = login(client, world.staff_a, "not the password at all")
    unknown = login(client, "nobody@example.org", "not the password at all")
    assert wrong.status_code == unknown.status_code == 200
    assert "The email address or password is not right" in wrong.get_data(as_text=True)

    def problem(resp) -> str:  # type: ignore[no-untyped-def]
        html = resp.get_data(as_text=True)
        return html[html.index('<div class="error-summary"') : html.index("</div>", html.index('class="error-summary"'))]

    assert problem(wrong) == problem(unknown)
    assert client.get("/staff/handoffs").status_code == 302


def test_email_is_not_case_sensitive(world: World, client: FlaskClient) -> None:
    assert login(client, "  " + world.staff_a.upper()).status_code == 303


@pytest.mark.parametrize("exists", [True, False], ids=["existing-account", "unknown-email"])
def test_lockout_after_five_failures_whether_or_not_the_account_exists(world: World, client: FlaskClient, exists: bool) -> None:
    email = world.staff_a if exists else "ghost@example.org"
    for _ in range(settings.current().staff_lockout_attempts):
        assert login(client, email, "wrong password!!").status_code == 200
    locked = login(client, email, PASSWORD)  # even the right password is refused now
    assert locked.status_code == 429
    assert "paused" in locked.get_data(as_text=True)
    assert client.get("/staff/handoffs").status_code == 302
    # Another account is not affected.
    assert login(client, world.staff_b).status_code == 303


def test_lockout_lasts_fifteen_minutes_then_lifts(world: World) -> None:
    start = dt.datetime(2026, 11, 1, 12, 0)
    for i in range(5):
        assert auth.sign_in(world.staff_a, "wrong", now=start + dt.timedelta(minutes=i)).problem == "invalid"
    last = start + dt.timedelta(minutes=4)
    assert auth.sign_in(world.staff_a, PASSWORD, now=last + dt.timedelta(minutes=14)).problem == "locked"
    result = auth.sign_in(world.staff_a, PASSWORD, now=last + dt.timedelta(minutes=15, seconds=1))
    assert result.problem is None and result.user is not None
    # Success clears the failures.
    with db.session(world.url) as s:
        assert not s.scalars(select(LoginAttempt).where(LoginAttempt.email == world.staff_a)).all()


def test_failures_spread_over_more_than_fifteen_minutes_do_not_lock(world: World) -> None:
    start = dt.datetime(2026, 11, 1, 12, 0)
    for i in range(5):
        auth.sign_in(world.staff_a, "wrong", now=start + dt.timedelta(minutes=5 * i))
    assert auth.sign_in(world.staff_a, PASSWORD, now=start + dt.timedelta(minutes=21)).problem is None


def test_lockout_is_stored_in_the_database_so_it_holds_across_processes(world: World, client: FlaskClient) -> None:
    for _ in range(5):
        login(client, world.staff_a, "wrong password!!")
    with db.session(world.url) as s:
        assert len(s.scalars(select(LoginAttempt).where(LoginAttempt.email == world.staff_a)).all()) == 5
    from bot.web.app import create_app

    other_process = create_app().test_client()  # a second app sharing only the database
    assert login(other_process, world.staff_a).status_code == 429


def _age_session(client: FlaskClient, *, idle: float = 0, age: float = 0) -> None:
    with client.session_transaction() as sess:
        sess["seen_at"] = time.time() - idle
        sess["login_at"] = time.time() - age


def test_session_expires_after_idle_minutes(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    _age_session(client, idle=(settings.current().staff_session_minutes - 1) * 60)
    assert client.get("/staff/handoffs").status_code == 200
    _age_session(client, idle=settings.current().staff_session_minutes * 60 + 1)
    resp = client.get("/staff/handoffs")
    assert resp.status_code == 302 and "/staff/login" in resp.location
    page = client.get(resp.location).get_data(as_text=True)
    assert f"had not used the staff app for {settings.current().staff_session_minutes} minutes" in page
    assert client.get("/staff/handoffs").status_code == 302  # and it stays signed out


def test_idle_limit_is_configurable(world: World, client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    config = client.application.config
    config["ASSISTANT_SETTINGS"] = dataclasses.replace(config["ASSISTANT_SETTINGS"], staff_session_minutes=5)
    login(client, world.staff_a)
    _age_session(client, idle=6 * 60)
    assert client.get("/staff/handoffs").status_code == 302


def test_session_has_an_absolute_time_limit(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    _age_session(client, age=settings.current().staff_session_max_hours * 3600 + 1)
    assert client.get("/staff/handoffs").status_code == 302


def test_sign_out_invalidates_a_copied_session_cookie(world: World, app, client: FlaskClient) -> None:  # type: ignore[no-untyped-def]
    login(client, world.staff_a)
    with client.session_transaction() as sess:
        stolen = dict(sess)
    client.post("/staff/logout", data={"csrf_token": csrf_token(client)})
    thief = app.test_client()
    with thief.session_transaction() as sess:
        sess.update(stolen)
    assert thief.get("/staff/handoffs").status_code == 302


def test_deleted_account_is_signed_out_at_once(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    with db.session(world.url) as s, s.begin():
        s.execute(delete(StaffUser).where(StaffUser.email == world.staff_a))
    assert client.get("/staff/handoffs").status_code == 302


def test_next_only_goes_inside_the_staff_app(world: World, client: FlaskClient) -> None:
    client.get("/staff/login")
    for target, expected in (
        ("/staff/dashboard", "/staff/dashboard"),
        ("https://evil.example/staff/", "/staff/handoffs"),
        ("//evil.example/staff/", "/staff/handoffs"),
        ("/\\evil.example", "/staff/handoffs"),
        ("/privacy", "/staff/handoffs"),
    ):
        resp = client.post(
            "/staff/login", data={"email": world.staff_a, "password": PASSWORD, "next": target, "csrf_token": csrf_token(client)}
        )
        assert resp.status_code == 303 and resp.location == expected, target
        client.post("/staff/logout", data={"csrf_token": csrf_token(client)})


def test_sign_in_page_after_expiry_comes_back_to_the_page(world: World, client: FlaskClient) -> None:
    ref = world.refs_a[0]
    resp = client.get(f"/staff/handoffs/{ref}")
    assert resp.location == f"/staff/login?next=/staff/handoffs/{ref}"
    html = client.get(resp.location).get_data(as_text=True)
    assert f'name="next" value="/staff/handoffs/{ref}"' in html
    resp = client.post(
        "/staff/login",
        data={"email": world.staff_a, "password": PASSWORD, "next": f"/staff/handoffs/{ref}", "csrf_token": csrf_token(client)},
    )
    assert resp.location == f"/staff/handoffs/{ref}"


# ---------------------------------------------------------------- CSRF on every form


def _post_forms(world: World) -> list[tuple[str, dict[str, str]]]:
    ref = world.refs_a[0]
    return [
        (f"/staff/handoffs/{ref}/status", {"status": "in_progress"}),
        (f"/staff/handoffs/{ref}/assignee", {"assignee": world.staff_a2}),
        (f"/staff/handoffs/{ref}/notes", {"text": "forged note"}),
        (f"/staff/handoffs/{ref}/erase", {"reason": "other", "confirm": "yes"}),
        ("/staff/export", {}),
        ("/staff/settings", {"lio": "lio-a", "response_target_days": "2"}),
        ("/staff/logout", {}),
    ]


def test_every_post_without_the_csrf_token_is_refused(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    for path, data in _post_forms(world):
        for token in (None, "", "forged-token"):
            body = dict(data) if token is None else {**data, "csrf_token": token}
            resp = client.post(path, data=body)
            assert resp.status_code == 400, (path, token)
            assert "nothing was changed" in resp.get_data(as_text=True)
    with db.session(world.url) as s:
        h = s.scalar(select(Handoff).where(Handoff.reference == world.refs_a[0]))
    assert h.status == "new" and h.assignee is None
    assert client.get("/staff/handoffs").status_code == 200  # still signed in: logout was refused too


def test_sign_in_form_needs_the_csrf_token_too(world: World, client: FlaskClient) -> None:
    client.get("/staff/login")
    resp = client.post("/staff/login", data={"email": world.staff_a, "password": PASSWORD})
    assert resp.status_code == 400
    assert client.get("/staff/handoffs").status_code == 302


def test_every_form_in_every_page_carries_the_token(world: World, client: FlaskClient) -> None:
    import re

    login(client, world.staff_a)
    token = csrf_token(client)
    ref = world.refs_a[0]
    for path in ("/staff/handoffs", f"/staff/handoffs/{ref}", f"/staff/handoffs/{ref}/erase", "/staff/dashboard"):
        html = client.get(path).get_data(as_text=True)
        forms = re.findall(r"<form\b[^>]*>.*?</form>", html, flags=re.S)
        assert forms, path
        posting = [f for f in forms if re.search(r"<form\b[^>]*\bmethod\s*=\s*[\"']?post", f, flags=re.I)]
        assert posting or path == "/staff/dashboard", path  # every page but the dashboard changes something
        for form in posting:
            assert f'name="csrf_token" value="{token}"' in form, (path, form[:80])


def test_the_settings_form_carries_the_token_and_the_headers(world: World, client: FlaskClient) -> None:
    login(client, world.admin)
    resp = client.get("/staff/settings?lio=lio-a")
    assert resp.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert resp.headers["Cache-Control"] == "no-store"
    assert f'name="csrf_token" value="{csrf_token(client)}"' in resp.get_data(as_text=True)
    assert client.get("/staff/dashboard/figures.csv").headers["Cache-Control"] == "no-store"


def test_the_token_changes_at_sign_in(world: World, client: FlaskClient) -> None:
    before = csrf_token(client)
    login(client, world.staff_a)
    assert csrf_token(client) != before
    resp = client.post(f"/staff/handoffs/{world.refs_a[0]}/notes", data={"text": "x", "csrf_token": before})
    assert resp.status_code == 400


# ---------------------------------------------------------------- headers and cookies


def test_security_headers_on_staff_pages(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    for path in ("/staff/login", "/staff/handoffs", f"/staff/handoffs/{world.refs_a[0]}", "/staff/dashboard"):
        resp = client.get(path)
        csp = resp.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "'unsafe-inline'" not in csp and "frame-ancestors 'none'" in csp
        assert resp.headers["Cache-Control"] == "no-store"
        assert resp.headers["X-Frame-Options"] == "DENY"
        assert resp.headers["Referrer-Policy"] == "no-referrer"
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        html = resp.get_data(as_text=True)
        assert "<script" not in html and "style=" not in html and "<style" not in html, path
    export = post(client, "/staff/export")
    assert export.headers["Cache-Control"] == "no-store"
    assert export.headers["Content-Disposition"].startswith("attachment;")


def test_session_cookie_is_http_only_and_same_site(world: World, client: FlaskClient) -> None:
    resp = login(client, world.staff_a)
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_cookie_is_secure_when_configured(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.web.app import create_app

    client = create_app(use_settings(monkeypatch, secure_cookies=True)).test_client()
    resp = login(client, world.staff_a)
    assert "Secure" in resp.headers["Set-Cookie"]
    assert "max-age" in client.get("/staff/login").headers["Strict-Transport-Security"]


def test_password_is_stored_as_an_argon2_hash(world: World) -> None:
    with db.session(world.url) as s:
        user = s.scalar(select(StaffUser).where(StaffUser.email == world.staff_a))
    assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash


def test_huge_password_is_refused_without_hashing_it(world: World) -> None:
    assert auth.sign_in(world.staff_a, "x" * 5000).problem == "invalid"
