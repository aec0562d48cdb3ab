"""Outcome figures and response targets (issue 15): what the dashboard needs to count how
conversations went per LIO, and how quickly each LIO answers its handoffs.

- `question_log.site_lio_id`: the LIO whose website the chat was on (before any handoff).
- `handoff_steps`: the handoff form found their LIO, or they agreed to share (ids and times only).
- `handoffs.first_action_at` and `handoffs.closed_at`: when staff first acted on a handoff and
  when it was closed. Filled here from the audit log for handoffs that already have history.
- `lio_settings`: each LIO's response target in working days.
- `overdue_digests`: one row per LIO per UK day, so the overdue digest goes at most once a day.
- `outbox.digest`: an overdue digest's references and target.

A database made with `create_all` by this version's table classes has all of it already, so each
step looks first.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _columns(inspector: sa.engine.reflection.Inspector, table: str) -> set[str]:
    return {c["name"] for c in inspector.get_columns(table)}


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    tables = set(inspector.get_table_names())

    if "site_lio_id" not in _columns(inspector, "question_log"):
        with op.batch_alter_table("question_log") as batch:
            batch.add_column(sa.Column("site_lio_id", sa.String(80)))
            batch.create_index("ix_question_log_site_lio_id", ["site_lio_id"])

    handoff_columns = _columns(inspector, "handoffs")
    if "first_action_at" not in handoff_columns:
        with op.batch_alter_table("handoffs") as batch:
            batch.add_column(sa.Column("first_action_at", sa.DateTime))
            batch.add_column(sa.Column("closed_at", sa.DateTime))
        # What the audit log already says: the first status change, assignment or note, and the
        # last move to closed of a handoff that is closed now.
        op.execute(
            "UPDATE handoffs SET first_action_at = (SELECT MIN(a.at) FROM staff_audit a "
            "WHERE a.reference = handoffs.reference AND a.action IN ('status', 'assign', 'note'))"
        )
        op.execute(
            "UPDATE handoffs SET closed_at = (SELECT MAX(a.at) FROM staff_audit a "
            "WHERE a.reference = handoffs.reference AND a.action = 'status' AND a.detail LIKE '%-> closed') "
            "WHERE status = 'closed'"
        )

    if "digest" not in _columns(inspector, "outbox"):
        with op.batch_alter_table("outbox") as batch:
            batch.add_column(sa.Column("digest", sa.JSON))

    if "handoff_steps" not in tables:
        op.create_table(
            "handoff_steps",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("at", sa.DateTime, nullable=False),
            sa.Column("sender_id", sa.String(255), nullable=False),
            sa.Column("step", sa.String(20), nullable=False),
            sa.Column("lio_id", sa.String(80)),
            sa.Column("site_lio_id", sa.String(80)),
        )
        for column in ("at", "sender_id", "lio_id", "site_lio_id"):
            op.create_index(f"ix_handoff_steps_{column}", "handoff_steps", [column])

    if "lio_settings" not in tables:
        op.create_table(
            "lio_settings",
            sa.Column("lio_id", sa.String(80), primary_key=True),
            sa.Column("response_target_days", sa.Integer, nullable=False),
            sa.Column("updated_at", sa.DateTime, nullable=False),
            sa.Column("updated_by", sa.String(200)),
        )

    if "overdue_digests" not in tables:
        op.create_table(
            "overdue_digests",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("lio_id", sa.String(80), nullable=False),
            sa.Column("day", sa.Date, nullable=False),
            sa.Column("handoffs", sa.Integer, nullable=False),
            sa.Column("created_at", sa.DateTime, nullable=False),
            sa.UniqueConstraint("lio_id", "day"),
        )
        op.create_index("ix_overdue_digests_created_at", "overdue_digests", ["created_at"])


def downgrade() -> None:
    for table in ("overdue_digests", "lio_settings", "handoff_steps"):
        op.drop_table(table)
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("digest")
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_column("closed_at")
        batch.drop_column("first_action_at")
    with op.batch_alter_table("question_log") as batch:
        batch.drop_index("ix_question_log_site_lio_id")
        batch.drop_column("site_lio_id")
