"""Connecting to the database, and bringing its schema up to date with Alembic.

SQLite by default, PostgreSQL by DATABASE_URL (the same database as Rasa's tracker store).
SQLAlchemy 1.4 in the 2.0 style: `select()` and `Session` as a context manager. The tables are in
`bot.records.tables`; their history is in `bot/records/migrations/versions/`.

`upgrade()` runs the migrations. `python -m bot db upgrade` calls it (as does `make run` and the
scaled setup's migration step), and so does the first `engine()` of a process, so a server never
works on an old schema. On PostgreSQL an advisory lock makes replicas that start together take
turns; each finds the work done by the first.
"""

from __future__ import annotations

import logging
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import database_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The revision whose schema the first release created with `create_all` (before Alembic): a
# database that has our tables but no alembic_version table is stamped with it, then upgraded.
FIRST_RELEASE = "0001"
# Any constant: the key of the PostgreSQL advisory lock held while migrating.
_LOCK_KEY = 4_812_733_001
# The pauses before each new try when the database cannot be reached: about 16 s in all, long
# enough for PostgreSQL to restart, short of Rasa's wait for an action (5 minutes).
RETRY_PAUSES = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)

logger = logging.getLogger(__name__)
T = TypeVar("T")


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code (no alembic.ini to keep in step with the settings)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(url: str | None = None) -> str | None:
    """The revision the database is at (None for an empty database or one made before Alembic)."""
    eng = create_engine(url or database_url(), future=True)
    try:
        with eng.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        eng.dispose()


def upgrade(url: str | None = None, revision: str = "head") -> str | None:
    """Bring the database to `revision` (the newest by default); returns the revision it is at."""
    eng = create_engine(url or database_url(), future=True)
    try:
        with eng.connect() as conn:
            if eng.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _LOCK_KEY})
                conn.commit()
            try:
                config = alembic_config(conn)
                tables = set(inspect(conn).get_table_names())
                if "lios" in tables and "alembic_version" not in tables:
                    command.stamp(config, FIRST_RELEASE)
                command.upgrade(config, revision)
                conn.commit()
                return MigrationContext.configure(conn).get_current_revision()
            finally:
                if eng.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _LOCK_KEY})
                    conn.commit()
    finally:
        eng.dispose()


def engine(url: str | None = None) -> Engine:
    """The process's engine for `url` (DATABASE_URL by default), on an up-to-date schema."""
    return _engine_for(url or database_url())


@lru_cache(maxsize=8)
def _engine_for(url: str) -> Engine:
    """One engine (one connection pool) per database, made the first time it is used. Keyed by the
    URL itself, so pointing DATABASE_URL elsewhere gives that database's engine, never a stale one."""
    upgrade(url)
    return create_engine(url, future=True, pool_pre_ping=True)


def session(url: str | None = None) -> Session:
    """A new ORM session: `with session() as s, s.begin(): ...`."""
    return sessionmaker(engine(url), future=True, expire_on_commit=False)()


# What a database that cannot be reached raises (refused while restarting, a dropped connection).
UNREACHABLE = (OperationalError, InterfaceError, DisconnectionError)


def log_unreachable(exc: Exception, what: str, pause: float) -> None:
    """One warning line for a try that found the database unreachable, before the next one."""
    # The driver's own message only: SQLAlchemy's would show the statement's parameters.
    reason = (str(getattr(exc, "orig", None) or type(exc).__name__).strip().splitlines() or ["?"])[0]
    logger.warning("%s: the database did not answer (%s); trying again in %.2gs", what, reason, pause)


def retrying(work: Callable[[], T], what: str) -> T:
    """`work()`, tried again after a pause while the database cannot be reached (refused while
    PostgreSQL restarts, or a connection dropped in the middle), so a restart costs a wait instead
    of what the person was doing. `work` must be safe to run twice: a commit whose answer was lost
    on the way may have happened (handoffs carry a key for that). Other errors are not retried."""
    for pause in RETRY_PAUSES:
        try:
            return work()
        except UNREACHABLE as exc:
            log_unreachable(exc, what, pause)
            time.sleep(pause)
    return work()
