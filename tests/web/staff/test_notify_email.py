"""A new handoff emails the LIO a link to it, never the conversation, through the outbox and a real
local SMTP server; SMTP going down loses no notice and delays no reply."""

from __future__ import annotations

import datetime as dt
import email
import time
from email.message import Message
from typing import Any, Iterator

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from bot import settings
from bot.places.lios import LioCard
from bot.records import db, outbox
from bot.records.handoffs import Contact, create_handoff
from bot.records.tables import OutboxMessage, utcnow
from tests.conftest import free_port, use_settings
from tests.web.staff.conftest import World


class Inbox:
    """aiosmtpd handler keeping every message it receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


class Smtp:
    """A real SMTP server on a fixed port that a test can stop and start again."""

    def __init__(self) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self.controller: Controller | None = None

    def up(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def down(self) -> None:
        if self.controller:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self) -> list[tuple[list[str], Message]]:
        return self.inbox.messages


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Smtp]:
    server = Smtp()
    server.up()
    use_settings(monkeypatch, smtp_host="127.0.0.1", smtp_port=server.port, smtp_user="", smtp_starttls=False)
    try:
        yield server
    finally:
        server.down()


def _events(*turns: tuple[str, str]) -> list[dict[str, Any]]:
    base = time.time()
    return [{"event": kind, "text": text, "timestamp": base + i} for i, (kind, text) in enumerate(turns)]


def _new_handoff(lio_id: str, lio_name: str) -> Any:
    return create_handoff(
        sender_id="sender-secret-777",
        lio=LioCard(lio_id, lio_name, None, ("E08000035",), ("Leeds",)),
        la_code="E08000035",
        location_label="Leeds",
        events=_events(
            ("user", "Our treasurer Mrs Hedgehog-Quince has taken £900 from the tin"),
            ("bot", "I'm sorry to hear that. Don't confront anyone."),
        ),
        consent_at=dt.datetime(2026, 11, 24, 10, 0),
        consent_wording="Can I share this conversation?",
        contact=Contact(email="reporter@example.com"),
        contact_method="email",
        summary="Treasurer Hedgehog-Quince took money",
    )


def test_new_handoff_emails_a_link_and_never_the_transcript(world: World, smtp: Smtp) -> None:
    handoff = _new_handoff("lio-a", "Alpha Voluntary Action")
    assert smtp.messages == []  # queued, not sent inside the person's request
    assert outbox.deliver_due() == (1, 0)
    assert outbox.deliver_due() == (0, 0)  # sent once only
    assert len(smtp.messages) == 1
    recipients, msg = smtp.messages[0]
    assert recipients == ["inbox@lio-a.example.org"]
    assert handoff.reference in msg["Subject"]
    body = msg.get_payload(decode=True).decode()
    assert f"{settings.current().staff_base_url}/handoffs/{handoff.reference}" in body
    whole = msg.as_string()
    for private in ("Hedgehog-Quince", "£900", "treasurer", "reporter@example.com", "sender-secret-777", "confront"):
        assert private not in whole, private


def test_no_email_when_the_lio_has_no_address(world: World, smtp: Smtp) -> None:
    _new_handoff("lio-b", "Beta CVS")  # seeded without notify_email
    assert outbox.deliver_due() == (0, 0)
    assert smtp.messages == []


def test_smtp_down_loses_no_notice_and_delays_no_reply(any_world: World, smtp: Smtp) -> None:
    smtp.down()
    began = time.monotonic()
    handoff = _new_handoff("lio-a", "Alpha Voluntary Action")
    assert time.monotonic() - began < 2  # nothing waits for SMTP (its timeout is 10 s)
    assert outbox.deliver_due() == (0, 1)
    with db.session() as s:
        queued = s.scalar(select(OutboxMessage).where(OutboxMessage.reference == handoff.reference))
    assert queued.attempts == 1 and queued.sent_at is None and queued.last_error == "ConnectionRefusedError"
    assert outbox.deliver_due() == (0, 0)  # not due again yet: it waits before retrying
    smtp.up()
    later = utcnow() + outbox.backoff(1) + dt.timedelta(seconds=1)
    assert outbox.deliver_due(now=later) == (1, 0)
    assert len(smtp.messages) == 1 and handoff.reference in smtp.messages[0][1]["Subject"]


def test_a_notice_that_cannot_be_sent_for_days_is_marked_failed(world: World, smtp: Smtp) -> None:
    smtp.down()
    handoff = _new_handoff("lio-a", "Alpha Voluntary Action")
    assert outbox.deliver_due(now=utcnow() + dt.timedelta(hours=outbox.MAX_ATTEMPT_HOURS + 1)) == (0, 1)
    with db.session() as s:
        queued = s.scalar(select(OutboxMessage).where(OutboxMessage.reference == handoff.reference))
    assert queued.failed_at is not None
    smtp.up()
    assert outbox.deliver_due(now=utcnow() + dt.timedelta(days=10)) == (0, 0)


def test_the_emailed_link_opens_the_handoff_after_sign_in(world: World, smtp: Smtp, client) -> None:  # type: ignore[no-untyped-def]
    from tests.web.staff.conftest import PASSWORD, csrf_token

    handoff = _new_handoff("lio-a", "Alpha Voluntary Action")
    path = f"/staff/handoffs/{handoff.reference}"
    resp = client.get(path)
    assert resp.status_code == 302
    client.get(resp.location)
    resp = client.post(
        "/staff/login", data={"email": world.staff_a, "password": PASSWORD, "next": path, "csrf_token": csrf_token(client)}
    )
    assert resp.location == path
    assert "Hedgehog-Quince" in client.get(path).get_data(as_text=True)
