"""The staff app's pages: sign-in, inbox, a handoff's page and its actions, export, dashboard (with
its figures as CSV), an LIO's settings, audit.

Views stay thin: access goes through `workflow.get_visible` (404 for anything the user may not
see, never 403, so staff of one LIO cannot learn which references another LIO holds), changes go
through `workflow`, and each is audited in the same transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from flask import Response, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from werkzeug.exceptions import HTTPException

from bot.records import audit, overdue
from bot.records.db import session
from bot.records.tables import AuditEntry, Handoff, Lio, StaffUser, utcnow
from bot.web import app_settings
from bot.web.staff import accounts, auth, charts, csrf, outcomes, team, workflow
from bot.web.staff.blueprint import bp
from bot.web.staff.formatting import format_date, format_datetime, format_duration, format_share, topic_label

PAGE_SIZE = 50
AUDIT_PAGE_SIZE = 100


@bp.context_processor
def template_helpers() -> dict[str, Any]:
    return {
        "csrf_token": csrf.token,
        "staff": g.get("staff"),
        "STATUSES": workflow.STATUSES,
        "format_datetime": format_datetime,
        "format_date": format_date,
        "format_duration": format_duration,
        "format_share": format_share,
        "may_open_settings": bool(g.get("staff")) and may_open_settings(g.staff),
        "topic_label": topic_label,
        "idle_minutes": app_settings().staff_session_minutes,
        "lockout_attempts": app_settings().staff_lockout_attempts,
        "lockout_minutes": app_settings().staff_lockout_minutes,
        "retention_days": app_settings().retention_days,
        "is_manager": team.is_manager(g.staff) if g.get("staff") is not None else False,
        "min_password_length": accounts.MIN_PASSWORD_LENGTH,
        "link_hours": team.LINK_HOURS,
    }


@bp.errorhandler(400)
@bp.errorhandler(403)
@bp.errorhandler(404)
def error_page(exc: HTTPException) -> tuple[str, int]:
    return render_template("staff/error.html", code=exc.code, csrf_failed=exc.description == "csrf"), exc.code or 500


# ---------------------------------------------------------------- signing in and out


@bp.get("/")
def home() -> ResponseReturnValue:
    return redirect(url_for("staff.inbox"))


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    nxt = request.values.get("next", "")
    if g.staff is not None:
        return redirect(auth.safe_next(nxt))
    if request.method == "GET":
        return render_template("staff/login.html", next=nxt, email="", problem=None)
    email = request.form.get("email", "")
    result = auth.sign_in(email, request.form.get("password", ""), auth.current_time())
    if result.user is None:
        status = 429 if result.problem == "locked" else 200
        return render_template("staff/login.html", next=nxt, email=email, problem=result.problem), status
    if result.needs_code:
        auth.begin_second_step(result.user, nxt)
        return redirect(url_for("staff.login_code"), code=303)
    auth.start_session(result.user)
    return redirect(auth.safe_next(nxt), code=303)


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    auth.end_session(g.staff)
    flash("You have signed out.", "info")
    return redirect(url_for("staff.login"), code=303)


# ---------------------------------------------------------------- inbox and export


@dataclass
class Filters:
    status: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    topic: str = ""
    q: str = ""
    lio: str = ""
    overdue: bool = False

    def as_args(self) -> dict[str, str]:
        return {
            k: v
            for k, v in {
                "status": self.status,
                "from": self.date_from.isoformat() if self.date_from else "",
                "to": self.date_to.isoformat() if self.date_to else "",
                "topic": self.topic,
                "q": self.q,
                "lio": self.lio,
                "overdue": "1" if self.overdue else "",
            }.items()
            if v
        }


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        flash(f"'{value}' is not a date; use the date picker or type it as YYYY-MM-DD.", "error")
        return None


def read_filters(values: Any) -> Filters:
    status = values.get("status", "")
    return Filters(
        status=status if status in workflow.STATUSES else "",
        date_from=_date(values.get("from")),
        date_to=_date(values.get("to")),
        topic=values.get("topic", "").strip(),
        q=values.get("q", "").strip()[:200],
        lio=values.get("lio", "").strip() if g.staff.is_admin else "",
        overdue=values.get("overdue", "") == "1",
    )


def filtered_handoffs(s: Any, filters: Filters) -> list[Handoff]:
    """The user's visible handoffs matching the filters, newest first."""
    query = workflow.visible(g.staff)
    if filters.status:
        query = query.where(Handoff.status == filters.status)
    start, end = workflow.date_bounds(filters.date_from, filters.date_to)
    if start:
        query = query.where(Handoff.created_at >= start)
    if end:
        query = query.where(Handoff.created_at < end)
    if filters.lio:
        query = query.where(Handoff.lio_id == filters.lio)
    rows = s.scalars(query.order_by(Handoff.created_at.desc(), Handoff.id.desc()))
    found = [h for h in rows if workflow.matches(h, filters.topic, filters.q, topic_label)]
    if filters.overdue:
        late = overdue_references(s, found)
        found = [h for h in found if h.reference in late]
    return found


