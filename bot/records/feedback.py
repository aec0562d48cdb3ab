""" "Did this help?": storing one rating of an article's answer, and counting them for the dashboard.

A rating keeps the article, whether it helped, the hour, and the LIO whose website hosts the chat
(when the widget says so and the directory knows that LIO). Never the message text, never the
sender id: the dashboard needs how often each article helps, not who said so.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import lru_cache

import yaml
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from bot.places.lios import LIOS_FILE
from bot.records.db import retrying, session
from bot.records.tables import AnswerFeedback, Lio, utcnow

logger = logging.getLogger(__name__)

MIN_RATINGS = 5  # an article is ranked among the least helpful only with at least this many ratings


@lru_cache(maxsize=1)
def curated_ids() -> frozenset[str]:
    """The LIOs of the curated directory (knowledge/lios.yml): known even before this process has
    loaded the directory into the database (an imported LIO is known from the database)."""
    data = yaml.safe_load(LIOS_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(str(row["id"]) for row in data.get("lios") or [] if row.get("id"))


def to_the_hour(at: dt.datetime) -> dt.datetime:
    return at.replace(minute=0, second=0, microsecond=0)


def record(article_id: str, helped: bool, hosting_lio: str | None = None, at: dt.datetime | None = None) -> bool:
    """Store one rating; True if stored. Best effort, like the question log: a database hiccup
    must never stop the person getting their reply (tried again while the database restarts).

    `hosting_lio` is what the chat widget says about the website it is on (message metadata, so
    anyone can send anything): kept only if it names an LIO of the directory (curated or imported).
    """

    def store() -> None:
        with session() as s, s.begin():
            known = bool(hosting_lio) and (hosting_lio in curated_ids() or s.get(Lio, hosting_lio) is not None)
            s.add(
                AnswerFeedback(
                    article_id=article_id,
                    helped=helped,
                    rated_at=to_the_hour(at or utcnow()),
                    lio_id=hosting_lio if known else None,
                )
            )

    try:
        retrying(store, "Recording a rating")
        return True
    except SQLAlchemyError:
        logger.exception("Could not record a rating for the dashboard")
        return False


@dataclass(frozen=True)
class ArticleRatings:
    article_id: str
    helped: int
    not_helped: int

    @property
    def total(self) -> int:
        return self.helped + self.not_helped

    @property
    def share_helped(self) -> float:
        return self.helped / self.total if self.total else 0.0


def per_article(since: dt.datetime, lio_id: str | None = None) -> list[ArticleRatings]:
    """Ratings since `since` for each rated article, most rated first; only those of chats on
    `lio_id`'s website when given (None: every conversation, whatever website or channel)."""
    query = select(AnswerFeedback.article_id, AnswerFeedback.helped, func.count()).where(AnswerFeedback.rated_at >= since)
    if lio_id:
        query = query.where(AnswerFeedback.lio_id == lio_id)
    counts: dict[str, list[int]] = {}
    with session() as s:
        for article_id, helped, count in s.execute(query.group_by(AnswerFeedback.article_id, AnswerFeedback.helped)):
            counts.setdefault(article_id, [0, 0])[0 if helped else 1] += count
    rows = [ArticleRatings(a, h, n) for a, (h, n) in counts.items()]
    return sorted(rows, key=lambda r: (-r.total, -r.helped, r.article_id))


def least_helpful(rows: list[ArticleRatings], limit: int = 10, min_ratings: int = MIN_RATINGS) -> list[ArticleRatings]:
    """The articles helped least often, among those rated at least `min_ratings` times (so one or
    two ratings cannot put an article at the top): lowest share first, then more "no"s first."""
    ranked = [r for r in rows if r.total >= min_ratings]
    return sorted(ranked, key=lambda r: (r.share_helped, -r.not_helped, r.article_id))[:limit]
