"""Curated knowledge: articles (Markdown + YAML front matter) and the triage file.

The files under ``knowledge/`` are the single source for what the assistant says and for the NLU
examples generated from them, so this module is the only place that parses them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.settings import KNOWLEDGE_DIR

AREAS = ("governance", "funding", "volunteering", "general")
SECTIONS = {"answer": "Answer", "detail": "More detail", "next_steps": "Next steps"}
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.DOTALL)
_HEADING = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)


class KnowledgeError(ValueError):
    """A knowledge file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    area: str
    answer: str
    detail: str
    next_steps: tuple[str, ...]
    sources: tuple[Source, ...]
    reviewed: dt.date
    review_by: dt.date
    questions: tuple[str, ...]
    path: Path

    def is_overdue(self, today: dt.date | None = None) -> bool:
        return (today or dt.date.today()) > self.review_by


@dataclass(frozen=True)
class HandoffCase:
    id: str
    title: str
    first_step: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Emergency:
    id: str
    message: str
    examples: tuple[str, ...]
    also: str = ""  # one line added after another route's message when this route is likely too
    # the line said instead after a given route's message, where the general one would not fit (the LADO
    # hears of people working with children; after adult social care's message it is the position-of-trust line)
    also_after: dict[str, str] = field(default_factory=dict)

    def also_line(self, after: str) -> str:
        """This route's one line, said after `after`'s message."""
        return self.also_after.get(after, self.also)


@dataclass(frozen=True)
class Triage:
    handoff_cases: tuple[HandoffCase, ...]
    emergencies: tuple[Emergency, ...]


@dataclass
class Problems:
    """Collects every problem instead of stopping at the first, so an editor can fix them all."""

    errors: list[str] = field(default_factory=list)

    def add(self, where: Path | str, message: str) -> None:
        self.errors.append(f"{where}: {message}")


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _split_sections(body: str) -> dict[str, str]:
    parts = _HEADING.split(body)
    # parts = [preamble, heading1, text1, heading2, text2, ...]
    return {parts[i].strip().lower(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}


def parse_article(path: Path) -> Article:
    """Parse one article file; raises KnowledgeError naming the first structural problem."""
    text = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(text)
    if not match:
        raise KnowledgeError(f"{path}: must start with YAML front matter between '---' lines")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: front matter is not valid YAML ({exc})") from exc
    sections = _split_sections(match.group(2))
    missing = [title for title in SECTIONS.values() if title.lower() not in sections]
    if missing:
        raise KnowledgeError(f"{path}: missing section(s) {', '.join('## ' + m for m in missing)}")
    for key in ("id", "title", "area", "reviewed", "review_by", "sources", "questions"):
        if key not in meta:
            raise KnowledgeError(f"{path}: front matter lacks '{key}'")
    try:
        reviewed, review_by = _as_date(meta["reviewed"]), _as_date(meta["review_by"])
    except ValueError as exc:
        raise KnowledgeError(f"{path}: dates must be YYYY-MM-DD ({exc})") from exc
    steps = tuple(
        line.lstrip("-* ").strip() for line in sections["next steps"].splitlines() if line.strip().startswith(("-", "*"))
    )
    sources = tuple(
        Source(title=str(s.get("title", "")).strip(), url=str(s.get("url", "")).strip())
        for s in (meta.get("sources") or [])
        if isinstance(s, dict)
    )
    return Article(
        id=str(meta["id"]).strip(),
        title=str(meta["title"]).strip(),
        area=str(meta["area"]).strip(),
        answer=" ".join(sections["answer"].split()),
        detail=sections["more detail"],
        next_steps=steps,
        sources=sources,
        reviewed=reviewed,
        review_by=review_by,
        questions=tuple(str(q).strip() for q in (meta.get("questions") or []) if str(q).strip()),
        path=path,
    )


def article_paths(root: Path = KNOWLEDGE_DIR) -> list[Path]:
    return sorted((root / "articles").glob("*/*.md"))


@lru_cache(maxsize=4)
def load_articles(root: Path = KNOWLEDGE_DIR) -> dict[str, Article]:
    """All articles by id. Cached: the knowledge is read once per process."""
    articles: dict[str, Article] = {}
    for path in article_paths(root):
        article = parse_article(path)
        if article.id in articles:
            raise KnowledgeError(f"{path}: duplicate id {article.id} (also {articles[article.id].path})")
        articles[article.id] = article
    return articles


@lru_cache(maxsize=4)
def load_triage(root: Path = KNOWLEDGE_DIR) -> Triage:
    data = yaml.safe_load((root / "triage.yml").read_text(encoding="utf-8")) or {}
    cases = tuple(
        HandoffCase(
            id=str(c["id"]),
            title=str(c["title"]).strip(),
            first_step=" ".join(str(c["first_step"]).split()),
            examples=tuple(str(e) for e in c.get("examples") or []),
        )
        for c in data.get("handoff_cases") or []
    )
    emergencies = tuple(
        Emergency(
            id=str(e["id"]),
            message=" ".join(str(e["message"]).split()),
            examples=tuple(str(x) for x in e.get("examples") or []),
            also=" ".join(str(e.get("also") or "").split()),
            also_after={str(k): " ".join(str(v).split()) for k, v in (e.get("also_after") or {}).items()},
        )
        for e in data.get("emergencies") or []
    )
    return Triage(handoff_cases=cases, emergencies=emergencies)


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))
