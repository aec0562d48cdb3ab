"""Two-factor sign-in: a 6-digit code from an authenticator app (TOTP, RFC 6238, with pyotp), or
one of ten recovery codes, after the password.

- **The key** is made here (160 random bits), shown once as a QR code drawn on the server (segno,
  an SVG served by the app itself: no image service, nothing leaves the server) and as text to type in, and kept in
  `staff_users.totp_secret` sealed with a key derived from SECRET_KEY (bot.records.sealing): the
  server must read it back to check codes, so it cannot be a hash, and sealing means a copy of the
  database alone does not give it away.
- **Codes** are accepted for the current 30-second step and one either side (clocks drift), and
  each step only once per person (`totp_last_step`, moved forward by a conditional UPDATE), so a
  code read over someone's shoulder cannot be used again.
- **Recovery codes**: 16 characters from a 31-letter alphabet (about 79 random bits), kept only as
  SHA-256 hashes: with that much randomness a slow hash adds nothing, and a fast one lets the
  sign-in try all ten in no time. Each works once (a conditional UPDATE of `used_at`). They are
  not sealed, so they still work if SECRET_KEY ever changes.
- **Who must use it**: site-wide administrators and LIO administrators always, and an LIO's staff
  when its administrators turn on "require two-factor" (`lio_staff_rules`). Wrong codes count as
  failed sign-ins for the lock-out (bot/web/staff/auth.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import re
import secrets

import pyotp
import segno
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from bot.records import sealing
from bot.records.tables import LioStaffRules, RecoveryCode, StaffUser, utcnow
from bot.settings import Settings

ISSUER = "Community advice assistant"
STEP_SECONDS = 30
DRIFT_STEPS = 1
RECOVERY_CODE_COUNT = 10
RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: easy to read back
RECOVERY_LENGTH = 16
TOTP_CODE = re.compile(r"\d{6}")


def new_secret() -> str:
    """A new TOTP key: 32 base32 characters (160 bits, RFC 4226's recommended length)."""
    return pyotp.random_base32()


def grouped(secret: str) -> str:
    """The key in groups of four, easier to type into an app by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def provisioning_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)


def qr_svg(uri: str) -> bytes:
    """The QR code of `uri` as an SVG document, dark on white with a quiet zone, drawn here (the
    setup page shows it as an image from the app itself, so no markup is ever put into a page
    unescaped and the key goes to no other service)."""
    out = io.BytesIO()
    segno.make(uri, error="m").save(out, kind="svg", scale=5, border=4, dark="#0b0c0c", light="#ffffff", title="QR code")
    return out.getvalue()


def _step(now: dt.datetime) -> int:
    stamp = now.replace(tzinfo=dt.timezone.utc) if now.tzinfo is None else now
    return int(stamp.timestamp()) // STEP_SECONDS


def code_at(secret: str, now: dt.datetime) -> str:
    """The code an app shows at `now` (for tests and the setup check)."""
    return pyotp.TOTP(secret).generate_otp(_step(now))


def matching_step(secret: str, code: str, now: dt.datetime) -> int | None:
    """The step (now, or one either side) whose code is `code`, or None."""
    code = clean(code)
    if not TOTP_CODE.fullmatch(code):
        return None
    totp = pyotp.TOTP(secret)
    here = _step(now)
    for step in range(here - DRIFT_STEPS, here + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def clean(code: str) -> str:
    """What someone typed, without spaces and dashes, in lower case (codes are read out loud)."""
    return re.sub(r"[\s-]+", "", code).lower()[:64]


def new_recovery_codes() -> list[str]:
    """Ten codes shown once, as xxxx-xxxx-xxxx-xxxx."""
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
        codes.append("-".join(raw[i : i + 4] for i in range(0, RECOVERY_LENGTH, 4)))
    return codes


def recovery_hash(code: str) -> str:
    return hashlib.sha256(clean(code).encode()).hexdigest()


def secret_of(config: Settings, user: StaffUser) -> str | None:
    """The user's TOTP key, or None when two-factor is off (or the key cannot be opened)."""
    if user.totp_enabled_at is None:
        return None
    return sealing.unseal(config, sealing.TWO_FACTOR, user.totp_secret)


def is_on(user: StaffUser) -> bool:
    return user.totp_enabled_at is not None


def lio_requires(s: Session, lio_id: str | None) -> bool:
    """Whether an LIO's administrators turned on "require two-factor for our staff"."""
    if not lio_id:
        return False
    rules = s.get(LioStaffRules, lio_id)
    return bool(rules and rules.require_two_factor)


def required(s: Session, user: StaffUser) -> bool:
    """Whether `user` must use two-factor sign-in: administrators of either kind always, an
    LIO's staff when their LIO requires it."""
    return bool(user.is_admin or user.is_lio_admin or lio_requires(s, user.lio_id))


def replace_recovery_codes(s: Session, user_id: int) -> list[str]:
    """Ten new codes for `user_id` (the old ones stop working); returned once, kept as hashes."""
    codes = new_recovery_codes()
    s.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    s.add_all(RecoveryCode(user_id=user_id, code_hash=recovery_hash(c)) for c in codes)
    return codes


def recovery_codes_left(s: Session, user_id: int) -> int:
    return int(
        s.scalar(
            select(func.count()).select_from(RecoveryCode).where(RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))
        )
        or 0
    )


def turn_on(s: Session, config: Settings, user: StaffUser, secret: str, step: int, now: dt.datetime | None = None) -> list[str]:
    """Keep the confirmed key (sealed) and make the recovery codes; returns the codes to show once."""
    row = s.get(StaffUser, user.id)
    assert row is not None
    row.totp_secret = sealing.seal(config, sealing.TWO_FACTOR, secret)
    row.totp_enabled_at = now or utcnow()
    row.totp_last_step = step
    return replace_recovery_codes(s, row.id)


def turn_off(s: Session, user_id: int) -> None:
    """Forget the key and the recovery codes (an administrator's reset: set it up again)."""
    s.execute(
        update(StaffUser).where(StaffUser.id == user_id).values(totp_secret=None, totp_enabled_at=None, totp_last_step=None)
    )
    s.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))


def check(s: Session, config: Settings, user: StaffUser, typed: str, now: dt.datetime) -> str | None:
    """ "code" or "recovery" if `typed` is a right code for `user` not used before (and marks it
    used, in `s`), else None. A 6-digit entry is a TOTP code; anything else, a recovery code."""
    typed = clean(typed)
    if TOTP_CODE.fullmatch(typed):
        secret = secret_of(config, user)
        step = matching_step(secret, typed, now) if secret else None
        if step is None:
            return None
        moved = s.execute(
            update(StaffUser)
            .where(StaffUser.id == user.id, or_(StaffUser.totp_last_step.is_(None), StaffUser.totp_last_step < step))
            .values(totp_last_step=step)
            .execution_options(synchronize_session=False)
        ).rowcount
        return "code" if moved else None
    if len(typed) != RECOVERY_LENGTH or not is_on(user):
        return None
    used = s.execute(
        update(RecoveryCode)
        .where(RecoveryCode.user_id == user.id, RecoveryCode.code_hash == recovery_hash(typed), RecoveryCode.used_at.is_(None))
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    return "recovery" if used else None
