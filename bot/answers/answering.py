"""Deciding what to say to a free-text question, and saying it with a payload the widget can read.

Order matters and is fixed: a crisis is signposted first, always (`bot.answers.crisis`); then a case the assistant
should not settle alone gets a safe first step and an offer of the local LIO; then an article if
one fits clearly; two close articles get a choice; nothing fitting gets an honest "I don't know".
The Rasa action only passes the text in and sends the messages out, so the benchmark measures
exactly what users get.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from bot.answers import crisis
from bot.answers.knowledge import Article, load_articles, load_triage
from bot.answers.representations import DEFAULT_REPRESENTATION
from bot.answers.retrieval import Reading, Retriever
from bot.vocabulary import PayloadKind, ReplyKind

# Thresholds on the classifiers' probabilities, chosen by cross-validation on the training data
# (`python -m bot thresholds`), never on the held-out sets. The rule: fewest errors, where an article
# given to a question from another subject (wrong advice) costs twice an honest "I don't know", and a
# situation given an article costs the same as a general question handed to a person.
GATES = {  # representation: (needs a person from, in scope from), each from its own cross-validation
    "ngrams": (0.45, 0.55),
    "both": (0.40, 0.55),
    "embeddings": (0.45, 0.60),
}
NEEDS_PERSON_MIN, IN_SCOPE_MIN = GATES[DEFAULT_REPRESENTATION]  # a situation for a person; our subject at all
PERSON_SCOPE_MIN = 0.2  # a situation goes to a person unless plainly not about a group (my own tenancy, my boss)
ANSWER_MIN = 0.10  # below this the best article is a guess: say so instead
CLARIFY_RATIO = 0.6  # second article at least this share of the first ...
CLARIFY_BELOW = 0.30  # ... while the first is not itself convincing: ask which one
BARE_REPLY_MAX_WORDS = 3  # "no thanks", "yes please": a reply, not a question to answer
AFTER_CRISIS_MIN = 0.5  # an article said after crisis signposting must be this sure
RELATED_ARTICLE_MIN = 0.5  # an article named beside the offer of a person must be this sure

YES_NO_BUTTONS = [
    {"title": "Yes, please", "payload": "/affirm"},
    {"title": "No, thanks", "payload": "/deny"},
]


@dataclass
class Message:
    text: str
    payload: dict[str, Any] | None = None
    buttons: list[dict[str, str]] | None = None


@dataclass
class Reply:
    kind: ReplyKind
    messages: list[Message] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    handoff_offered: bool = False
    case: str | None = None  # the handoff case or, for an emergency, the crisis route
    confidence: float = 0.0  # the article's probability, for an answer


def _date(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


TELL_ME_MORE = "Tell me more"


def tell_me_more_button(article_id: str) -> dict[str, str]:
    """The button under every answer that brings the rest of its article (the short answer is
    kept chat-sized; the detail and next steps are one press away, never hidden)."""
    return {"title": TELL_ME_MORE, "payload": f'/tell_me_more{{"article":"{article_id}"}}'}


HELPED = "Yes, it helped"
NOT_HELPED = "No, it didn't"


def feedback_buttons(article_id: str) -> list[dict[str, str]]:
    """ "Did this help?" under every answer from an article (and its "Tell me more"): the article
    travels in the payload, as with "Tell me more", so the rating is about what the person read.
    The widget shows them under that question; a text channel shows the titles, which say it."""
    return [
        {"title": HELPED, "payload": f'/feedback_helped{{"article":"{article_id}"}}'},
        {"title": NOT_HELPED, "payload": f'/feedback_not_helped{{"article":"{article_id}"}}'},
    ]


def without_feedback_buttons(reply: Reply) -> Reply:
    """The reply without "Did this help?": for an answer given in the middle of the handoff form,
    where the next message is the form's (a pressed button would be taken as the answer to it)."""
    feedback = {b["payload"] for b in feedback_buttons(reply.articles[0])} if reply.articles else set()
    for message in reply.messages:
        if message.buttons:
            message.buttons = [b for b in message.buttons if b["payload"] not in feedback]
    return reply


def more_detail(article_id: str) -> Reply:
    """The article's "More detail" and "Next steps" sections, for "Tell me more"."""
    article = load_articles()[article_id]
    steps = "\n".join(f"- {step}" for step in article.next_steps)
    text = f"More on {article.title}:\n\n{article.detail}\n\nNext steps:\n{steps}"
    payload = {"kind": PayloadKind.MORE_DETAIL, "article": article.id, "title": article.title}
    message = Message(text=text, payload=payload, buttons=feedback_buttons(article.id))
    return Reply(kind=ReplyKind.ANSWER, messages=[message], articles=[article.id])


def feedback_thanks(article_id: str) -> Reply:
    """What "Yes, it helped" gets: a short thanks and the way on."""
    return Reply(
        kind=ReplyKind.ANSWER,
        messages=[
            Message(
                text="Thank you, I'm glad that helped. Is there anything else I can help with?",
                payload={"kind": PayloadKind.FEEDBACK_THANKS, "article": article_id},
            )
        ],
        articles=[article_id],
    )


