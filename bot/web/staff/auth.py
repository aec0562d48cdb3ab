"""Signing in and out, session expiry, lock-out after repeated failures, and the access checks.

The session is Flask's signed cookie holding the user's id, the account's session epoch, and the
sign-in and last-seen times. Every request re-reads the account, so a deleted account or a
sign-out elsewhere (which changes the epoch) ends the session at once, and the idle and absolute
time limits are checked on the server, not left to the browser.

Lock-out is per email address and stored in the database, so it holds across web processes, and
it applies whether or not the account exists, so the message gives nothing away.

Two-factor sign-in (two_factor.py) is a second step: a right password for an account with
two-factor on starts no session, only a short "waiting for the code" note in the cookie (the
account id and its session epoch, for PENDING_MINUTES). A wrong code counts as a failed sign-in
for the lock-out, and a right password alone clears nothing, so someone holding a stolen password
cannot keep guessing codes. Only the code (or a recovery code) signs in and clears the failures.
Someone who must use two-factor but has not set it up is sent to set it up before any other page
(`enforce_two_factor`).
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import time
from dataclasses import dataclass
from typing import Any, Callable, TypeVar
from urllib.parse import urlsplit

from flask import abort, current_app, flash, g, has_app_context, redirect, request, session, url_for
from sqlalchemy import delete, select

from bot.records import audit
from bot.records.db import session as db_session
from bot.records.tables import LoginAttempt, StaffUser, utcnow
from bot.web import app_settings
from bot.web.staff import csrf, team, two_factor
from bot.web.staff.accounts import check_password, hash_password, needs_rehash, normalise_email

F = TypeVar("F", bound=Callable[..., Any])
SESSION_KEYS = ("staff_id", "staff_epoch", "login_at", "seen_at")
PENDING_KEYS = ("pending_id", "pending_epoch", "pending_at", "pending_next")
PENDING_MINUTES = 5
MAX_PASSWORD_LENGTH = 1024
# What someone who must set up two-factor sign-in can still reach before they have.
BEFORE_TWO_FACTOR = {"staff.static", "staff.login", "staff.login_code", "staff.logout", "staff.set_password"}
SETUP_ENDPOINTS = {"staff.two_factor_setup", "staff.two_factor_qr"}


@dataclass(frozen=True)
class SignIn:
    user: StaffUser | None
    problem: str | None  # None, "invalid", "locked", "invalid_code" or "expired"
    needs_code: bool = False  # the password was right; the two-factor code comes next
    how: str | None = None  # after the code step: "code" or "recovery"


def current_time() -> dt.datetime:
    """The time for sign-in and one-time links: the app's STAFF_CLOCK when a test set one (so an
    expiry 72 hours away can be tested), else the real time (UTC, naive like the tables')."""
    clock = current_app.config.get("STAFF_CLOCK") if has_app_context() else None
    return clock() if clock else utcnow()


def locked_until(email: str, now: dt.datetime | None = None) -> dt.datetime | None:
    """When sign-in for `email` opens again, if STAFF_LOCKOUT_ATTEMPTS failures came close together.

    Attempts refused while locked are not recorded, so the pause is STAFF_LOCKOUT_MINUTES from
    the failure that caused it, and cannot be stretched forever by someone hammering the form.
    """
    now = now or utcnow()
    window = dt.timedelta(minutes=app_settings().staff_lockout_minutes)
    limit = app_settings().staff_lockout_attempts
    with db_session() as s:
        recent = list(
            s.scalars(
                select(LoginAttempt.at)
                .where(LoginAttempt.email == email, LoginAttempt.at >= now - 2 * window)
                .order_by(LoginAttempt.at.desc())
                .limit(limit)
            )
        )
    if len(recent) < limit or recent[0] - recent[-1] > window:
        return None
    until = recent[0] + window
    return until if until > now else None


def sign_in(email: str, password: str, now: dt.datetime | None = None) -> SignIn:
    """Check the credentials, honouring the lock-out; record the failure or the success.

    For an account with two-factor on, a right password gives `needs_code` and nothing else: the
    failures are not cleared and no sign-in is recorded until `sign_in_with_code`."""
    email = normalise_email(email)[:200]
    now = now or utcnow()
    if locked_until(email, now):
        return SignIn(None, "locked")
    with db_session() as s, s.begin():
        user = s.scalar(select(StaffUser).where(StaffUser.email == email))
        # A megabyte "password" would only be a way to make the server hash for a long time.
        if len(password) > MAX_PASSWORD_LENGTH or not check_password(user, password):
            s.add(LoginAttempt(email=email, at=now))
            return SignIn(None, "invalid")
        assert user is not None
        if needs_rehash(user):
            user.password_hash = hash_password(password)
        if two_factor.is_on(user):
            return SignIn(user, None, needs_code=True)
        s.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
        user.last_login_at = now
        audit.record(s, user.email, "login", lio_id=user.lio_id)
    return SignIn(user, None)


def sign_in_with_code(user_id: int, epoch: str, typed: str, now: dt.datetime | None = None) -> SignIn:
    """The second step: `typed` is a code from the app or a recovery code, for the account whose
    password was right (`user_id`, still at session epoch `epoch`). Honours and feeds the lock-out."""
    now = now or utcnow()
    with db_session() as s:
        user = s.get(StaffUser, user_id)
    if user is None or user.session_epoch != epoch or not two_factor.is_on(user):
        return SignIn(None, "expired")
    if locked_until(user.email, now):
        return SignIn(None, "locked")
    with db_session() as s, s.begin():
        how = two_factor.check(s, app_settings(), user, typed[:64], now)
        if how is None:
            s.add(LoginAttempt(email=user.email, at=now))
            audit.record(s, user.email, "2fa_failed", lio_id=user.lio_id)
            return SignIn(None, "invalid_code")
        s.execute(delete(LoginAttempt).where(LoginAttempt.email == user.email))
        row = s.get(StaffUser, user.id)
        assert row is not None
        row.last_login_at = now
        detail = "with a two-factor code"
        if how == "recovery":
            detail = f"with a recovery code ({two_factor.recovery_codes_left(s, user.id)} left)"
        audit.record(s, user.email, "login", lio_id=user.lio_id, detail=detail)
    return SignIn(user, None, how=how)


def begin_second_step(user: StaffUser, nxt: str) -> None:
    """Remember, for PENDING_MINUTES, whose password was right: no session yet."""
    session.clear()
    session.update(pending_id=user.id, pending_epoch=user.session_epoch, pending_at=time.time(), pending_next=nxt)
    csrf.rotate()


def pending_second_step() -> tuple[int, str, str] | None:
    """(account id, epoch, where to go after) while a code is awaited and not too old, else None."""
    user_id = session.get("pending_id")
    if user_id is None:
        return None
    if time.time() - float(session.get("pending_at") or 0) > PENDING_MINUTES * 60:
        drop_pending()
        return None
    return int(user_id), str(session.get("pending_epoch")), str(session.get("pending_next") or "")


def drop_pending() -> None:
    for key in PENDING_KEYS:
        session.pop(key, None)


def start_session(user: StaffUser) -> None:
    """A fresh session for `user` (cleared first, so nothing from before sign-in carries over)."""
    session.clear()
    now = time.time()
    session.update(staff_id=user.id, staff_epoch=user.session_epoch, login_at=now, seen_at=now)
    csrf.rotate()


def end_session(user: StaffUser | None) -> None:
    """Sign out: clear this browser's session and invalidate copies of it (new epoch)."""
    if user is not None:
        with db_session() as s, s.begin():
            row = s.get(StaffUser, user.id)
            if row is not None:
                row.session_epoch = secrets.token_hex(8)
                audit.record(s, row.email, "logout", lio_id=row.lio_id)
    session.clear()
    csrf.rotate()


def _drop_staff_keys() -> None:
    for key in SESSION_KEYS:
        session.pop(key, None)


def load_user() -> None:
    """`before_request` hook: put the signed-in account in `g.staff`, or None; apply expiry."""
    g.staff = None
    if request.endpoint == "staff.static":  # the stylesheet needs no account (nor a query)
        return
    user_id = session.get("staff_id")
    if user_id is None:
        return
    now = time.time()
    idle = now - float(session.get("seen_at") or 0)
    age = now - float(session.get("login_at") or 0)
    if idle > app_settings().staff_session_minutes * 60 or age > app_settings().staff_session_max_hours * 3600:
        _drop_staff_keys()
        flash(
            f"You were signed out because you had not used the staff app for "
            f"{app_settings().staff_session_minutes} minutes. Please sign in again."
            if idle > app_settings().staff_session_minutes * 60
            else "You were signed out because your session reached its time limit. Please sign in again.",
            "info",
        )
        return
    with db_session() as s:
        user = s.get(StaffUser, user_id)
    if user is None or user.session_epoch != session.get("staff_epoch"):
        _drop_staff_keys()
        return
    session["seen_at"] = now
    g.staff = user


def enforce_two_factor() -> Any:
    """`before_request` hook after `load_user`: someone who must use two-factor sign-in and has
    not set it up sees the setup page and nothing else (but may sign out). Checked on every
    request, so an LIO turning the rule on reaches staff who are already signed in."""
    user = g.get("staff")
    g.setup_only = False
    if user is None or two_factor.is_on(user) or request.endpoint in BEFORE_TWO_FACTOR:
        return None
    with db_session() as s:
        if not two_factor.required(s, user):
            return None
    if request.endpoint in SETUP_ENDPOINTS:
        g.setup_only = True  # the page leaves out the menu: nothing else opens yet
        return None
    return redirect(url_for("staff.two_factor_setup"), code=303)


def refresh_epoch(user_id: int) -> None:
    """A new session epoch for the account (its other sessions end), this session kept."""
    with db_session() as s, s.begin():
        row = s.get(StaffUser, user_id)
        if row is not None:
            row.session_epoch = secrets.token_hex(8)
            session["staff_epoch"] = row.session_epoch


def safe_next(target: str | None) -> str:
    """Where to go after sign-in: only a path inside the staff app (no open redirect)."""
    default = url_for("staff.inbox")
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/staff/") or "\\" in target:
        return default
    return target


def login_required(view: F) -> F:
    """Send anyone not signed in to the sign-in page, coming back here afterwards."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if g.get("staff") is None:
            nxt = request.full_path.rstrip("?") if request.method == "GET" else None
            return redirect(url_for("staff.login", next=nxt))
        return view(*args, **kwargs)

    return wrapped  # type: ignore[return-value]


def admin_required(view: F) -> F:
    @functools.wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not g.staff.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped  # type: ignore[return-value]


def manager_required(view: F) -> F:
    """Site-wide administrators and LIO administrators only (403 for other staff); which LIO's
    staff they may touch is then `team.can_manage`'s to say (404 for another LIO's)."""

    @functools.wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not team.is_manager(g.staff):
            abort(403)
        return view(*args, **kwargs)

    return wrapped  # type: ignore[return-value]
