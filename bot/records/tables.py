"""Every table the assistant keeps, in one place: the LIO directory, handoffs, the question log
and the handoff form's steps, the email outbox, answer feedback, LIOs' own settings and their
overdue digests, and the staff app's accounts (with their one-time links, two-factor recovery codes
and each LIO's staff rules), sign-in attempts, notes and audit log.

Rasa's own tracker store (conversations) is Rasa's, not here. The schema is changed only by a
migration in `bot/records/migrations/versions/` (a test fails when these classes and the migrations
disagree); `python -m bot db upgrade` applies them.

No foreign key from a staff account to `lios`: the LIO directory is replaced wholesale by
`python -m bot lios sync`, and a key would stop that sync (or silently drop accounts).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeMeta, registry, relationship

from bot.vocabulary import HandoffStatus

_registry = registry()


class Base(metaclass=DeclarativeMeta):
    """The declarative base, written out as SQLAlchemy 1.4 documents for type checkers."""

    __abstract__ = True
    registry = _registry
    metadata = _registry.metadata
    __init__ = _registry.constructor


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Lio(Base):
    """A Local Infrastructure Organisation: who it is, where its office is, which areas it covers."""

    __tablename__ = "lios"
    id = Column(String(80), primary_key=True)
    name = Column(String(200), nullable=False)
    website = Column(String(300))
    postcode = Column(String(10))
    easting = Column(Integer)
    northing = Column(Integer)
    notify_email = Column(String(200))  # where new-handoff notices go (set by the deployer)
    source = Column(Text, nullable=False)  # how the entry was checked: can be a long note
    checked = Column(Date, nullable=False)
    # The newest evidence that the LIO is active and serves its areas: "YYYY-MM", "YYYY" or
    # "unknown" (None for entries loaded before it was recorded). `unconfirmed` marks entries
    # resting on old evidence: the assistant says so when it routes someone there.
    evidence_date = Column(String(10))
    unconfirmed = Column(Boolean, nullable=False, default=False, server_default=false())
    # "curated" (knowledge/lios.yml) or "imported" (the deployer's own CSV, which the curated file
    # never overwrites or removes).
    origin = Column(String(10), nullable=False, default="curated", server_default="curated")
    # Set when the curated file drops an LIO that still has handoffs: kept for its staff, never routed to.
    retired_at = Column(DateTime)
    areas = relationship("LioArea", back_populates="lio", cascade="all, delete-orphan", lazy="selectin")

    @property
    def la_codes(self) -> list[str]:
        return sorted(a.la_code for a in self.areas)


class LioArea(Base):
    __tablename__ = "lio_areas"
    __table_args__ = (UniqueConstraint("lio_id", "la_code"),)
    id = Column(Integer, primary_key=True)
    lio_id = Column(String(80), ForeignKey("lios.id", ondelete="CASCADE"), nullable=False, index=True)
    la_code = Column(String(9), nullable=False, index=True)
    lio = relationship("Lio", back_populates="areas")


class Handoff(Base):
    """A conversation handed to an LIO with the person's consent. Personal data: see retention."""

    __tablename__ = "handoffs"
    id = Column(Integer, primary_key=True)
    reference = Column(String(20), unique=True, nullable=False)
    sender_id = Column(String(255), nullable=False, index=True)
    lio_id = Column(String(80), ForeignKey("lios.id"), nullable=False, index=True)
    la_code = Column(String(9))
    location_label = Column(String(100))
    topics = Column(JSON, nullable=False, default=list)
    summary = Column(Text)
    transcript = Column(JSON, nullable=False, default=list)
    consent_version = Column(String(20), nullable=False)
    consent_text = Column(Text, nullable=False)
    consent_at = Column(DateTime, nullable=False)
    contact_email = Column(String(200))
    contact_phone = Column(String(30))
    contact_method = Column(String(20))
    status = Column(String(20), nullable=False, default=HandoffStatus.NEW.value)  # a HandoffStatus
    assignee = Column(String(200))
    created_at = Column(DateTime, nullable=False, default=utcnow)
    # The conversation and the consent it was given under (handoffs.idempotency_key): a submission
    # tried again after a failure finds its handoff instead of storing a second one. Empty for
    # handoffs made before it existed.
    idempotency_key = Column(String(64), unique=True, index=True)
    # Set by the staff workflow (bot/web/staff/workflow.py) for the dashboard's response times:
    # the first status change, assignment or note by staff, and when it was last closed (cleared
    # when reopened). Empty for handoffs nobody has worked on yet.
    first_action_at = Column(DateTime)
    closed_at = Column(DateTime)


