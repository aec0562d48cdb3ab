"""Spotting emergencies and safeguarding concerns in what someone types.

The classifier alone learns emergencies from a few dozen examples; missing one is the worst
mistake this assistant can make, so these patterns are a second, independent net. A false alarm
costs a line of signposting before the answer; a miss could cost a life.
"""
from __future__ import annotations

import re

_DANGER = re.compile(
    r"(not breathing|isn'?t breathing|stopped breathing|can'?t breathe|unconscious|unresponsive|collapsed"
    r"|heart attack|having a (fit|seizure|stroke)|bleeding (heavily|badly|a lot|everywhere)|blood on|choking"
    r"|allergic reaction|anaphyla|throat (is )?swelling|car crash|been (hit|knocked down) by a|fallen in(to)? the (river|canal|sea|water)"
    r"|on fire|there'?s a fire|fire in the|smell(s)? (of )?gas|gas leak"
    r"|(has|with|got|holding|waving) a (knife|gun|weapon|machete)|threaten\w* to (kill|stab|hurt|shoot|jump)"
    r"|(going to|will|gonna) (kill|hurt|stab) (him|her|them|me|us|someone|somebody)"
    r"|(kill|hurt|harm) (myself|himself|herself|themselves)|suicid|wants? to die|taken an overdose|overdosed"
    r"|jump off|kicking the door|screaming at (people|us|staff)|smashing (the|up)"
    r"|immediate danger|in danger right now|being attacked|attacking (him|her|them|us|me|someone)"
    r"|call an ambulance|need an ambulance|\b999\b|right now.{0,40}(hurt|danger|attack)"
    r"|(child|kid|boy|girl|son|daughter).{0,40}(gone missing|is missing|can'?t find)|missing child)",
)
_CHILD = re.compile(
    r"\b(child|children|kid|kids|boy|boys|girl|girls|lad|teen|teens|teenager|teenagers|young person|young people|youngster"
    r"|pupil|son|daughter|baby|toddler|youth club|youth project|holiday club|playscheme|young carers?"
    r"|\d{1,2} ?(yr|year)s? old|under ?18s?|minor|scout|cubs|brownies)\b"
)
_CHILD_HARM = re.compile(
    r"(abus|\bhits?\b|hitting|\bbeat|beaten|hurts? (him|her|them)|shak(es|ing) the baby|bruis|neglect|groom"
    r"|touch(ed|ing|es)? (him|her|them)|sexual|makes (her|him) do things|scared to go home|afraid to go home"
    r"|self.?harm|cuts on (her|his|their)|cutting (him|her)self|not being fed|no food at home|hungry all the time"
    r"|left alone|locks? (him|her|them) out|ran away|run away|goes missing|gone missing|exploit|county lines"
    r"|carry(ing)? drugs|sell(ing)? (drugs|stuff)|gang|slapp|burn marks|disclos|taken abroad.{0,30}married"
    r"|forced (to )?marr|older man online|asking (her|him) to meet|drunk to collect|threatened to hurt)"
)
_WORKER = re.compile(
    r"\b(volunteers?|staff|worker|coach|leader|youth worker|teacher|tutor|employee|trustee|helper|chair"
    r"|treasurer|one of our|choir leader|sessional|scout leader|befriender)\b"
)
_ALLEGATION = re.compile(
    r"(alleg|inappropriate|touch(ed|ing)|groom|abus|messag(ed|es|ing)|snapchat|whatsapp|private messages|sexual"
    r"|indecent|photos of|images of children|\bhit\b|\bhits\b|slapped|smack|shov|grab|rough with|shouted at"
    r"|clothes off|lifts home alone|buying (her|him) presents|meet (him|her) on (her|his) own|relationship with"
    r"|arrested)"
)
_ADULT = re.compile(
    r"\b(elderly|older|vulnerable|adults?|disabled|disabilit\w*|dementia|pensioner|resident|service user|clients?"
    r"|member|lady|ladies|gentleman|man|woman|neighbour|carer|mum|dad|husband|wife|partner|the person we)\b"
)
_ADULT_HARM = re.compile(
    r"(abus|neglect|exploit|taking (all )?(her|his|their) (money|pension|benefits)|takes? (his|her|their) (money|benefits|pension|food)"
    r"|stealing (her|his|their) money|controls? (all )?(her|his|their) money|won'?t let (her|him) (go out|leave)"
    r"|\bhits? (him|her)\b|being hit|hitting|bruis|unexplained injur|self.?neglect|coerc|controlled by|controlling"
    r"|cuckoo|people living in (his|her) (flat|house)|not being fed|not eating|left alone all day|living in filth"
    r"|locked in|scared of (her|his|their)|work(ing)? for no pay|passport (was )?taken|modern slavery"
    r"|given thousands|scam|hoarding)"
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
