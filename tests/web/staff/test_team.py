"""LIO administrators managing their own staff, over HTTP, on SQLite and PostgreSQL: invitations by
one-time link (valid, expired at 72 hours on a controlled clock, used, wrong), removal and forced
resets ending sessions at once, roles, the per-LIO two-factor rule, the emails through the outbox,
and the permission rule of every new route.

The world (conftest): LIO A has staff ana and ade and LIO administrator lena; LIO B has ben and
LIO administrator lars; admin is a site-wide administrator. Administrators use two-factor sign-in.
"""

from __future__ import annotations

import datetime as dt
import email.message
import hashlib
import re
from typing import Any, Callable, Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, text

from bot.records import db, outbox
from bot.records.tables import AuditEntry, LioStaffRules, OutboxMessage, RecoveryCode, StaffLink, StaffUser, utcnow
from bot.web.staff import accounts
from tests.conftest import use_settings
from tests.web.staff.conftest import PASSWORD, World, csrf_token, login, logout, post
from tests.web.staff.test_notify_email import Smtp

NEW_PASSWORD = "a brand new passphrase"


def _user(world: World, email: str) -> StaffUser | None:
    with db.session(world.url) as s:
        return s.scalar(select(StaffUser).where(StaffUser.email == email))


def _id(world: World, email: str) -> int:
    user = _user(world, email)
    assert user is not None, email
    return int(user.id)


def _audit(world: World, action: str) -> list[AuditEntry]:
    with db.session(world.url) as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def _token(html: str) -> str:
    """The one-time link's token, from the page that shows it to the administrator."""
    match = re.search(r'id="link" type="text" value="[^"]*/set-password/([A-Za-z0-9_-]+)"', html)
    assert match, "no one-time link on the page"
    return match.group(1)


def _invite(client: FlaskClient, lio_id: str, who: str, *, lio_admin: bool = False) -> Any:
    return post(client, f"/staff/team/{lio_id}/invite", {"email": who, **({"lio_admin": "yes"} if lio_admin else {})})


def _set_password(client: FlaskClient, token: str, password: str = NEW_PASSWORD, confirm: str | None = None) -> Any:
    client.get(f"/staff/set-password/{token}")
    return post(
        client, f"/staff/set-password/{token}", {"password": password, "confirm": password if confirm is None else confirm}
    )


@pytest.fixture
def clock(app: Flask) -> Iterator[Callable[[dt.datetime], None]]:
    """A clock the test sets: the staff app's time for sign-in and one-time links."""
    now = [utcnow()]
    app.config["STAFF_CLOCK"] = lambda: now[0]

    def set_to(value: dt.datetime) -> None:
        now[0] = value

    yield set_to
    app.config.pop("STAFF_CLOCK", None)


# ---------------------------------------------------------------- invitations


def test_invite_shows_a_one_time_link_kept_only_as_a_hash(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.lead_a)
    resp = _invite(client, "lio-a", "  New.Person@LIO-A.example.org ")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "Invitation ready" in html and "new.person@lio-a.example.org" in html
    assert "This server does not send emails" in html  # no SMTP here: the administrator passes it on
    token = _token(html)
    assert len(token) >= 43  # 256 random bits
    user = _user(any_world, "new.person@lio-a.example.org")
    assert user is not None and user.lio_id == "lio-a" and not user.is_lio_admin and not user.is_admin
    assert not accounts.has_password(user)
    with db.session(any_world.url) as s:
        link = s.scalar(select(StaffLink).where(StaffLink.user_id == user.id))
        assert link.token_hash == hashlib.sha256(token.encode()).hexdigest()
        assert link.expires_at - link.created_at == dt.timedelta(hours=72) and link.created_by == any_world.lead_a
        # The token itself is nowhere in the database.
        for table in ("staff_links", "staff_users", "staff_audit", "outbox"):
            for row in s.execute(text(f"SELECT * FROM {table}")):
                assert token not in " ".join(str(v) for v in row), table
    entry = _audit(any_world, "staff_invited")[-1]
    assert (entry.actor, entry.lio_id) == (any_world.lead_a, "lio-a") and "new.person@lio-a.example.org" in entry.detail
    # No password opens the account before its person chooses one.
    other = client.application.test_client()
    for guess in ("", "!invited", "invited", PASSWORD):
        assert login(other, "new.person@lio-a.example.org", guess).status_code == 200


