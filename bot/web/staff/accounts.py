"""Staff accounts: creating them from the command line and checking passwords.

Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile), so a
stolen database does not give the passwords away. There is no sign-up page to attack: accounts are
made by someone with shell access to the server (`python -m bot staff add`), or by an
administrator's one-time invitation link in the app (bot/web/staff/team.py). An invited account,
or one whose password an administrator reset, has a `password_hash` starting with "!" until its
person sets a password from their link: no password opens it.
"""

from __future__ import annotations

import argparse
import difflib
import getpass
import re
import secrets
import sys
from typing import TextIO

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot import settings
from bot.records import audit
from bot.records.db import session
from bot.records.tables import Lio, RecoveryCode, StaffLink, StaffUser

MIN_PASSWORD_LENGTH = 12
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# The start of a password_hash that no password opens (Argon2 hashes start with "$").
NO_PASSWORD = "!"
CLI_ACTOR = "command line"  # who the audit log names for changes made with `python -m bot staff`

_hasher = PasswordHasher()
# Checked against when the email is unknown, so a wrong email takes as long as a wrong password
# (the time taken must not tell an attacker which emails have accounts).
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    """A reason an account could not be created, worded for the person at the command line."""


def normalise_email(email: str) -> str:
    return email.strip().lower()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def has_password(user: StaffUser) -> bool:
    """False while an invitation or a forced reset waits for its person to choose a password."""
    return not user.password_hash.startswith(NO_PASSWORD)


def check_password(user: StaffUser | None, password: str) -> bool:
    """True if `password` is right for `user`; spends the same effort when there is no user, or
    the account has no password yet (so the time taken tells nothing)."""
    usable = user is not None and has_password(user)
    try:
        return _hasher.verify(user.password_hash if user and usable else _DUMMY_HASH, password) and usable
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(user: StaffUser) -> bool:
    """True when the hash was made with weaker parameters than today's (rehash at sign-in)."""
    return _hasher.check_needs_rehash(user.password_hash)


def valid_email(email: str) -> str:
    """The normalised email, or AccountError if it is not one."""
    email = normalise_email(email)
    if not EMAIL.match(email) or len(email) > 200:
        raise AccountError(f"'{email}' is not an email address.")
    return email


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(
            f"The password must be at least {MIN_PASSWORD_LENGTH} characters long (a few unrelated words make a good one)."
        )


