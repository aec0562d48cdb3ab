"""`python -m bot knowledge check|build`: validate the knowledge and generate NLU data from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from bot.answers.knowledge import (
    AREAS,
    KnowledgeError,
    Problems,
    Triage,
    article_paths,
    parse_article,
    word_count,
)
from bot.settings import KNOWLEDGE_DIR, PROJECT_DIR

TOPICS_FILE = PROJECT_DIR.parent / "shared" / "knowledge" / "topics.yml"
GENERATED_NLU = PROJECT_DIR / "data" / "nlu" / "generated_knowledge.yml"
MAX_ANSWER_WORDS = 90
MIN_QUESTIONS = 8
NLU_QUESTIONS_PER_ARTICLE = 12  # 18 measured no better on the held-out set and trains 20 s longer
# DIET sees an even spread of each route's crisis paraphrases, not all of them: with all 6,497 it
# trained for about 20 minutes (three in four of its examples were crises) and it never has the
# final word on an emergency anyway (bot/rasa/components.py: CrisisIntentClassifier decides).
NLU_CRISIS_PER_ROUTE = 150


def required_topics(path: Path = TOPICS_FILE) -> list[str]:
    """Topic ids from the brief; a copy sits in knowledge/ so a deployment need not have shared/."""
    local = KNOWLEDGE_DIR / "topics.yml"
    source = path if path.exists() else local
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return [t["id"] for t in data["topics"]]


def check(root: Path = KNOWLEDGE_DIR, today: dt.date | None = None) -> tuple[list[str], list[str]]:
    """(errors, overdue) for every article and the triage file. Errors block the build."""
    today = today or dt.date.today()
    problems = Problems()
    overdue: list[str] = []
    seen: dict[str, Path] = {}
    for path in article_paths(root):
        try:
            article = parse_article(path)
        except KnowledgeError as exc:
            problems.errors.append(str(exc))
            continue
        if article.id in seen:
            problems.add(path, f"duplicate id '{article.id}' (also in {seen[article.id]})")
        seen[article.id] = path
        if path.stem != article.id:
            problems.add(path, f"file name should be {article.id}.md")
        if article.area not in AREAS or path.parent.name != article.area or not article.id.startswith(article.area + "."):
            problems.add(path, f"area '{article.area}' must be one of {', '.join(AREAS)}, match the folder and the id")
        if not article.title:
            problems.add(path, "title is empty")
        if not article.answer:
            problems.add(path, "the Answer section is empty")
        elif word_count(article.answer) > MAX_ANSWER_WORDS:
            problems.add(path, f"the Answer has {word_count(article.answer)} words; keep it to {MAX_ANSWER_WORDS}")
        if not article.detail:
            problems.add(path, "the More detail section is empty")
        if not article.next_steps:
            problems.add(path, "Next steps needs at least one '- ' line")
        if not article.sources:
            problems.add(path, "needs at least one source")
        for source in article.sources:
            if not source.title:
                problems.add(path, f"a source has no title ({source.url})")
            if not source.url.startswith(("https://", "http://")):
                problems.add(path, f"source '{source.title}' needs a full URL, not '{source.url}'")
        if article.review_by <= article.reviewed:
            problems.add(path, "review_by must be after reviewed")
        if article.reviewed > today:
            problems.add(path, f"reviewed date {article.reviewed} is in the future")
        if len(set(q.lower() for q in article.questions)) < MIN_QUESTIONS:
            problems.add(path, f"needs at least {MIN_QUESTIONS} different example questions")
        if article.is_overdue(today):
            overdue.append(f"{article.id}: review was due {article.review_by}")
    for topic in required_topics():
        if topic not in seen:
            problems.add(root / "articles", f"required topic '{topic}' has no article")
    _check_triage(root, problems)
    _check_paraphrases(root, set(seen), problems)
    return problems.errors, overdue


def _check_paraphrases(root: Path, article_ids: set[str], problems: Problems) -> None:
    """Every paraphrase belongs to an article that exists (a renamed article would lose them)."""
    from bot.answers.retrieval import PARAPHRASES_FILE, article_paraphrases

    for article_id in sorted(set(article_paraphrases(root)) - article_ids):
        problems.add(root / PARAPHRASES_FILE, f"paraphrases for '{article_id}', which is not an article")


def _check_triage(root: Path, problems: Problems) -> None:
    from bot.answers.knowledge import load_triage

    path = root / "triage.yml"
    try:
        triage = load_triage(root)
    except (OSError, KeyError, yaml.YAMLError) as exc:
        problems.add(path, f"cannot be read ({exc})")
        return
    ids = [c.id for c in triage.handoff_cases]
    if len(ids) != len(set(ids)):
        problems.add(path, "handoff case ids must be unique")
    for case in triage.handoff_cases:
        if not case.first_step or len(case.examples) < MIN_QUESTIONS:
            problems.add(path, f"case '{case.id}' needs a first_step and {MIN_QUESTIONS}+ examples")
    check_emergencies(triage, path, problems)


MAX_EMERGENCY_WORDS = 60
CRISIS_LINES = ("116 123", "85258")  # Samaritans, Shout


def check_emergencies(triage: Triage, path: Path, problems: Problems) -> None:
    """One message per crisis route, short, naming 999; suicide's naming a crisis line too."""
    from bot.answers.crisis import ROUTES

    messages = {e.id: e.message for e in triage.emergencies}
    missing, unknown = set(ROUTES) - set(messages), set(messages) - set(ROUTES)
    if missing:
        problems.add(path, f"emergencies missing: {', '.join(sorted(missing))}")
    if unknown:
        problems.add(path, f"emergencies not known to bot/answers/crisis/routes.py: {', '.join(sorted(unknown))}")
    for route, message in messages.items():
        if "999" not in message:
            problems.add(path, f"emergency '{route}' must tell people to call 999 when in danger")
        if word_count(message) > MAX_EMERGENCY_WORDS:
            problems.add(path, f"emergency '{route}' is longer than {MAX_EMERGENCY_WORDS} words")
    for emergency in triage.emergencies:
        if emergency.id != "immediate_danger" and not emergency.also:
            problems.add(path, f"emergency '{emergency.id}' needs an `also` line (said when another route comes first)")
        for after, line in emergency.also_after.items():
            if after not in ROUTES or after == emergency.id:
                problems.add(path, f"emergency '{emergency.id}': `also_after` names '{after}', not another route")
            if word_count(line) > MAX_EMERGENCY_WORDS:
                problems.add(
                    path, f"emergency '{emergency.id}': its line after '{after}' is longer than {MAX_EMERGENCY_WORDS} words"
                )
    if not all(line in messages.get("suicide_self_harm", "") for line in CRISIS_LINES):
        problems.add(path, "emergency 'suicide_self_harm' must name Samaritans (116 123) and Shout (85258)")


