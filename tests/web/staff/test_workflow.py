"""The inbox, a handoff's page, the status workflow, notes, erasure and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from flask.testing import FlaskClient
from sqlalchemy import select

from bot.records import db
from bot.records.tables import AuditEntry, Handoff, HandoffNote, utcnow
from tests.web.staff.conftest import World, login, logout, make_handoff, post


def _listed(html: str) -> list[str]:
    return re.findall(r'href="/staff/handoffs/(HO-[A-Z0-9]+)"', html)


def _status(world: World, ref: str) -> str:
    with db.session(world.url) as s:
        return s.scalar(select(Handoff.status).where(Handoff.reference == ref))


def test_inbox_newest_first(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    html = client.get("/staff/handoffs").get_data(as_text=True)
    assert _listed(html) == world.refs_a  # seeded 1, 2, 3 days ago
    assert "Conversations handed to Alpha Voluntary Action" in html


def test_inbox_filters_by_status_date_topic_and_search(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    post(client, f"/staff/handoffs/{world.refs_a[1]}/status", {"status": "in_progress"})
    get = lambda **q: _listed(client.get("/staff/handoffs", query_string=q).get_data(as_text=True))  # noqa: E731
    assert get(status="in_progress") == [world.refs_a[1]]
    assert get(status="new") == [world.refs_a[0], world.refs_a[2]]
    today = utcnow().date()
    assert get(**{"from": (today - dt.timedelta(days=1)).isoformat()}) == [world.refs_a[0]]
    assert get(to=(today - dt.timedelta(days=2)).isoformat()) == [world.refs_a[1], world.refs_a[2]]
    assert get(topic="case:fraud_theft") == [world.refs_a[1]]
    assert get(q="gift aid") == [world.refs_a[0]]  # matches the topic's name
    assert get(q="set up a cio") == world.refs_a  # words from the transcript
    assert get(q=world.refs_a[2].lower()) == [world.refs_a[2]]
    html = client.get("/staff/handoffs", query_string={"from": "yesterday"}).get_data(as_text=True)
    assert "is not a date" in html


def test_detail_shows_transcript_consent_and_contact(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    html = client.get(f"/staff/handoffs/{world.refs_a[0]}").get_data(as_text=True)
    assert "How do we set up a CIO?" in html and "A CIO is a charity with limited liability." in html
    assert "Can I share this conversation with Test LIO?" in html and "2026-11-v1" in html
    assert 'href="mailto:person@example.com"' in html and "07700900123" in html
    assert "Claiming Gift Aid" in html  # the topic by its article title
    assert "Status" in html and ">New<" in html


def test_transcript_is_rendered_as_text_not_markup(world: World, client: FlaskClient) -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    with db.session(world.url) as s, s.begin():
        s.add(
            make_handoff(
                "HO-EVIL22",
                "lio-a",
                summary=evil,
                email='"><script>alert(2)</script>@x.org',
                topics=["<b>topic</b>"],
                transcript=[
                    {"role": "user", "text": evil, "at": "2026-11-01T10:00:00+00:00"},
                    {"role": "<script>", "text": "bot says hi", "at": "<script>"},
                ],
            )
        )
    login(client, world.staff_a)
    post(client, "/staff/handoffs/HO-EVIL22/notes", {"text": "note <script>alert(3)</script>"})
    for path in ("/staff/handoffs/HO-EVIL22", "/staff/handoffs", "/staff/handoffs?topic=%3Cb%3Etopic%3C/b%3E"):
        html = client.get(path).get_data(as_text=True)
        assert "<script" not in html and "<img" not in html and "<b>topic" not in html, path
    html = client.get("/staff/handoffs/HO-EVIL22").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "note &lt;script&gt;alert(3)&lt;/script&gt;" in html


def test_status_workflow_new_in_progress_closed_and_reopen(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    ref = world.refs_a[0]
    url = f"/staff/handoffs/{ref}/status"
    assert "Start working on it" in client.get(f"/staff/handoffs/{ref}").get_data(as_text=True)
    # new -> closed skips a step: refused, with a message.
    resp = post(client, url, {"status": "closed"})
    assert resp.status_code == 303 and _status(world, ref) == "new"
    assert "cannot be moved to &#39;Closed&#39;" in client.get(resp.location).get_data(as_text=True)
    post(client, url, {"status": "in_progress"})
    assert _status(world, ref) == "in_progress"
    post(client, url, {"status": "new"})
    assert _status(world, ref) == "in_progress"
    post(client, url, {"status": "closed"})
    assert _status(world, ref) == "closed"
    assert "Reopen" in client.get(f"/staff/handoffs/{ref}").get_data(as_text=True)
    post(client, url, {"status": "in_progress"})
    assert _status(world, ref) == "in_progress"
    post(client, url, {"status": "deleted"})
    assert _status(world, ref) == "in_progress"


def test_assign_and_unassign(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    ref = world.refs_a[0]
    post(client, f"/staff/handoffs/{ref}/assignee", {"assignee": world.staff_a2})
    html = client.get(f"/staff/handoffs/{ref}").get_data(as_text=True)
    assert f'<option value="{world.staff_a2}" selected>' in html
    assert world.staff_a2 in client.get("/staff/handoffs").get_data(as_text=True)
    post(client, f"/staff/handoffs/{ref}/assignee", {"assignee": ""})
    with db.session(world.url) as s:
        assert s.scalar(select(Handoff.assignee).where(Handoff.reference == ref)) is None


def test_notes_are_kept_with_author_and_time(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    ref = world.refs_a[0]
    post(client, f"/staff/handoffs/{ref}/notes", {"text": "Called back, left voicemail"})
    post(client, f"/staff/handoffs/{ref}/notes", {"text": "   "})  # empty: refused
    with db.session(world.url) as s:
        notes = list(s.scalars(select(HandoffNote)))
    assert [(n.author, n.text) for n in notes] == [(world.staff_a, "Called back, left voicemail")]
    logout(client)
    login(client, world.staff_a2)  # a colleague sees it
    html = client.get(f"/staff/handoffs/{ref}").get_data(as_text=True)
    assert "Called back, left voicemail" in html and world.staff_a in html


def test_erase_deletes_handoff_and_notes_and_audits_without_personal_data(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    ref = world.refs_a[0]
    post(client, f"/staff/handoffs/{ref}/notes", {"text": "Their name is Jo Bloggs"})
    # Without the confirmation box nothing happens.
    post(client, f"/staff/handoffs/{ref}/erase", {"reason": "person_asked"})
    assert _status(world, ref) == "new"
    resp = post(client, f"/staff/handoffs/{ref}/erase", {"reason": "person_asked", "confirm": "yes"})
    assert resp.status_code == 303 and resp.location.endswith("/staff/handoffs")
    assert client.get(f"/staff/handoffs/{ref}").status_code == 404
    with db.session(world.url) as s:
        assert s.scalar(select(Handoff).where(Handoff.reference == ref)) is None
        assert not s.scalars(select(HandoffNote)).all()
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "erase"))
    assert (entry.reference, entry.lio_id, entry.actor) == (ref, "lio-a", world.staff_a)
    assert entry.detail == "reason: person_asked"
    with db.session(world.url) as s:
        every = " ".join(f"{e.actor} {e.reference} {e.detail}" for e in s.scalars(select(AuditEntry)))
    for personal in ("Jo Bloggs", "person@example.com", "07700900123", "CIO", "constitution"):
        assert personal not in every


def test_export_csv_has_every_field_and_is_safe_in_spreadsheets(world: World, client: FlaskClient) -> None:
    with db.session(world.url) as s, s.begin():
        s.add(
            make_handoff(
                "HO-FORM22",
                "lio-a",
                summary='=HYPERLINK("http://evil","click")',
                transcript=[{"role": "user", "text": "+44 is my code", "at": "2026-11-01T10:00:00+00:00"}],
            )
        )
    login(client, world.staff_a)
    resp = post(client, "/staff/export")
    assert resp.data.startswith("\ufeff".encode())
    assert 'filename="handoffs-lio-a-' in resp.headers["Content-Disposition"]
    rows = {r["reference"]: r for r in csv.DictReader(io.StringIO(resp.data.decode("utf-8-sig")))}
    assert set(rows) == set(world.refs_a) | {"HO-FORM22"}
    first = rows[world.refs_a[0]]
    assert first["lio"] == "Alpha Voluntary Action" and first["status"] == "New"
    assert first["contact_email"] == "person@example.com" and "How do we set up a CIO?" in first["transcript"]
    assert first["consent_wording"].startswith("Can I share")
    assert rows["HO-FORM22"]["summary"].startswith("'=HYPERLINK")
    assert rows["HO-FORM22"]["transcript"].startswith("[")  # lines start with a time, not the text
    # Filters carry over to the export.
    resp = post(client, "/staff/export", {"topic": "case:fraud_theft"})
    assert [r["reference"] for r in csv.DictReader(io.StringIO(resp.data.decode("utf-8-sig")))] == [world.refs_a[1]]
    with db.session(world.url) as s:
        details = [e.detail for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "export"))]
    assert details[0].startswith("4 handoffs") and details[1].startswith("1 handoffs")


def test_export_does_not_log_search_words(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    post(client, "/staff/export", {"q": "Jo Bloggs"})
    with db.session(world.url) as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    assert "Bloggs" not in entry.detail and "not logged" in entry.detail


def test_audit_page_lists_entries_for_admins(world: World, client: FlaskClient) -> None:
    login(client, world.staff_a)
    client.get(f"/staff/handoffs/{world.refs_a[0]}")
    logout(client)
    login(client, world.admin)
    html = client.get("/staff/audit", query_string={"reference": world.refs_a[0].lower()}).get_data(as_text=True)
    assert "Opened a conversation" in html and world.staff_a in html and "1 entry" in html


def test_export_file_name_takes_only_safe_characters(world: World, client: FlaskClient) -> None:
    """The LIO id in the file name comes from the form: quotes and line breaks never reach the header."""
    login(client, world.admin)
    resp = post(client, "/staff/export", {"lio": 'x"; filename=evil.exe\r\nSet-Cookie: a=b'})
    header = resp.headers["Content-Disposition"]
    assert header.count('"') == 2 and "\r" not in header and "\n" not in header and 'evil.exe"' not in header
    assert header.startswith('attachment; filename="handoffs-x---filename-evil-exe')