def not_helped_offer(article_id: str | None) -> Reply:
    """What "No, it didn't" gets: sorry, and the offer of the local LIO, as a handoff offer (the
    same yes/no buttons and the same rules take a "yes" to the LIO finder and the handoff form)."""
    payload: dict[str, Any] = {"kind": ReplyKind.HANDOFF_OFFER, "reason": "not_helped"}
    if article_id:
        payload["article"] = article_id
    return Reply(
        kind=ReplyKind.HANDOFF_OFFER,
        messages=[
            Message(
                text=(
                    "I'm sorry that didn't help. Every group's situation is different, and people at your local "
                    "support organisation (such as your CVS) can talk it through with you. Would you like me to "
                    "put you in touch with them? Or you can ask your question another way."
                ),
                payload=payload,
                buttons=YES_NO_BUTTONS,
            )
        ],
        articles=[article_id] if article_id else [],
        handoff_offered=True,
    )


def article_messages(article: Article, today: dt.date | None = None) -> list[Message]:
    """The answer with its sources, review date, "Tell me more" and "Did this help?"; past
    review_by, a warning and the LIO offer."""
    sources = [{"title": s.title, "url": s.url} for s in article.sources]
    source_lines = "\n".join(f"Source: {s.title} – {s.url}" for s in article.sources[:2])
    text = f"{article.answer}\n\n{source_lines}\nLast reviewed: {_date(article.reviewed)}"
    payload = {
        "kind": ReplyKind.ANSWER,
        "article": article.id,
        "title": article.title,
        "sources": sources,
        "reviewed": article.reviewed.isoformat(),
    }
    messages = [Message(text=text, payload=payload, buttons=[tell_me_more_button(article.id), *feedback_buttons(article.id)])]
    if article.is_overdue(today):
        messages.append(
            Message(
                text=(
                    f"Please note: this guidance was last checked on {_date(article.reviewed)} and is due "
                    "for review, so some details may have changed. Would you like me to put you in touch "
                    "with your local support organisation to check?"
                ),
                payload={"kind": ReplyKind.HANDOFF_OFFER, "reason": "review_overdue", "article": article.id},
                buttons=YES_NO_BUTTONS,
            )
        )
    return messages


def answer_article(article_id: str, today: dt.date | None = None) -> Reply:
    article = load_articles()[article_id]
    messages = article_messages(article, today)
    return Reply(kind=ReplyKind.ANSWER, messages=messages, articles=[article_id], handoff_offered=len(messages) > 1)


MAX_ALSO_LINES = 2  # the signposting stays short: at most this many lines for other routes


def emergency_reply(route: str, also: tuple[str, ...] = ()) -> Reply:
    """The signposting for a crisis route, alone: someone in crisis needs the numbers, not an
    article as well (they can ask their question again once they are safe). When the message may
    well be another route too (a partner's threats or suicide? a child or a worker?), one line of
    that route's help follows, so the right number is there either way. A line said only after this route's
    message (`also_after`: the position-of-trust procedure after adult social care's) names no number, so the
    routes with a number come first when there are more lines than room."""
    emergencies = {e.id: e for e in load_triage().emergencies}
    lines = [r for r in also if r != route and emergencies.get(r) and emergencies[r].also_line(route)]
    others = sorted(lines, key=lambda r: route in emergencies[r].also_after)[:MAX_ALSO_LINES]
    text = "\n\n".join([emergencies[route].message, *(emergencies[r].also_line(route) for r in others)])
    return Reply(
        kind=ReplyKind.EMERGENCY,
        messages=[Message(text=text, payload={"kind": ReplyKind.EMERGENCY, "type": route, "also": others})],
        case=route,
    )


def _handoff_reply(case_id: str, related: str | None = None) -> Reply:
    """The case's first safe step and the offer of the local LIO; when the situation also touches an
    article's topic (`related`), that article is named as the general rules to read meanwhile."""
    case = {c.id: c for c in load_triage().handoff_cases}[case_id]
    parts = [case.first_step]
    payload: dict[str, Any] = {"kind": ReplyKind.HANDOFF_OFFER, "case": case_id}
    if related:
        article = load_articles()[related]
        parts.append(f"The general rules are in the guidance on “{article.title}”: {article.sources[0].url}")
        payload["related_article"] = related
    parts.append(
        "This is something to talk through with a person who knows your situation. "
        "Would you like me to put you in touch with your local support organisation (such as your CVS)?"
    )
    return Reply(
        kind=ReplyKind.HANDOFF_OFFER,
        messages=[Message(text="\n\n".join(parts), payload=payload, buttons=YES_NO_BUTTONS)],
        handoff_offered=True,
        case=case_id,
    )


def _clarify_reply(options: list[str]) -> Reply:
    articles = load_articles()
    buttons = [{"title": articles[a].title, "payload": f'/choose_article{{"article":"{a}"}}'} for a in options]
    return Reply(
        kind=ReplyKind.CLARIFY,
        messages=[
            Message(
                text="I have guidance on a couple of things that sound close. Which one did you mean?",
                payload={"kind": ReplyKind.CLARIFY, "options": options},
                buttons=buttons,
            )
        ],
        articles=options,
    )


