"""Overdue handoffs (issue 15): each LIO's response target and who may set it, the badge and the
filter in the inbox, and the daily digest per LIO, sent at most once a day through the outbox
whether the job runs twice, restarts, or runs in two processes at once, on SQLite and PostgreSQL.

The clock for the digest: Thursday 2 April 2026, 09:00 UTC (10:00 BST).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select, update

from bot.records import db, outbox, overdue
from bot.records.tables import AuditEntry, Handoff, Lio, LioSetting, OutboxMessage, OverdueDigest, StaffUser, utcnow
from tests.conftest import use_settings
from tests.web.staff.conftest import World, login, make_handoff, post, turn_on_two_factor
from tests.web.staff.test_notify_email import Smtp, smtp  # noqa: F401  (the fixture)

PROJECT = Path(__file__).resolve().parents[3]
THURSDAY = dt.datetime(2026, 4, 2, 9, 0)
# (reference, LIO, handed over (UTC), status): overdue at THURSDAY with the default 5 days or not.
LATE = [
    ("HO-LATEA1", "lio-a", "2026-03-20 10:00", "new", True),
    ("HO-LATEA2", "lio-a", "2026-03-25 10:00", "in_progress", True),  # due Wednesday 1 April 10:00 BST
    ("HO-DONEA3", "lio-a", "2026-03-02 10:00", "closed", False),
    ("HO-SOONA4", "lio-a", "2026-03-27 10:00", "new", False),  # due Friday 3 April 10:00 BST
    ("HO-LATEB1", "lio-b", "2026-03-10 10:00", "new", True),
    ("HO-LATEC1", "lio-c", "2026-03-10 10:00", "new", True),  # LIO C has no notify_email
]


def seed_late(url: str) -> None:
    with db.session(url) as s, s.begin():
        for ref, lio, created, status, _ in LATE:
            s.add(make_handoff(ref, lio, created_at=dt.datetime.fromisoformat(created), status=status))
        s.execute(update(Lio).where(Lio.id == "lio-b").values(notify_email="help@lio-b.example.org"))


@pytest.fixture
def late(any_world: World) -> World:
    seed_late(any_world.url)
    return any_world


def digests() -> list[tuple[str, dt.date]]:
    with db.session() as s:
        return sorted(s.execute(select(OverdueDigest.lio_id, OverdueDigest.day)).all())


def digest_messages() -> list[OutboxMessage]:
    with db.session() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.kind == "overdue_digest").order_by(OutboxMessage.id)))


# ---------------------------------------------------------------- the digest


def test_digest_is_queued_once_a_day_per_lio(late: World) -> None:
    assert overdue.queue_digests(THURSDAY) == ["lio-a", "lio-b"]  # C has nowhere to send it
    assert overdue.queue_digests(THURSDAY) == []
    assert overdue.queue_digests(THURSDAY + dt.timedelta(hours=8)) == []  # later the same day
    assert digests() == [("lio-a", dt.date(2026, 4, 2)), ("lio-b", dt.date(2026, 4, 2))]
    messages = digest_messages()
    assert [(m.lio_name, m.to_address, m.reference) for m in messages] == [
        ("Alpha Voluntary Action", "inbox@lio-a.example.org", "2026-04-02"),
        ("Beta CVS", "help@lio-b.example.org", "2026-04-02"),
    ]
    # References and the target only: nothing the person typed, no contact details, no sender id.
    assert [m.digest for m in messages] == [
        {"references": ["HO-LATEA1", "HO-LATEA2"], "target_days": 5},
        {"references": ["HO-LATEB1"], "target_days": 5},
    ]
    friday = THURSDAY + dt.timedelta(days=1)  # the next day, another digest
    assert overdue.queue_digests(friday) == ["lio-a", "lio-b"]
    assert [m.digest["references"] for m in digest_messages()][2] == ["HO-LATEA1", "HO-LATEA2", "HO-SOONA4"]
    assert len(digests()) == 4


def test_no_digest_at_weekends_or_before_eight(late: World) -> None:
    assert overdue.queue_digests(dt.datetime(2026, 4, 4, 9, 0)) == []  # Saturday
    assert overdue.queue_digests(dt.datetime(2026, 4, 5, 9, 0)) == []  # Sunday
    assert overdue.queue_digests(dt.datetime(2026, 4, 2, 6, 59)) == []  # 07:59 BST
    assert overdue.queue_digests(dt.datetime(2026, 4, 2, 7, 0)) == ["lio-a", "lio-b"]  # 08:00 BST
    assert digest_messages()[0].reference == "2026-04-02"


def test_nothing_overdue_sends_nothing_and_targets_count(late: World) -> None:
    with db.session() as s, s.begin():
        overdue.set_target(s, "lio-a", 20, "admin@example.org")
    assert overdue.queue_digests(THURSDAY) == ["lio-b"]
    with db.session() as s, s.begin():
        overdue.set_target(s, "lio-a", 1, "admin@example.org")  # later that day, a stricter target
    assert overdue.queue_digests(THURSDAY + dt.timedelta(hours=1)) == ["lio-a"]
    assert digest_messages()[-1].digest == {"references": ["HO-LATEA1", "HO-LATEA2", "HO-SOONA4"], "target_days": 1}


def test_the_background_job_run_twice_queues_once(late: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overdue, "utcnow", lambda: THURSDAY)
    overdue._job.run_once()
    overdue._job.run_once()
    assert digests() == [("lio-a", dt.date(2026, 4, 2)), ("lio-b", dt.date(2026, 4, 2))]
    assert len(digest_messages()) == 2


RACER = """
import datetime as dt, sys, time
from pathlib import Path
from bot.records import db, overdue
db.engine()  # connected and migrated before the start line
go = Path(sys.argv[1])
while not go.exists():
    time.sleep(0.005)
