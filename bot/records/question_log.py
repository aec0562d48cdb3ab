"""Recording each free-text question and its outcome, and each step towards a handoff, for the
staff dashboard.

Both carry the LIO whose website the chat was on (`site_lio_id`: the widget's `data-lio`, sent as
message metadata), so an LIO's dashboard can count its conversations before any handoff; a step
also carries the LIO the handoff form found for the person. Neither keeps what a step's message
said.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from bot.answers.answering import Reply
from bot.places.lios import SLUG
from bot.records.db import session
from bot.records.redaction import redact
from bot.records.tables import HandoffStep, QuestionLog
from bot.vocabulary import ReplyKind

logger = logging.getLogger(__name__)
STEPS = ("routed", "consented")  # the handoff form found their LIO; they agreed to share


def record(sender_id: str, text: str, reply: Reply, site_lio_id: str | None = None) -> None:
    """Best effort: a database hiccup must never stop the person getting their answer.

    What is kept has had personal data replaced by its kind (bot.records.redaction: "[name]", "[phone]").
    A crisis is kept as its route only, never its words: they are some of the most personal
    things anyone types, and the dashboard needs only how many of each kind there were.
    """
    try:
        with session() as s, s.begin():
            s.add(
                QuestionLog(
                    sender_id=sender_id,
                    text="" if reply.kind == ReplyKind.EMERGENCY else redact(text[:2000]),
                    outcome=reply.kind.value,
                    article_id=reply.articles[0] if reply.articles else None,
                    case_id=reply.case,
                    site_lio_id=site_lio_id if site_lio_id and SLUG.fullmatch(site_lio_id) else None,
                )
            )
    except SQLAlchemyError:
        logger.exception("Could not record a question for the dashboard")


def record_step(sender_id: str, step: str, lio_id: str | None, site_lio_id: str | None = None) -> None:
    """Best effort, like `record`: the handoff form found the person's LIO, or they consented."""
    if step not in STEPS:
        raise ValueError(f"unknown handoff step {step!r}")
    try:
        with session() as s, s.begin():
            s.add(
                HandoffStep(
                    sender_id=sender_id,
                    step=step,
                    lio_id=lio_id,
                    site_lio_id=site_lio_id if site_lio_id and SLUG.fullmatch(site_lio_id) else None,
                )
            )
    except SQLAlchemyError:
        logger.exception("Could not record a handoff step for the dashboard")
