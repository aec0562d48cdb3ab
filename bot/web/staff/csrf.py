"""Cross-site request forgery protection: a secret token per session in every POST form.

Another website can make a signed-in member of staff's browser send a form here, but it cannot
read our pages, so it cannot know the token. Every POST to the staff app must carry it, or is
refused before any view runs. Small enough to read in full, so no extra dependency.
"""

from __future__ import annotations

import hmac
import secrets

from flask import abort, request, session

FIELD = "csrf_token"
SESSION_KEY = "csrf"


def token() -> str:
    """The session's token, made on first use (templates call it as `csrf_token()`)."""
    value = session.get(SESSION_KEY)
    if not value:
        value = session[SESSION_KEY] = secrets.token_urlsafe(32)
    return value


def rotate() -> None:
    """A new token: at sign-in and sign-out, so a token seen before cannot be reused after."""
    session[SESSION_KEY] = secrets.token_urlsafe(32)


def protect() -> None:
    """`before_request` hook: refuse (400) any unsafe request without the session's token."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = session.get(SESSION_KEY)
    sent = request.form.get(FIELD, "")
    if not expected or not sent or not hmac.compare_digest(str(expected), str(sent)):
        abort(400, description="csrf")