def test_invite_link_sets_the_password_once(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.lead_a)
    token = _token(_invite(client, "lio-a", "joiner@lio-a.example.org").get_data(as_text=True))
    invitee = client.application.test_client()
    page = invitee.get(f"/staff/set-password/{token}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Set your password" in html and "joiner@lio-a.example.org" in html
    assert "Alpha Voluntary Action" in html
    # Too short, or the two boxes differ: a clear message, and the link still works.
    short = _set_password(invitee, token, "elevenchars")
    assert short.status_code == 200 and f"at least {accounts.MIN_PASSWORD_LENGTH} characters" in short.get_data(as_text=True)
    differ = _set_password(invitee, token, NEW_PASSWORD, NEW_PASSWORD + "!")
    assert "The two passwords are different" in differ.get_data(as_text=True)
    assert not accounts.has_password(_user(any_world, "joiner@lio-a.example.org"))
    done = _set_password(invitee, token)
    assert done.status_code == 303 and done.location.endswith("/staff/login")
    assert "Your password is set" in invitee.get("/staff/login").get_data(as_text=True)
    assert login(invitee, "joiner@lio-a.example.org", NEW_PASSWORD).status_code == 303
    assert "Conversations handed to Alpha Voluntary Action" in invitee.get("/staff/handoffs").get_data(as_text=True)
    assert _audit(any_world, "staff_joined")[-1].actor == "joiner@lio-a.example.org"
    # Used: a clear message, and it changes nothing.
    again = invitee.application.test_client()
    used = again.get(f"/staff/set-password/{token}")
    assert used.status_code == 410 and "This link has already been used" in used.get_data(as_text=True)
    reused = _set_password(again, token, "someone else's password")
    assert reused.status_code == 410 and "already been used" in reused.get_data(as_text=True)
    assert login(again, "joiner@lio-a.example.org", NEW_PASSWORD).status_code == 303


def test_invite_link_expires_after_72_hours(world: World, client: FlaskClient, clock: Callable[[dt.datetime], None]) -> None:
    start = dt.datetime(2026, 12, 1, 9, 0)
    clock(start)
    login(client, world.lead_a)
    token = _token(_invite(client, "lio-a", "late@lio-a.example.org").get_data(as_text=True))
    invitee = client.application.test_client()
    clock(start + dt.timedelta(hours=71, minutes=59))
    assert invitee.get(f"/staff/set-password/{token}").status_code == 200
    clock(start + dt.timedelta(hours=72))
    expired = invitee.get(f"/staff/set-password/{token}")
    assert expired.status_code == 410 and "This link has expired" in expired.get_data(as_text=True)
    assert "72 hours" in expired.get_data(as_text=True)
    late = _set_password(invitee, token)
    assert late.status_code == 410 and "expired" in late.get_data(as_text=True)
    assert not accounts.has_password(_user(world, "late@lio-a.example.org"))
    # The team page says so, and a new link works again for another 72 hours.
    team_page = client.get("/staff/team/lio-a").get_data(as_text=True)
    assert "no working link" in team_page
    member = _id(world, "late@lio-a.example.org")
    fresh = _token(post(client, f"/staff/team/members/{member}/reset").get_data(as_text=True))
    assert invitee.get(f"/staff/set-password/{fresh}").status_code == 200
    assert _set_password(invitee, fresh).status_code == 303


def test_wrong_malformed_and_replaced_links_do_not_work(world: World, client: FlaskClient) -> None:
    login(client, world.lead_a)
    first = _token(_invite(client, "lio-a", "twice@lio-a.example.org").get_data(as_text=True))
    second = _token(post(client, f"/staff/team/members/{_id(world, 'twice@lio-a.example.org')}/reset").get_data(as_text=True))
    visitor = client.application.test_client()
    for token in (first, first[:-1] + ("A" if first[-1] != "A" else "B"), "x" * 43, "short", "not.a-token"):
        resp = visitor.get(f"/staff/set-password/{token}")
        assert resp.status_code == 404, token
        assert "This link does not work" in resp.get_data(as_text=True)
    assert _set_password(visitor, first).status_code == 404
    assert _set_password(visitor, second).status_code == 303


def test_bad_invitations_keep_what_was_typed(world: World, client: FlaskClient) -> None:
    login(client, world.lead_a)
    bad = _invite(client, "lio-a", "not an email", lio_admin=True)
    html = bad.get_data(as_text=True)
    assert bad.status_code == 200 and "Enter an email address in the right format" in html
    assert 'value="not an email"' in html and 'id="invite-admin" name="lio_admin" value="yes" checked' in html
    taken = _invite(client, "lio-a", world.staff_b.upper()).get_data(as_text=True)
    assert "already has an account" in taken and f'value="{world.staff_b.upper()}"' in taken
    assert _user(world, world.staff_b).lio_id == "lio-b"  # nothing changed for them


def test_an_invited_lio_admin_must_set_up_two_factor(world: World, client: FlaskClient) -> None:
    login(client, world.lead_a)
    token = _token(_invite(client, "lio-a", "deputy@lio-a.example.org", lio_admin=True).get_data(as_text=True))
    assert _user(world, "deputy@lio-a.example.org").is_lio_admin
    deputy = client.application.test_client()
    _set_password(deputy, token)
    assert login(deputy, "deputy@lio-a.example.org", NEW_PASSWORD).status_code == 303
    resp = deputy.get("/staff/team")
    assert resp.status_code == 303 and resp.location.endswith("/staff/two-factor/setup")


def test_links_are_emailed_through_the_outbox_when_smtp_is_set(
    world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from bot.web.app import create_app

    smtp = Smtp()
    smtp.up()
    try:
        config = use_settings(monkeypatch, smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_starttls=False, smtp_user="")
        client = create_app(config).test_client()
        login(client, world.lead_a)
        html = _invite(client, "lio-a", "mailed@lio-a.example.org").get_data(as_text=True)
        assert "We have also emailed it to mailed@lio-a.example.org" in html
        token = _token(html)
        with db.session(world.url) as s:
            queued = s.scalar(select(OutboxMessage).where(OutboxMessage.kind == "staff_invite"))
            assert queued.to_address == "mailed@lio-a.example.org" and queued.lio_name == "Alpha Voluntary Action"
            assert queued.sealed_link and token not in queued.sealed_link  # sealed, never in the clear
        assert outbox.deliver_due() == (1, 0)
        [(to, message)] = smtp.messages
        assert to == ["mailed@lio-a.example.org"]
        assert "invited" in message["Subject"] and "Alpha Voluntary Action" in message["Subject"]
        assert isinstance(message, email.message.Message)
        body = message.get_payload(decode=True).decode()
        assert f"/staff/set-password/{token}" in body and "works once" in body
        with db.session(world.url) as s:
            sent = s.get(OutboxMessage, queued.id)
            assert sent.sent_at is not None and sent.sealed_link is None  # emptied once sent
        # A forced reset is emailed the same way.
        post(client, f"/staff/team/members/{_id(world, world.staff_a)}/reset")
        assert outbox.deliver_due() == (1, 0)
        assert "new password" in smtp.messages[-1][1]["Subject"]
        assert smtp.messages[-1][0] == [world.staff_a]
    finally:
        smtp.down()


def test_without_smtp_nothing_is_queued(world: World, client: FlaskClient) -> None:
    login(client, world.lead_a)
    _invite(client, "lio-a", "quiet@lio-a.example.org")
    with db.session(world.url) as s:
        assert s.scalar(select(OutboxMessage).where(OutboxMessage.kind == "staff_invite")) is None


# ---------------------------------------------------------------- remove, reset, roles


def test_remove_ends_their_sessions_at_once(any_world: World, client: FlaskClient) -> None:
    victim = client.application.test_client()
    assert login(victim, any_world.staff_a2).status_code == 303
    assert victim.get("/staff/handoffs").status_code == 200
    login(client, any_world.lead_a)
    member = _id(any_world, any_world.staff_a2)
    confirm = client.get(f"/staff/team/members/{member}/remove")
    assert confirm.status_code == 200 and "They are signed out at once" in confirm.get_data(as_text=True)
    resp = post(client, f"/staff/team/members/{member}/remove")
    assert resp.status_code == 303 and resp.location.endswith("/staff/team/lio-a")
    assert f"{any_world.staff_a2} has been removed" in client.get(resp.location).get_data(as_text=True)
    assert _user(any_world, any_world.staff_a2) is None
    assert victim.get("/staff/handoffs").status_code == 302  # signed out at once
    assert login(victim, any_world.staff_a2).status_code == 200  # and cannot sign in again
    entry = _audit(any_world, "staff_removed")[-1]
    assert (entry.actor, entry.lio_id, entry.detail) == (any_world.lead_a, "lio-a", any_world.staff_a2)


def test_forced_reset_ends_sessions_and_the_old_password(any_world: World, client: FlaskClient) -> None:
    victim = client.application.test_client()
    login(victim, any_world.staff_a)
    login(client, any_world.lead_a)
    member = _id(any_world, any_world.staff_a)
    page = client.get(f"/staff/team/members/{member}/reset").get_data(as_text=True)
    assert "Their current password stops working at once" in page
    assert "reset_two_factor" not in page  # they have no two-factor to reset
    html = post(client, f"/staff/team/members/{member}/reset").get_data(as_text=True)
    assert "Password reset" in html and "signed out everywhere" in html
    token = _token(html)
    assert victim.get("/staff/handoffs").status_code == 302
    assert login(victim, any_world.staff_a).status_code == 200  # the old password stops working
    chooser = client.application.test_client()
    page = chooser.get(f"/staff/set-password/{token}").get_data(as_text=True)
    assert "Choose a new password" in page and "An administrator reset your password" in page
    assert _set_password(chooser, token).status_code == 303
    assert login(victim, any_world.staff_a, NEW_PASSWORD).status_code == 303
    assert _audit(any_world, "staff_reset")[-1].detail == f"{any_world.staff_a}: password reset"


def test_forced_reset_can_reset_two_factor_too(world: World, client: FlaskClient) -> None:
    """An LIO administrator lost their phone: another administrator resets password and two-factor."""
    login(client, world.admin)
    member = _id(world, world.lead_b)
    page = client.get(f"/staff/team/members/{member}/reset").get_data(as_text=True)
    assert "Also reset their two-factor sign-in" in page
    token = _token(post(client, f"/staff/team/members/{member}/reset", {"reset_two_factor": "yes"}).get_data(as_text=True))
    lead = _user(world, world.lead_b)
    assert lead.totp_secret is None and lead.totp_enabled_at is None
    with db.session(world.url) as s:
        assert s.scalar(select(RecoveryCode).where(RecoveryCode.user_id == member)) is None
    person = client.application.test_client()
    _set_password(person, token)
    assert login(person, world.lead_b, NEW_PASSWORD).status_code == 303  # no code asked: it is off
    resp = person.get("/staff/handoffs")
    assert resp.status_code == 303 and resp.location.endswith("/staff/two-factor/setup")  # and required
    assert "two-factor turned off" in _audit(world, "staff_reset")[-1].detail


def test_make_and_unmake_an_lio_admin(any_world: World, client: FlaskClient) -> None:
    member = _id(any_world, any_world.staff_a)
    them = client.application.test_client()
    login(them, any_world.staff_a)
    assert them.get("/staff/team").status_code == 403
    login(client, any_world.lead_a)
    resp = post(client, f"/staff/team/members/{member}/role", {"lio_admin": "yes"})
    assert resp.status_code == 303
    assert "is now an LIO administrator" in client.get(resp.location).get_data(as_text=True)
    assert _user(any_world, any_world.staff_a).is_lio_admin
    # Signed in already: sent to set up two-factor before anything else.
    resp = them.get("/staff/team")
    assert resp.status_code == 303 and resp.location.endswith("/staff/two-factor/setup")
    post(client, f"/staff/team/members/{member}/role", {"lio_admin": "no"})
    assert not _user(any_world, any_world.staff_a).is_lio_admin
    assert them.get("/staff/handoffs").status_code == 200  # plain staff again: no two-factor needed
    assert them.get("/staff/team").status_code == 403
    details = [e.detail for e in _audit(any_world, "staff_role")]
    assert details[-2:] == [
        f"{any_world.staff_a}: made an LIO administrator",
        f"{any_world.staff_a}: no longer an LIO administrator",
    ]


def test_nobody_removes_resets_or_demotes_themselves(world: World, client: FlaskClient) -> None:
    login(client, world.lead_a)
    me = _id(world, world.lead_a)
    page = client.get("/staff/team/lio-a").get_data(as_text=True)
    assert f"/staff/team/members/{me}/" not in page  # no buttons for yourself
    for path, data in (
        (f"/staff/team/members/{me}/remove", {}),
        (f"/staff/team/members/{me}/reset", {}),
        (f"/staff/team/members/{me}/role", {"lio_admin": "no"}),
    ):
        resp = post(client, path, data)
        assert resp.status_code == 303, path
        assert "yourself" in client.get(resp.location).get_data(as_text=True)
    lead = _user(world, world.lead_a)
    assert lead is not None and lead.is_lio_admin and accounts.has_password(lead)
    assert client.get("/staff/handoffs").status_code == 200


def test_require_two_factor_for_an_lios_staff(any_world: World, client: FlaskClient) -> None:
    signed_in = client.application.test_client()
    login(signed_in, any_world.staff_a2)
    other_lio = client.application.test_client()
    login(other_lio, any_world.staff_b)
    login(client, any_world.lead_a)
    resp = post(client, "/staff/team/lio-a/rules", {"require_two_factor": "yes"})
    assert resp.status_code == 303
    assert "now required for all your staff" in client.get(resp.location).get_data(as_text=True)
    with db.session(any_world.url) as s:
        rules = s.get(LioStaffRules, "lio-a")
        assert rules.require_two_factor and rules.changed_by == any_world.lead_a
    for path in ("/staff/handoffs", f"/staff/handoffs/{any_world.refs_a[0]}", "/staff/dashboard", "/staff/two-factor"):
        resp = signed_in.get(path)
        assert resp.status_code == 303 and resp.location.endswith("/staff/two-factor/setup"), path
    assert signed_in.get("/staff/two-factor/setup").status_code == 200
    assert post(signed_in, f"/staff/handoffs/{any_world.refs_a[0]}/notes", {"text": "x"}).location.endswith("/two-factor/setup")
    assert other_lio.get("/staff/handoffs").status_code == 200  # LIO B's staff: not their rule
    post(client, "/staff/team/lio-a/rules", {})
    assert signed_in.get("/staff/handoffs").status_code == 200
    assert [e.detail for e in _audit(any_world, "staff_rules")] == [
        "two-factor sign-in required for staff",
        "two-factor sign-in not required for staff",
    ]


def test_site_admin_manages_every_lios_staff(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.admin)
    index = client.get("/staff/team").get_data(as_text=True)
    assert "Alpha Voluntary Action" in index and "Beta CVS" in index
    assert "Gamma Community Action" in index  # offered in the list, though it has no staff yet
    assert client.get("/staff/team/choose?lio=lio-c").location.endswith("/staff/team/lio-c")
    assert _token(_invite(client, "lio-c", "first@lio-c.example.org", lio_admin=True).get_data(as_text=True))
    assert _user(any_world, "first@lio-c.example.org").is_lio_admin
    for lio, email_ in (("lio-a", any_world.staff_a), ("lio-b", any_world.staff_b)):
        assert email_ in client.get(f"/staff/team/{lio}").get_data(as_text=True)
    assert post(client, f"/staff/team/members/{_id(any_world, any_world.staff_b)}/remove").status_code == 303
    assert _user(any_world, any_world.staff_b) is None
    # Site-wide administrators' own accounts are not managed in the app.
    assert client.get(f"/staff/team/members/{_id(any_world, any_world.admin)}/reset").status_code == 404


def test_an_lio_admin_sees_only_their_own_lios_staff(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.lead_a)
    resp = client.get("/staff/team")
    assert resp.status_code == 302 and resp.location.endswith("/staff/team/lio-a")
    page = client.get("/staff/team/lio-a").get_data(as_text=True)
    assert any_world.staff_a in page and any_world.staff_a2 in page
    for outsider in (any_world.staff_b, any_world.lead_b, any_world.admin):
        assert outsider not in page
    assert client.get("/staff/team/choose?lio=lio-b").status_code == 403  # the administrators' chooser


# ---------------------------------------------------------------- the rule for every new route


def _routes(world: World) -> list[tuple[str, str, dict[str, str]]]:
    """Each new staff-management route aimed at LIO B (or its staff), with a form that would work."""
    ben, lars = _id(world, world.staff_b), _id(world, world.lead_b)
    return [
        ("GET", "/staff/team/lio-b", {}),
        ("POST", "/staff/team/lio-b/invite", {"email": "sneaky@lio-b.example.org"}),
        ("POST", "/staff/team/lio-b/rules", {"require_two_factor": "yes"}),
        ("GET", f"/staff/team/members/{ben}/remove", {}),
        ("POST", f"/staff/team/members/{ben}/remove", {}),
        ("GET", f"/staff/team/members/{ben}/reset", {}),
        ("POST", f"/staff/team/members/{lars}/reset", {"reset_two_factor": "yes"}),
        ("POST", f"/staff/team/members/{ben}/role", {"lio_admin": "yes"}),
        ("POST", f"/staff/team/members/{lars}/role", {"lio_admin": "no"}),
    ]


def _lio_b_unchanged(world: World) -> None:
    with db.session(world.url) as s:
        ben = s.scalar(select(StaffUser).where(StaffUser.email == world.staff_b))
        lars = s.scalar(select(StaffUser).where(StaffUser.email == world.lead_b))
        assert ben is not None and not ben.is_lio_admin and accounts.has_password(ben)
        assert lars is not None and lars.is_lio_admin and lars.totp_enabled_at is not None and accounts.has_password(lars)
        assert s.scalar(select(StaffUser).where(StaffUser.email == "sneaky@lio-b.example.org")) is None
        assert s.get(LioStaffRules, "lio-b") is None
        assert s.scalar(select(StaffLink)) is None


def _call(client: FlaskClient, method: str, path: str, data: dict[str, str]) -> Any:
    return client.get(path) if method == "GET" else post(client, path, data)


def test_an_lio_admin_of_a_gets_404_for_lio_b(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.lead_a)
    for method, path, data in _routes(any_world):
        assert _call(client, method, path, data).status_code == 404, (method, path)
    _lio_b_unchanged(any_world)
    # Made-up ids and LIOs look the same.
    for path in ("/staff/team/members/999999/reset", "/staff/team/no-such-lio", "/staff/team/members/abc/reset"):
        assert client.get(path).status_code == 404, path


def test_plain_staff_get_403_for_every_staff_management_page(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    ade = _id(any_world, any_world.staff_a2)
    own = [
        ("GET", "/staff/team", {}),
        ("GET", "/staff/team/lio-a", {}),
        ("POST", "/staff/team/lio-a/invite", {"email": "sneaky@lio-a.example.org"}),
        ("POST", "/staff/team/lio-a/rules", {"require_two_factor": "yes"}),
        ("GET", f"/staff/team/members/{ade}/remove", {}),
        ("POST", f"/staff/team/members/{ade}/remove", {}),
        ("GET", f"/staff/team/members/{ade}/reset", {}),
        ("POST", f"/staff/team/members/{ade}/reset", {}),
        ("POST", f"/staff/team/members/{ade}/role", {"lio_admin": "yes"}),
        ("GET", "/staff/team/choose?lio=lio-a", {}),
    ]
    for method, path, data in own + _routes(any_world):
        resp = _call(client, method, path, data)
        assert resp.status_code == 403, (method, path)
        assert "Only administrators can see this page" in resp.get_data(as_text=True)
    assert "/staff/team" not in client.get("/staff/handoffs").get_data(as_text=True)  # no link to it either
    ade_now = _user(any_world, any_world.staff_a2)
    assert ade_now is not None and not ade_now.is_lio_admin and accounts.has_password(ade_now)
    assert _user(any_world, "sneaky@lio-a.example.org") is None
    _lio_b_unchanged(any_world)


def test_signed_out_every_staff_management_route_goes_to_sign_in(any_world: World, client: FlaskClient) -> None:
    for method, path, data in [("GET", "/staff/team", {}), *_routes(any_world)]:
        resp = _call(client, method, path, data)
        assert resp.status_code == 302 and "/staff/login" in resp.location, (method, path)
    _lio_b_unchanged(any_world)


def test_every_new_post_needs_the_csrf_token(world: World, client: FlaskClient) -> None:
    login(client, world.lead_b)
    ben = _id(world, world.staff_b)
    for path, data in (
        ("/staff/team/lio-b/invite", {"email": "forged@lio-b.example.org"}),
        ("/staff/team/lio-b/rules", {"require_two_factor": "yes"}),
        (f"/staff/team/members/{ben}/remove", {}),
        (f"/staff/team/members/{ben}/reset", {}),
        (f"/staff/team/members/{ben}/role", {"lio_admin": "yes"}),
        ("/staff/two-factor/recovery-codes", {}),
        ("/staff/two-factor/setup", {"code": "123456"}),
        ("/staff/login/code", {"code": "123456"}),
        ("/staff/set-password/" + "x" * 43, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}),
    ):
        for token in (None, "forged-token"):
            body = dict(data) if token is None else {**data, "csrf_token": token}
            assert client.post(path, data=body).status_code == 400, (path, token)
    ben_now = _user(world, world.staff_b)
    assert ben_now is not None and not ben_now.is_lio_admin and accounts.has_password(ben_now)


def test_every_form_on_the_new_pages_carries_the_token(world: World, client: FlaskClient) -> None:
    login(client, world.lead_a)
    token = csrf_token(client)
    ade = _id(world, world.staff_a2)
    pages = ["/staff/team/lio-a", f"/staff/team/members/{ade}/remove", f"/staff/team/members/{ade}/reset", "/staff/two-factor"]
    for path in pages:
        html = client.get(path).get_data(as_text=True)
        forms = re.findall(r"<form\b[^>]*\bmethod=\"post\"[^>]*>.*?</form>", html, flags=re.S)
        assert forms, path
        for form in forms:
            assert f'name="csrf_token" value="{token}"' in form, (path, form[:80])


def test_audit_entries_hold_no_links_or_passwords(world: World, client: FlaskClient) -> None:
    login(client, world.lead_a)
    token = _token(_invite(client, "lio-a", "audited@lio-a.example.org").get_data(as_text=True))
    _set_password(client.application.test_client(), token)
    post(client, f"/staff/team/members/{_id(world, world.staff_a)}/reset")
    with db.session(world.url) as s:
        every = " ".join(f"{e.actor} {e.detail}" for e in s.scalars(select(AuditEntry)))
    assert token not in every and NEW_PASSWORD not in every and PASSWORD not in every and "set-password" not in every


def test_sign_out_still_works_for_someone_who_must_set_up_two_factor(world: World, client: FlaskClient) -> None:
    accounts.set_lio_admin(world.staff_a)
    login(client, world.staff_a)
    assert client.get("/staff/handoffs").location.endswith("/staff/two-factor/setup")
    assert logout(client).location.endswith("/staff/login")
    assert client.get("/staff/two-factor/setup").status_code == 302