def _targets(s: Any, handoffs: list[Handoff]) -> dict[str, int]:
    """Each handoff's LIO's response target, by reference."""
    limits = overdue.targets(s, {h.lio_id for h in handoffs})
    return {h.reference: limits.get(h.lio_id, overdue.DEFAULT_TARGET_DAYS) for h in handoffs}


def due_dates(s: Any, handoffs: list[Handoff]) -> dict[str, dt.datetime]:
    """When each handoff should be closed by, under its LIO's response target."""
    targets = _targets(s, handoffs)
    return {h.reference: overdue.due_by(h.created_at, targets[h.reference]) for h in handoffs}


def overdue_references(s: Any, handoffs: list[Handoff], now: dt.datetime | None = None) -> set[str]:
    """The references of the handoffs not closed within their LIO's response target."""
    now = now or utcnow()
    targets = _targets(s, handoffs)
    return {h.reference for h in handoffs if overdue.is_overdue(h.status, h.created_at, targets[h.reference], now)}


def lio_names(s: Any) -> dict[str, str]:
    return dict(s.execute(select(Lio.id, Lio.name)).all())


@bp.get("/handoffs")
@auth.login_required
def inbox() -> str:
    filters = read_filters(request.args)
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        page = 1
    with session() as s:
        found = filtered_handoffs(s, filters)
        all_topics = workflow.topic_list(s.scalars(workflow.visible(g.staff)))
        names = lio_names(s)
        lio_choices = []
        if g.staff.is_admin:
            ids = s.scalars(select(Handoff.lio_id).distinct())
            lio_choices = sorted(((i, names.get(i, i)) for i in ids), key=lambda p: p[1])
        pages = max(1, -(-len(found) // PAGE_SIZE))
        page = min(page, pages)
        shown = found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        due = due_dates(s, shown)
        late = overdue_references(s, shown)
        target = None if g.staff.is_admin else overdue.target_for(s, g.staff.lio_id or "")
    return render_template(
        "staff/inbox.html",
        handoffs=shown,
        due=due,
        late=late,
        target_days=target,
        total=len(found),
        page=page,
        pages=pages,
        filters=filters,
        filter_args=filters.as_args(),
        topics=all_topics,
        lio_choices=lio_choices,
        lio_names=names,
        own_lio_name=names.get(g.staff.lio_id or "", g.staff.lio_id),
    )


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (text typed by the public)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def _transcript_text(handoff: Handoff) -> str:
    lines = []
    for item in handoff.transcript or []:
        who = "Person" if item.get("role") == "user" else "Assistant"
        lines.append(f"[{format_datetime(item.get('at'))}] {who}: {item.get('text', '')}")
    return "\n".join(lines)


@bp.post("/export")
@auth.login_required
def export() -> Response:
    """CSV of the handoffs the user may see (with the inbox's filters); audited with the count."""
    filters = read_filters(request.form)
    with session() as s, s.begin():
        found = filtered_handoffs(s, filters)
        names = lio_names(s)
        out = io.StringIO()
        out.write("\ufeff")  # so Excel opens it as UTF-8
        writer = csv.writer(out)
        writer.writerow(
            [
                "reference",
                "lio",
                "created",
                "status",
                "assignee",
                "topics",
                "area",
                "summary",
                "contact_method",
                "contact_email",
                "contact_phone",
                "consent_version",
                "consent_given",
                "consent_wording",
                "transcript",
                "internal_notes",
            ]
        )
        for h in found:
            notes = "\n".join(f"[{format_datetime(n.created_at)}] {n.author}: {n.text}" for n in workflow.notes(s, h))
            writer.writerow(
                [
                    _cell(v)
                    for v in (
                        h.reference,
                        names.get(h.lio_id, h.lio_id),
                        format_datetime(h.created_at),
                        workflow.STATUSES.get(h.status, h.status),
                        h.assignee,
                        "; ".join(topic_label(t) for t in h.topics or []),
                        h.location_label,
                        h.summary,
                        h.contact_method,
                        h.contact_email,
                        h.contact_phone,
                        h.consent_version,
                        format_datetime(h.consent_at),
                        h.consent_text,
                        _transcript_text(h),
                        notes,
                    )
                ]
            )
        scope = filters.lio or (None if g.staff.is_admin else g.staff.lio_id)
        # The search words are not logged: staff may search for a person's name.
        described = {k: v for k, v in filters.as_args().items() if k != "q"}
        if filters.q:
            described["search"] = "(words not logged)"
        audit.record(s, g.staff.email, "export", lio_id=scope, detail=f"{len(found)} handoffs; filters: {described or 'none'}")
    stamp = dt.date.today().isoformat()
    # The LIO id comes from the query string: only letters, digits and "-" reach the header.
    safe_scope = re.sub(r"[^A-Za-z0-9-]", "-", scope or "all")[:60]
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="handoffs-{safe_scope}-{stamp}.csv"'},
    )


# ---------------------------------------------------------------- one handoff


def _load(s: Any, reference: str) -> Handoff:
    handoff = workflow.get_visible(s, g.staff, reference)
    if handoff is None:
        abort(404)
    return handoff


@bp.get("/handoffs/<reference>")
@auth.login_required
def handoff(reference: str) -> str:
    with session() as s, s.begin():
        h = _load(s, reference)
        audit.record(s, g.staff.email, "view", lio_id=h.lio_id, reference=h.reference)
        notes = workflow.notes(s, h)
        staff_choices = workflow.assignable_staff(s, h.lio_id)
        lio = s.get(Lio, h.lio_id)
        due = due_dates(s, [h])[h.reference]
        late = bool(overdue_references(s, [h]))
    return render_template(
        "staff/handoff.html",
        h=h,
        due=due,
        late=late,
        lio_name=lio.name if lio else h.lio_id,
        notes=notes,
        staff_choices=staff_choices,
        transitions=workflow.TRANSITIONS.get(h.status, {}),
    )


def _act(reference: str, action: Any, done: str) -> ResponseReturnValue:
    """Run one change on a visible handoff; show `done` or the rule it broke; back to its page."""
    try:
        with session() as s, s.begin():
            action(s, _load(s, reference))
        flash(done, "success")
    except workflow.WorkflowError as exc:
        flash(str(exc), "error")
    return redirect(url_for("staff.handoff", reference=reference), code=303)


@bp.post("/handoffs/<reference>/status")
@auth.login_required
def change_status(reference: str) -> ResponseReturnValue:
    new = request.form.get("status", "")
    return _act(
        reference,
        lambda s, h: workflow.change_status(s, g.staff, h, new),
        f"Status changed to '{workflow.STATUSES.get(new, new)}'.",
    )


@bp.post("/handoffs/<reference>/assignee")
@auth.login_required
def assign(reference: str) -> ResponseReturnValue:
    who = request.form.get("assignee", "")
    return _act(
        reference,
        lambda s, h: workflow.assign(s, g.staff, h, who),
        f"Now being handled by {who}." if who else "Nobody is handling it now.",
    )


@bp.post("/handoffs/<reference>/notes")
@auth.login_required
def add_note(reference: str) -> ResponseReturnValue:
    text = request.form.get("text", "")
    return _act(reference, lambda s, h: workflow.add_note(s, g.staff, h, text), "Note added.")


@bp.route("/handoffs/<reference>/erase", methods=["GET", "POST"])
@auth.login_required
def erase(reference: str) -> Any:
    with session() as s, s.begin():
        h = _load(s, reference)
        if request.method == "GET":
            return render_template("staff/erase.html", h=h, reasons=workflow.ERASE_REASONS)
        reason = request.form.get("reason", "")
        if request.form.get("confirm") != "yes" or reason not in workflow.ERASE_REASONS:
            flash("To erase it, choose a reason and tick the box to confirm.", "error")
            return redirect(url_for("staff.erase", reference=reference), code=303)
        workflow.erase(s, g.staff, h, reason)
    flash(f"Conversation {reference} has been erased. The audit log keeps only its reference.", "success")
    return redirect(url_for("staff.inbox"), code=303)


# ---------------------------------------------------------------- dashboard and audit log


def _dashboard_choice() -> tuple[int, str]:
    """The period (weeks) and, for administrators, the LIO the dashboard was asked for."""
    try:
        weeks = int(request.args.get("weeks", "12"))
    except ValueError:
        weeks = 12
    lio = request.args.get("lio", "").strip() if g.staff.is_admin else ""
    return weeks, lio


@bp.get("/dashboard")
@auth.login_required
def dashboard() -> str:
    weeks, lio = _dashboard_choice()
    # Whose chats the ratings count: an LIO's staff always their own website's (charts.ratings_scope).
    rated_on = request.args.get("rated_on", "").strip() if g.staff.is_admin else ""
    data = charts.build(g.staff, weeks=weeks, lio_id=lio or None, rated_on=rated_on or None)
    with session() as s:
        names = lio_names(s)
        lio_choices = sorted(names.items(), key=lambda p: p[1]) if g.staff.is_admin else []
    ratings_scope = data.ratings.scope if data.ratings else "all"
    return render_template(
        "staff/dashboard.html",
        d=data,
        week_choices=charts.WEEK_CHOICES,
        lio=lio,
        rated_on=rated_on,
        lio_choices=lio_choices,
        lio_names=names,
        scope_name=names.get(lio or g.staff.lio_id or "", ""),
        ratings_name="" if ratings_scope == "all" else names.get(ratings_scope, ratings_scope),
        outcome_labels=outcomes.OUTCOMES,
        explained=outcomes.EXPLAINED,
        csv_args={k: v for k, v in {"weeks": str(data.weeks), "lio": lio}.items() if v},
    )


@bp.get("/dashboard/figures.csv")
@auth.login_required
def dashboard_csv() -> Response:
    """The outcome figures (counts, shares and hours only: no personal data) as a spreadsheet."""
    weeks, lio = _dashboard_choice()
    data = charts.build(g.staff, weeks=weeks, lio_id=lio or None)
    scope = outcomes.scope_for(g.staff, lio or None)
    with session() as s:
        names = lio_names(s)
    organisation = names.get(scope, scope) if scope else "All organisations"
    stamp = utcnow().date().isoformat()
    safe_scope = re.sub(r"[^A-Za-z0-9-]", "-", scope or "all")[:60]  # only these reach the header
    return Response(
        outcomes.figures_csv(data.outcomes, organisation),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="figures-{safe_scope}-{data.weeks}-weeks-{stamp}.csv"'},
    )


# ---------------------------------------------------------------- an LIO's settings


def may_open_settings(user: StaffUser) -> bool:
    """Whether the settings page is any use to `user`: they may change some LIO's settings."""
    return bool(user.is_admin or (user.lio_id and workflow.may_change_settings(user, user.lio_id)))


def _settings_lio(user: StaffUser, asked: str) -> str:
    """The LIO whose settings `user` asked for: theirs by default, another only for administrators.
    404 for an LIO they may not change (like a handoff of another LIO: nothing is confirmed)."""
    if not may_open_settings(user):
        abort(403)
    lio_id = asked.strip() if user.is_admin else (user.lio_id or "")
    if lio_id and not workflow.may_change_settings(user, lio_id):
        abort(404)
    return lio_id


@bp.route("/settings", methods=["GET", "POST"])
@auth.login_required
def lio_settings() -> Any:
    """An LIO's response target (working days). GET shows it; POST changes it (audited). A bad
    number is shown back as typed, with what to type instead."""
    lio_id = _settings_lio(g.staff, request.values.get("lio", ""))
    with session() as s:
        names = lio_names(s)
        current = overdue.target_for(s, lio_id) if lio_id else None
    if lio_id and lio_id not in names:
        abort(404)
    problem = None
    typed: str | int | None = current
    if request.method == "POST":
        if not lio_id:
            abort(400)
        typed = request.form.get("response_target_days", "")
        days = _target_days(typed)
        if days is None:
            problem = (
                f"Enter a whole number of working days from {overdue.MIN_TARGET_DAYS} to "
                f"{overdue.MAX_TARGET_DAYS}, for example {overdue.DEFAULT_TARGET_DAYS}."
            )
        else:
            with session() as s, s.begin():
                old = overdue.set_target(s, lio_id, days, g.staff.email)
                audit.record(s, g.staff.email, "settings", lio_id=lio_id, detail=f"response target {old} -> {days} working days")
            flash(f"Response target for {names[lio_id]} saved: {days} working day{'' if days == 1 else 's'}.", "success")
            target = url_for("staff.lio_settings", lio=lio_id) if g.staff.is_admin else url_for("staff.lio_settings")
            return redirect(target, code=303)
    page = render_template(
        "staff/settings.html",
        lio_id=lio_id,
        lio_name=names.get(lio_id, ""),
        lio_choices=sorted(names.items(), key=lambda p: p[1]) if g.staff.is_admin else [],
        current=current,
        typed=typed,
        problem=problem,
        default_days=overdue.DEFAULT_TARGET_DAYS,
        min_days=overdue.MIN_TARGET_DAYS,
        max_days=overdue.MAX_TARGET_DAYS,
    )
    return page, (400 if problem else 200)


def _target_days(typed: str) -> int | None:
    """A response target typed in the form, if it is a whole number in range."""
    try:
        days = int(typed.strip())
    except ValueError:
        return None
    return days if overdue.MIN_TARGET_DAYS <= days <= overdue.MAX_TARGET_DAYS else None


@bp.get("/audit")
@auth.admin_required
def audit_log() -> str:
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        page = 1
    reference = request.args.get("reference", "").strip().upper()
    with session() as s:
        query = select(AuditEntry)
        count = select(func.count()).select_from(AuditEntry)
        if reference:
            query = query.where(AuditEntry.reference == reference)
            count = count.where(AuditEntry.reference == reference)
        total = s.scalar(count) or 0
        entries = list(
            s.scalars(
                query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                .offset((page - 1) * AUDIT_PAGE_SIZE)
                .limit(AUDIT_PAGE_SIZE)
            )
        )
    return render_template(
        "staff/audit.html",
        entries=entries,
        actions=audit.ACTIONS,
        page=page,
        reference=reference,
        pages=max(1, -(-total // AUDIT_PAGE_SIZE)),
        total=total,
    )
