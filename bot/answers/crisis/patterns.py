"""The patterns' verdict on a message: every route they hit (in English and, from
`languages`, in other languages), the route they alone would give, and the routes a crisis also
belongs to by who is in it.
"""

from __future__ import annotations

import re

from . import languages
from .adults import (
    ADULT,
    ADULT_HARM,
    CARE_FAILING,
    CARE_NEEDS,
    CUCKOOED,
    HOME_UNFIT,
    MONEY_TAKEN,
    SCAM_UNDER_WAY,
    SELF_NEGLECT,
)
from .children import CHILD_HARM, FGM, MISSING_CHILD
from .domestic import DOMESTIC, PARTNER, RELATIVE
from .fragments import CHILD
from .immediate import IMMEDIATE, TAKEN_SOMETHING
from .normalising import normalise
from .routes import ROUTES
from .slavery import EXPLOITED, SLAVERY
from .suicide import SUICIDE
from .workers import (
    ALLEGATION,
    ALLEGATION_MADE,
    DBS_CHECK_BACK,
    OFFENDER,
    PAID_CARE,
    STILL_THERE_AFTER_ARREST,
    TOLD_BY_THE_CHILD,
    WORKER,
)

_ROUTE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("suicide_self_harm", SUICIDE),
    ("immediate_danger", IMMEDIATE),
    ("child_concern", MISSING_CHILD),
    ("domestic_abuse", DOMESTIC),
    ("modern_slavery", SLAVERY),
)


# The same crises told in other languages (`languages`, from knowledge/crisis_phrases.yml).
_OTHER_LANGUAGES = languages.PhraseMatcher.build(normalise)


STRONG_ROUTES = ("suicide_self_harm", "immediate_danger")


def pattern_hits(norm: str, foreign: list[str] | None = None) -> list[str]:
    """Every route whose patterns match normalised text (in English or, by `languages`, in
    another language), most urgent first; `foreign` is `other_language_hits(norm)` when the
    caller has already searched for them."""
    hits = [route for route, pattern in _ROUTE_PATTERNS if pattern.search(norm)]
    foreign = other_language_hits(norm) if foreign is None else foreign
    hits += [route for route in foreign if route not in hits]
    child = bool(CHILD.search(norm))
    if (
        (child and WORKER.search(norm) and ALLEGATION.search(norm))
        or OFFENDER.search(norm)
        or TOLD_BY_THE_CHILD.search(norm)
        or STILL_THERE_AFTER_ARREST.search(norm)
        or ALLEGATION_MADE.search(norm)
        or DBS_CHECK_BACK.search(norm)
    ):
        hits.append("allegation_against_worker")
    if ((child and CHILD_HARM.search(norm)) or FGM.search(norm)) and "child_concern" not in hits:
        hits.append("child_concern")
    if (
        (ADULT.search(norm) and ADULT_HARM.search(norm))
        or SCAM_UNDER_WAY.search(norm)
        or HOME_UNFIT.search(norm)
        or CUCKOOED.search(norm)
        or SELF_NEGLECT.search(norm)
        or CARE_FAILING.search(norm)
        or MONEY_TAKEN.search(norm)
    ):
        hits.append("adult_at_risk")
    return sorted(hits, key=ROUTES.index)


def other_language_hits(norm: str) -> list[str]:
    """The routes whose crisis phrases in another language (`languages`) the text holds."""
    found = _OTHER_LANGUAGES.routes(norm)
    return [route for route in ROUTES if route in found]


def pattern_route(hits: list[str]) -> str | None:
    """The route the patterns alone give, from `pattern_hits`, or None."""
    # A child being harmed by a worker is the LADO's, even when it is also violence.
    if "allegation_against_worker" in hits and "suicide_self_harm" not in hits:
        return "allegation_against_worker"
    return hits[0] if hits else None


def safeguarding_overlap(norm: str, route: str | None) -> set[str]:
    """Routes a crisis also belongs to by who is in it, whatever the words of the harm: a child in
    any other crisis (violence at home, exploitation, a fire) is also a concern for children's
    services, an adult at risk harmed by a partner or relative is also domestic abuse, and one harmed by
    a worker, volunteer or paid carer is also a concern about a person in a position of trust. Safeguarding
    practice treats these as both, so the reply names both routes' help. Likewise by what was done:
    someone who has taken drugs or pills in an emergency may have meant to, so the crisis lines follow 999."""
    overlap: set[str] = set()
    if route and route != "child_concern" and (route == "allegation_against_worker" or CHILD.search(norm)):
        overlap.add("child_concern")  # a worker harming a child: children's services as well as the LADO
    if route == "domestic_abuse" and CARE_NEEDS.search(norm):
        overlap.add("adult_at_risk")
    if route == "adult_at_risk" and (PARTNER.search(norm) or RELATIVE.search(norm)):
        overlap.add("domestic_abuse")
    if route == "child_concern" and WORKER.search(norm):  # harmed by whom? the LADO's line too
        overlap.add("allegation_against_worker")
    if route == "adult_at_risk" and (WORKER.search(norm) or PAID_CARE.search(norm)):
        # a worker, volunteer or paid carer harming an adult: its line after adult social care's message is the
        # position-of-trust procedure (knowledge/triage.yml, `also_after`)
        overlap.add("allegation_against_worker")
    # county lines and cuckooing: modern slavery too (an NRM referral)
    if route in ("child_concern", "immediate_danger", "allegation_against_worker") and (
        EXPLOITED.search(norm) or CUCKOOED.search(norm)
    ):
        overlap.add("modern_slavery")
    if route == "adult_at_risk" and (CUCKOOED.search(norm) or EXPLOITED.search(norm)):
        overlap.add("modern_slavery")
    # exploited by a partner or relative: domestic abuse too (the seventy-fourth benchmark, session 52: a brother who takes
    # all his wages, a seasonal worker's boyfriend who hit her)
    if route == "modern_slavery" and (PARTNER.search(norm) or RELATIVE.search(norm)):
        overlap.add("domestic_abuse")
    if route in ("child_concern", "domestic_abuse") and FGM.search(norm):  # FGM: children's services and the helpline
        overlap |= {"child_concern", "domestic_abuse"} - {route}
    if route == "immediate_danger" and TAKEN_SOMETHING.search(norm):  # by accident or not? the crisis lines too
        overlap.add("suicide_self_harm")
    return overlap
