"""Deleting conversations older than the retention period from Rasa's SQL tracker store.

Rasa keeps every event of every conversation in its `events` table (same database as ours) and
never deletes them; the privacy notice promises deletion after RETENTION_DAYS, so we do it.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text

from bot.db import engine


def purge_conversations(cutoff: dt.datetime, url: str | None = None) -> int:
    """Delete tracker events of conversations whose latest event is older than `cutoff`.

    Whole conversations go at once (not their oldest half), so no one is left with a conversation
    that starts in the middle. Returns the number of events deleted.
    """
    eng = engine(url)
    if not inspect(eng).has_table("events"):
        return 0
    stamp = cutoff.replace(tzinfo=dt.timezone.utc).timestamp() if cutoff.tzinfo is None else cutoff.timestamp()
    with eng.begin() as conn:
        result = conn.execute(
            text(
                "DELETE FROM events WHERE sender_id IN ("
                " SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :stamp)"
            ),
            {"stamp": stamp},
        )
        return int(result.rowcount or 0)
