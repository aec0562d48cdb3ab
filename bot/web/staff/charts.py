"""Dashboard figures and the geometry of their bar charts, drawn as inline SVG by the templates.

Charts are computed here as plain numbers and strings and drawn by Jinja (autoescaped), so no
markup is ever assembled from stored text. Every chart has a title, a text description and a
table of the same numbers, so it reads without JavaScript, images or colour vision.

Weeks start on Monday, UK time. Questions are not tied to an LIO (the person may never have
given a location), so every signed-in member of staff sees the same question figures; handoff
figures are limited to what the viewer may see. Sender ids are never read.

"Did this help?" ratings (bot.records.feedback) keep no person and no place, only the LIO whose
website hosts the chat: an LIO's staff see the ratings from chats on their own website, and
administrators see every rating (from any website or channel) or one LIO's website's.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Sequence

from sqlalchemy import select

from bot.records import feedback
from bot.records.db import session
from bot.records.tables import AnswerFeedback, Handoff, QuestionLog, StaffUser, utcnow
from bot.vocabulary import ReplyKind
from bot.web.staff.formatting import area_label, london_date, london_midnight_utc, topic_label
from bot.web.staff.outcomes import OUTCOMES, Outcomes, compute
from bot.web.staff.workflow import visible

WEEK_CHOICES = (4, 12, 26, 52)
# Okabe-Ito colours, told apart by people with the common colour-vision deficiencies; ordered
# so the first six reach 3:1 contrast with the white page (the lighter two come last).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#7F7F7F", "#E69F00", "#56B4E9")
MIN_CONVERSATIONS = 2  # an unanswered question is listed only once this many conversations asked it
CRISIS_LABELS = {
    "immediate_danger": "Immediate danger (999)",
    "suicide_self_harm": "Suicide or self-harm",
    "child_concern": "A child at risk or missing",
    "allegation_against_worker": "Allegation against someone working with children (LADO)",
    "adult_at_risk": "An adult at risk",
    "domestic_abuse": "Domestic abuse",
    "modern_slavery": "Modern slavery",
}
OUTCOME_GROUPS: dict[str, str] = {
    ReplyKind.FALLBACK: "Not answered",
    ReplyKind.EMERGENCY: "Emergency",
    ReplyKind.HANDOFF_OFFER: "Needs a person",
}


@dataclass
class Segment:
    series: str
    value: int
    y: float
    height: float
    colour: str
    x: float = 0.0
    width: float = 0.0


@dataclass
class Column:
    label: str
    total: int
    x: float
    width: float
    segments: list[Segment]
    show_label: bool

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


@dataclass
class ColumnChart:
    """Columns (one per week), each optionally split into coloured series: stacked, or side by
    side (`stacked=False`) for series that overlap (a conversation can be in several)."""

    id: str
    title: str
    description: str
    columns: list[Column]
    legend: list[tuple[str, str]]
    ticks: list[tuple[int, float]]
    table_rows: list[tuple[str, list[int], int]]
    stacked: bool = True
    total_label: str = "Total"
    width: int = 720
    height: int = 300
    left: int = 48
    top: int = 16
    bottom: int = 40

    @property
    def baseline(self) -> float:
        return self.height - self.bottom

    @property
    def series(self) -> list[str]:
        return [name for name, _ in self.legend]

    @property
    def empty(self) -> bool:
        return not any(c.total for c in self.columns)


@dataclass
class Bar:
    label: str
    full_label: str
    value: int
    y: float
    length: float


class _Rows:
    """What horizontal bar charts share: their height from their rows, and whether they have any."""

    bars: Sequence[Any]
    bar_height: int
    gap: int
    top: int

    @property
    def height(self) -> int:
        return self.top * 2 + max(1, len(self.bars)) * (self.bar_height + self.gap)

    @property
    def empty(self) -> bool:
        return not self.bars


@dataclass
class BarChart(_Rows):
    """Horizontal bars with their labels on the left: for long names such as article titles."""

    id: str
    title: str
    description: str
    bars: list[Bar]
    label_heading: str = "Topic"
    width: int = 720
    label_width: int = 300
    bar_height: int = 22
    gap: int = 8
    top: int = 8


@dataclass
class SplitBar:
    """One article's ratings as a bar in two parts: helped, then not helped."""

    label: str
    full_label: str
    helped: int
    not_helped: int
    y: float
    helped_length: float
    not_helped_length: float

    @property
    def total(self) -> int:
        return self.helped + self.not_helped


