"""Every access rule of the staff app, over HTTP, on SQLite and on PostgreSQL.

The world: LIO A (lio-a) has three handoffs and two staff; LIO B (lio-b) has two handoffs and one
member of staff; an administrator sees everything. Staff of LIO A must get nothing of LIO B's,
whichever way they ask, and "not yours" must look exactly like "does not exist" (404).
"""

from __future__ import annotations

import csv
import io
import re

from flask.testing import FlaskClient
from sqlalchemy import func, select

from bot.records import db
from bot.records.tables import AuditEntry, Handoff, HandoffNote
from tests.web.staff.conftest import World, login, logout, post


def _handoff(world: World, reference: str) -> Handoff | None:
    with db.session(world.url) as s:
        return s.scalar(select(Handoff).where(Handoff.reference == reference))


def _note_count(world: World) -> int:
    with db.session(world.url) as s:
        return s.scalar(select(func.count()).select_from(HandoffNote)) or 0


def _listed(html: str) -> set[str]:
    """References that the inbox links to (what a person could open)."""
    return set(re.findall(r'href="/staff/handoffs/(HO-[A-Z0-9]+)"', html))


def _csv_references(body: bytes) -> set[str]:
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    return {r["reference"] for r in rows}


# ---------------------------------------------------------------- not signed in


def test_signed_out_every_page_redirects_to_sign_in(any_world: World, client: FlaskClient) -> None:
    ref = any_world.refs_a[0]
    for path in (
        "/staff/handoffs",
        f"/staff/handoffs/{ref}",
        f"/staff/handoffs/{ref}/erase",
        "/staff/dashboard",
        "/staff/dashboard/figures.csv",
        "/staff/settings",
        "/staff/audit",
    ):
        resp = client.get(path)
        assert resp.status_code == 302, path
        assert "/staff/login" in resp.location, path


def test_signed_out_every_action_is_refused(any_world: World, client: FlaskClient) -> None:
    ref = any_world.refs_a[0]
    for path, data in (
        (f"/staff/handoffs/{ref}/status", {"status": "in_progress"}),
        (f"/staff/handoffs/{ref}/assignee", {"assignee": any_world.staff_a}),
        (f"/staff/handoffs/{ref}/notes", {"text": "sneaky"}),
        (f"/staff/handoffs/{ref}/erase", {"reason": "other", "confirm": "yes"}),
        ("/staff/export", {}),
        ("/staff/settings", {"lio": "lio-a", "response_target_days": "1"}),
    ):
        resp = post(client, path, data)
        assert resp.status_code == 302 and "/staff/login" in resp.location, path
        assert b"reference," not in resp.data
    h = _handoff(any_world, ref)
    assert h is not None and h.status == "new" and h.assignee is None
    assert _note_count(any_world) == 0


# ---------------------------------------------------------------- LIO staff see only their LIO


def test_lio_staff_list_shows_only_their_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    html = client.get("/staff/handoffs").get_data(as_text=True)
    assert _listed(html) == set(any_world.refs_a)
    assert not any(ref in html for ref in any_world.refs_b)
    # The administrators' organisation filter is ignored for LIO staff.
    html = client.get("/staff/handoffs?lio=lio-b").get_data(as_text=True)
    assert _listed(html) == set(any_world.refs_a)


def test_lio_staff_search_never_reaches_other_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    for query in (any_world.secret_b, any_world.refs_b[0], "b-person@example.com"):
        html = client.get("/staff/handoffs", query_string={"q": query}).get_data(as_text=True)
        assert "0 conversations match" in html, query
        assert _listed(html) == set()


