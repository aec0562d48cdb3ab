"""The staff app's pages: sign-in, inbox, a handoff's page and its actions, export, dashboard, audit.

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

from bot.records import audit
from bot.records.db import session
from bot.records.tables import AuditEntry, Handoff, Lio
from bot.web import app_settings
from bot.web.staff import accounts, auth, charts, csrf, team, workflow
from bot.web.staff.blueprint import bp
from bot.web.staff.formatting import format_date, format_datetime, topic_label

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
    return [h for h in rows if workflow.matches(h, filters.topic, filters.q, topic_label)]


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
    return render_template(
        "staff/inbox.html",
        handoffs=found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
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
    return render_template(
        "staff/handoff.html",
        h=h,
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


@bp.get("/dashboard")
@auth.login_required
def dashboard() -> str:
    try:
        weeks = int(request.args.get("weeks", "12"))
    except ValueError:
        weeks = 12
    lio = request.args.get("lio", "").strip() if g.staff.is_admin else ""
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
        scope_name=names.get(lio or g.staff.lio_id or "", ""),
        ratings_name="" if ratings_scope == "all" else names.get(ratings_scope, ratings_scope),
    )


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
