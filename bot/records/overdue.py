"""Response targets, overdue handoffs, and the daily overdue digest each LIO gets by email.

Each LIO sets a response target in working days (`lio_settings`, DEFAULT_TARGET_DAYS without a
row). A handoff that is not closed within that many working days of being handed over (counted
from `created_at`, Monday to Friday, UK time: `working_time.add_working_days`) is overdue. A
closed handoff is never overdue; reopened, it is judged from its `created_at` again.

The digest: on working days from DIGEST_FROM (UK time), a background job (bot.background, run by
the launcher next to the outbox worker; a CronJob in deploy/kubernetes) queues one email per LIO
that has a `notify_email` and overdue handoffs, naming their references with a link to each and
nothing else, in the outbox (kind "overdue_digest"), which sends it with retries. At most once
per LIO per UK day, whatever runs it: the day's row in `overdue_digests` (unique on lio_id and
day) is inserted in the same transaction as the outbox message, so a second run, a restarted
process or another replica finds the day taken (an IntegrityError from the database, which
decides between processes) and queues nothing. A day with nothing overdue sends nothing; if
something becomes overdue later that day, the next run sends it then.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.background import Periodic
from bot.records.db import session
from bot.records.tables import Handoff, Lio, LioSetting, OutboxMessage, OverdueDigest, utcnow
from bot.records.working_time import WORKING_WEEKDAYS, add_working_days, to_london
from bot.vocabulary import HandoffStatus

logger = logging.getLogger(__name__)
DEFAULT_TARGET_DAYS = 5
MIN_TARGET_DAYS = 1
MAX_TARGET_DAYS = 60  # about three months of working days: beyond that a target means nothing
DIGEST_KIND = "overdue_digest"
DIGEST_FROM = dt.time(8, 0)  # UK time: in the inbox before the working day starts
CHECK_SECONDS = 15 * 60


def targets(s: Session, lio_ids: Iterable[str] | None = None) -> dict[str, int]:
    """The targets LIOs have set (an LIO missing from the answer has DEFAULT_TARGET_DAYS)."""
    query = select(LioSetting.lio_id, LioSetting.response_target_days)
    if lio_ids is not None:
        query = query.where(LioSetting.lio_id.in_(list(lio_ids)))
    return {lio_id: int(days) for lio_id, days in s.execute(query)}


def target_for(s: Session, lio_id: str) -> int:
    return targets(s, [lio_id]).get(lio_id, DEFAULT_TARGET_DAYS)


def set_target(s: Session, lio_id: str, days: int, by: str) -> int:
    """Store an LIO's target (the caller checks permission and audits); returns the old one."""
    if not MIN_TARGET_DAYS <= days <= MAX_TARGET_DAYS:
        raise ValueError(f"a response target is {MIN_TARGET_DAYS} to {MAX_TARGET_DAYS} working days")
    row = s.get(LioSetting, lio_id)
    old = int(row.response_target_days) if row else DEFAULT_TARGET_DAYS
    if row is None:
        row = LioSetting(lio_id=lio_id)
        s.add(row)
    row.response_target_days = days
    row.updated_at = utcnow()
    row.updated_by = by
    return old


def due_by(created_at: dt.datetime, target_days: int) -> dt.datetime:
    """When a handoff handed over at `created_at` should be closed by (stored time, naive UTC)."""
    return add_working_days(created_at, target_days)


def is_overdue(status: str, created_at: dt.datetime, target_days: int, now: dt.datetime) -> bool:
    return status != HandoffStatus.CLOSED and now >= due_by(created_at, target_days)


def overdue_by_lio(s: Session, lio_ids: Iterable[str] | None, now: dt.datetime) -> dict[str, list[Handoff]]:
    """Each LIO's overdue handoffs, oldest first (every LIO's when `lio_ids` is None)."""
    query = select(Handoff).where(Handoff.status != HandoffStatus.CLOSED.value)
    wanted = None if lio_ids is None else list(lio_ids)
    if wanted is not None:
        query = query.where(Handoff.lio_id.in_(wanted))
    open_handoffs = list(s.scalars(query.order_by(Handoff.created_at, Handoff.id)))
    limits = targets(s, {h.lio_id for h in open_handoffs})
    found: dict[str, list[Handoff]] = {}
    for h in open_handoffs:
        if is_overdue(h.status, h.created_at, limits.get(h.lio_id, DEFAULT_TARGET_DAYS), now):
            found.setdefault(h.lio_id, []).append(h)
    return found


def queue_digests(now: dt.datetime | None = None) -> list[str]:
    """Queue today's digest for each LIO that needs one and has none yet; returns their ids.

    `now` (naive UTC) is for tests. Nothing on Saturdays, Sundays or before DIGEST_FROM.
    """
    now = now or utcnow()
    local = to_london(now)
    if local.weekday() not in WORKING_WEEKDAYS or local.time() < DIGEST_FROM:
        return []
    day = local.date()
    with session() as s:
        lios = {i: (name, to) for i, name, to in s.execute(select(Lio.id, Lio.name, Lio.notify_email)) if to}
        done = set(s.scalars(select(OverdueDigest.lio_id).where(OverdueDigest.day == day)))
        wanted = [i for i in lios if i not in done]
        overdue = overdue_by_lio(s, wanted, now) if wanted else {}
        limits = targets(s, overdue)
    queued: list[str] = []
    for lio_id, handoffs in sorted(overdue.items()):
        name, to = lios[lio_id]
        try:
            with session() as s, s.begin():
                s.add(OverdueDigest(lio_id=lio_id, day=day, handoffs=len(handoffs), created_at=now))
                s.flush()  # the day's row first: another process that took the day stops us here
                s.add(
                    OutboxMessage(
                        kind=DIGEST_KIND,
                        reference=day.isoformat(),
                        lio_name=name,
                        to_address=to,
                        digest={
                            "references": [h.reference for h in handoffs],
                            "target_days": limits.get(lio_id, DEFAULT_TARGET_DAYS),
                        },
                        created_at=now,
                        next_attempt_at=now,
                    )
                )
        except IntegrityError:  # queued already today, by another run or process
            continue
        queued.append(lio_id)
    if queued:
        logger.info("Overdue digests queued for %s LIO(s)", len(queued))
    return queued


_job = Periodic("overdue-digest", lambda: queue_digests())


def start_digests(interval_seconds: float = CHECK_SECONDS) -> threading.Thread:
    """Check now, then every `interval_seconds`, in a daemon thread (one per process)."""
    return _job.start(interval_seconds)


def stop_digests(timeout: float = 15) -> None:
    _job.stop(timeout)