@dataclass
class SplitBarChart(_Rows):
    """Horizontal bars split in two series, with the article titles on the left."""

    id: str
    title: str
    description: str
    bars: list[SplitBar]
    legend: list[tuple[str, str]]
    width: int = 720
    label_width: int = 300
    bar_height: int = 22
    gap: int = 8
    top: int = 8


@dataclass(frozen=True)
class ArticleRating(feedback.ArticleRatings):
    """One row of the ratings tables: an article's counts, with its title and its share helped."""

    title: str = ""

    @property
    def share(self) -> str:
        return f"{round(100 * self.share_helped)}%" if self.total else "–"


@dataclass
class Ratings:
    """The "did this help?" section: whose chats it counts, and its figures."""

    scope: str  # "all" (every website and channel) or the LIO id whose website's chats are counted
    by_week: ColumnChart
    by_article: SplitBarChart
    articles: list[ArticleRating]
    least_helpful: list[ArticleRating]
    total: int = 0
    helped: int = 0
    min_ratings: int = feedback.MIN_RATINGS

    @property
    def share(self) -> str:
        return f"{round(100 * self.helped / self.total)}%" if self.total else "–"


@dataclass
class Unanswered:
    text: str
    count: int
    last_asked: dt.datetime


@dataclass
class Dashboard:
    weeks: int
    since: dt.date
    questions_by_week: ColumnChart
    questions_by_topic: BarChart
    handoffs_by_week: ColumnChart
    handoffs_by_topic: BarChart
    outcomes: Outcomes
    outcomes_total: BarChart
    outcomes_by_week: ColumnChart
    office_hours_by_week: ColumnChart
    unanswered: list[Unanswered] = field(default_factory=list)
    # Crisis signposting by route: counted, never shown as what was typed.
    crises: list[tuple[str, int]] = field(default_factory=list)
    question_total: int = 0
    handoff_total: int = 0
    ratings: Ratings | None = None


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_starts(today: dt.date, weeks: int) -> list[dt.date]:
    """The Mondays of the last `weeks` weeks, oldest first, this week last."""
    this_week = week_start(today)
    return [this_week - dt.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def nice_ticks(maximum: int) -> list[int]:
    """Round axis values (0, 1, 2, 5, 10, 20, 50 ... steps), at most about five of them."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    top = step * math.ceil(maximum / step)
    return list(range(0, top + 1, step))


def week_label(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def column_chart(
    chart_id: str,
    title: str,
    description: str,
    weeks: list[dt.date],
    counts: dict[dt.date, Counter[str]],
    series: list[str],
    *,
    stacked: bool = True,
    totals: dict[dt.date, int] | None = None,
    total_label: str = "Total",
) -> ColumnChart:
    """Weekly columns; `series` fixes the stacking (or left-to-right) and legend order.

    Side by side (`stacked=False`), each week's total is `totals` (e.g. conversations, when one
    can be in several series), shown in the table under `total_label`.
    """
    chart = ColumnChart(chart_id, title, description, [], [], [], [], stacked=stacked, total_label=total_label)
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(series)}
    chart.legend = [(name, colours[name]) for name in series]

    def total(week: dt.date) -> int:
        return totals.get(week, 0) if totals is not None else sum(counts.get(week, Counter()).values())

    if stacked:
        tallest = max((total(w) for w in weeks), default=0)
    else:
        tallest = max((counts.get(w, Counter()).get(n, 0) for w in weeks for n in series), default=0)
    ticks = nice_ticks(tallest)
    plot_height = chart.baseline - chart.top
    scale = plot_height / ticks[-1]
    chart.ticks = [(t, chart.baseline - t * scale) for t in ticks]
    slot = (chart.width - chart.left - 8) / max(1, len(weeks))
    label_every = max(1, math.ceil(len(weeks) / 13))
    for i, week in enumerate(weeks):
        counter = counts.get(week, Counter())
        # Side by side, the week's columns take more of its slot: they share it.
        x, width = (
            (chart.left + i * slot + slot * 0.15, slot * 0.7) if stacked else (chart.left + i * slot + slot * 0.08, slot * 0.84)
        )
        y = chart.baseline
        segments = []
        for j, name in enumerate(series):
            value = counter.get(name, 0)
            if not value:
                continue
            height = value * scale
            if stacked:
                y -= height
                segments.append(Segment(name, value, y, height, colours[name], x, width))
            else:
                each = width / len(series)
                segments.append(Segment(name, value, chart.baseline - height, height, colours[name], x + j * each, each))
        chart.columns.append(
            Column(
                label=week_label(week),
                total=total(week),
                x=x,
                width=width,
                segments=segments,
                show_label=(len(weeks) - 1 - i) % label_every == 0,
            )
        )
        chart.table_rows.append((f"Week of {week_label(week)} {week:%Y}", [counter.get(n, 0) for n in series], total(week)))
    return chart


def bar_chart(chart_id: str, title: str, description: str, counts: Counter[str], limit: int = 10) -> BarChart:
    """The `limit` largest counts, largest first."""
    return bars_in_order(BarChart(chart_id, title, description, []), counts.most_common(limit))


def bars_in_order(chart: BarChart, top: list[tuple[str, int]]) -> BarChart:
    """Bars for `top` in the order given; none at all when every value is 0 (nothing to show)."""
    if not any(value for _, value in top):
        return chart
    longest = max((v for _, v in top), default=1)
    room = chart.width - chart.label_width - 60
    for i, (label, value) in enumerate(top):
        short = label if len(label) <= 40 else label[:38].rstrip() + "…"
        chart.bars.append(
            Bar(short, label, value, chart.top + i * (chart.bar_height + chart.gap), max(2.0, room * value / longest))
        )
    return chart


HELPED, NOT_HELPED = "Helped", "Didn't help"
RATING_COLOURS = {HELPED: PALETTE[0], NOT_HELPED: PALETTE[1]}


def split_bar_chart(chart_id: str, title: str, description: str, rows: list[ArticleRating], limit: int = 10) -> SplitBarChart:
    chart = SplitBarChart(chart_id, title, description, [], list(RATING_COLOURS.items()))
    top = rows[:limit]
    longest = max((r.total for r in top), default=1)
    room = chart.width - chart.label_width - 60
    for i, row in enumerate(top):
        short = row.title if len(row.title) <= 40 else row.title[:38].rstrip() + "…"
        chart.bars.append(
            SplitBar(
                short,
                row.title,
                row.helped,
                row.not_helped,
                chart.top + i * (chart.bar_height + chart.gap),
                room * row.helped / longest,
                room * row.not_helped / longest,
            )
        )
    return chart


def ratings_scope(user: StaffUser, rated_on: str | None) -> str:
    """Whose ratings `user` sees: an LIO's staff, always their own website's chats (whatever they
    ask for); an administrator, every rating or the one LIO's website asked for."""
    if not user.is_admin:
        return str(user.lio_id)
    return rated_on or "all"


