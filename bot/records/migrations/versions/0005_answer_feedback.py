"""Answer feedback: one row per "did this help?" rating of an article's answer, with the article,
helped or not, the hour and the LIO whose website hosts the chat; never the words or the sender.

A database made with `create_all` by this version's table classes has the table already.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "answer_feedback" in set(sa.inspect(op.get_bind()).get_table_names()):
        return
    op.create_table(
        "answer_feedback",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.String(80), nullable=False),
        sa.Column("helped", sa.Boolean, nullable=False),
        sa.Column("rated_at", sa.DateTime, nullable=False),
        sa.Column("lio_id", sa.String(80)),
    )
    op.create_index("ix_answer_feedback_article_id", "answer_feedback", ["article_id"])
    op.create_index("ix_answer_feedback_rated_at", "answer_feedback", ["rated_at"])
    op.create_index("ix_answer_feedback_lio_id", "answer_feedback", ["lio_id"])


def downgrade() -> None:
    op.drop_table("answer_feedback")
