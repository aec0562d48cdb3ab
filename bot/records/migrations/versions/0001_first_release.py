"""The first release's schema: the LIO directory, handoffs and the question log.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lios",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("website", sa.String(300)),
        sa.Column("postcode", sa.String(10)),
        sa.Column("easting", sa.Integer),
        sa.Column("northing", sa.Integer),
        sa.Column("notify_email", sa.String(200)),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("checked", sa.Date, nullable=False),
    )
    op.create_table(
        "lio_areas",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("lio_id", sa.String(80), sa.ForeignKey("lios.id", ondelete="CASCADE"), nullable=False),
        sa.Column("la_code", sa.String(9), nullable=False),
        sa.UniqueConstraint("lio_id", "la_code"),
    )
    op.create_index("ix_lio_areas_lio_id", "lio_areas", ["lio_id"])
    op.create_index("ix_lio_areas_la_code", "lio_areas", ["la_code"])
    op.create_table(
        "handoffs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String(20), nullable=False, unique=True),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("lio_id", sa.String(80), sa.ForeignKey("lios.id"), nullable=False),
        sa.Column("la_code", sa.String(9)),
        sa.Column("location_label", sa.String(100)),
        sa.Column("topics", sa.JSON, nullable=False),
        sa.Column("summary", sa.Text),
        sa.Column("transcript", sa.JSON, nullable=False),
        sa.Column("consent_version", sa.String(20), nullable=False),
        sa.Column("consent_text", sa.Text, nullable=False),
        sa.Column("consent_at", sa.DateTime, nullable=False),
        sa.Column("contact_email", sa.String(200)),
        sa.Column("contact_phone", sa.String(30)),
        sa.Column("contact_method", sa.String(20)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("assignee", sa.String(200)),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_handoffs_sender_id", "handoffs", ["sender_id"])
    op.create_index("ix_handoffs_lio_id", "handoffs", ["lio_id"])
    op.create_table(
        "question_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("asked_at", sa.DateTime, nullable=False),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("article_id", sa.String(80)),
        sa.Column("case_id", sa.String(80)),
    )
    op.create_index("ix_question_log_asked_at", "question_log", ["asked_at"])


def downgrade() -> None:
    for table in ("question_log", "handoffs", "lio_areas", "lios"):
        op.drop_table(table)
