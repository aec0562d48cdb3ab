"""Fixtures for the staff app: a real database (SQLite, and PostgreSQL when it is running),
two LIOs with their own staff, LIO administrators and handoffs, an administrator, and Flask's
test client. The administrators of both kinds have two-factor sign-in on (they must) with the
key TOTP_SECRET; `login` types the code for them, as their app would.

Every test gets a fresh database, so one test's changes never leak into another's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from bot import settings
from bot.records import db
from bot.records.tables import Handoff, Lio, QuestionLog, StaffUser, utcnow
from bot.web.staff import accounts, two_factor
from bot.web.staff.accounts import add_staff
from tests.conftest import use_settings
from tests.dbs import fresh_database, postgres_available

PASSWORD = "correct horse battery staple"
TEST_SECRET = "test-secret-key-not-for-production"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # the administrators' authenticator app key
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not postgres_available(), reason="PostgreSQL is not reachable at 127.0.0.1:5432 (user postgres)"
        ),
    ),
]


@dataclass
class World:
    """What the seeded database holds; the references let tests aim at each LIO's records."""

    url: str
    admin: str = "admin@example.org"
    staff_a: str = "ana@lio-a.example.org"
    staff_a2: str = "ade@lio-a.example.org"
    staff_b: str = "ben@lio-b.example.org"
    lead_a: str = "lena@lio-a.example.org"  # LIO administrator of LIO A
    lead_b: str = "lars@lio-b.example.org"  # LIO administrator of LIO B
    recovery: dict[str, list[str]] = field(default_factory=dict)  # each administrator's recovery codes
    refs_a: list[str] = field(default_factory=list)
    refs_b: list[str] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)
    secret_b: str = "Zanzibar-Octopus-B"  # a word only in LIO B's transcripts


def make_handoff(
    reference: str,
    lio_id: str,
    *,
    created_at: dt.datetime | None = None,
    status: str = "new",
    topics: list[str] | None = None,
    transcript: list[dict[str, Any]] | None = None,
    email: str | None = "person@example.com",
    summary: str | None = "We need help with our constitution",
    sender_id: str | None = None,
) -> Handoff:
    created_at = created_at or utcnow()
    return Handoff(
        reference=reference,
        sender_id=sender_id or f"sender-{reference}",
        lio_id=lio_id,
        la_code="E08000035",
        location_label="Leeds",
        topics=topics if topics is not None else ["governance.cio"],
        transcript=transcript
        if transcript is not None
        else [
            {"role": "user", "text": "How do we set up a CIO?", "at": created_at.isoformat() + "+00:00"},
            {"role": "bot", "text": "A CIO is a charity with limited liability.", "at": created_at.isoformat() + "+00:00"},
        ],
        summary=summary,
        consent_version="2026-11-v1",
        consent_text="Can I share this conversation with Test LIO?",
        consent_at=created_at,
        contact_email=email,
        contact_phone="07700900123",
        contact_method="email",
        status=status,
        created_at=created_at,
    )


@lru_cache(maxsize=None)
def _password_hash(password: str) -> str:
    return accounts._hasher.hash(password)


def seed(url: str) -> World:
    world = World(url=url)
    today = dt.date(2026, 11, 1)
    now = utcnow()
    with db.session(url) as s, s.begin():
        s.add(
            Lio(id="lio-a", name="Alpha Voluntary Action", source="test", checked=today, notify_email="inbox@lio-a.example.org")
        )
        s.add(Lio(id="lio-b", name="Beta CVS", source="test", checked=today))
        s.add(Lio(id="lio-c", name="Gamma Community Action", source="test", checked=today))
    for i, lio, topics in (
        (1, "lio-a", ["funding.gift_aid"]),
        (2, "lio-a", ["case:fraud_theft"]),
        (3, "lio-a", ["governance.cio"]),
    ):
        ref = f"HO-AAAA{i}{i}"
        with db.session(url) as s, s.begin():
            h = make_handoff(ref, lio, created_at=now - dt.timedelta(days=i), topics=topics)
            s.add(h)
        world.refs_a.append(ref)
    for i in (1, 2):
        ref = f"HO-BBBB{i}{i}"
        with db.session(url) as s, s.begin():
            h = make_handoff(
                ref,
                "lio-b",
                created_at=now - dt.timedelta(days=i, hours=3),
                topics=["volunteering.dbs_checks"],
                transcript=[{"role": "user", "text": f"Our treasurer {world.secret_b} took money", "at": now.isoformat()}],
                email="b-person@example.com",
                summary=f"Summary {world.secret_b}",
            )
            s.add(h)
        world.refs_b.append(ref)
    with db.session(url) as s:
        world.ids = dict(s.execute(select(Handoff.reference, Handoff.id)).all())
    with pytest.MonkeyPatch.context() as mp:  # hash once per run: Argon2 is slow on purpose
        mp.setattr(accounts, "hash_password", lambda password: _password_hash(password))
        add_staff(world.admin, PASSWORD, admin=True)
        add_staff(world.staff_a, PASSWORD, lio_id="lio-a")
        add_staff(world.staff_a2, PASSWORD, lio_id="lio-a")
        add_staff(world.staff_b, PASSWORD, lio_id="lio-b")
        add_staff(world.lead_a, PASSWORD, lio_id="lio-a", lio_admin=True)
        add_staff(world.lead_b, PASSWORD, lio_id="lio-b", lio_admin=True)
    for email in (world.admin, world.lead_a, world.lead_b):
        world.recovery[email] = turn_on_two_factor(url, email)
    with db.session(url) as s, s.begin():
        for sender, text, outcome, article in (
            ("secret-sender-id-123", "how do we claim gift aid", "answer", "funding.gift_aid"),
            ("secret-sender-id-123", "can we hold a raffle", "fallback", None),
            ("secret-sender-id-456", "Can we hold a raffle?", "fallback", None),
            ("secret-sender-id-123", "what about parish council precepts", "fallback", None),
            ("secret-sender-id-123", "what about parish council precepts?", "fallback", None),
        ):
            s.add(QuestionLog(sender_id=sender, text=text, outcome=outcome, article_id=article, asked_at=now))
    return world