def _known_lio(lio_id: str) -> None:
    """Refuse an LIO id that is not in the directory, suggesting the nearest spellings."""
    from bot.places import lios

    with session() as s:
        if s.get(Lio, lio_id):
            return
        count = s.scalar(select(func.count()).select_from(Lio))
    if not count:
        # A new install: nothing has loaded the curated directory yet, so load it now.
        print("The LIO directory is empty; loading it from knowledge/lios.yml ...", file=sys.stderr)
        try:
            lios.sync_directory()
        except Exception as exc:  # e.g. the postcode index is not built yet
            raise AccountError(
                f"The LIO directory is empty and could not be loaded ({exc}). "
                "Run `make run` once (it sets everything up), or `python -m bot lios sync`, then try again."
            ) from exc
        with session() as s:
            if s.get(Lio, lio_id):
                return
    with session() as s:
        ids = list(s.scalars(select(Lio.id)))
    close = difflib.get_close_matches(lio_id, ids, n=3, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise AccountError(
        f"There is no LIO with the id '{lio_id}' in the directory.{hint} "
        "The ids are in knowledge/lios.yml (or your own CSV loaded with `python -m bot lios import`)."
    )


def add_staff(email: str, password: str, *, lio_id: str | None = None, admin: bool = False, lio_admin: bool = False) -> StaffUser:
    """Create one account. Exactly one of `lio_id` and `admin` must be given; `lio_admin` makes
    LIO staff their LIO's administrator too."""
    if bool(lio_id) == bool(admin):
        raise AccountError("Give either --lio LIO_ID (LIO staff) or --admin (an administrator).")
    if lio_admin and not lio_id:
        raise AccountError("--lio-admin is for LIO staff: give --lio LIO_ID with it.")
    email = valid_email(email)
    validate_password(password)
    if lio_id:
        _known_lio(lio_id)
    with session() as s, s.begin():
        if s.scalar(select(StaffUser).where(StaffUser.email == email)):
            raise AccountError(
                f"There is already an account for {email}; nothing was changed. "
                "(To change its password use `staff password`; to move it to another LIO, "
                "`staff remove` it and add it again.)"
            )
        user = StaffUser(
            email=email,
            password_hash=hash_password(password),
            lio_id=lio_id or None,
            is_admin=bool(admin),
            is_lio_admin=bool(lio_admin),
            session_epoch=secrets.token_hex(8),
        )
        s.add(user)
        audit.record(s, CLI_ACTOR, "staff_added", lio_id=user.lio_id, detail=f"{email}: {_describe(user)}")
    return user


def read_password(stdin: TextIO | None = None) -> str:
    """Ask twice at a terminal (hidden); otherwise read one line, so scripts can pipe it in."""
    stdin = stdin or sys.stdin
    if stdin.isatty():
        first = getpass.getpass("Password (at least 12 characters): ")
        if getpass.getpass("Same password again: ") != first:
            raise AccountError("The two passwords were different; nothing was changed.")
        return first
    return stdin.readline().rstrip("\r\n")


def _existing(s: Session, email: str) -> StaffUser:
    user = s.scalar(select(StaffUser).where(StaffUser.email == normalise_email(email)))
    if user is None:
        raise AccountError(f"There is no account for {normalise_email(email)}; nothing was changed.")
    return user


def set_password(email: str, password: str) -> StaffUser:
    """Reset a forgotten password. Every session the person has open is signed out with it, and
    any one-time link they had not used yet stops working."""
    validate_password(password)
    with session() as s, s.begin():
        user = _existing(s, email)
        user.password_hash = hash_password(password)
        user.session_epoch = secrets.token_hex(8)
        s.execute(delete(StaffLink).where(StaffLink.user_id == user.id, StaffLink.used_at.is_(None)))
        audit.record(s, CLI_ACTOR, "staff_password", lio_id=user.lio_id, detail=user.email)
    return user


def delete_account(s: Session, user: StaffUser) -> None:
    """Delete `user` with their links and recovery codes (SQLite does not enforce the keys' CASCADE)."""
    s.execute(delete(StaffLink).where(StaffLink.user_id == user.id))
    s.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    s.delete(user)


def remove_staff(email: str) -> StaffUser:
    """Delete an account (someone leaves the LIO). Their open sessions stop working at once,
    because a session is only valid while its account row exists. Audit entries keep their email."""
    with session() as s, s.begin():
        user = _existing(s, email)
        delete_account(s, user)
        audit.record(s, CLI_ACTOR, "staff_removed", lio_id=user.lio_id, detail=user.email)
    return user


def set_lio_admin(email: str, on: bool = True) -> StaffUser:
    """Make a member of an LIO's staff that LIO's administrator (or, with `on=False`, no longer).

    An LIO administrator must use two-factor sign-in: one without it is sent to set it up at their
    next page. Audited as done from the command line."""
    with session() as s, s.begin():
        user = _existing(s, email)
        if user.is_admin or not user.lio_id:
            raise AccountError(f"{user.email} is a site-wide administrator (every LIO); LIO administrators belong to one LIO.")
        if bool(user.is_lio_admin) != on:
            user.is_lio_admin = on
            audit.record(
                s,
                CLI_ACTOR,
                "staff_role",
                lio_id=user.lio_id,
                detail=f"{user.email}: {'made' if on else 'no longer'} an LIO administrator",
            )
    return user


def reset_two_factor(email: str) -> StaffUser:
    """Turn off someone's two-factor sign-in (a lost phone, for a site-wide administrator whom no
    one can reset in the app) and sign them out; where it is required they set it up again at
    their next sign-in."""
    from bot.web.staff import two_factor

    with session() as s, s.begin():
        user = _existing(s, email)
        two_factor.turn_off(s, user.id)
        user.session_epoch = secrets.token_hex(8)
        audit.record(s, CLI_ACTOR, "2fa_reset", lio_id=user.lio_id, detail=user.email)
    return user


def list_staff() -> list[StaffUser]:
    with session() as s:
        return list(s.scalars(select(StaffUser).order_by(StaffUser.is_admin.desc(), StaffUser.lio_id, StaffUser.email)))


def _describe(user: StaffUser) -> str:
    if user.is_admin:
        return "an administrator (sees every LIO)"
    return f"{'an LIO administrator' if user.is_lio_admin else 'staff'} of LIO '{user.lio_id}'"


def _role(user: StaffUser) -> str:
    if user.is_admin:
        return "admin"
    return f"{user.lio_id} (LIO admin)" if user.is_lio_admin else str(user.lio_id)


def add_staff_cli(args: argparse.Namespace) -> int:
    """`python -m bot staff add|password|remove|list|lio-admin|reset-two-factor`; exit 0 on success,
    1 with a message."""
    try:
        if args.action == "list":
            users = list_staff()
            if not users:
                print("No staff accounts yet. Add one with: python -m bot staff add EMAIL --lio LIO_ID")
            for user in users:
                last = user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "never"
                state = "two-factor on" if user.totp_enabled_at else "two-factor off"
                if not has_password(user):
                    state += ", waiting for them to set a password from their link"
                print(f"{user.email}\t{_role(user)}\tlast signed in: {last}\t{state}")
            return 0
        if not args.email:
            raise AccountError(f"Give the email of the account: python -m bot staff {args.action} EMAIL")
        if args.action == "add":
            if bool(args.lio) == bool(args.admin):
                raise AccountError("Give either --lio LIO_ID (LIO staff) or --admin (an administrator).")
            user = add_staff(args.email, read_password(), lio_id=args.lio, admin=bool(args.admin), lio_admin=bool(args.lio_admin))
            print(f"Added {user.email} as {_describe(user)}. They sign in at {settings.current().staff_base_url}/login")
        elif args.action == "password":
            user = set_password(args.email, read_password())
            print(f"Changed the password of {user.email}; any session they had open is signed out.")
        elif args.action == "remove":
            user = remove_staff(args.email)
            print(f"Removed {user.email} ({_describe(user)}); they can no longer sign in.")
        elif args.action == "lio-admin":
            user = set_lio_admin(args.email, on=not args.off)
            if args.off:
                print(f"{user.email} is no longer an LIO administrator; they stay {_describe(user)}.")
            else:
                print(
                    f"{user.email} is now an LIO administrator of '{user.lio_id}': they manage its staff at "
                    f"{settings.current().staff_base_url}/team (two-factor sign-in required)."
                )
        elif args.action == "reset-two-factor":
            user = reset_two_factor(args.email)
            print(
                f"Turned off two-factor sign-in for {user.email} and signed them out; they set it up again when they next sign in."
            )
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
