"""How conversations went, per LIO: the dashboard's outcome figures, per week and for the period,
and how quickly handoffs were first acted on and closed. Counts only: no text is read.

What counts (docs/staff.md, "Dashboard", says the same for staff):

- **A conversation** is one chat (one sender id). It is an LIO's when it was on that LIO's website
  (`site_lio_id` of its questions or handoff steps), when the handoff form found that LIO for the
  person (a step's `lio_id`), or when it was handed to that LIO. So a chat on one LIO's website
  that was handed to another counts for both. "All organisations" (administrators only) counts
  every conversation, with an LIO or without.
- It is in the period when something of it was recorded in the period (a question, a step, a
  handoff), and in the week (from Monday, UK time) of the first such thing.
- For each conversation each outcome is yes or no, so one conversation can count under several:
  *answered* (an answer was given), *clarified* (asked which of a few topics was meant), *not
  answered* (the honest "I don't know"), *offered a person* (a reply saying it needs a person, the
  handoff form finding their LIO, their consent, or a handoff), *handed off* (a handoff was
  stored, to any LIO), *abandoned mid-handoff* (offered a person or consented, but no handoff
  stored: they said no, stopped, or left).
- *Outside office hours*: its first moment in the period was outside 09:00 to 17:00, Monday to
  Friday, UK time (`bot.records.working_time`, which says why bank holidays are not excluded).
- **Response times**, for the handoffs handed over in the period (in the week they were handed
  over): *time to first action* (the first status change, assignment or note by staff) and *time
  to close* (to the last closing of a handoff that is closed now), as elapsed hours. Median and
  90th percentile by linear interpolation between the nearest ranks (numpy's default). Handoffs
  not acted on or not closed yet are counted as waiting, never guessed at.
- **Overdue now**: open handoffs past their LIO's response target (`bot.records.overdue`),
  whenever they were handed over.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.records import overdue
from bot.records.tables import Handoff, HandoffStep, QuestionLog, StaffUser
from bot.records.working_time import in_office_hours, london_day
from bot.vocabulary import ReplyKind

# (field, label): the order of every chart, table and CSV column.
OUTCOMES: tuple[tuple[str, str], ...] = (
    ("answered", "Answered"),
    ("clarified", "Clarified"),
    ("not_answered", "Not answered"),
    ("offered", "Offered a person"),
    ("handed_off", "Handed off"),
    ("abandoned", "Abandoned mid-handoff"),
)
EXPLAINED: dict[str, str] = {
    "answered": "the assistant answered a question from its checked guidance",
    "clarified": "it asked which of a few topics they meant",
    "not_answered": "it had no checked guidance and said so",
    "offered": "it said the situation needs a person, or the person asked for one and was given their local organisation",
    "handed_off": "the person agreed and the conversation was handed over",
    "abandoned": "offered a person or agreed to share, but nothing was handed over (they said no, stopped or left)",
}


@dataclass
class Tally:
    """Conversations, and how many of them had each outcome."""

    conversations: int = 0
    answered: int = 0
    clarified: int = 0
    not_answered: int = 0
    offered: int = 0
    handed_off: int = 0
    abandoned: int = 0
    outside_office_hours: int = 0

    def value(self, name: str) -> int:
        return int(getattr(self, name))

    @property
    def outside_share(self) -> float | None:
        """The share (0 to 1) of conversations that began outside office hours; None with none."""
        return self.outside_office_hours / self.conversations if self.conversations else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """The `p`th percentile (0-100) by linear interpolation between the nearest ranks; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * p / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class Times:
    """Response times (hours) of the handoffs handed over in a week or the period."""

    handoffs: int = 0
    first_action: list[float] = field(default_factory=list)
    close: list[float] = field(default_factory=list)

    @property
    def waiting_first_action(self) -> int:
        return self.handoffs - len(self.first_action)

    @property
    def not_closed(self) -> int:
        return self.handoffs - len(self.close)

    @property
    def first_action_median(self) -> float | None:
        return percentile(self.first_action, 50)

    @property
    def first_action_p90(self) -> float | None:
        return percentile(self.first_action, 90)

    @property
    def close_median(self) -> float | None:
        return percentile(self.close, 50)

    @property
    def close_p90(self) -> float | None:
        return percentile(self.close, 90)


@dataclass
class Outcomes:
    weeks: list[dt.date]
    by_week: dict[dt.date, Tally]
    period: Tally
    times_by_week: dict[dt.date, Times]
    times: Times
    overdue_now: int
    # Administrators looking at every LIO: (lio_id, target, overdue) for each LIO with any overdue.
    overdue_by_lio: list[tuple[str, int, int]]
    target_days: int | None  # the LIO's response target; None for all organisations


@dataclass
class _Conversation:
    first: dt.datetime
    answered: bool = False
    clarified: bool = False
    not_answered: bool = False
    offered: bool = False
    consented: bool = False
    handed_off: bool = False


def scope_for(user: StaffUser, lio_id: str | None) -> str | None:
    """The one LIO whose figures `user` sees (their own; an administrator's choice), or None for
    every LIO (administrators only). Staff without an LIO get an id no LIO has (nothing)."""
    if user.is_admin:
        return lio_id or None
    return user.lio_id or ""


def week_of(at: dt.datetime) -> dt.date:
    day = london_day(at)
    return day - dt.timedelta(days=day.weekday())


def _hours(start: dt.datetime, end: dt.datetime) -> float:
    return max(0.0, (end - start).total_seconds() / 3600)