def turn_on_two_factor(url: str, email: str, secret: str = TOTP_SECRET) -> list[str]:
    """Two-factor sign-in on for `email` with `secret`, as the setup page leaves it; its recovery codes."""
    with db.session(url) as s, s.begin():
        user = s.scalar(select(StaffUser).where(StaffUser.email == email))
        return two_factor.turn_on(s, settings.current(), user, secret, step=0)


def _use_database(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    use_settings(monkeypatch, secret_key=TEST_SECRET)


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """A seeded SQLite database."""
    with fresh_database("sqlite", tmp_path) as url:
        _use_database(url, monkeypatch)
        yield seed(url)


@pytest.fixture(params=BACKENDS)
def any_world(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """The same seeded database on SQLite and on PostgreSQL (a fresh database, dropped after)."""
    with fresh_database(request.param, tmp_path) as url:
        _use_database(url, monkeypatch)
        yield seed(url)


@pytest.fixture
def app(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Flask:
    """The whole web app, made after the test's database is in place (it purges at start-up)."""
    from bot.web.app import create_app

    request.getfixturevalue("any_world" if "any_world" in request.fixturenames else "world")
    application = create_app(use_settings(monkeypatch, secret_key=TEST_SECRET))
    application.config["TESTING"] = True
    return application


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def csrf_token(client: FlaskClient) -> str:
    """The session's CSRF token (made by loading the sign-in page if there is none yet)."""
    with client.session_transaction() as sess:
        token = sess.get("csrf")
    if token:
        return token
    html = client.get("/staff/login").get_data(as_text=True)
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the sign-in form has no CSRF field"
    return match.group(1)


def current_code(secret: str = TOTP_SECRET, client: FlaskClient | None = None) -> str:
    """What the app shows now: by the app's clock when a test set one (STAFF_CLOCK)."""
    clock = client.application.config.get("STAFF_CLOCK") if client is not None else None
    return two_factor.code_at(secret, clock() if clock else utcnow())


def allow_code_again(email: str) -> None:
    """Forget the last code step used by `email`. Tests sign the same person in many times within
    one 30-second step, which the replay guard (tested on its own) would rightly refuse."""
    with db.session() as s, s.begin():
        s.execute(update(StaffUser).where(StaffUser.email == email).values(totp_last_step=None))


def login(client: FlaskClient, email: str, password: str = PASSWORD, *, with_code: bool = True) -> Any:
    """Sign in with the password, then (for an account with two-factor on, unless `with_code` is
    False) the code its app shows now; returns the last answer."""
    client.get("/staff/login")
    resp = client.post("/staff/login", data={"email": email, "password": password, "csrf_token": csrf_token(client)})
    if with_code and resp.status_code == 303 and resp.location.endswith("/staff/login/code"):
        allow_code_again(email)
        resp = client.post("/staff/login/code", data={"code": current_code(client=client), "csrf_token": csrf_token(client)})
    return resp


def post(client: FlaskClient, path: str, data: dict[str, str] | None = None) -> Any:
    """A POST with the session's CSRF token, as the app's own forms send it."""
    return client.post(path, data={**(data or {}), "csrf_token": csrf_token(client)})


def logout(client: FlaskClient) -> Any:
    return client.post("/staff/logout", data={"csrf_token": csrf_token(client)})
