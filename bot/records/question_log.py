"""Recording each free-text question and its outcome, for the staff dashboard."""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from bot.answers.answering import Reply
from bot.records.db import session
from bot.records.redaction import redact
from bot.records.tables import QuestionLog
from bot.vocabulary import ReplyKind

logger = logging.getLogger(__name__)


def record(sender_id: str, text: str, reply: Reply) -> None:
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
                )
            )
    except SQLAlchemyError:
        logger.exception("Could not record a question for the dashboard")