def _spread(items: tuple[str, ...], limit: int) -> list[str]:
    """At most `limit` items taken evenly through the list, so every writer's block is represented
    (the examples file grows by appending one helper's batch after another)."""
    if len(items) <= limit:
        return list(items)
    return [items[i * len(items) // limit] for i in range(limit)]


def build_nlu(root: Path = KNOWLEDGE_DIR, out: Path = GENERATED_NLU) -> int:
    """Write ask_question examples (articles, triage) and inform_location ones (gazetteer)."""
    from bot.answers.crisis import load_examples
    from bot.answers.knowledge import load_articles, load_triage

    # DIET only has to tell a question from a greeting, a location or a "yes"; which article it is
    # about is the answerer's job (trained on every question). A sample per article keeps the
    # Rasa model quick to train.
    examples: list[str] = []
    for article in load_articles(root).values():
        spread = article.questions[::2] + article.questions[1::2]  # every other one first: varied wording
        examples += spread[:NLU_QUESTIONS_PER_ARTICLE]
    triage = load_triage(root)
    for case in triage.handoff_cases:
        examples += case.examples
    unique = list(dict.fromkeys(" ".join(e.split()) for e in examples))
    places = location_examples(root)
    # DIET learns the crisis paraphrases too, so it never reads "he isn't breathing" as "no"; the
    # crisis component in the pipeline has the final word either way.
    crisis = list(
        dict.fromkeys(
            " ".join(e.split()) for items in load_examples(root).by_route.values() for e in _spread(items, NLU_CRISIS_PER_ROUTE)
        )
    )

    def block(items: list[str]) -> str:
        return "\n".join(f"    - {_nlu_safe(e)}" for e in items)

    text = (
        "# GENERATED by `python -m bot knowledge build` from knowledge/: do not edit, edit the articles\n"
        "# (questions) and the gazetteer (places.csv, local_authorities.csv).\n"
        f'version: "3.1"\nnlu:\n- intent: ask_question\n  examples: |\n{block(unique)}\n'
        f"- intent: inform_location\n  examples: |\n{block(places)}\n"
        f"- intent: emergency\n  examples: |\n{block(crisis)}\n"
    )
    # Written only when it changes: `make` retrains Rasa (about 12 minutes) when this file is newer
    # than the model, and most edits to its sources (the crisis patterns, say) leave it as it was.
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.write_text(text, encoding="utf-8")
    return len(unique) + len(places) + len(crisis)


LOCATION_TEMPLATES = (
    "{}",
    "we're in {}",
    "we are based in {}",
    "our group is in {}",
    "i live in {}",
    "near {}",
    "{} area",
    "it's {}",
    "we meet in {}",
    "in {}",
    "we're a small group in {}",
    "{} please",
)


def location_examples(root: Path = KNOWLEDGE_DIR, count: int = 160) -> list[str]:
    """Ways of saying where you are, from the gazetteer, so place names read as locations."""
    import csv
    import random

    names: list[str] = []
    with (root / "places.csv").open(newline="", encoding="utf-8") as f:
        names += [row["name"].split(" (")[0] for row in csv.DictReader(f)]
    with (root / "local_authorities.csv").open(newline="", encoding="utf-8") as f:
        names += [row["name"] for row in csv.DictReader(f) if "," not in row["name"]]
    rng = random.Random(2026)
    picks = rng.sample(names, min(count, len(names)))
    return [
        LOCATION_TEMPLATES[i % len(LOCATION_TEMPLATES)].format(name if i % 3 else name.lower()) for i, name in enumerate(picks)
    ]


def _nlu_safe(text: str) -> str:
    # Square and round brackets would be read as entity annotations by Rasa's Markdown-ish format.
    return text.replace("[", "(").replace("]", ")")
