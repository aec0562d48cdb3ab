"""The staff blueprint: its request hooks and security headers (views are in `views`, `views_team`
and `views_sign_in`)."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, abort, request

from bot.web import app_settings
from bot.web.staff import auth, csrf

logger = logging.getLogger(__name__)

bp = Blueprint("staff", __name__, template_folder="templates", static_folder="static", static_url_path="/static")

# No inline script or style anywhere: the stylesheet is a file, the charts use SVG attributes.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def refuse_nul() -> None:
    """400 for a NUL character anywhere in the request: never meaningful, and PostgreSQL
    rejects it in a query (an error page instead of a clean refusal)."""
    values = [*request.args.values(), *request.form.values(), *(request.view_args or {}).values()]
    if any("\x00" in str(v) for v in values):
        abort(400)


bp.before_request(refuse_nul)
bp.before_request(csrf.protect)
bp.before_request(auth.load_user)
bp.before_request(auth.enforce_two_factor)


@bp.after_request
def security_headers(resp: Response) -> Response:
    """Headers on every staff response; pages are never cached (they hold personal data)."""
    resp.headers["Content-Security-Policy"] = CSP
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    resp.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if app_settings().secure_cookies:
        resp.headers["Strict-Transport-Security"] = "max-age=31536000"
    if request.endpoint != "staff.static":
        resp.headers["Cache-Control"] = "no-store"
        resp.headers["Pragma"] = "no-cache"
    return resp
