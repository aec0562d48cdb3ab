"""Alembic's environment: runs migrations on the connection `bot.records.db.upgrade` hands over."""

from __future__ import annotations

from alembic import context

from bot.records.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations with `python -m bot db upgrade` (bot.records.db.upgrade), not the alembic command")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
