"""Office hours and working days in UK time, on both sides of each boundary and of the clock
changes (British Summer Time began on Sunday 29 March 2026 at 01:00 UTC and ends on Sunday
25 October 2026 at 01:00 UTC), and the overdue rule across weekends."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.records.overdue import due_by, is_overdue
from bot.records.working_time import add_working_days, in_office_hours


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("at", "inside"),
    [
        ("2026-03-27 08:59", False),  # Friday, GMT: 08:59
        ("2026-03-27 09:00", True),  # 09:00: opens
        ("2026-03-27 16:59", True),
        ("2026-03-27 17:00", False),  # 17:00: closed
        ("2026-03-28 12:00", False),  # Saturday
        ("2026-03-29 12:00", False),  # Sunday, the clocks went forward at 01:00 UTC
        ("2026-03-30 07:59", False),  # Monday, BST: 08:59
        ("2026-03-30 08:00", True),  # 09:00 BST
        ("2026-03-30 15:59", True),  # 16:59 BST
        ("2026-03-30 16:00", False),  # 17:00 BST (in office hours at this UTC time a week before)
        ("2026-03-23 16:00", True),  # the Monday before, GMT: 16:00
        ("2026-10-23 15:59", True),  # Friday before the clocks go back: 16:59 BST
        ("2026-10-23 16:00", False),
        ("2026-10-26 08:59", False),  # Monday after, GMT again
        ("2026-10-26 09:00", True),
        ("2026-10-26 16:59", True),
        ("2026-10-26 17:00", False),
    ],
)
def test_office_hours_in_uk_time(at: str, inside: bool) -> None:
    assert in_office_hours(utc(at)) is inside


def test_aware_times_are_read_as_they_say() -> None:
    assert in_office_hours(dt.datetime(2026, 3, 30, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))))  # 09:30 BST


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        ("2026-03-04 10:00", 5, "2026-03-11 10:00"),  # Wednesday + 5: the next Wednesday
        ("2026-03-06 10:00", 1, "2026-03-09 10:00"),  # Friday + 1: Monday, over the weekend
        ("2026-03-06 10:00", 2, "2026-03-10 10:00"),
        ("2026-03-07 15:00", 1, "2026-03-10 00:00"),  # Saturday: counted from Monday 00:00
        ("2026-03-08 23:30", 5, "2026-03-16 00:00"),  # Sunday late: the same
        ("2026-03-27 10:00", 1, "2026-03-30 09:00"),  # Friday 10:00 GMT + 1: Monday 10:00 BST
        ("2026-10-23 09:00", 1, "2026-10-26 10:00"),  # Friday 10:00 BST + 1: Monday 10:00 GMT
        ("2026-03-02 10:00", 10, "2026-03-16 10:00"),  # two whole weeks
    ],
)
def test_working_days_skip_weekends_and_keep_the_uk_clock_time(start: str, days: int, due: str) -> None:
    assert add_working_days(utc(start), days) == utc(due)


def test_overdue_across_a_weekend() -> None:
    """Handed over on Friday at 10:00 with a target of 1 working day: due on Monday at 10:00."""
    friday = utc("2026-03-06 10:00")
    assert due_by(friday, 1) == utc("2026-03-09 10:00")
    for now in ("2026-03-06 18:00", "2026-03-07 12:00", "2026-03-08 23:59", "2026-03-09 09:59"):
        assert not is_overdue("new", friday, 1, utc(now)), now
    for status in ("new", "in_progress"):
        assert is_overdue(status, friday, 1, utc("2026-03-09 10:00"))
    assert not is_overdue("closed", friday, 1, utc("2026-04-30 10:00"))  # closed is never overdue
    # Five working days from Friday is the next Friday, whatever the weekend in between.
    assert not is_overdue("in_progress", friday, 5, utc("2026-03-13 09:59"))
    assert is_overdue("in_progress", friday, 5, utc("2026-03-13 10:00"))
