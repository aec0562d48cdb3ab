"""Handing a conversation to an LIO: the consent wording, validation of contact details, the record.

Nothing personal is stored unless the person agreed, to the exact consent wording shown (its
version and text are stored with the record, so what they agreed to can always be shown).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from bot.places.lios import LioCard, sync_directory
from bot.records.db import engine, retrying, session
from bot.records.tables import Handoff, Lio, OutboxMessage, utcnow
from bot.vocabulary import HandoffStatus

CONSENT_VERSION = "2026-11-v1"
CONSENT_TEXT = (
    "Can I share this conversation with {lio}? Their staff will read what you've typed here so they "
    "can help, and will keep it for up to {days} days. You can ask them to delete it at any time. "
    "Nothing is shared if you say no."
)
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out over the phone
EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def consent_text(lio_name: str, days: int) -> str:
    return CONSENT_TEXT.format(lio=lio_name, days=days)


def normalise_uk_phone(text: str) -> str | None:
    """A UK phone number in national format ("07700 900123" -> "07700900123"), or None."""
    digits = re.sub(r"[\s().-]", "", text)
    if digits.startswith("+44"):
        digits = "0" + digits[3:].lstrip("0")
    elif digits.startswith("0044"):
        digits = "0" + digits[4:].lstrip("0")
    if re.fullmatch(r"0[1-37]\d{8,9}", digits) or re.fullmatch(r"0800\d{6,7}", digits):
        return digits
    return None


@dataclass(frozen=True)
class Contact:
    email: str | None = None
    phone: str | None = None


def parse_contact(text: str) -> Contact | None:
    """An email address or UK phone number found in what they typed, or None if neither is valid."""
    for token in re.split(r"[\s,;]+", text.strip()):
        token = token.strip(".<>()")
        if "@" in token and EMAIL.match(token):
            return Contact(email=token.lower())
    phone = normalise_uk_phone(re.sub(r"[^\d+()\s.-]", " ", text).strip())
    if phone:
        return Contact(phone=phone)
    return None


REFERENCE_ATTEMPTS = 5


def new_reference() -> str:
    return "HO-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


@lru_cache(maxsize=1)
def ensure_directory() -> int:
    """Load knowledge/lios.yml into the database once per process (an idempotent upsert)."""
    return retrying(sync_directory, "loading the LIO directory")


def whole_conversation(sender_id: str, current: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every message of the conversation, in order, once: those of its earlier sessions from the
    tracker store's `events` table, then `current`, the events of the tracker the action server was
    given. A long conversation is a chain of sessions (bot.sessions) and the action server is sent
    only the latest (plus, in the turn that starts one, the one before), with this turn's events
    not saved yet; everything before the tracker's first event is in the table, and nothing after it."""
    if not current:
        return []
    first = float(current[0].get("timestamp") or 0)
    return [*retrying(lambda: _messages_before(sender_id, first), "reading a conversation"), *current]


def _messages_before(sender_id: str, timestamp: float) -> list[dict[str, Any]]:
    """The user and bot events of `sender_id` stored before `timestamp`, in the order saved (Rasa's
    own reading order: by id). The tracker's first event is a stored `session_started` (or an
    unsaved first event, with nothing stored before it); an event that shares its timestamp is
    Rasa's `action_session_start` just before it, never a message."""
    with engine().connect() as conn:
        if not inspect(conn).has_table("events"):
            return []
        rows = conn.execute(
            text("SELECT data FROM events WHERE sender_id = :s AND timestamp < :t AND type_name IN ('user', 'bot') ORDER BY id"),
            {"s": sender_id, "t": timestamp},
        )
        return [json.loads(data) for (data,) in rows]


def transcript_from_events(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """User and bot turns with timestamps, from Rasa tracker events (what the LIO will read)."""
    turns = []
    for event in events:
        kind = event.get("event")
        if kind not in ("user", "bot"):
            continue
        text = event.get("text") or ""
        if kind == "user" and text.startswith("/"):  # a button press: show what the button said
            text = f"[pressed a button: {text.split('{')[0].lstrip('/')}]"
        if not text:
            continue
        at = dt.datetime.fromtimestamp(float(event.get("timestamp") or 0), dt.timezone.utc)
        turns.append({"role": kind, "text": text, "at": at.isoformat(timespec="seconds")})
    return turns


def topics_from_events(events: Iterable[dict[str, Any]]) -> list[str]:
    """Articles answered and cases raised during the conversation, in order, without repeats."""
    topics: list[str] = []
    for event in events:
        if event.get("event") != "bot":
            continue
        custom = (event.get("data") or {}).get("custom") or {}
        for topic in (custom.get("article"), custom.get("case") and f"case:{custom['case']}"):
            if topic and topic not in topics:
                topics.append(topic)
    return topics


def create_handoff(
    *,
    sender_id: str,
    lio: LioCard,
    la_code: str | None,
    location_label: str | None,
    events: list[dict[str, Any]],
    consent_at: dt.datetime,
    consent_wording: str,
    contact: Contact | None,
    contact_method: str | None,
    summary: str | None,
) -> Handoff:
    """Store the handoff (and its notice in the outbox) once: tried again while the database
    cannot be reached, and a second call for the same consent returns the first's record."""
    fields = dict(
        sender_id=sender_id,
        lio_id=lio.id,
        la_code=la_code,
        location_label=location_label,
        topics=topics_from_events(events),
        transcript=transcript_from_events(events),
        summary=(summary or "").strip()[:500] or None,
        consent_version=CONSENT_VERSION,
        consent_text=consent_wording,
        consent_at=consent_at,
        contact_email=contact.email if contact else None,
        contact_phone=contact.phone if contact else None,
        contact_method=contact_method,
        status=HandoffStatus.NEW.value,
        created_at=utcnow(),
        idempotency_key=idempotency_key(sender_id, consent_at),
    )
    return retrying(lambda: _store_once(fields, lio), "storing a handoff")


def idempotency_key(sender_id: str, consent_at: dt.datetime) -> str:
    """One conversation's consent is one handoff: a new handoff in the same conversation needs a
    new consent, while a submission tried again (the same tracker state) has the same one."""
    return hashlib.sha256(f"{sender_id}\n{consent_at.isoformat()}".encode()).hexdigest()


def _store_once(fields: dict[str, Any], lio: LioCard) -> Handoff:
    """The handoff stored under its key, or the one already stored under it."""
    for attempt in range(REFERENCE_ATTEMPTS):  # a reference already taken: draw another
        with session() as s:
            stored = s.scalars(select(Handoff).where(Handoff.idempotency_key == fields["idempotency_key"])).first()
            if stored is not None:
                return stored
        record = Handoff(reference=new_reference(), **fields)
        try:
            with session() as s, s.begin():
                s.add(record)
                notify_to = s.get(Lio, lio.id).notify_email
                if notify_to:  # sent by the outbox worker: SMTP trouble never delays the person's reply
                    s.add(OutboxMessage(kind="new_handoff", reference=record.reference, lio_name=lio.name, to_address=notify_to))
            return record
        except IntegrityError:  # the reference, or the key stored meanwhile (found on the next round)
            if attempt == REFERENCE_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")
