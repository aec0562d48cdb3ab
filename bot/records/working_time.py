"""UK working time: office hours and working days, for the dashboard and the response targets.

The database keeps naive UTC; LIO staff work by the clock on their wall in England, summer time
included, so every rule here is applied in Europe/London local time and the clock changes fall
where they should (09:00 is 08:00 UTC in summer and 09:00 UTC in winter).

- **Office hours** are Monday to Friday, 09:00 (inclusive) to 17:00 (exclusive), UK time.
- **A working day** is Monday to Friday.

Bank holidays are NOT excluded, from either: the project has no list of them (nothing here may
download one at run time), so a bank holiday Monday counts as a working day and its daytime as
office hours. A deployment that wants them excluded needs a list kept in the repository.
"""

from __future__ import annotations

import datetime as dt

try:
    from zoneinfo import ZoneInfo

    LONDON: dt.tzinfo = ZoneInfo("Europe/London")
except Exception:  # pragma: no cover - a system without time zone data: fall back to UTC
    LONDON = dt.timezone.utc

OFFICE_OPENS = dt.time(9, 0)
OFFICE_CLOSES = dt.time(17, 0)
WORKING_WEEKDAYS = range(0, 5)  # Monday..Friday


def to_london(value: dt.datetime) -> dt.datetime:
    """A stored time (naive UTC, or aware) in UK local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(LONDON)


def to_stored(local: dt.datetime) -> dt.datetime:
    """A UK local (aware) time as the database keeps times: naive UTC."""
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def london_day(value: dt.datetime) -> dt.date:
    return to_london(value).date()


def in_office_hours(at: dt.datetime) -> bool:
    """Whether a stored time falls on a weekday between 09:00 and 17:00 UK time."""
    local = to_london(at)
    return local.weekday() in WORKING_WEEKDAYS and OFFICE_OPENS <= local.time() < OFFICE_CLOSES


def add_working_days(start: dt.datetime, days: int) -> dt.datetime:
    """`days` working days after a stored time, as a stored time: the same UK clock time that many
    weekdays later (Friday 10:00 + 1 is Monday 10:00). From a Saturday or Sunday the count starts
    at 00:00 on the Monday (Saturday 15:00 + 1 is Tuesday 00:00)."""
    local = to_london(start).replace(tzinfo=None)  # wall-clock arithmetic, then back through the zone
    while local.weekday() not in WORKING_WEEKDAYS:
        local = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(0, 0))
    added = 0
    while added < days:
        local += dt.timedelta(days=1)
        if local.weekday() in WORKING_WEEKDAYS:
            added += 1
    return to_stored(local.replace(tzinfo=LONDON))
