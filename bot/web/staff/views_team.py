"""The staff management pages: an LIO administrator's team (invite, remove, force a password
reset, make or unmake LIO administrators, require two-factor sign-in), and every LIO's for a
site-wide administrator.

Views stay thin: `auth.manager_required` lets only administrators of either kind in (403 for other
staff), `team.can_manage` / `team.manageable` decide which LIO's staff (404 for another LIO's, as
for a member of staff who does not exist), and `team` makes each change with its audit entry.
A new one-time link is shown once, in the answer to the form that made it, and never stored.
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select

from bot.records.db import session
from bot.records.tables import Lio, StaffUser
from bot.web import app_settings
from bot.web.staff import auth, team, two_factor
from bot.web.staff.blueprint import bp


def _lio_or_404(s: Any, lio_id: str) -> str:
    """The LIO's name if the signed-in administrator may manage its staff, else 404."""
    if not team.can_manage(g.staff, lio_id):
        abort(404)
    lio = s.get(Lio, lio_id)
    if lio is None and not s.scalar(select(StaffUser.id).where(StaffUser.lio_id == lio_id).limit(1)):
        abort(404)
    return str(lio.name) if lio else lio_id


def _member_or_404(s: Any, user_id: int) -> StaffUser:
    member = team.manageable(s, g.staff, user_id)
    if member is None:
        abort(404)
    return member


def _team_page(lio_id: str, *, email: str = "", lio_admin: bool = False, problem: str | None = None, status: int = 200) -> Any:
    with session() as s:
        name = _lio_or_404(s, lio_id)
        found = team.members(s, lio_id, auth.current_time())
        required = two_factor.lio_requires(s, lio_id)
    html = render_template(
        "staff/team.html",
        lio_id=lio_id,
        lio_name=name,
        members=found,
        require_two_factor=required,
        invite_email=email,
        invite_lio_admin=lio_admin,
        problem=problem,
        link_hours=team.LINK_HOURS,
        smtp=bool(app_settings().smtp_host),
    )
    return html, status


@bp.get("/team")
@auth.manager_required
def team_home() -> ResponseReturnValue:
    """An LIO administrator's own team; for a site-wide administrator, every LIO with staff."""
    if not g.staff.is_admin:
        return redirect(url_for("staff.team_page", lio_id=g.staff.lio_id))
    with session() as s:
        counts = dict(
            s.execute(
                select(StaffUser.lio_id, func.count()).where(StaffUser.lio_id.is_not(None)).group_by(StaffUser.lio_id)
            ).all()
        )
        names = dict(s.execute(select(Lio.id, Lio.name)).all())
    with_staff = sorted(((i, names.get(i, i), n) for i, n in counts.items()), key=lambda t: t[1].lower())
    choices = sorted(names.items(), key=lambda p: p[1].lower())
    return render_template("staff/team_index.html", with_staff=with_staff, choices=choices)


@bp.get("/team/choose")
@auth.admin_required
def team_choose() -> ResponseReturnValue:
    """The site-wide administrator's "manage another LIO's staff" form (GET, so no CSRF needed)."""
    lio_id = request.args.get("lio", "").strip()
    with session() as s:
        if not lio_id or s.get(Lio, lio_id) is None:
            flash("Choose an organisation from the list.", "error")
            return redirect(url_for("staff.team_home"))
    return redirect(url_for("staff.team_page", lio_id=lio_id))


@bp.get("/team/<lio_id>")
@auth.manager_required
def team_page(lio_id: str) -> Any:
    return _team_page(lio_id)


@bp.post("/team/<lio_id>/invite")
@auth.manager_required
def team_invite(lio_id: str) -> Any:
    email = request.form.get("email", "").strip()[:200]
    lio_admin = request.form.get("lio_admin") == "yes"
    try:
        with session() as s, s.begin():
            name = _lio_or_404(s, lio_id)
            issued = team.invite(s, app_settings(), g.staff, lio_id, email, lio_admin, auth.current_time())
    except team.TeamError as exc:
        return _team_page(lio_id, email=email, lio_admin=lio_admin, problem=str(exc))
    return render_template("staff/team_link.html", issued=issued, lio_id=lio_id, lio_name=name, link_hours=team.LINK_HOURS)


@bp.post("/team/<lio_id>/rules")
@auth.manager_required
def team_rules(lio_id: str) -> ResponseReturnValue:
    required = request.form.get("require_two_factor") == "yes"
    with session() as s, s.begin():
        _lio_or_404(s, lio_id)
        team.set_two_factor_rule(s, g.staff, lio_id, required, auth.current_time())
    flash(
        "Two-factor sign-in is now required for all your staff. Anyone without it is asked to set it up at their next page."
        if required
        else "Two-factor sign-in is no longer required for your staff (it still is for administrators).",
        "success",
    )
    return redirect(url_for("staff.team_page", lio_id=lio_id), code=303)


@bp.route("/team/members/<int:user_id>/remove", methods=["GET", "POST"])
@auth.manager_required
def team_remove(user_id: int) -> Any:
    with session() as s, s.begin():
        member = _member_or_404(s, user_id)
        lio_id, email = member.lio_id, member.email
        if request.method == "GET":
            return render_template("staff/team_remove.html", member=member, lio_id=lio_id)
        try:
            team.remove(s, g.staff, member)
        except team.TeamError as exc:
            flash(str(exc), "error")
            return redirect(url_for("staff.team_page", lio_id=lio_id), code=303)
    flash(f"{email} has been removed. They were signed out and can no longer sign in.", "success")
    return redirect(url_for("staff.team_page", lio_id=lio_id), code=303)


@bp.route("/team/members/<int:user_id>/reset", methods=["GET", "POST"])
@auth.manager_required
def team_reset(user_id: int) -> Any:
    with session() as s, s.begin():
        member = _member_or_404(s, user_id)
        lio_id = member.lio_id
        if request.method == "GET":
            return render_template(
                "staff/team_reset.html",
                member=member,
                lio_id=lio_id,
                two_factor_on=two_factor.is_on(member),
                joined=not member.password_hash.startswith("!"),
                link_hours=team.LINK_HOURS,
            )
        try:
            issued = team.force_reset(
                s, app_settings(), g.staff, member, request.form.get("reset_two_factor") == "yes", auth.current_time()
            )
        except team.TeamError as exc:
            flash(str(exc), "error")
            return redirect(url_for("staff.team_page", lio_id=lio_id), code=303)
        name = team.lio_name(s, str(lio_id))
    return render_template("staff/team_link.html", issued=issued, lio_id=lio_id, lio_name=name, link_hours=team.LINK_HOURS)


@bp.post("/team/members/<int:user_id>/role")
@auth.manager_required
def team_role(user_id: int) -> ResponseReturnValue:
    on = request.form.get("lio_admin") == "yes"
    with session() as s, s.begin():
        member = _member_or_404(s, user_id)
        lio_id, email = member.lio_id, member.email
        try:
            team.set_lio_admin(s, g.staff, member, on)
        except team.TeamError as exc:
            flash(str(exc), "error")
            return redirect(url_for("staff.team_page", lio_id=lio_id), code=303)
    flash(
        f"{email} is now an LIO administrator. They will be asked to set up two-factor sign-in."
        if on
        else f"{email} is no longer an LIO administrator.",
        "success",
    )
    return redirect(url_for("staff.team_page", lio_id=lio_id), code=303)
