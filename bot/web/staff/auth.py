"""Signing in and out, session expiry, lock-out after repeated failures, and the access checks.

The session is Flask's signed cookie holding the user's id, the account's session epoch, and the
sign-in and last-seen times. Every request re-reads the account, so a deleted account or a
sign-out elsewhere (which changes the epoch) ends the session at once, and the idle and absolute
time limits are checked on the server, not left to the browser.

Lock-out is per email address and stored in the database, so it holds across web processes, and
it applies whether or not the account exists, so the message gives nothing away.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import time
from dataclasses import dataclass
from typing import Any, Callable, TypeVar
from urllib.parse import urlsplit

from flask import abort, flash, g, redirect, request, session, url_for
from sqlalchemy import delete, select

from bot.records import audit
from bot.records.db import session as db_session
from bot.records.tables import LoginAttempt, StaffUser, utcnow
from bot.web import app_settings
from bot.web.staff import csrf
from bot.web.staff.accounts import check_password, hash_password, needs_rehash, normalise_email

F = TypeVar("F", bound=Callable[..., Any])
SESSION_KEYS = ("staff_id", "staff_epoch", "login_at", "seen_at")
MAX_PASSWORD_LENGTH = 1024


@dataclass(frozen=True)
class SignIn:
    user: StaffUser | None
    problem: str | None  # None, "invalid" or "locked"


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
    """Check the credentials, honouring the lock-out; record the failure or the success."""
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
        s.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
        user.last_login_at = now
        if needs_rehash(user):
            user.password_hash = hash_password(password)
        audit.record(s, user.email, "login", lio_id=user.lio_id)
    return SignIn(user, None)


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
