"""Database tables for what the assistant keeps: the LIO directory and handoff records.

SQLite by default, PostgreSQL by DATABASE_URL (the same database as Rasa's tracker store).
SQLAlchemy 1.4 in the 2.0 style: `select()` and `Session` as a context manager.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    inspect,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

from bot.settings import database_url

Base = declarative_base()


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
    status = Column(String(20), nullable=False, default="new")  # new | in_progress | closed
    assignee = Column(String(200))
    created_at = Column(DateTime, nullable=False, default=utcnow)


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


class OutboxMessage(Base):
    """An email waiting to be sent by the outbox worker (bot/records/outbox.py), written in the same
    transaction as what it announces, so a notice is never lost and never delays a reply.

    Holds an LIO's notification address and a handoff reference, never the person's words.
    """

    __tablename__ = "outbox"
    id = Column(Integer, primary_key=True)
    kind = Column(String(30), nullable=False)  # new_handoff
    reference = Column(String(20), nullable=False)
    lio_name = Column(String(200), nullable=False)
    to_address = Column(String(200), nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime, nullable=False, default=utcnow, index=True)
    sent_at = Column(DateTime)
    failed_at = Column(DateTime)  # gave up after MAX_ATTEMPT_HOURS
    last_error = Column(String(200))  # the kind of failure, never the message


# Columns added after the first release, so a database made by an older version still works:
# (table, column, SQL type with default). create_all makes new tables but never alters old ones.
_ADDED_COLUMNS = [
    ("lios", "origin", "VARCHAR(10) NOT NULL DEFAULT 'curated'"),
    ("lios", "retired_at", "TIMESTAMP"),
]


def _upgrade(eng: Engine) -> None:
    inspector = inspect(eng)
    columns = {t: {c["name"]: c for c in inspector.get_columns(t)} for t in {"lios", *(t for t, _, _ in _ADDED_COLUMNS)}}
    with eng.begin() as conn:
        for table, column, sql_type in _ADDED_COLUMNS:
            if column not in columns[table]:
                conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"))
        # lios.source was VARCHAR(300) at first (SQLite ignores lengths; PostgreSQL does not).
        if eng.dialect.name == "postgresql" and getattr(columns["lios"]["source"]["type"], "length", None):
            conn.execute(text("ALTER TABLE lios ALTER COLUMN source TYPE TEXT"))


@lru_cache(maxsize=4)
def engine(url: str | None = None) -> Engine:
    url = url or database_url()
    eng = create_engine(url, future=True, pool_pre_ping=True)
    Base.metadata.create_all(eng)
    _upgrade(eng)
    return eng


def session(url: str | None = None):  # type: ignore[no-untyped-def]
    """A new ORM session: `with session() as s, s.begin(): ...`."""
    return sessionmaker(engine(url), future=True, expire_on_commit=False)()
