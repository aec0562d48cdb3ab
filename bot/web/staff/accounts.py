"""Staff accounts: creating them from the command line and checking passwords.

Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile), so a
stolen database does not give the passwords away. Accounts are made only by someone with shell
access to the server (`python -m bot staff add`), never through the web, so there is no sign-up
page to attack.
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
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import settings
from bot.records.db import session
from bot.records.tables import Lio, StaffUser

MIN_PASSWORD_LENGTH = 12
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

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


def check_password(user: StaffUser | None, password: str) -> bool:
    """True if `password` is right for `user`; spends the same effort when there is no user."""
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(user: StaffUser) -> bool:
    """True when the hash was made with weaker parameters than today's (rehash at sign-in)."""
    return _hasher.check_needs_rehash(user.password_hash)


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


def add_staff(email: str, password: str, *, lio_id: str | None = None, admin: bool = False) -> StaffUser:
    """Create one account. Exactly one of `lio_id` and `admin` must be given."""
    if bool(lio_id) == bool(admin):
        raise AccountError("Give either --lio LIO_ID (LIO staff) or --admin (an administrator).")
    email = normalise_email(email)
    if not EMAIL.match(email) or len(email) > 200:
        raise AccountError(f"'{email}' is not an email address.")
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
            session_epoch=secrets.token_hex(8),
        )
        s.add(user)
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
    """Reset a forgotten password. Every session the person has open is signed out with it."""
    validate_password(password)
    with session() as s, s.begin():
        user = _existing(s, email)
        user.password_hash = hash_password(password)
        user.session_epoch = secrets.token_hex(8)
    return user


def remove_staff(email: str) -> StaffUser:
    """Delete an account (someone leaves the LIO). Their open sessions stop working at once,
    because a session is only valid while its account row exists. Audit entries keep their email."""
    with session() as s, s.begin():
        user = _existing(s, email)
        s.delete(user)
    return user


def list_staff() -> list[StaffUser]:
    with session() as s:
        return list(s.scalars(select(StaffUser).order_by(StaffUser.is_admin.desc(), StaffUser.lio_id, StaffUser.email)))


def _describe(user: StaffUser) -> str:
    return "an administrator (sees every LIO)" if user.is_admin else f"staff of LIO '{user.lio_id}'"


def add_staff_cli(args: argparse.Namespace) -> int:
    """`python -m bot staff add|password|remove|list`; exit 0 on success, 1 with a message."""
    try:
        if args.action == "list":
            users = list_staff()
            if not users:
                print("No staff accounts yet. Add one with: python -m bot staff add EMAIL --lio LIO_ID")
            for user in users:
                last = user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "never"
                print(f"{user.email}\t{'admin' if user.is_admin else user.lio_id}\tlast signed in: {last}")
            return 0
        if not args.email:
            raise AccountError(f"Give the email of the account: python -m bot staff {args.action} EMAIL")
        if args.action == "add":
            if bool(args.lio) == bool(args.admin):
                raise AccountError("Give either --lio LIO_ID (LIO staff) or --admin (an administrator).")
            user = add_staff(args.email, read_password(), lio_id=args.lio, admin=bool(args.admin))
            print(f"Added {user.email} as {_describe(user)}. They sign in at {settings.current().staff_base_url}/login")
        elif args.action == "password":
            user = set_password(args.email, read_password())
            print(f"Changed the password of {user.email}; any session they had open is signed out.")
        elif args.action == "remove":
            user = remove_staff(args.email)
            print(f"Removed {user.email} ({_describe(user)}); they can no longer sign in.")
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