def test_lio_staff_topic_filter_offers_only_their_topics(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    html = client.get("/staff/handoffs").get_data(as_text=True)
    assert 'value="volunteering.dbs_checks"' not in html  # LIO B's only topic
    assert 'value="funding.gift_aid"' in html


def test_lio_staff_detail_of_other_lio_is_404(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    assert client.get(f"/staff/handoffs/{any_world.refs_a[0]}").status_code == 200
    resp = client.get(f"/staff/handoffs/{any_world.refs_b[0]}")
    assert resp.status_code == 404
    assert any_world.secret_b not in resp.get_data(as_text=True)


def test_other_lio_reference_looks_exactly_like_a_missing_one(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    theirs = client.get(f"/staff/handoffs/{any_world.refs_b[0]}")
    missing = client.get("/staff/handoffs/HO-ZZZZ99")
    assert theirs.status_code == missing.status_code == 404
    assert theirs.get_data() == missing.get_data()


def test_guessed_numeric_ids_are_404(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    for ref in any_world.refs_a + any_world.refs_b:
        assert client.get(f"/staff/handoffs/{any_world.ids[ref]}").status_code == 404
    for guess in ("0", "-1", "99999", "1%20OR%201=1", "ho-bbbb11", "HO-BBBB11%20"):
        assert client.get(f"/staff/handoffs/{guess}").status_code == 404, guess
    # A NUL byte is refused outright, for any reference (so it tells nothing either).
    assert client.get("/staff/handoffs/HO-BBBB11%00").status_code == 400
    assert client.get("/staff/handoffs/HO-ZZZZ99%00").status_code == 400


def test_lio_staff_export_holds_only_their_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    resp = post(client, "/staff/export", {"lio": "lio-b"})  # trying the admins' filter too
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert _csv_references(resp.data) == set(any_world.refs_a)
    assert any_world.secret_b.encode() not in resp.data
    resp = post(client, "/staff/export", {"q": any_world.secret_b})
    assert _csv_references(resp.data) == set()


def test_lio_staff_cannot_add_notes_to_other_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    resp = post(client, f"/staff/handoffs/{any_world.refs_b[0]}/notes", {"text": "planted note"})
    assert resp.status_code == 404
    assert _note_count(any_world) == 0


def test_lio_staff_cannot_read_other_lio_notes(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_b)
    post(client, f"/staff/handoffs/{any_world.refs_b[0]}/notes", {"text": "B's private note"})
    assert _note_count(any_world) == 1
    logout(client)
    login(client, any_world.staff_a)
    for ref in any_world.refs_a:
        assert "private note" not in client.get(f"/staff/handoffs/{ref}").get_data(as_text=True)
    assert b"private note" not in post(client, "/staff/export").data


def test_lio_staff_cannot_change_status_of_other_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    resp = post(client, f"/staff/handoffs/{any_world.refs_b[0]}/status", {"status": "in_progress"})
    assert resp.status_code == 404
    assert _handoff(any_world, any_world.refs_b[0]).status == "new"


def test_lio_staff_cannot_assign_other_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    resp = post(client, f"/staff/handoffs/{any_world.refs_b[0]}/assignee", {"assignee": any_world.staff_a})
    assert resp.status_code == 404
    assert _handoff(any_world, any_world.refs_b[0]).assignee is None


def test_lio_staff_cannot_erase_other_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    ref = any_world.refs_b[0]
    assert client.get(f"/staff/handoffs/{ref}/erase").status_code == 404
    resp = post(client, f"/staff/handoffs/{ref}/erase", {"reason": "other", "confirm": "yes"})
    assert resp.status_code == 404
    assert _handoff(any_world, ref) is not None


def test_assignee_must_be_staff_of_the_same_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    ref = any_world.refs_a[0]
    html = client.get(f"/staff/handoffs/{ref}").get_data(as_text=True)
    assert any_world.staff_a2 in html and any_world.staff_b not in html and any_world.admin not in html
    for outsider in (any_world.staff_b, any_world.admin, "someone@else.example"):
        post(client, f"/staff/handoffs/{ref}/assignee", {"assignee": outsider})
        assert _handoff(any_world, ref).assignee is None, outsider
    post(client, f"/staff/handoffs/{ref}/assignee", {"assignee": any_world.staff_a2})
    assert _handoff(any_world, ref).assignee == any_world.staff_a2


def test_lio_staff_dashboard_counts_only_their_handoffs(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    html = client.get("/staff/dashboard").get_data(as_text=True)
    assert f"{len(any_world.refs_a)} conversations handed over in this period" in html
    assert "Checking criminal records" not in html and "dbs_checks" not in html  # LIO B's topic
    assert "Conversations handed over to Alpha Voluntary Action" in html


def test_audit_log_is_for_administrators_only(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    assert client.get("/staff/audit").status_code == 403
    assert "Audit log" not in client.get("/staff/handoffs").get_data(as_text=True)


# ---------------------------------------------------------------- administrators


def test_admin_sees_and_exports_every_lio(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.admin)
    html = client.get("/staff/handoffs").get_data(as_text=True)
    assert _listed(html) == set(any_world.refs_a + any_world.refs_b)
    assert client.get(f"/staff/handoffs/{any_world.refs_b[0]}").status_code == 200
    assert _csv_references(post(client, "/staff/export").data) == set(any_world.refs_a + any_world.refs_b)
    assert _csv_references(post(client, "/staff/export", {"lio": "lio-b"}).data) == set(any_world.refs_b)
    assert client.get("/staff/audit").status_code == 200


def test_every_view_export_change_and_erase_is_audited(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.staff_a)
    ref = any_world.refs_a[0]
    client.get(f"/staff/handoffs/{ref}")
    post(client, "/staff/export")
    post(client, f"/staff/handoffs/{ref}/status", {"status": "in_progress"})
    post(client, f"/staff/handoffs/{ref}/assignee", {"assignee": any_world.staff_a2})
    post(client, f"/staff/handoffs/{ref}/notes", {"text": "Rang them, left a message"})
    post(client, f"/staff/handoffs/{ref}/erase", {"reason": "person_asked", "confirm": "yes"})
    with db.session(any_world.url) as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.actor == any_world.staff_a).order_by(AuditEntry.id)))
    assert [e.action for e in entries] == ["login", "view", "export", "status", "assign", "note", "erase"]
    assert all(e.at is not None for e in entries)
    assert [e.reference for e in entries if e.action not in ("login", "export")] == [ref] * 5
    assert all(e.lio_id == "lio-a" for e in entries)
    text = " ".join(str(e.detail) for e in entries)
    assert "Rang them" not in text and "person@example.com" not in text and "CIO" not in text