print(",".join(overdue.queue_digests(dt.datetime.fromisoformat(sys.argv[2]))))
"""


def test_two_processes_at_once_queue_one_digest_each(late: World, tmp_path: Path) -> None:
    """Two replicas' jobs starting together: the database lets one take each LIO's day."""
    go = tmp_path / "go"
    env = dict(os.environ, DATABASE_URL=late.url, PYTHONPATH=str(PROJECT), SQLALCHEMY_SILENCE_UBER_WARNING="1")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(go), THURSDAY.isoformat()],
            cwd=PROJECT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    time.sleep(3)  # both connected and waiting (the start line holds them)
    go.touch()
    results = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in results]
    queued = sorted(lio for out, _ in results for lio in out.strip().split(",") if lio)
    assert queued == ["lio-a", "lio-b"]  # each LIO by one process or the other, never by both
    assert digests() == [("lio-a", dt.date(2026, 4, 2)), ("lio-b", dt.date(2026, 4, 2))]
    assert len(digest_messages()) == 2
    # A restarted process the same day finds the day taken too.
    again = subprocess.run(
        [sys.executable, "-c", RACER, str(go), (THURSDAY + dt.timedelta(hours=2)).isoformat()],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0 and again.stdout.strip() == ""
    assert len(digest_messages()) == 2


def test_digest_email_names_references_and_links_only(
    late: World,
    smtp: Smtp,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_settings(monkeypatch, staff_base_url="https://staff.example.org/staff")
    overdue.queue_digests(THURSDAY)
    overdue.queue_digests(THURSDAY)
    assert outbox.deliver_due(THURSDAY) == (2, 0)
    assert outbox.deliver_due(THURSDAY + dt.timedelta(hours=1)) == (0, 0)  # sent is sent
    by_address = {to[0]: msg for to, msg in smtp.messages}
    assert set(by_address) == {"inbox@lio-a.example.org", "help@lio-b.example.org"} and len(smtp.messages) == 2
    a = by_address["inbox@lio-a.example.org"]
    assert a["Subject"] == "2 conversations overdue at Alpha Voluntary Action (2026-04-02)"
    body = a.get_payload(decode=True).decode()
    for ref in ("HO-LATEA1", "HO-LATEA2"):
        assert f"- {ref}: https://staff.example.org/staff/handoffs/{ref}" in body
    assert "within your response target of 5 working days" in body
    assert "https://staff.example.org/staff/handoffs?overdue=1" in body
    # Nothing of anyone's: no other LIO's references, no words, contact details or sender ids.
    for secret in ("HO-LATEB1", "HO-SOONA4", "HO-DONEA3", "CIO", "constitution", "person@example.com", "07700", "sender-"):
        assert secret not in body and secret not in a["Subject"], secret
    b = by_address["help@lio-b.example.org"].get_payload(decode=True).decode()
    assert "HO-LATEB1" in b and "HO-LATEA1" not in b and "1 conversation handed to Beta CVS" in b


# ---------------------------------------------------------------- the inbox


def listed(html: str) -> list[str]:
    return re.findall(r'href="/staff/handoffs/(HO-[A-Z0-9]+)"', html)


def badged(html: str) -> set[str]:
    """References whose row carries the Overdue badge (in words, not only a colour)."""
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    return {
        m.group(1)
        for r in rows
        if '<span class="badge-overdue">Overdue</span>' in r
        for m in [re.search(r"(HO-[A-Z0-9]+)", r)]
        if m
    }


# The inbox runs on the real clock: every open handoff of March 2026 is overdue by now, and the
# world's own (handed over one to three days ago) are within the default 5 working days.
A_LATE = ["HO-SOONA4", "HO-LATEA2", "HO-LATEA1"]  # newest first, as the inbox lists them


def test_inbox_badge_and_overdue_filter(late: World, client: FlaskClient) -> None:
    login(client, late.staff_a)
    html = client.get("/staff/handoffs").get_data(as_text=True)
    assert badged(html) == set(A_LATE) and set(late.refs_a) <= set(listed(html))
    assert "Your response target: close each conversation within <strong>5 working days</strong>" in html
    assert '<label for="overdue">Only overdue conversations' in html and 'name="overdue" value="1">' in html
    html = client.get("/staff/handoffs?overdue=1").get_data(as_text=True)
    assert listed(html) == A_LATE and "3 conversations match your filters" in html
    assert 'name="overdue" value="1" checked' in html
    # Another LIO's overdue conversations never appear, even when asked for.
    assert listed(client.get("/staff/handoffs?overdue=1&lio=lio-b").get_data(as_text=True)) == A_LATE
    # With the other filters, and in the CSV download of what the filters show.
    assert listed(client.get("/staff/handoffs?overdue=1&status=new").get_data(as_text=True)) == ["HO-SOONA4", "HO-LATEA1"]
    rows = list(csv.DictReader(io.StringIO(post(client, "/staff/export", {"overdue": "1"}).data.decode("utf-8-sig"))))
    assert [r["reference"] for r in rows] == A_LATE
    # The conversation's own page says so too, with when it was due (UK time).
    page = client.get("/staff/handoffs/HO-LATEA1").get_data(as_text=True)
    assert '<span class="badge-overdue">Overdue</span>' in page and "<dt>Close by</dt><dd>27 Mar 2026, 10:00 (overdue" in page
    page = client.get(f"/staff/handoffs/{late.refs_a[0]}").get_data(as_text=True)
    assert "<dt>Close by</dt>" in page and "badge-overdue" not in page and "(overdue" not in page
    assert "<dt>Close by</dt>" not in client.get("/staff/handoffs/HO-DONEA3").get_data(as_text=True)  # closed


def test_closing_ends_overdue(late: World, client: FlaskClient) -> None:
    login(client, late.staff_a)
    post(client, "/staff/handoffs/HO-LATEA2/status", {"status": "closed"})
    assert listed(client.get("/staff/handoffs?overdue=1").get_data(as_text=True)) == ["HO-SOONA4", "HO-LATEA1"]


def test_administrators_filter_overdue_across_lios(late: World, client: FlaskClient) -> None:
    login(client, late.admin)
    assert set(listed(client.get("/staff/handoffs?overdue=1").get_data(as_text=True))) == {
        "HO-LATEA1",
        "HO-LATEA2",
        "HO-SOONA4",
        "HO-LATEB1",
        "HO-LATEC1",
    }
    assert listed(client.get("/staff/handoffs?overdue=1&lio=lio-b").get_data(as_text=True)) == ["HO-LATEB1"]


# ---------------------------------------------------------------- response times recorded by the workflow


def test_first_action_and_closing_are_recorded(late: World, client: FlaskClient) -> None:
    def times(ref: str) -> tuple[dt.datetime | None, dt.datetime | None]:
        with db.session() as s:
            h = s.scalar(select(Handoff).where(Handoff.reference == ref))
            assert h is not None
            return h.first_action_at, h.closed_at

    login(client, late.staff_a)
    ref_note, ref_assign, ref_status = late.refs_a
    client.get(f"/staff/handoffs/{ref_note}")  # opening is not acting
    assert times(ref_note) == (None, None)
    before = utcnow()
    post(client, f"/staff/handoffs/{ref_note}/notes", {"text": "Rang them."})
    post(client, f"/staff/handoffs/{ref_assign}/assignee", {"assignee": late.staff_a2})
    post(client, f"/staff/handoffs/{ref_status}/status", {"status": "in_progress"})
    firsts = {ref: times(ref)[0] for ref in late.refs_a}
    assert all(t is not None and t >= before for t in firsts.values())
    post(client, f"/staff/handoffs/{ref_status}/status", {"status": "closed"})
    first, closed = times(ref_status)
    assert first == firsts[ref_status] and closed is not None and closed >= first  # the first action stays
    post(client, f"/staff/handoffs/{ref_status}/status", {"status": "in_progress"})  # reopened
    assert times(ref_status) == (first, None)
    post(client, f"/staff/handoffs/{ref_status}/status", {"status": "closed"})
    assert times(ref_status)[1] is not None and times(ref_status)[1] >= closed  # the last closing counts


# ---------------------------------------------------------------- the settings page and who may use it


def stored_target(lio_id: str) -> int | None:
    with db.session() as s:
        row = s.get(LioSetting, lio_id)
        return row.response_target_days if row else None


def audit_count(action: str) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)) or 0


def test_signed_out_cannot_see_or_change_settings(any_world: World, client: FlaskClient) -> None:
    resp = client.get("/staff/settings?lio=lio-a")
    assert resp.status_code == 302 and "/staff/login" in resp.location
    resp = post(client, "/staff/settings", {"lio": "lio-a", "response_target_days": "2"})
    assert resp.status_code == 302 and "/staff/login" in resp.location
    assert stored_target("lio-a") is None


def test_lio_staff_without_permission_cannot_see_or_change_settings(any_world: World, client: FlaskClient) -> None:
    """Until the LIO-admin role exists, an LIO's staff may not change its settings: no link, 403."""
    login(client, any_world.staff_a)
    assert 'href="/staff/settings"' not in client.get("/staff/handoffs").get_data(as_text=True)
    for path in ("/staff/settings", "/staff/settings?lio=lio-a", "/staff/settings?lio=lio-b"):
        assert client.get(path).status_code == 403, path
    assert post(client, "/staff/settings", {"lio": "lio-a", "response_target_days": "2"}).status_code == 403
    assert post(client, "/staff/settings", {"lio": "lio-b", "response_target_days": "2"}).status_code == 403
    assert stored_target("lio-a") is None and stored_target("lio-b") is None and audit_count("settings") == 0


