"""LIOs get the date of the newest evidence that they are active (`evidence_date`: "YYYY-MM",
"YYYY" or "unknown") and an `unconfirmed` flag for entries resting on old evidence, so the
assistant can say so when it routes someone to one and `python -m bot lios check` can list them.

A database made with `create_all` by this version's table classes has the columns already.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("lios")}
    with op.batch_alter_table("lios") as batch:
        if "evidence_date" not in have:
            batch.add_column(sa.Column("evidence_date", sa.String(10)))
        if "unconfirmed" not in have:
            batch.add_column(sa.Column("unconfirmed", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("lios") as batch:
        batch.drop_column("unconfirmed")
        batch.drop_column("evidence_date")
