"""What came after the first release, before Alembic: the staff app's tables, the email outbox,
and the directory's origin and retirement columns (with `lios.source` widened to TEXT).

Databases made by a version between the first release and Alembic have some of this already
(`create_all` made new tables; a start-up step added the two columns), so each step looks first.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    tables = set(inspector.get_table_names())
    lio_columns = {c["name"]: c for c in inspector.get_columns("lios")}
    with op.batch_alter_table("lios") as batch:
        if "origin" not in lio_columns:
            batch.add_column(sa.Column("origin", sa.String(10), nullable=False, server_default="curated"))
        if "retired_at" not in lio_columns:
            batch.add_column(sa.Column("retired_at", sa.DateTime))
        if getattr(lio_columns["source"]["type"], "length", None):
            batch.alter_column("source", type_=sa.Text, existing_type=sa.String(300), existing_nullable=False)
    if "outbox" not in tables:
        op.create_table(
            "outbox",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("kind", sa.String(30), nullable=False),
            sa.Column("reference", sa.String(20), nullable=False),
            sa.Column("lio_name", sa.String(200), nullable=False),
            sa.Column("to_address", sa.String(200), nullable=False),
            sa.Column("created_at", sa.DateTime, nullable=False),
            sa.Column("attempts", sa.Integer, nullable=False),
            sa.Column("next_attempt_at", sa.DateTime, nullable=False),
            sa.Column("sent_at", sa.DateTime),
            sa.Column("failed_at", sa.DateTime),
            sa.Column("last_error", sa.String(200)),
        )
        op.create_index("ix_outbox_created_at", "outbox", ["created_at"])
        op.create_index("ix_outbox_next_attempt_at", "outbox", ["next_attempt_at"])
    if "staff_users" not in tables:
        op.create_table(
            "staff_users",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("email", sa.String(200), nullable=False, unique=True),
            sa.Column("password_hash", sa.String(300), nullable=False),
            sa.Column("lio_id", sa.String(80)),
            sa.Column("is_admin", sa.Boolean, nullable=False),
            sa.Column("session_epoch", sa.String(32), nullable=False),
            sa.Column("created_at", sa.DateTime, nullable=False),
            sa.Column("last_login_at", sa.DateTime),
        )
        op.create_index("ix_staff_users_lio_id", "staff_users", ["lio_id"])
    if "staff_login_attempts" not in tables:
        op.create_table(
            "staff_login_attempts",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("email", sa.String(200), nullable=False),
            sa.Column("at", sa.DateTime, nullable=False),
        )
        op.create_index("ix_staff_login_attempts_email", "staff_login_attempts", ["email"])
        op.create_index("ix_staff_login_attempts_at", "staff_login_attempts", ["at"])
    if "handoff_notes" not in tables:
        op.create_table(
            "handoff_notes",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("handoff_id", sa.Integer, sa.ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=False),
            sa.Column("author", sa.String(200), nullable=False),
            sa.Column("text", sa.Text, nullable=False),
            sa.Column("created_at", sa.DateTime, nullable=False),
        )
        op.create_index("ix_handoff_notes_handoff_id", "handoff_notes", ["handoff_id"])
    if "staff_audit" not in tables:
        op.create_table(
            "staff_audit",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("at", sa.DateTime, nullable=False),
            sa.Column("actor", sa.String(200), nullable=False),
            sa.Column("action", sa.String(30), nullable=False),
            sa.Column("lio_id", sa.String(80)),
            sa.Column("reference", sa.String(20)),
            sa.Column("detail", sa.Text),
        )
        for column in ("at", "action", "lio_id", "reference"):
            op.create_index(f"ix_staff_audit_{column}", "staff_audit", [column])


def downgrade() -> None:
    for table in ("staff_audit", "handoff_notes", "staff_login_attempts", "staff_users", "outbox"):
        op.drop_table(table)
    with op.batch_alter_table("lios") as batch:
        batch.drop_column("retired_at")
        batch.drop_column("origin")
