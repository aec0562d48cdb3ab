"""Handoffs get an idempotency key: the conversation and the consent it was given under, so a
submission tried again after a failure (a database restart, a Rasa replica that died mid-turn)
finds the handoff it stored instead of storing a second one. Unique; empty for older handoffs.

A database made with `create_all` by this version's table classes has the column already.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "idempotency_key" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("handoffs")}:
        return
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("idempotency_key", sa.String(64)))
        batch.create_index("ix_handoffs_idempotency_key", ["idempotency_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_index("ix_handoffs_idempotency_key")
        batch.drop_column("idempotency_key")
