"""LIO administrators and two-factor sign-in (issue 15): staff accounts get the LIO-admin role and
their two-factor key (sealed), the last code step used; new tables for one-time links
(invitations and forced resets, hashes only), recovery codes (hashes) and each LIO's staff rules;
the outbox can carry a sealed link for an invitation email.

A database made with `create_all` by this version's table classes has all of it already, so each
step looks first.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    tables = set(inspector.get_table_names())
    staff_columns = {c["name"] for c in inspector.get_columns("staff_users")}
    with op.batch_alter_table("staff_users") as batch:
        if "is_lio_admin" not in staff_columns:
            batch.add_column(sa.Column("is_lio_admin", sa.Boolean, nullable=False, server_default=sa.false()))
        if "totp_secret" not in staff_columns:
            batch.add_column(sa.Column("totp_secret", sa.Text))
        if "totp_enabled_at" not in staff_columns:
            batch.add_column(sa.Column("totp_enabled_at", sa.DateTime))
        if "totp_last_step" not in staff_columns:
            batch.add_column(sa.Column("totp_last_step", sa.Integer))
    if "sealed_link" not in {c["name"] for c in inspector.get_columns("outbox")}:
        with op.batch_alter_table("outbox") as batch:
            batch.add_column(sa.Column("sealed_link", sa.Text))
    if "staff_links" not in tables:
        op.create_table(
            "staff_links",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("user_id", sa.Integer, sa.ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False),
            sa.Column("purpose", sa.String(10), nullable=False),
            sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
            sa.Column("created_by", sa.String(200), nullable=False),
            sa.Column("created_at", sa.DateTime, nullable=False),
            sa.Column("expires_at", sa.DateTime, nullable=False),
            sa.Column("used_at", sa.DateTime),
        )
        op.create_index("ix_staff_links_user_id", "staff_links", ["user_id"])
        op.create_index("ix_staff_links_expires_at", "staff_links", ["expires_at"])
    if "staff_recovery_codes" not in tables:
        op.create_table(
            "staff_recovery_codes",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("user_id", sa.Integer, sa.ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False),
            sa.Column("code_hash", sa.String(64), nullable=False),
            sa.Column("used_at", sa.DateTime),
        )
        op.create_index("ix_staff_recovery_codes_user_id", "staff_recovery_codes", ["user_id"])
    if "lio_staff_rules" not in tables:
        op.create_table(
            "lio_staff_rules",
            sa.Column("lio_id", sa.String(80), primary_key=True),
            sa.Column("require_two_factor", sa.Boolean, nullable=False),
            sa.Column("changed_by", sa.String(200)),
            sa.Column("changed_at", sa.DateTime),
        )


def downgrade() -> None:
    op.drop_table("lio_staff_rules")
    op.drop_index("ix_staff_recovery_codes_user_id", "staff_recovery_codes")
    op.drop_table("staff_recovery_codes")
    op.drop_index("ix_staff_links_expires_at", "staff_links")
    op.drop_index("ix_staff_links_user_id", "staff_links")
    op.drop_table("staff_links")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("sealed_link")
    with op.batch_alter_table("staff_users") as batch:
        for column in ("totp_last_step", "totp_enabled_at", "totp_secret", "is_lio_admin"):
            batch.drop_column(column)