def test_administrators_set_any_lios_target_audited(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.admin)
    assert 'href="/staff/settings"' in client.get("/staff/handoffs").get_data(as_text=True)
    chooser = client.get("/staff/settings").get_data(as_text=True)
    assert "Choose an organisation to see or change its settings." in chooser and 'name="response_target_days"' not in chooser
    page = client.get("/staff/settings?lio=lio-b").get_data(as_text=True)
    assert "Settings for Beta CVS" in page and 'value="5"' in page
    resp = post(client, "/staff/settings", {"lio": "lio-b", "response_target_days": " 3 "})
    assert resp.status_code == 303 and resp.location.endswith("/staff/settings?lio=lio-b")
    assert stored_target("lio-b") == 3 and stored_target("lio-a") is None
    page = client.get("/staff/settings?lio=lio-b").get_data(as_text=True)
    assert "Response target for Beta CVS saved: 3 working days." in page and 'value="3"' in page
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "settings")).one()
    assert (entry.actor, entry.lio_id, entry.detail) == (any_world.admin, "lio-b", "response target 5 -> 3 working days")
    assert "Changed an organisation&#39;s settings" in client.get("/staff/audit").get_data(as_text=True)
    # An LIO that does not exist: 404, nothing stored.
    assert client.get("/staff/settings?lio=no-such-lio").status_code == 404
    assert post(client, "/staff/settings", {"lio": "no-such-lio", "response_target_days": "3"}).status_code == 404


