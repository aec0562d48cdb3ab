"""The sign-in pages that come with two-factor sign-in and one-time links: the code step after the
password, setting up two-factor sign-in (QR code, key, confirmation, recovery codes), making new
recovery codes, and choosing a password from an invitation or reset link.

The TOTP key waiting to be confirmed lives in this browser's session only, sealed
(bot.records.sealing): it reaches the database once a code made with it has been typed back.
Recovery codes and one-time links are shown in the answer to the form that made them, never
stored anywhere readable.
"""

from __future__ import annotations

from typing import Any

from flask import Response, abort, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from bot.records import audit, sealing
from bot.records.db import session as db_session
from bot.web import app_settings
from bot.web.staff import accounts, auth, team, two_factor
from bot.web.staff.blueprint import bp

PENDING_SECRET = "totp_pending"

# ---------------------------------------------------------------- the code step


@bp.route("/login/code", methods=["GET", "POST"])
def login_code() -> Any:
    pending = auth.pending_second_step()
    if pending is None:
        flash("Please sign in again: the time to enter your code ran out, or you had not signed in.", "info")
        return redirect(url_for("staff.login"), code=303)
    user_id, epoch, nxt = pending
    if request.method == "GET":
        return render_template("staff/login_code.html", problem=None)
    result = auth.sign_in_with_code(user_id, epoch, request.form.get("code", ""), auth.current_time())
    if result.problem == "expired":
        auth.drop_pending()
        flash("Please sign in again: your account changed while you were signing in.", "info")
        return redirect(url_for("staff.login"), code=303)
    if result.user is None:
        status = 429 if result.problem == "locked" else 200
        return render_template("staff/login_code.html", problem=result.problem), status
    auth.start_session(result.user)
    if result.how == "recovery":
        with db_session() as s:
            left = two_factor.recovery_codes_left(s, result.user.id)
        flash(
            f"You signed in with a recovery code. You have {left} left: make new ones on the Two-factor sign-in page "
            "if you are running out, and set up your app again if you lost your phone.",
            "info",
        )
    return redirect(auth.safe_next(nxt), code=303)


# ---------------------------------------------------------------- setting it up


def _pending_secret() -> str | None:
    return sealing.unseal(app_settings(), sealing.TWO_FACTOR, session.get(PENDING_SECRET))


@bp.get("/two-factor")
@auth.login_required
def two_factor_page() -> ResponseReturnValue:
    with db_session() as s:
        left = two_factor.recovery_codes_left(s, g.staff.id)
        required = two_factor.required(s, g.staff)
    return render_template("staff/two_factor.html", on=two_factor.is_on(g.staff), codes_left=left, required=required)


@bp.route("/two-factor/setup", methods=["GET", "POST"])
@auth.login_required
def two_factor_setup() -> Any:
    if two_factor.is_on(g.staff):
        return redirect(url_for("staff.two_factor_page"), code=303)
    secret = _pending_secret()
    if secret is None:
        if request.method == "POST":  # the key shown was lost with the session: show a new one
            flash("Please scan this QR code (it is a new one) and enter the code your app shows.", "error")
            return redirect(url_for("staff.two_factor_setup"), code=303)
        secret = two_factor.new_secret()  # kept while this browser's session lasts, so a reload shows the same
        session[PENDING_SECRET] = sealing.seal(app_settings(), sealing.TWO_FACTOR, secret)
    with db_session() as s:
        required = two_factor.required(s, g.staff)
    if request.method == "GET":
        return render_template(
            "staff/two_factor_setup.html", secret=two_factor.grouped(secret), required=required, code="", problem=None
        )
    code = request.form.get("code", "").strip()[:20]
    step = two_factor.matching_step(secret, code, auth.current_time())
    if step is None:
        problem = "format" if not two_factor.TOTP_CODE.fullmatch(two_factor.clean(code)) else "wrong"
        return render_template(
            "staff/two_factor_setup.html", secret=two_factor.grouped(secret), required=required, code=code, problem=problem
        )
    with db_session() as s, s.begin():
        codes = two_factor.turn_on(s, app_settings(), g.staff, secret, step, auth.current_time())
        audit.record(s, g.staff.email, "2fa_on", lio_id=g.staff.lio_id)
    session.pop(PENDING_SECRET, None)
    auth.refresh_epoch(g.staff.id)  # sessions opened with the password alone end here
    return render_template("staff/two_factor_codes.html", codes=codes, first_time=True)


@bp.get("/two-factor/qr.svg")
@auth.login_required
def two_factor_qr() -> Response:
    """The QR code of the key being set up in this browser (nothing if none is)."""
    secret = _pending_secret()
    if secret is None or two_factor.is_on(g.staff):
        abort(404)
    svg = two_factor.qr_svg(two_factor.provisioning_uri(secret, g.staff.email))
    return Response(svg, mimetype="image/svg+xml")


@bp.post("/two-factor/recovery-codes")
@auth.login_required
def two_factor_new_codes() -> Any:
    if not two_factor.is_on(g.staff):
        return redirect(url_for("staff.two_factor_setup"), code=303)
    with db_session() as s, s.begin():
        codes = two_factor.replace_recovery_codes(s, g.staff.id)
        audit.record(s, g.staff.email, "2fa_codes", lio_id=g.staff.lio_id)
    return render_template("staff/two_factor_codes.html", codes=codes, first_time=False)


# ---------------------------------------------------------------- one-time links


def _link_problem(state: str) -> tuple[str, int]:
    return render_template("staff/link_problem.html", state=state), 404 if state == "unknown" else 410


@bp.route("/set-password/<token>", methods=["GET", "POST"])
def set_password(token: str) -> Any:
    with db_session() as s:
        found = team.check_link(s, token, auth.current_time())
        name = team.lio_name(s, found.user.lio_id) if found.user is not None and found.user.lio_id else ""
    if found.state != "ok" or found.user is None or found.link is None:
        return _link_problem(found.state)
    purpose = found.link.purpose
    if request.method == "GET":
        return render_template("staff/set_password.html", email=found.user.email, lio_name=name, purpose=purpose, problem=None)
    password = request.form.get("password", "")
    problem = None
    if len(password) > auth.MAX_PASSWORD_LENGTH:
        problem = "The password is too long."
    elif password != request.form.get("confirm", ""):
        problem = "The two passwords are different. Type the same password in both boxes."
    if problem is None:
        try:
            with db_session() as s, s.begin():
                used = team.use_link(s, token, password, auth.current_time())
        except accounts.AccountError as exc:
            problem = str(exc)
        else:
            if used.state != "ok":
                return _link_problem(used.state)
    if problem is not None:
        return render_template("staff/set_password.html", email=found.user.email, lio_name=name, purpose=purpose, problem=problem)
    session.clear()  # whoever was signed in in this browser, the person who owns the link signs in next
    flash("Your password is set. Sign in with your email address and your new password.", "success")
    return redirect(url_for("staff.login"), code=303)