def build_ratings(user: StaffUser, mondays: list[dt.date], since: dt.datetime, rated_on: str | None = None) -> Ratings:
    scope = ratings_scope(user, rated_on)
    lio_id = None if scope == "all" else scope
    counted = feedback.per_article(since, lio_id)
    rows = [ArticleRating(r.article_id, r.helped, r.not_helped, title=topic_label(r.article_id)) for r in counted]
    least = [
        ArticleRating(r.article_id, r.helped, r.not_helped, title=topic_label(r.article_id))
        for r in feedback.least_helpful(counted)
    ]
    weekly: dict[dt.date, Counter[str]] = defaultdict(Counter)
    query = select(AnswerFeedback.rated_at, AnswerFeedback.helped).where(AnswerFeedback.rated_at >= since)
    if lio_id:
        query = query.where(AnswerFeedback.lio_id == lio_id)
    with session() as s:
        for rated_at, helped in s.execute(query):
            weekly[week_start(london_date(rated_at))][HELPED if helped else NOT_HELPED] += 1
    weeks = len(mondays)
    return Ratings(
        scope=scope,
        by_week=column_chart(
            "ratings-week",
            "Did the answers help? Week by week",
            f"Number of answers rated each week for the last {weeks} weeks, split into helped and didn't help.",
            mondays,
            weekly,
            [HELPED, NOT_HELPED],
        ),
        by_article=split_bar_chart(
            "ratings-article",
            "Did the answers help? By article",
            f"The 10 most-rated articles in the last {weeks} weeks: how many ratings said the answer helped "
            "and how many said it didn't. The table has every rated article.",
            rows,
        ),
        articles=rows,
        least_helpful=least,
        total=sum(r.total for r in rows),
        helped=sum(r.helped for r in rows),
    )


