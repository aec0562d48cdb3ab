"""A new handoff emails the LIO a link to it, never the conversation, via a real local SMTP server."""
from __future__ import annotations

import datetime as dt
import email
import time
from email.message import Message
from typing import Any, Iterator

import pytest
from aiosmtpd.controller import Controller

from bot import settings
from bot.handoffs import Contact, create_handoff
from bot.lios import LioCard
from tests.conftest import free_port
from tests.staff.conftest import World


class Inbox:
    """aiosmtpd handler keeping every message it receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setattr(settings, "SMTP_HOST", "127.0.0.1")
    monkeypatch.setattr(settings, "SMTP_PORT", port)
    monkeypatch.setattr(settings, "SMTP_USER", "")
    monkeypatch.setattr(settings, "SMTP_STARTTLS", False)
    try:
        yield inbox
    finally:
        controller.stop()


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


def test_new_handoff_emails_a_link_and_never_the_transcript(world: World, smtp: Inbox) -> None:
    handoff = _new_handoff("lio-a", "Alpha Voluntary Action")
    deadline = time.monotonic() + 5
    while not smtp.messages and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(smtp.messages) == 1
    recipients, msg = smtp.messages[0]
    assert recipients == ["inbox@lio-a.example.org"]
    assert handoff.reference in msg["Subject"]
    body = msg.get_payload(decode=True).decode()
    assert f"{settings.STAFF_BASE_URL}/handoffs/{handoff.reference}" in body
    whole = msg.as_string()
    for private in ("Hedgehog-Quince", "£900", "treasurer", "reporter@example.com", "sender-secret-777", "confront"):
        assert private not in whole, private


def test_no_email_when_the_lio_has_no_address(world: World, smtp: Inbox) -> None:
    _new_handoff("lio-b", "Beta CVS")  # seeded without notify_email
    time.sleep(0.3)
    assert smtp.messages == []


def test_the_emailed_link_opens_the_handoff_after_sign_in(world: World, smtp: Inbox, client) -> None:  # type: ignore[no-untyped-def]
    from tests.staff.conftest import PASSWORD, csrf_token

    handoff = _new_handoff("lio-a", "Alpha Voluntary Action")
    path = f"/staff/handoffs/{handoff.reference}"
    resp = client.get(path)
    assert resp.status_code == 302
    client.get(resp.location)
    resp = client.post("/staff/login", data={"email": world.staff_a, "password": PASSWORD, "next": path,
                                             "csrf_token": csrf_token(client)})
    assert resp.location == path
    assert "Hedgehog-Quince" in client.get(path).get_data(as_text=True)