class QuestionLog(Base):
    """Each free-text question and what the assistant did with it: the staff dashboard's source.

    Kept no longer than the retention period, like conversations, because people sometimes type
    personal details into a question.
    """

    __tablename__ = "question_log"
    id = Column(Integer, primary_key=True)
    asked_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    sender_id = Column(String(255), nullable=False)
    text = Column(Text, nullable=False)
    outcome = Column(String(20), nullable=False)  # answer | clarify | fallback | handoff_offer | emergency
    article_id = Column(String(80))
    case_id = Column(String(80))
    # The LIO whose website the chat was on (the widget's data-lio, sent with each message), so
    # an LIO's dashboard counts its conversations before (and without) any handoff. Empty when
    # the chat was not on an LIO's site (REST clients, or a page without data-lio).
    site_lio_id = Column(String(80), index=True)


class HandoffStep(Base):
    """A step towards a handoff that did not (yet) make one, for the dashboard's "abandoned
    mid-handoff": the handoff form found the person's LIO ("routed") or they agreed to share
    ("consented"). Ids and times only, never what was typed; kept and erased like the question log.
    """

    __tablename__ = "handoff_steps"
    id = Column(Integer, primary_key=True)
    at = Column(DateTime, nullable=False, default=utcnow, index=True)
    sender_id = Column(String(255), nullable=False, index=True)
    step = Column(String(20), nullable=False)  # routed | consented
    lio_id = Column(String(80), index=True)  # the LIO the form found for them
    site_lio_id = Column(String(80), index=True)  # as QuestionLog.site_lio_id


class LioSetting(Base):
    """An LIO's own settings, set by its staff with permission (bot/web/staff/views.py: settings).

    Its own table rather than columns of `lios`, which the directory sync rewrites wholesale.
    An LIO without a row has the defaults.
    """

    __tablename__ = "lio_settings"
    lio_id = Column(String(80), primary_key=True)
    # Working days (Monday to Friday) within which a handoff should be closed; past it, overdue.
    response_target_days = Column(Integer, nullable=False, default=5)
    updated_at = Column(DateTime, nullable=False, default=utcnow)
    updated_by = Column(String(200))  # the staff email


class OverdueDigest(Base):
    """One LIO's overdue digest for one UK day: the unique (lio_id, day) is what makes the digest
    go at most once a day, whichever process or restart queues it (bot/records/overdue.py)."""

    __tablename__ = "overdue_digests"
    __table_args__ = (UniqueConstraint("lio_id", "day"),)
    id = Column(Integer, primary_key=True)
    lio_id = Column(String(80), nullable=False)
    day = Column(Date, nullable=False)
    handoffs = Column(Integer, nullable=False)  # how many it named
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)


class AnswerFeedback(Base):
    """One "did this help?" rating of an article's answer (bot/records/feedback.py).

    Holds no personal data, so it is not purged with conversations and has nothing to erase:
    never the message text, never the sender id, the time only to the hour (enough for weekly
    figures, too coarse to pick one conversation out of the tracker store). `lio_id` is the LIO
    whose website hosts the chat (the widget's `data-lio`, checked against the directory), not
    where the person is; empty for other clients. No foreign key, as for staff accounts: the
    directory is replaced wholesale by `lios sync`.
    """

    __tablename__ = "answer_feedback"
    id = Column(Integer, primary_key=True)
    article_id = Column(String(80), nullable=False, index=True)
    helped = Column(Boolean, nullable=False)
    rated_at = Column(DateTime, nullable=False, index=True)  # UTC, to the hour
    lio_id = Column(String(80), index=True)