def question_group(outcome: str, article_id: str | None) -> str:
    """The topic a logged question is counted under on the dashboard."""
    if outcome in OUTCOME_GROUPS:
        return OUTCOME_GROUPS[outcome]
    if article_id:
        return area_label(article_id)
    return "Asked to say more" if outcome == ReplyKind.CLARIFY else "Other"


def normalise_question(text: str) -> str:
    """Lower case, punctuation and extra spaces removed: so near-identical questions group."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def build(
    user: StaffUser,
    weeks: int = 12,
    lio_id: str | None = None,
    now: dt.datetime | None = None,
    rated_on: str | None = None,
) -> Dashboard:
    """Every figure on the dashboard for `user`; `lio_id` narrows an administrator's handoffs and
    `rated_on` their ratings to the chats on one LIO's website (an LIO's staff always see theirs)."""
    weeks = weeks if weeks in WEEK_CHOICES else 12
    now = now or utcnow()
    mondays = week_starts(london_date(now), weeks)
    since = london_midnight_utc(mondays[0])

    question_counts: dict[dt.date, Counter[str]] = defaultdict(Counter)
    article_counts: Counter[str] = Counter()
    unanswered: dict[str, list[Any]] = {}
    crises: Counter[str] = Counter()
    question_total = 0
    with session() as s:
        rows = s.execute(
            select(
                QuestionLog.asked_at,
                QuestionLog.outcome,
                QuestionLog.article_id,
                QuestionLog.case_id,
                QuestionLog.text,
                QuestionLog.sender_id,
            ).where(QuestionLog.asked_at >= since)
        )
        for asked_at, outcome, article_id, case_id, text, sender_id in rows:
            question_total += 1
            question_counts[week_start(london_date(asked_at))][question_group(outcome, article_id)] += 1
            if outcome == ReplyKind.ANSWER and article_id:
                article_counts[topic_label(article_id)] += 1
            if outcome == ReplyKind.EMERGENCY:
                crises[CRISIS_LABELS.get(case_id or "", "Other")] += 1
            if outcome == ReplyKind.FALLBACK and text:
                key = normalise_question(text)
                if not key:
                    continue
                entry = unanswered.setdefault(key, [Counter(), 0, asked_at, set()])
                entry[0][text.strip()] += 1
                entry[1] += 1
                entry[2] = max(entry[2], asked_at)
                entry[3].add(sender_id)

        handoff_query = visible(user).where(Handoff.created_at >= since)
        if lio_id and user.is_admin:
            handoff_query = handoff_query.where(Handoff.lio_id == lio_id)
        handoff_counts: dict[dt.date, Counter[str]] = defaultdict(Counter)
        handoff_topics: Counter[str] = Counter()
        handoff_total = 0
        for handoff in s.scalars(handoff_query):
            handoff_total += 1
            handoff_counts[week_start(london_date(handoff.created_at))]["Handoffs"] += 1
            for topic in handoff.topics or ["(no topic recorded)"]:
                handoff_topics[topic_label(topic)] += 1
        figures = compute(s, user, mondays, since, now, lio_id)

    present: Counter[str] = Counter()
    for counter in question_counts.values():
        present.update(counter)
    order = [
        "Funding",
        "Running the group",
        "Volunteering",
        "General",
        "Needs a person",
        "Emergency",
        "Asked to say more",
        "Not answered",
        "Other",
    ]
    series = [name for name in order if present.get(name)] + sorted(n for n in present if n not in order)

    return Dashboard(
        weeks=weeks,
        since=mondays[0],
        questions_by_week=column_chart(
            "questions-week",
            "Questions by topic, week by week",
            f"Number of questions asked each week for the last {weeks} weeks, split by topic.",
            mondays,
            question_counts,
            series,
        ),
        questions_by_topic=bar_chart(
            "questions-article",
            "Most-used answers",
            f"The answers given most often in the last {weeks} weeks.",
            article_counts,
        ),
        handoffs_by_week=column_chart(
            "handoffs-week",
            "Conversations handed over, week by week",
            f"Number of conversations handed over each week for the last {weeks} weeks.",
            mondays,
            handoff_counts,
            ["Handoffs"],
        ),
        handoffs_by_topic=bar_chart(
            "handoffs-topic",
            "Conversations handed over, by topic",
            f"The topics of conversations handed over in the last {weeks} weeks (a conversation can have several).",
            handoff_topics,
        ),
        unanswered=sorted(
            (
                Unanswered(text=forms.most_common(1)[0][0][:300], count=count, last_asked=last)
                for forms, count, last, conversations in unanswered.values()
                # Every LIO's staff read this list: only wording that more than one conversation
                # used (already stripped of personal data by bot.records.redaction when it was logged).
                if len(conversations) >= MIN_CONVERSATIONS
            ),
            key=lambda u: (-u.count, -u.last_asked.timestamp()),
        )[:20],
        crises=sorted(crises.items(), key=lambda item: -item[1]),
        question_total=question_total,
        handoff_total=handoff_total,
        ratings=build_ratings(user, mondays, since, rated_on),
        **outcome_charts(figures, weeks),
    )


OFFICE_SERIES = ["In office hours", "Outside office hours"]


def outcome_charts(figures: Outcomes, weeks: int) -> dict[str, Any]:
    """The outcome figures and their three charts, as the Dashboard's fields."""
    labels = dict(OUTCOMES)
    by_week = {week: Counter({label: tally.value(name) for name, label in OUTCOMES}) for week, tally in figures.by_week.items()}
    office = {
        week: Counter(
            {
                OFFICE_SERIES[0]: tally.conversations - tally.outside_office_hours,
                OFFICE_SERIES[1]: tally.outside_office_hours,
            }
        )
        for week, tally in figures.by_week.items()
    }
    return {
        "outcomes": figures,
        "outcomes_total": bars_in_order(
            BarChart(
                "outcomes-total",
                "How conversations went",
                f"Conversations in the last {weeks} weeks with each outcome (one conversation can have several).",
                [],
                label_heading="Outcome",
            ),
            [(labels[name], figures.period.value(name)) for name, _ in OUTCOMES],
        ),
        "outcomes_by_week": column_chart(
            "outcomes-week",
            "How conversations went, week by week",
            f"Conversations each week for the last {weeks} weeks with each outcome, side by side "
            "(one conversation can have several).",
            figures.weeks,
            by_week,
            [label for _, label in OUTCOMES],
            stacked=False,
            totals={week: tally.conversations for week, tally in figures.by_week.items()},
            total_label="Conversations",
        ),
        "office_hours_by_week": column_chart(
            "office-hours-week",
            "Conversations in and outside office hours, week by week",
            f"Conversations each week for the last {weeks} weeks, split by whether they began in office hours "
            "(Monday to Friday, 9am to 5pm UK time).",
            figures.weeks,
            office,
            OFFICE_SERIES,
        ),
    }
