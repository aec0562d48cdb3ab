"""Spotting emergencies and safeguarding concerns in what someone types.

The classifier alone learns emergencies from a few dozen examples; missing one is the worst
mistake this assistant can make, so these patterns are a second, independent net. A false alarm
costs a line of signposting before the answer; a miss could cost a life.
"""
from __future__ import annotations

import re

_DANGER = re.compile(
    r"(not breathing|isn'?t breathing|stopped breathing|can'?t breathe|unconscious|unresponsive|collapsed"
    r"|heart attack|having a (fit|seizure|stroke)|bleeding (heavily|badly|a lot|everywhere)|choking"
    r"|on fire|there'?s a fire|fire in the|smell(s)? gas|gas leak"
    r"|(has|with|got|holding|waving) a (knife|gun|weapon|machete)|threaten\w* to (kill|stab|hurt|shoot)"
    r"|going to (kill|hurt|stab) (him|her|them|me|us|someone|somebody)"
    r"|(kill|hurt|harm) (myself|himself|herself|themselves)|suicid|taken an overdose|overdosed"
    r"|immediate danger|in danger right now|being attacked|attacking (him|her|them|us|me|someone)"
    r"|call an ambulance|need an ambulance|\b999\b|right now.{0,40}(hurt|danger|attack)|missing child|child is missing)",
)
_CHILD = re.compile(
    r"\b(child|children|kid|kids|boy|girl|teen|teenager|young person|young people|pupil|son|daughter"
    r"|youth club|toddler|baby|\d{1,2} ?(yr|year)s? old|under ?18s?|minor)\b"
)
_CHILD_HARM = re.compile(
    r"(abus|\bhits?\b|hitting|\bbeat|beaten|hurts? (him|her|them)|bruis|neglect|groom|touch(ed|ing|es)? (him|her|them)"
    r"|sexual|scared to go home|afraid to go home|self.?harm|cutting (him|her)self|not being fed|hungry all the time"
    r"|left alone|ran away|run away|exploit|county lines|slapp|burn marks|disclos)"
)
_WORKER = re.compile(
    r"\b(volunteer|staff|worker|coach|leader|youth worker|teacher|employee|trustee|helper|chair|treasurer|one of our)\b"
)
_ALLEGATION = re.compile(
    r"(alleg|inappropriate|touch(ed|ing)|groom|abus|messag(ed|ing) (a|the|one of)|private messages|sexual|photos of"
    r"|hit (a|the) (child|kid|boy|girl)|slapped|complain\w* about .{0,30}(touch|messag|hurt))"
)
_ADULT = re.compile(
    r"\b(elderly|older|vulnerable|adult|disabled|dementia|pensioner|resident|service user|client|member|lady|gentleman"
    r"|man|woman|neighbour|carer|his mum|her mum|his dad|her dad)\b"
)
_ADULT_HARM = re.compile(
    r"(abus|neglect|exploit|taking (all )?(her|his|their) money|stealing (her|his|their) money|financial abuse"
    r"|\bhits? (him|her)\b|hitting|bruis|self.?neglect|coerc|controlling|cuckoo|not being fed|locked in|scared of (her|his|their))"
)


def detect_emergency(text: str) -> str | None:
    """The emergency id from triage.yml that this message calls for, or None."""
    t = text.lower()
    if _DANGER.search(t):
        return "immediate_danger"
    child = bool(_CHILD.search(t))
    if child and _WORKER.search(t) and _ALLEGATION.search(t):
        return "allegation_against_worker"
    if child and _CHILD_HARM.search(t):
        return "child_concern"
    if _ADULT.search(t) and _ADULT_HARM.search(t):
        return "adult_at_risk"
    return None
