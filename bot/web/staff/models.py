"""Tables of the staff review app: accounts, sign-in attempts, internal notes and the audit log.

They live on `bot.records.db.Base`, so `bot.records.db.engine()` creates them with the rest, but only in a process
that has imported this module first. `ensure_tables()` is the belt to that: the web app and the
`staff` command call it, so a database first opened by another process still gets these tables.

No foreign key from a staff account to `lios`: the LIO directory is replaced wholesale by
`python -m bot lios sync`, and a key would stop that sync (or silently drop accounts).
"""
from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Text

from bot.records.db import Base, engine, utcnow


class StaffUser(Base):
    """A person who signs in: an administrator (every LIO) or a member of one LIO's staff."""

    __tablename__ = "staff_users"
    id = Column(Integer, primary_key=True)
    email = Column(String(200), unique=True, nullable=False)
    password_hash = Column(String(300), nullable=False)
    lio_id = Column(String(80), index=True)  # None for administrators
    is_admin = Column(Boolean, nullable=False, default=False)
    # Changed at sign-out: a copied session cookie stops working once its owner signs out.
    session_epoch = Column(String(32), nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    last_login_at = Column(DateTime)


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


def ensure_tables(url: str | None = None) -> None:
    """Create any missing tables (idempotent; cheap after the first call on an engine)."""
    Base.metadata.create_all(engine(url))