def compute(
    s: Session, user: StaffUser, weeks: list[dt.date], since: dt.datetime, now: dt.datetime, lio_id: str | None = None
) -> Outcomes:
    """Every outcome figure for `user` from `since` (the first Monday's start) until `now`."""
    scope = scope_for(user, lio_id)
    conversations: dict[str, _Conversation] = {}
    members: set[str] = set()

    def seen(sender: str, at: dt.datetime) -> _Conversation:
        c = conversations.get(sender)
        if c is None:
            c = conversations[sender] = _Conversation(first=at)
        elif at < c.first:
            c.first = at
        return c

    for sender, at, outcome, site in s.execute(
        select(QuestionLog.sender_id, QuestionLog.asked_at, QuestionLog.outcome, QuestionLog.site_lio_id).where(
            QuestionLog.asked_at >= since, QuestionLog.asked_at <= now
        )
    ):
        c = seen(sender, at)
        c.answered |= outcome == ReplyKind.ANSWER
        c.clarified |= outcome == ReplyKind.CLARIFY
        c.not_answered |= outcome == ReplyKind.FALLBACK
        c.offered |= outcome == ReplyKind.HANDOFF_OFFER
        if scope is None or site == scope:
            members.add(sender)
    for sender, at, step, lio, site in s.execute(
        select(HandoffStep.sender_id, HandoffStep.at, HandoffStep.step, HandoffStep.lio_id, HandoffStep.site_lio_id).where(
            HandoffStep.at >= since, HandoffStep.at <= now
        )
    ):
        c = seen(sender, at)
        c.offered = True
        c.consented |= step == "consented"
        if scope is None or scope in (lio, site):
            members.add(sender)
    # Every handoff of the period, for whether a conversation was handed off (to anyone); only the
    # scope's own handoffs make a conversation the scope's, and only theirs give response times.
    handoffs = list(
        s.execute(
            select(Handoff.sender_id, Handoff.created_at, Handoff.lio_id, Handoff.first_action_at, Handoff.closed_at).where(
                Handoff.created_at >= since, Handoff.created_at <= now
            )
        )
    )
    times_by_week: dict[dt.date, Times] = defaultdict(Times)
    times = Times()
    for sender, created, lio, first_action, closed in handoffs:
        c = seen(sender, created)
        c.offered = c.handed_off = True
        if scope is not None and lio != scope:
            continue
        members.add(sender)
        for t in (times, times_by_week[week_of(created)]):
            t.handoffs += 1
            if first_action is not None:
                t.first_action.append(_hours(created, first_action))
            if closed is not None:
                t.close.append(_hours(created, closed))

    by_week: dict[dt.date, Tally] = {w: Tally() for w in weeks}
    period = Tally()
    for sender in members:
        c = conversations[sender]
        flags = {
            "answered": c.answered,
            "clarified": c.clarified,
            "not_answered": c.not_answered,
            "offered": c.offered,
            "handed_off": c.handed_off,
            "abandoned": (c.offered or c.consented) and not c.handed_off,
            "outside_office_hours": not in_office_hours(c.first),
        }
        for tally in (period, by_week.setdefault(week_of(c.first), Tally())):
            tally.conversations += 1
            for name, yes in flags.items():
                if yes:
                    setattr(tally, name, tally.value(name) + 1)

    late = overdue.overdue_by_lio(s, None if scope is None else [scope], now)
    limits = overdue.targets(s, late)
    return Outcomes(
        weeks=weeks,
        by_week=by_week,
        period=period,
        times_by_week={w: times_by_week.get(w, Times()) for w in weeks},
        times=times,
        overdue_now=sum(len(v) for v in late.values()),
        overdue_by_lio=sorted(
            ((lio, limits.get(lio, overdue.DEFAULT_TARGET_DAYS), len(v)) for lio, v in late.items()),
            key=lambda row: (-row[2], row[0]),
        )
        if scope is None
        else [],
        target_days=None if scope is None else overdue.target_for(s, scope),
    )


def _hours_cell(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


CSV_COLUMNS = [
    "organisation",
    "week_starting",
    "conversations",
    *[name for name, _ in OUTCOMES],
    "outside_office_hours",
    "outside_office_hours_percent",
    "handoffs",
    "first_action_median_hours",
    "first_action_p90_hours",
    "waiting_for_first_action",
    "close_median_hours",
    "close_p90_hours",
    "not_closed",
    "overdue_now",
]


def _row(organisation: str, label: str, tally: Tally, times: Times, overdue_now: str) -> list[str]:
    share = tally.outside_share
    return [
        organisation,
        label,
        str(tally.conversations),
        *[str(tally.value(name)) for name, _ in OUTCOMES],
        str(tally.outside_office_hours),
        "" if share is None else f"{100 * share:.1f}",
        str(times.handoffs),
        _hours_cell(times.first_action_median),
        _hours_cell(times.first_action_p90),
        str(times.waiting_first_action),
        _hours_cell(times.close_median),
        _hours_cell(times.close_p90),
        str(times.not_closed),
        overdue_now,
    ]


def figures_csv(data: Outcomes, organisation: str) -> str:
    """The figures as CSV: one row a week, then the whole period. Numbers and dates, and the
    organisation's name from the directory (kept from being read as a spreadsheet formula)."""
    if organisation[:1] in ("=", "+", "-", "@", "\t", "\r"):
        organisation = "'" + organisation
    out = io.StringIO()
    out.write("\ufeff")  # so Excel opens it as UTF-8
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for week in data.weeks:
        writer.writerow(_row(organisation, week.isoformat(), data.by_week[week], data.times_by_week[week], ""))
    writer.writerow(_row(organisation, "whole period", data.period, data.times, str(data.overdue_now)))
    return out.getvalue()