class OutboxMessage(Base):
    """An email waiting to be sent by the outbox worker (bot/records/outbox.py), written in the same
    transaction as what it announces, so a notice is never lost and never delays a reply.

    Holds an LIO's notification address and a handoff reference, never the person's words.
    """

    __tablename__ = "outbox"
    id = Column(Integer, primary_key=True)
    kind = Column(String(30), nullable=False)  # new_handoff | overdue_digest
    reference = Column(String(20), nullable=False)  # the handoff's; for a digest, the UK day it is for
    lio_name = Column(String(200), nullable=False)
    to_address = Column(String(200), nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    sent_at = Column(DateTime)
    failed_at = Column(DateTime)  # gave up after MAX_ATTEMPT_HOURS
    last_error = Column(String(200))  # the kind of failure, never the message
    # For a staff invitation or password reset (kind staff_invite / staff_reset): the one-time
    # link, sealed with a key from SECRET_KEY (bot.records.sealing) and emptied once sent or given
    # up, so the database never holds a usable link in the clear. `reference` is empty for these.
    sealed_link = Column(Text)
    # An overdue digest's content: {"references": [...], "target_days": N}. References only.
    digest = Column(JSON)


# The staff review app (bot/web/staff)


class StaffUser(Base):
    """A person who signs in: an administrator (every LIO) or a member of one LIO's staff, who may
    also be that LIO's administrator (manages its staff in the app: bot/web/staff/team.py)."""

    __tablename__ = "staff_users"
    id = Column(Integer, primary_key=True)
    email = Column(String(200), unique=True, nullable=False)
    # Argon2id; or starting with "!" (no password works): invited and not yet joined, or a
    # password reset forced by an administrator and not yet done (bot/web/staff/accounts.py).
    password_hash = Column(String(300), nullable=False)
    lio_id = Column(String(80), index=True)  # None for administrators
    is_admin = Column(Boolean, nullable=False, default=False)
    is_lio_admin = Column(Boolean, nullable=False, default=False, server_default=false())
    # Changed at sign-out: a copied session cookie stops working once its owner signs out.
    session_epoch = Column(String(32), nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    last_login_at = Column(DateTime)
    # Two-factor sign-in (bot/web/staff/two_factor.py): the TOTP key, sealed (bot.records.sealing);
    # when it was turned on (None: off); the last 30-second step whose code was accepted, so a
    # code seen over someone's shoulder cannot be used again.
    totp_secret = Column(Text)
    totp_enabled_at = Column(DateTime)
    totp_last_step = Column(Integer)


class StaffLink(Base):
    """A one-time link to set a password: an invitation, or a reset an administrator forced.

    Only the SHA-256 of its random token is kept (256 bits: a fast hash is enough for a secret
    that cannot be guessed), so the database cannot be used to sign in. Used links stay until
    the purge so that a second click says "already used".
    """

    __tablename__ = "staff_links"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False, index=True)
    purpose = Column(String(10), nullable=False)  # invite | reset
    token_hash = Column(String(64), unique=True, nullable=False)
    created_by = Column(String(200), nullable=False)  # the administrator's email
    created_at = Column(DateTime, nullable=False, default=utcnow)
    expires_at = Column(DateTime, nullable=False, index=True)
    used_at = Column(DateTime)


class RecoveryCode(Base):
    """One of a staff member's ten two-factor recovery codes, as a SHA-256 hash; works once."""

    __tablename__ = "staff_recovery_codes"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False, index=True)
    code_hash = Column(String(64), nullable=False)
    used_at = Column(DateTime)


class LioStaffRules(Base):
    """An LIO's own rules for its staff, set by its LIO administrators. Kept apart from `lios`,
    which the directory sync rewrites; no row means the defaults."""

    __tablename__ = "lio_staff_rules"
    lio_id = Column(String(80), primary_key=True)
    require_two_factor = Column(Boolean, nullable=False, default=False)
    changed_by = Column(String(200))
    changed_at = Column(DateTime)


class LoginAttempt(Base):
    """A failed sign-in, kept in the database so the lock-out holds across web processes.

    Rows are removed on a successful sign-in and by the daily purge after a day.
    """

    __tablename__ = "staff_login_attempts"
    id = Column(Integer, primary_key=True)
    email = Column(String(200), nullable=False, index=True)
    at = Column(DateTime, nullable=False, default=utcnow, index=True)


class HandoffNote(Base):
    """An internal note on a handoff; deleted with the handoff (erase or purge)."""

    __tablename__ = "handoff_notes"
    id = Column(Integer, primary_key=True)
    handoff_id = Column(Integer, ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=False, index=True)
    author = Column(String(200), nullable=False)  # the staff email
    text = Column(Text, nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)


class AuditEntry(Base):
    """Who did what to which handoff, and when. Never personal data of the public.

    `reference` and `lio_id` identify the handoff even after it is erased; `detail` holds only
    workflow facts (a status, an assignee's staff email, a count, a reason code) — never a
    transcript, contact detail or note text.
    """

    __tablename__ = "staff_audit"
    id = Column(Integer, primary_key=True)
    at = Column(DateTime, nullable=False, default=utcnow, index=True)
    actor = Column(String(200), nullable=False)  # staff email, or "system" for the retention purge
    action = Column(String(30), nullable=False, index=True)
    lio_id = Column(String(80), index=True)
    reference = Column(String(20), index=True)
    detail = Column(Text)
