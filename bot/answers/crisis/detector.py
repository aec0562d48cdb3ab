"""The detector: patterns and classifier together, deciding whether a message is a crisis and which
route's help comes first. The thresholds on the classifier's probability live in `thresholds`
(`limits`), chosen on the development sets and never on the benchmark.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from bot.answers.model_cache import load_or_fit
from bot.settings import KNOWLEDGE_DIR

from . import languages
from . import thresholds as limits
from .adults import CARED_FOR
from .children import FGM, MISSING_CHILD
from .classifier import CrisisClassifier, features, training_set
from .fragments import AGED_UNDER_18, CHILD
from .immediate import DANGER_NOW, EMERGENCY_NOW, NEAR_DANGER
from .normalising import normalise
from .patterns import STRONG_ROUTES, other_language_hits, pattern_hits, pattern_route, safeguarding_overlap
from .reading import CHANGE_OF_SUBJECT, IDIOMS, JOKING, NOT_JOKING, is_planning, word_count
from .routes import ROUTES


@dataclass(frozen=True)
class Detection:
    """What the detector decided, and which net caught it (for the benchmark's "which catches what")."""

    route: str | None
    pattern: str | None
    classifier: str | None
    probability: float
    planning: bool
    also: tuple[str, ...] = ()  # other routes the message may well be (signposted in a line too)

    @property
    def fired(self) -> bool:
        return self.route is not None


class CrisisDetector:
    def __init__(self, classifier: CrisisClassifier) -> None:
        self.classifier = classifier

    def detect_set(self, texts: list[str]) -> list[Detection]:
        """`detect` on each of an evaluation set's texts, their sentences encoded in batches first."""
        self.classifier.encode_ahead([features(normalise(t), text=t) for t in texts])
        return [self.detect(t) for t in texts]

    def detect(self, text: str) -> Detection:
        """Fire on a strong pattern (suicide, immediate danger, a missing child), on a weaker one
        the classifier does not rule out, or on the classifier alone when it is confident; in a
        message that only plans or looks back, the classifier must agree, and in one that jokes
        ("lol"), agree a little (people in crisis laugh it off too)."""
        norm = normalise(text)
        if not norm:
            return Detection(None, None, None, 0.0, False)
        literal = IDIOMS.sub(" ", norm)
        foreign = other_language_hits(literal)
        hits = pattern_hits(literal, foreign)
        by_pattern = pattern_route(hits)
        looks_back = is_planning(norm, text)
        crisis_p, route_probs = self.classifier.predict(features(norm, hits, looks_back))
        news = CHANGE_OF_SUBJECT.split(norm)[-1].strip()
        if news != norm and word_count(news) >= limits.CLASSIFIER_MIN_WORDS:
            # "Quick question about raffles. Also, I've been saving up my meds": what follows the
            # change of subject is read on its own too, and the surer reading counts.
            news_p, news_routes = self.classifier.predict(features(news, pattern_hits(IDIOMS.sub(" ", news))))
            if news_p > crisis_p:
                crisis_p, route_probs = news_p, news_routes
        by_classifier = max(route_probs, key=route_probs.__getitem__)
        joking = (bool(JOKING.search(norm)) and not NOT_JOKING.search(norm)) or literal != norm
        planning = looks_back or joking
        # A crisis phrase in another language fires whatever the classifier says: the classifier
        # reads English and gives such a message next to nothing (the twenty-second benchmark:
        # "mum can't breathe" in Thai, 0.02), while not one of the development and training sets'
        # 30,000 calm texts, hundreds of them in other languages, holds a phrase (pattern-diff).
        strong = (
            (bool(set(hits) & set(STRONG_ROUTES)) or bool(MISSING_CHILD.search(literal)))
            and crisis_p >= limits.STRONG_PATTERN_MIN
        ) or bool(foreign)
        if looks_back:
            fired = crisis_p >= limits.PLANNING_CLASSIFIER_MIN if hits else crisis_p >= limits.PLANNING_ALONE_MIN
        elif joking:
            fired = crisis_p >= limits.WEAK_PATTERN_CLASSIFIER_MIN if hits else crisis_p >= limits.PLANNING_ALONE_MIN
        else:
            alone = crisis_p >= limits.alone_min(word_count(norm))
            fired = strong or (bool(hits) and crisis_p >= limits.WEAK_PATTERN_CLASSIFIER_MIN) or alone
        route: str | None = None
        if fired:
            if "suicide_self_harm" in hits:  # its message names the crisis lines and leads with 999
                route = "suicide_self_harm"
            elif foreign and set(hits) <= set(foreign) and by_classifier not in foreign:
                # The classifier reads English: in a message wholly in another language its route is a guess, the
                # phrase's is not (the seventy-second benchmark, session 51: a threat to kill told in Ukrainian given
                # to the LADO, forced work without pay in Arabic to adult social care).
                route = pattern_route(foreign)
            elif crisis_p >= limits.CLASSIFIER_MIN or not hits:
                route = by_classifier
            else:
                route = by_pattern
        if route == "suicide_self_harm" and "suicide_self_harm" not in hits and FGM.search(literal):
            route = "child_concern"  # "she'll be cut this summer" is FGM feared, not self-harm (the sixty-ninth benchmark)
        if _emergency_first(route, hits, literal, looks_back):
            route = "immediate_danger"  # the route's own help follows in a line (`also`)
        if route == "allegation_against_worker" and CARED_FOR.search(norm) and not CHILD.search(norm):
            # The LADO hears of people who work with children; a worker or volunteer harming a care home's
            # resident or a disabled adult is adult social care's (the thirty-fifth benchmark, session 32).
            route = "adult_at_risk"
        elif (
            route == "adult_at_risk"
            and "allegation_against_worker" in hits
            and AGED_UNDER_18.search(norm)
            and not CARED_FOR.search(norm)
        ):
            # ... and one grooming a 16-year-old volunteer at a hospice shop is the LADO's, whatever the shop (the
            # seventy-fourth benchmark, read again in session 53 as crisis_dev78)
            route = "allegation_against_worker"
        overlap = safeguarding_overlap(norm, route)
        also = tuple(
            r
            for r in ROUTES
            if route and r != route and (r in hits or r in overlap or route_probs.get(r, 0.0) >= limits.ALSO_MIN)
        )
        return Detection(
            route=route,
            pattern=by_pattern,
            classifier=by_classifier if crisis_p >= limits.CLASSIFIER_MIN else None,
            probability=crisis_p,
            planning=planning,
            also=also,
        )


_HELP_AFTER_999 = ("child_concern", "adult_at_risk", "domestic_abuse", "suicide_self_harm")


def _emergency_first(route: str | None, hits: list[str], literal: str, looks_back: bool) -> bool:
    """Whether a route whose own help is a phone line or a council team needs 999 first, its help following
    in a line (`also`: the route the patterns hit, or the classifier's). The one place for it, so that every
    route asks the same three things:
    - danger now in the words (`EMERGENCY_NOW`): a man on the railway line the classifier reads as suicidal,
      someone hitting her right now (the sixty-sixth to seventy-second benchmarks);
    - a suicidal message the patterns read, with a body in danger now ("looks like hes od'd, foam at his
      mouth": the seventy-third benchmark, session 51); the classifier's suicidal reading alone leads with
      999 in its own reply already;
    - a child missing near water, a drop or traffic ("boy missing up at the quarry": the seventieth benchmark),
      unless the message looks back. (Someone with dementia lost near such a place is in `EMERGENCY_NOW`
      itself, unless found since: the missing child pattern already leaves a child found.)
    """
    if route not in _HELP_AFTER_999:
        return False
    if EMERGENCY_NOW.search(literal):
        return True
    if route == "suicide_self_harm":
        return "suicide_self_harm" in hits and bool(DANGER_NOW.search(literal))
    return route == "child_concern" and bool(MISSING_CHILD.search(literal) and NEAR_DANGER.search(literal)) and not looks_back


def _digest(texts: list[str], labels: list[str]) -> str:
    """Names the saved classifier after everything it depends on, this package's patterns and the
    other languages' phrases included (they are features), so any change refits it; not the
    thresholds, which are applied to its probabilities after it has spoken."""
    package = Path(__file__).parent
    modules = sorted(path for path in package.glob("*.py") if path.name != "thresholds.py")
    sources = (*modules, languages.PHRASES_FILE)
    code = hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()
    return hashlib.sha256(json.dumps([texts, labels, code]).encode()).hexdigest()[:16]


def load_detector(root: Path = KNOWLEDGE_DIR) -> CrisisDetector:
    """The detector for the knowledge in `root`, its classifier fitted once and kept in models/
    under a name derived from what it was fitted on (`make` fits it before the servers start).
    A process loads it once (`bot.services.Services`)."""
    texts, labels = training_set(root)
    return CrisisDetector(load_or_fit("crisis", _digest(texts, labels), lambda: CrisisClassifier(texts, labels)))
