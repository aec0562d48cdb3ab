"""Showing stored values the way LIO staff read them: UK local times and topic names, not ids.

The database keeps UTC; staff in England think in UK time, including summer time.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from bot.records.working_time import LONDON, to_london  # UK time is defined once, there

AREAS = {
    "funding": "Funding",
    "governance": "Running the group",
    "volunteering": "Volunteering",
    "general": "General",
}


def format_datetime(value: dt.datetime | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    local = to_london(value)
    return f"{local.day} {local:%b %Y}, {local:%H:%M}"


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_london(value).date()
    return f"{value.day} {value:%b %Y}"


def format_duration(hours: float | None) -> str:
    """Elapsed time the way people say it: "40 minutes", "5 hours 20 minutes", "2 days 3 hours"."""
    if hours is None:
        return "–"
    minutes = round(hours * 60)

    def unit(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    if minutes < 60:
        return unit(minutes, "minute")
    if minutes < 24 * 60:
        h, m = divmod(minutes, 60)
        return unit(h, "hour") + (f" {unit(m, 'minute')}" if m else "")
    d, rest = divmod(minutes, 24 * 60)
    h = round(rest / 60)
    if h == 24:
        d, h = d + 1, 0
    return unit(d, "day") + (f" {unit(h, 'hour')}" if h else "")


def format_share(share: float | None) -> str:
    """A share (0 to 1) as a whole percentage; a dash when there is nothing to share out."""
    return "–" if share is None else f"{round(100 * share)}%"


def london_date(value: dt.datetime) -> dt.date:
    return to_london(value).date()


def london_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of a UK calendar day as naive UTC, to compare with stored times."""
    local = dt.datetime(day.year, day.month, day.day, tzinfo=LONDON)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """Article and case titles from the knowledge base; empty if it cannot be read."""
    try:
        from bot.answers.knowledge import load_articles, load_triage

        articles = {a.id: a.title for a in load_articles().values()}
        cases = {c.id: c.title for c in load_triage().handoff_cases}
    except Exception:  # the staff app must work even if the knowledge files are being edited
        return {}, {}
    return articles, cases


def topic_label(topic: str | None) -> str:
    """'funding.gift_aid' -> 'Claiming Gift Aid'; 'case:fraud_theft' -> 'Suspected fraud or theft'."""
    if not topic:
        return ""
    articles, cases = _names()
    if topic.startswith("case:"):
        return cases.get(topic[5:], topic[5:].replace("_", " ").capitalize())
    return articles.get(topic, topic)


def area_label(article_id: str | None) -> str:
    """The broad subject an article belongs to ('funding.gift_aid' -> 'Funding')."""
    area = (article_id or "").split(".", 1)[0]
    return AREAS.get(area, area.capitalize() or "Other")
