"""Sealing small secrets kept in the database: staff members' two-factor keys, and a one-time
link while its email waits in the outbox.

A copy of the database alone (a backup, a PostgreSQL dump, the tracker store's host) then gives
none of them away: they are encrypted and authenticated (Fernet: AES-128-CBC with HMAC-SHA256)
with a key derived from SECRET_KEY (`bot.settings.secret_key`, kept apart from the database: an
environment variable, or a file in DATA_DIR readable by its owner only). Each use has its own key
(HKDF with the use's name), so a sealed value of one kind cannot be passed off as another.

If SECRET_KEY changes, what was sealed with the old one can no longer be opened: `unseal` returns
None, a two-factor code is then refused (never waved through), and the person signs in with a
recovery code (kept as a hash, not sealed) and sets two-factor up again, or an administrator
resets it. Sessions end on such a change anyway, since the same key signs them.
"""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.settings import Settings, secret_key

# The uses; each derives its own key.
TWO_FACTOR = "staff-two-factor-secret"
OUTBOX_LINK = "outbox-one-time-link"


@lru_cache(maxsize=16)
def _fernet(root: str, purpose: str) -> Fernet:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(root.encode())
    return Fernet(base64.urlsafe_b64encode(derived))


def seal(config: Settings, purpose: str, text: str) -> str:
    """`text` encrypted and authenticated for `purpose`, as ASCII for a text column."""
    return _fernet(secret_key(config), purpose).encrypt(text.encode()).decode("ascii")


def unseal(config: Settings, purpose: str, sealed: str | None) -> str | None:
    """The text `seal` was given, or None when there is none or it cannot be opened (another
    SECRET_KEY, another purpose, or changed in the database)."""
    if not sealed:
        return None
    try:
        return _fernet(secret_key(config), purpose).decrypt(sealed.encode("ascii")).decode()
    except (InvalidToken, ValueError):
        return None