_ORDINALS = {  # "one"/"two" only after "number" or "option": "the licences one" names no position
    0: r"1|1st|first|top|upper|(number|option|no) one",
    1: r"2|2nd|second|(number|option|no) two",
    2: r"3|3rd|third|(number|option|no) three",
}
_BARE = {"one": 0, "two": 1, "three": 2}
_LAST = r"last|bottom|lower|final"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def pick_option(text: str, options: list[str], by_title: bool = True) -> str | None:
    """The option someone means when they type their choice instead of pressing a button:
    "the first one", "2", "the last one", or (with `by_title`) words of just one option's title."""
    words = _words(text)
    if not words or not options:
        return None
    said = " ".join(words)
    if said in _BARE and _BARE[said] < len(options):
        return options[_BARE[said]]
    for index, pattern in _ORDINALS.items():
        if index < len(options) and re.search(rf"\b({pattern})\b", said):
            return options[index]
    if re.search(rf"\b({_LAST})\b", said):
        return options[-1]
    if not by_title:
        return None
    articles = load_articles()
    meaningful = {w for w in words if len(w) > 3}
    overlaps = [len(meaningful & set(_words(articles[o].title))) if o in articles else 0 for o in options]
    best = max(overlaps)
    if best and overlaps.count(best) == 1:
        return options[overlaps.index(best)]
    return None


def _fallback_reply() -> Reply:
    return Reply(
        kind=ReplyKind.FALLBACK,
        messages=[
            Message(
                text=(
                    "Sorry, I don't have checked guidance on that, and I'd rather not guess. "
                    "I can help with running a community group or small charity in England: governance, "
                    "funding and volunteering. Your local support organisation may be able to help with "
                    "this. Would you like me to find them for you?"
                ),
                payload={"kind": ReplyKind.FALLBACK},
                buttons=YES_NO_BUTTONS,
            )
        ],
        handoff_offered=True,
    )


def respond(
    text: str,
    retriever: Retriever,
    detector: crisis.CrisisDetector,
    today: dt.date | None = None,
) -> Reply:
    """What the assistant says to one free-text message.

    DIET's intent is deliberately not consulted: on the held-out set, letting a confident
    "out_of_scope" raise the bar lost right answers and stopped no wrong ones (measured with
    `make bench`); the answerer's own out-of-scope class does that job.
    """
    detection = detector.detect(text)  # as the NLU pipeline does; the bench and the tests call respond() directly
    if detection.route:
        return emergency_reply(detection.route, detection.also)
    return answer(text, retriever, today)


def after_crisis(text: str, retriever: Retriever) -> Reply | None:
    """What else the message asked, said after the crisis signposting, when the answerer is sure:
    "how do we claim Gift Aid? also a child told me her dad hits her" gets the Gift Aid answer
    too, and a situation that needs a person ("she's taking legal action") still gets the offer of
    the local LIO. Nothing when unsure: a person in crisis needs the numbers, not a guess."""
    reply = answer(text, retriever)
    if reply.kind == ReplyKind.HANDOFF_OFFER or (reply.kind == ReplyKind.ANSWER and reply.confidence >= AFTER_CRISIS_MIN):
        return reply
    return None


def answer(text: str, retriever: Retriever, today: dt.date | None = None) -> Reply:
    """The answerer proper, its three decisions in order: a situation for a person (with its first
    safe step), then not our subject (the honest fallback), then which article (or a choice of two,
    or "I don't know" when none fits clearly). The crisis check comes before it: `respond` makes it,
    or the action server takes the NLU pipeline's."""
    reading = retriever.read(text)
    articles = reading.articles
    way = way_for(reading, *GATES[retriever.representation])
    if way == "person":
        related = articles[0].label if articles[0].probability >= RELATED_ARTICLE_MIN else None
        return _handoff_reply(reading.case.label, related)
    if way == "fallback":
        return _fallback_reply()
    best = articles[0]
    second = articles[1] if len(articles) > 1 else None
    if second and best.probability < CLARIFY_BELOW and second.probability >= CLARIFY_RATIO * best.probability:
        return _clarify_reply([best.label, second.label])
    reply = answer_article(best.label, today)
    reply.confidence = best.probability
    return reply


def way_for(reading: Reading, needs_person_min: float = NEEDS_PERSON_MIN, in_scope_min: float = IN_SCOPE_MIN) -> str:
    """Which way a question goes after the three decisions: "person" (a situation to hand over),
    "fallback" (not our subject, or no article fits clearly) or "article". The threshold
    cross-validation (`bot.tooling.thresholds`) calls this with other thresholds."""
    if reading.needs_person >= needs_person_min and reading.in_scope >= PERSON_SCOPE_MIN:
        return "person"
    if not reading.articles or reading.in_scope < in_scope_min or reading.articles[0].probability < ANSWER_MIN:
        return "fallback"
    return "article"