@pytest.mark.parametrize("typed", ["three", "0", "61", "2.5", ""])
def test_a_bad_target_is_explained_and_kept_as_typed(any_world: World, client: FlaskClient, typed: str) -> None:
    login(client, any_world.admin)
    resp = post(client, "/staff/settings", {"lio": "lio-a", "response_target_days": typed})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 400
    assert "There is a problem" in html and "Enter a whole number of working days from 1 to 60, for example 5." in html
    assert f'value="{typed}"' in html and 'aria-invalid="true"' in html and "<title>Error: Settings" in html
    assert stored_target("lio-a") is None and audit_count("settings") == 0


def test_a_post_without_the_csrf_token_changes_nothing(any_world: World, client: FlaskClient) -> None:
    login(client, any_world.admin)
    resp = client.post("/staff/settings", data={"lio": "lio-a", "response_target_days": "2"})
    assert resp.status_code == 400 and stored_target("lio-a") is None


def test_an_lio_admin_changes_only_their_own_lios_settings(any_world: World, client: FlaskClient) -> None:
    """LIO administrators (here Ana, made LIO A's) may change their own LIO's settings and never
    reach another LIO's; plain staff may not open the page (workflow.may_change_settings)."""
    with db.session() as s, s.begin():
        s.execute(update(StaffUser).where(StaffUser.email == any_world.staff_a).values(is_lio_admin=True))
    turn_on_two_factor(any_world.url, any_world.staff_a)  # LIO administrators must have it
    login(client, any_world.staff_a)
    assert 'href="/staff/settings"' in client.get("/staff/handoffs").get_data(as_text=True)
    page = client.get("/staff/settings?lio=lio-b").get_data(as_text=True)  # asks for B, gets A's
    assert "Settings for Alpha Voluntary Action" in page and "Beta CVS" not in page and 'name="lio"' in page
    post(client, "/staff/settings", {"lio": "lio-b", "response_target_days": "2"})
    assert stored_target("lio-a") == 2 and stored_target("lio-b") is None
    other = client.application.test_client()
    login(other, any_world.staff_b)  # LIO B's staff are not admins under that rule
    assert other.get("/staff/settings").status_code == 403
