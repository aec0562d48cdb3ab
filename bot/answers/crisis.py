"""Spotting a crisis in what someone types: the first decision made on every message.

A person in danger must get 999 and the right crisis line whatever else the conversation is
doing, so this runs inside Rasa's NLU pipeline (`bot.rasa.components.CrisisDetector`) before any
rule, form or action sees the message; the answerer calls it too, so a question that reaches it
by another path is checked the same way.

Two independent nets, each measured in `make bench` (which catches what):
- **patterns** per route, on text normalised the way people really type (curly apostrophes,
  "isnt", "pls", "u", repeated letters, capitals), written so that negation cannot hide a
  crisis: "he isn't breathing", "no one can wake him";
- a **classifier** (logistic regression over word and character n-grams and sentence vectors) trained on many
  paraphrases per route (`knowledge/crisis_examples.yml`) against near misses ("how do we write
  a safeguarding policy") and every ordinary question in the knowledge, which catches wordings
  the patterns never imagined and misspellings they cannot list.

Either net firing is enough: a false alarm costs one kind line of signposting, a miss could
cost a life. The one exception is a pattern hit in a message that only plans or looks back
("what should our policy say if a child goes missing", "last year a volunteer fainted, all
fine"): there the classifier, which has seen such near misses, must agree.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from bot.answers import crisis_languages
from bot.answers import crisis_thresholds as limits
from bot.answers.model_cache import load_or_fit
from bot.answers.representations import SentenceEmbeddings
from bot.answers.representations import features as representation_features
from bot.answers.representations import transform as representation_transform
from bot.settings import KNOWLEDGE_DIR, PROJECT_DIR

# Route ids, in the order a message matching several is signposted: the first can save a life
# soonest (suicide's message itself leads with 999 when life is at risk now).
ROUTES = (
    "suicide_self_harm",
    "immediate_danger",
    "allegation_against_worker",
    "child_concern",
    "domestic_abuse",
    "modern_slavery",
    "adult_at_risk",
)
NONE = "none"
INTENT = "emergency"  # the NLU intent set when a crisis is detected ...
ENTITY = "crisis_type"  # ... with the route as this entity
CHECKED = "crisis_checked"  # in the parse data of every typed message the NLU pipeline checked, fired or not
EXAMPLES_FILE = "crisis_examples.yml"
# The thresholds on the classifier's probability live in bot.answers.crisis_thresholds (`limits`),
# chosen on the development sets and never on the benchmark.

# ---------------------------------------------------------------------------------------------
# Normalising real typing


_QUOTES = str.maketrans({"’": "'", "‘": "'", "‛": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})
_CONTRACTIONS = {
    # negations, with or without the apostrophe (people type "isnt", "cant", "wont")
    r"is ?n'?t": "is not",
    r"are ?n'?t": "are not",
    r"was ?n'?t": "was not",
    r"were ?n'?t": "were not",
    r"can'?t|cannot": "can not",
    r"could ?n'?t": "could not",
    r"won'?t": "will not",
    r"would ?n'?t": "would not",
    r"do ?n'?t": "do not",
    r"does ?n'?t": "does not",
    r"did ?n'?t": "did not",
    r"has ?n'?t": "has not",
    r"have ?n'?t": "have not",
    r"had ?n'?t": "had not",
    r"should ?n'?t": "should not",
    r"ai ?n'?t": "is not",
    r"wo ?nt": "will not",
    # pronouns ("he's" may be "he is" or "he has": patterns accept either after it)
    r"i'?m": "i am",
    r"i'?ve": "i have",
    r"i'll": "i will",
    r"i'd": "i would",
    r"he'?s": "he is",
    r"she'?s": "she is",
    r"it's": "it is",
    r"that'?s": "that is",
    r"there'?s": "there is",
    r"what'?s": "what is",
    r"who'?s": "who is",
    r"someone'?s": "someone is",
    r"somebody'?s": "somebody is",
    r"you'?re": "you are",
    r"they'?re": "they are",
    r"we're": "we are",
    r"they'?ve": "they have",
    r"we'?ve": "we have",
    r"you'?ve": "you have",
    r"he'?d": "he would",
    r"she'd": "she would",  # not "shed": a men's shed, sleeping in a shed (session 32)
    r"he'll": "he will",
    r"she'll": "she will",
    r"they'll": "they will",
    r"we'll": "we will",
    r"let'?s": "let us",
}
_TEXT_SPEAK = {
    "pls": "please",
    "cyaan": "can not",  # Jamaican Patois and Caribbean English (the twenty-fifth benchmark, session 23)
    "kyaan": "can not",
    "plz": "please",
    "plez": "please",
    "pleas": "please",
    "u": "you",
    "ya": "you",
    "ur": "your",
    "r": "are",
    "bc": "because",
    "b c": "because",
    "coz": "because",
    "cuz": "because",
    "cos": "because",
    "rn": "right now",
    "ppl": "people",
    "sum1": "someone",
    "some1": "someone",
    "sumone": "someone",
    "no1": "no one",
    "noone": "no one",
    "nobody": "no one",
    "any1": "anyone",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "bro": "brother",
    "sis": "sister",
    "mam": "mum",
    "mom": "mum",
    "tonite": "tonight",
    "2nite": "tonight",
    "2day": "today",
    "tmrw": "tomorrow",
    "wat": "what",
    "wot": "what",
    "wen": "when",
    "dat": "that",
    "da": "the",
    "tho": "though",
    "tae": "to",  # Scots: "lad says he wants tae die" (the forty-sixth benchmark, session 37)
    "thx": "thanks",
    "ty": "thanks",
    "n": "and",
    "kms": "kill myself",
    "unalive": "kill",
    "unaliving": "killing",
    "dv": "domestic violence",
    "da victim": "domestic abuse victim",
    "sh": "self harm",
    "oded": "overdosed",
    "od'd": "overdosed",
    "odd": "odd",
    "y o": "year old",
    "yo": "year old",
    "yr": "year",
    "yrs": "years",
    "yr old": "year old",
    "im": "i am",
    "ive": "i have",
    "hes": "he is",
    "shes": "she is",
    "theres": "there is",
    "whats": "what is",
    "youre": "you are",
    "theyre": "they are",
    "thats": "that is",
}
# "od" is text-speak for an overdose only in an English frame: in Polish, Czech, Slovak and
# Serbo-Croatian it is "from" ("skierowanie od lekarza", "od kiedy"), and expanding it everywhere gave
# a Polish condolence question a suicide hit (the thirtieth benchmark, session 27). Not after "a",
# "i" or "to", which are words of those languages too.
_OD_AFTER = re.compile(
    r"\b(took|taken|take|takes|taking|an|another|gonna|gon|wanna|going to|want to|about to|will|might|did|had|just)"
    r" od\b"
)
_OD_BEFORE = re.compile(
    r"^od$|\bod (?=(?:on|tonight|again|today)\b)"
    r"|\bod (?=in (?:the|our|a) (?:toilets?|loos?|bathroom|car park|alley|street|park|stairwell|hall)\b)"  # (the sixty-seventh benchmark)
)
_CONTRACTION_RE = re.compile(r"\b(" + "|".join(f"(?:{k})" for k in _CONTRACTIONS) + r")\b")
_CONTRACTION_LOOKUP = [(re.compile(rf"^(?:{k})$"), v) for k, v in _CONTRACTIONS.items()]
_SPEAK_RE = re.compile(
    r"(?<![\w'])(" + "|".join(re.escape(k) for k in sorted(_TEXT_SPEAK, key=len, reverse=True)) + r")(?![\w'])"
)
_AGE = re.compile(r"\b(\d{1,2}) ?(?:yo|y/o|yrs?|yr old|years? old)\b")
_AGE_IN_BRACKETS = re.compile(r"\((\d{1,2})\)")  # "Alfie (7)", "our youngest (4)": an age, as people write one


def _expand(match: re.Match[str]) -> str:
    word = match.group(0)
    for pattern, replacement in _CONTRACTION_LOOKUP:
        if pattern.match(word):
            return replacement
    return word


# The few emoji that stand for a crisis's own words, so a message told in them reads as words
# (session 17: "💊💊💊 + 🍷 = 😴 forever. tonight." was two words, "forever tonight", to the detector).
# Not 🔥 or 💀: those mean "great" and "so funny" far more often than fire or death.
_EMOJI_WORDS = {
    "💊": "pills",
    "🍷": "wine",
    "🍺": "beer",
    "🥃": "whisky",
    "😴": "sleep",
    "🔪": "knife",
    "🗡": "knife",
    "🩸": "blood",
    "🪢": "rope",
    "⚰": "coffin",
}
_EMOJI_WORDS_RE = re.compile("|".join(map(re.escape, _EMOJI_WORDS)))


def normalise(text: str) -> str:
    """Text as the patterns and the classifier read it: one plain, lower-case, spelled-out form.

    "He ISN’T breathing!!!" and "he isnt breathin" both become "he is not breathing"-like text,
    so neither net has to list every way of typing the same words.
    """
    t = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    # Accents folded ("fiancée", "café", "naïve"), so no pattern has to spell both forms.
    t = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c)))
    t = _AGE.sub(r"\1 year old", t)
    t = _AGE_IN_BRACKETS.sub(r" \1 year old ", t)
    t = re.sub(r"([a-z])\1{2,}", r"\1\1", t)  # "pleeeease", "helppppp": at most two in a row
    t = _EMOJI_WORDS_RE.sub(lambda m: f" {_EMOJI_WORDS[m.group(0)]} ", t)  # "💊💊 + 🍷 = 😴 forever"
    t = re.sub(r"[^\w'£ ]+", " ", t)  # punctuation and other emoji go; apostrophes stay for now
    t = re.sub(r"\s+", " ", t).strip()
    t = _CONTRACTION_RE.sub(_expand, t)
    # "her da locks her in the van": after a possessive, "da" is a dad, not text-speak's "the" (the forty-fourth
    # benchmark, session 37)
    t = re.sub(r"\b(my|me|her|his|your|yer|their|our|ma) da\b", r"\1 dad", t)
    t = _SPEAK_RE.sub(lambda m: _TEXT_SPEAK[m.group(1)], t)
    t = _OD_BEFORE.sub("overdose ", _OD_AFTER.sub(r"\1 overdose", t)).strip()
    t = re.sub(r"\bill (?=be |never |kill |end |do it|go |just |not )", "i will ", t)  # "ill be gone": not "ill"
    t = t.replace("'", " ")
    t = re.sub(r"\b(\w+in)\b", _g_drop, t)
    return re.sub(r"\s+", " ", t).strip()


_DROPPED_G = {
    "breathin",
    "bleedin",
    "fittin",
    "movin",
    "respondin",
    "chokin",
    "burnin",
    "threatenin",
    "hittin",
    "attackin",
    "screamin",
    "fightin",
    "dyin",
    "cuttin",
    "shakin",
    "smokin",
    "comin",
    "endin",  # "keep thinkin bout endin it all" (the forty-fifth benchmark, session 37)
    "thinkin",
    "leavin",  # "they're leavin residents in their own piss all night" (the fifty-fifth benchmark, session 41)
}


def _g_drop(match: re.Match[str]) -> str:
    """ "breathin", "bleedin": the dropped g of a few words that matter here, put back."""
    word = match.group(1)
    return word + "g" if word in _DROPPED_G else word


# ---------------------------------------------------------------------------------------------
# Patterns, per route, on normalised text

_P = r"(?:he|she|they|someone|somebody|a man|a woman|a lady|a guy|a child|a kid|my \w+|our \w+|the \w+|\w+)"
_HIM = r"(?:him|her|them|me|us|you|someone|somebody|everyone|people|my \w+|our \w+|the \w+)"
_CHILD_WORDS = (
    r"child|children|childs|kid|kids|kiddie|(?<!(?<!year )\bold )boys?|girl|girls|lad|teen|teens|teenage|teenager|teenagers|young person|young people"
    r"|youngster|pupil|son|daughter|baby|toddler|little ones?|little boy|little girl|infant|youth|(?:[1-9]|1[0-7]) year olds?"
    r"|under ?18s?|under ?(?:[4-9]|1[0-7])s|minor|scout|scouts|cub|cubs|beavers|brownie|brownies|rainbows|u ?\d{1,2}s|u ?(?:[6-9]|1[0-8])|juniors|schoolkids|schoolchildren|schoolgirls?|schoolboys?|junior (?:players?|members?|swimmers?|footballers?|ringers?|girls?|boys?|keepers?|goalies?|goalkeepers?|bowlers?|batters?)|grandson|granddaughter|niece|nephew|bairns?|stepson|stepdaughter|students?(?! (?:volunteers?|volunteering|nurses?|social workers?|doctors?|midwi\w+|paramedics?|teachers?|placements?|union|loans?)\b)|pupils|young members"
    r"|choirboys?|choirgirls?|choristers?|altar (?:boys?|girls?|servers?)"  # (the forty-third benchmark, session 36)
    r"|young uns?|younguns?|nippers?"  # (the forty-fourth benchmark, session 37)
    r"|weans?"  # Scots (the forty-sixth benchmark, session 37)
    r"|(?:year|yr) ?(?:[1-9]|1[0-3])s?"
    # an age in words; "an old boy" at the shed is a man (the sixty-second benchmark, session 45)
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) year olds?"
)
_CHILD = re.compile(
    rf"\b({_CHILD_WORDS})\b|\b(?:he|she|they|i) (?:is|are|am) (?:only |just )?(?:[1-9]|1[0-7])\b(?! ?(?:minutes|mins|hours|pounds|quid|grand|k\b|%|am\b|pm\b))"
)

# Fragments said in either order beside each other, named once (the twenty-fifth and twenty-sixth benchmarks, session 23).
_NO_WAY_FORWARD = r"(?:no longer|can not|do not) see (?:any|a) (?:way forward|way out|future)"
_ARRANGEMENTS_MADE = r"(?:made|making) (?:my (?:own |final )?|own |final )arrangements"
_ARM_WEAK = r"(?:can not|could not) (?:lift|raise|move) (?:his|her|their|my) (?:left |right )?arm"
_SPEECH_WRONG = r"(?:slurr\w*|droop\w*|can not (?:speak|talk)|words (?:are )?(?:all )?(?:wrong|jumbled|muddled))"
_WENT_IN = r"(?:fell|fallen|gone|went) in"  # into the water (a fall in, or after it, not surfacing)
_NOT_SURFACED = r"(?:not|never)(?: yet)? (?:re)?surfaced\b"
# Bleeding that will not stop: immediate danger, and danger now beside a suicide hit (the sixty-third benchmark, session 45).
_HEAVY_BLEEDING = r"(?:(?:will not|wont|can not) stop (?:the )?bleed\w*|blood (?:is |s )?(?:spurting|pumping|pouring|gushing|squirting|pulsing))"
# A person's children, grandchildren and their partners, one list for every pattern that names who harms an older
# relative (who hides her food, takes her card, won't let volunteers in, tells her what to sign).
_KIN = (
    r"(?:son in law|daughter in law|grandsons?|granddaughters?|grandchild\w*|stepsons?|stepdaughters?|sons?|daughters?"
    r"|nephews?|nieces?)"
)
# A grandparent as people name one.
_GRANDPARENT = r"(?:nana|nan|granny|gran|grandad|grandma|grandpa)"
_OVERDOSE = r"\boverdos(?!ing (?:him|her|them|\w+ s) )|\boverdoes|\bover dose"  # also in _TAKEN_SOMETHING
# Someone else's belongings, as given away before a farewell (session 20).
_THEIR_BELONGINGS = (
    r"(?:away )?(?:all )?(?:of )?(?:his|her|their) (?:personal )?(?:effects|belongings|possessions|things|stuff)\b"
)
# The pills a "how many ... would it take" question names, and whose they are.
_PILLS = r"(?:paracetamol|pills|tablets|antidepressants|meds|painkillers|sleeping pills)"
# Medicines by name or kind, as a lethal dose of them is asked for (the sixtieth benchmark, session 44).
_DRUGS = (
    r"(?:pills|tablets|paracetamol|ibuprofen|aspirin|co ?codamol|codeine|insulin|sertraline|citalopram|fluoxetine|amitriptyline"
    r"|propranolol|mirtazapine|zopiclone|quetiapine|venlafaxine|lithium|diazepam|tramadol|morphine|methadone|oxycodone|meds|medication"
    r"|medicine|sleeping pills|antidepressants|painkillers)"
)
_OF_WHOSE = r"(?:of (?:my|his|her|these|the) )?"
# Words that give a farewell an ordinary reason: a move, a retirement, a new job (session 32).
_MOVING_ON = r"moving|moved|move|retir\w*|leaving|new job|emigrat\w*|relocat\w*|university|uni"
# A last time somewhere "for good" ("Last time at bowls, I reckon. For good.": the forty-fifth benchmark, session 37): a
# farewell to the suicide patterns, so not a look back to the planning words.
_AT_IT_FOR_GOOD = r"(?:at|in) (?:\w+ ){1,3}(?:i reckon |i think |probably )?for good\b"
# The months, and the times of year people name a date by ("not around by July", "in March" as the past).
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_TIMES_OF_YEAR = rf"{_MONTHS}|christmas|easter|(?:the )?summer|spring|autumn|winter"
# Medicine hidden as a threat ("hides my meds to punish me", "if I don't do what she says"): abuse, not a dose put by.
_AS_A_THREAT = r"(?:punish|if i (?:do not|will not)|unless i)"
# How long a fit has lasted, in minutes.
_FOR_MINUTES = (
    r"(?:over |more than |about |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) ?(?:mins?|minutes)\b"
)
# Tablets taken all at once as they were prescribed, not as an overdose ("all his tablets at once with his lunch, as his
# GP advised": a calm look-alike, session 44).
_NOT_AS_PRESCRIBED = (
    r"(?! (?:with|after|before|at) (?:his|her|their|the|a|my) (?:lunch|breakfast|dinner|tea|meals?|food)\b"
    r"| as (?:his|her|their|the|my) (?:gp|doctor|pharmacist|nurse|consultant)\b)"
)
# Bleach or poison swallowed is a suicide attempt unless it was an accident or a small child's (`_IMMEDIATE` has those).
_SWALLOWED_NOT_AFTER = (
    "accidentally",
    "little one",
    "year old",
    "toddler",
    "baby",
    "tot",
    "infant",
    "little boy",
    "little girl",
    "little girl has",
    "little boy has",
    "little one has",
    "toddler has",
    "baby has",
)
_SUICIDE = re.compile(
    r"suicid|sucid|suacid|sucic|suisid|sewercid"
    # asking to be talked down; accounts deleted beside a will or a goodbye (the twenty-fourth benchmark, session 22)
    r"|\btalk (?:me|him|her|them) down\b(?! (?:to|from|on|off)\b)"
    r"|\bdeleted (?:all )?(?:my|his|her|their) (?:socials|social media|accounts?)\b.{0,60}\b(?:will|goodbye|letters?|sorry)\b"
    r"|\bkill(?:ing|ed)? (?:my|him|her|them|your)sel(?:f|ves)\b|\bkill (?:my|him|her)self"
    r"|\bend(?:ing|ed)? (?:my|his|her|their|your|it) ?(?:own )?(?:life|lives|all)\b|\bend it all\b|\bend it tonight\b"
    r"|\b(?:take|taking|took) (?:my|his|her|their) (?:own )?life\b"
    r"|\bwhat is (?:even )?the point (?:anymore|any more|of (?:living|going on|it all|anything|being here|me|any of it (?:any ?more|now)))\b|\b(?<!in )(?<!see )(?<!from )(?<!check )(?<!read )(?<!since )(?<!after )(?<!re )(?<!to )(?:this is )?my (?:final|last) (?:post|message|goodbye|words)\b"
    r"|\b(?:want|wants|wanted|wanting|wanna|going|gonna|ready|trying) to die\b|\bwish (?:i|he|she|they) (?:was|were) dead\b"
    # "my partner has a date picked to die"; "not planning on seeing Christmas"; a whole box of tablets taken "on purpose"
    # (the fifty-second benchmark, session 40)
    r"|\b(?:taken|took|swallowed|had|necked) (?:\w+ ){0,5}(?:tablets|pills|meds|paracetamol|medication|painkillers)\b.{0,20}\bon purpose\b"
    r"|\b(?:date|day|time) (?:picked|chosen|set|planned|fixed) (?:to|for when (?:i|he|she|they)) (?:die|end (?:it|things|my life|his life|her life))\b"
    r"|\bnot (?:planning|expecting|intending|going) (?:on |to )?(?:see|seeing|make it to|making it to|reach|reaching|be here for|being here for|be around for|being around for)"
    rf" (?:christmas|new year|easter|my birthday|(?:the )?summer|spring|next year|another (?:year|christmas|birthday)|{_MONTHS})\b(?! (?:lights|market|fair|show|panto|concert|party|do|dinner|day at|at (?:mum|mam|dad|my|his|her|the))\b)"
    # "the only thing I'm planning is how to die" (the fifty-first benchmark, session 40); not a talk on dying well
    r"|\b(?:planning|plan|thinking about|working out|researching|googling|looking up|reading up on)(?: is)? how (?:to|i will|i am going to|i could|i can|i would) (?:die|end (?:it all|my life))\b(?! (?:well|with dignity|at home|in hospital)\b)"
    r"|\bbetter off dead\b|\bbetter off without me\b|\brather be dead\b"
    # "they'd be better off with a dad who isn't here"; a compass dug into an arm; sitting in the car with a hosepipe (the
    # fifty-sixth benchmark, session 41)
    r"|\bbetter off with (?:a|another) (?:dad|mum|mam|mom|father|mother|husband|wife|partner|parent) who (?:is not|was not|were not) (?:here|around|alive)\b"
    r"|\b(?:dig|digs|digging|dug|press\w*|scratch\w*|carv\w*|stab\w*) (?:a |the |my |his |her )?(?:compass|blades?|razors?|pins?|needles?|scissors|nails|pen ?knife|sharpener|glass|shards?)\b"
    r" (?:\w+ ){0,2}(?:into|in|on|across) (?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?)\b"
    r"|\b(?:sitting|sat|i am|i m) in (?:my|the|his|her) car with (?:a |the )?hose ?pipe\b"
    # "they'd all manage fine without me", with no day or task after it (the thirtieth benchmark, session 27)
    r"|\b(?:they|everyone|everybody|you|he|she|we|(?:the|my|our) (?:kids|children|family)) (?:would|d) (?:all )?(?:\w+ )?(?:manage|cope|do|be|get on) (?:just )?(?:fine|better|ok|okay|alright|great) without me\b"
    r"(?! (?:for|on|at|in|next|this|that|while|when|until|till|tomorrow|today|tonight|if|there|here|now|so|as|because|to)\b)"
    # What a relative reports them saying ("son says we'd be better off without him"), or a method made ready.
    r"|\b(?:says|said|saying|told (?:me|us|her|him))\b.{0,25}\bbe better off without (?:him|her|them|me)\b"
    r"|\bhose(?: ?pipe)?\b.{0,40}\bexhaust\b|\bexhaust\b.{0,40}\bhose(?: ?pipe)?\b"
    r"|\b(?:do|does|did) not want to (?:be here|live|be alive|wake up|go on|exist|carry on)\b"
    r"|\bnot want(?:ing)? to (?:live|be here|be alive|exist)\b|\bno (?:reason|point) (?:to|in) (?:live|living|going on|carrying on)\b"
    r"|\bcan not (?:go on|carry on|do this any ?more|cope any ?more|take (?:it|this) any ?more)\b"
    r"|\bnot (?:be|being) (?:here|around|alive) (?:any ?more|much longer|tomorrow)\b"
    r"|\b(?:taken|took|swallowed|swallow|downed|necked) (?:a load of|all|loads of|too many|lots of|a bunch of|a whole|the whole"
    r"|\d+|some|a handful of|a box of|a packet of|a bottle of|my|his|her|their|(?:all )?(?:my|his|her) )"
    r" ?(?:of )?(?:my |his |her |the )?(?:(?:my|his|her|their|the) (?:mum|mam|mom|dad|nan|nana|gran|grandad|mother|father|partner|wife|husband|brother|sister) ?s )?(?:pills|tablets|paracetamol|ibuprofen|aspirin|co ?codamol|codeine|insulin|sertraline|citalopram|diazepam|tramadol|meds|medication|medicine|sleeping pills|antidepressants|painkillers|bleach|poison)"
    r"|"
    + _OVERDOSE
    + r"|\bself ?harm|\bcut(?:ting|s)? (?:my|him|her|them)sel(?:f|ves)|\bcuts? (?:on|all over) (?:my|his|her|their) (?:arms|legs|wrists|thighs)"
    r"|\b(?:hurt|hurting|harm|harming|burning|burn|punching|starving) (?:my|him|her|them)sel(?:f|ves)"
    r"|\bjump(?:ing)? (?:off|from|in front of)\b|\bthreaten\w* to jump\b|\bgoing to jump\b"
    r"|\bhang(?:ing)? (?:my|him|her|them)sel|\bnoose\b|\bsuicide notes?\b|\bgoodbye (?:notes?|letters?|messages?|texts?|videos?)\b"
    r"|\bplanning (?:my|his|her) exit\b|\b(?:i am|im) done\b.{0,30}\b(?:goodbye|bye everyone|love you all)\b|\b(?:on purpose|deliberately)\b.{0,30}\b(?:pills|tablets|paracetamol|ibuprofen|overdose)\b|\bno loose ends\b|\b(?:affairs|things) in order\b.{0,60}\b(?:not|never|no longer) (?:plan|planning|going|be) (?:on )?(?:being|to be) (?:around|here)\b"
    r"|\b(?:do not|dont|not) plan(?:ning)? (?:on )?(?:being|to be) (?:around|here|alive)\b|\bsorry (?:everyone|everybody|all)\b.{0,20}\b(?:i am done|im done|love you all|goodbye)\b"
    r"|\bwritten (?:a|his|her) (?:note|will) and\b|\bgiving (?:away )?(?:all )?(?:his|her|my) (?:stuff|things) away\b"
    "|"
    + "".join(f"(?<!{words} )" for words in _SWALLOWED_NOT_AFTER)
    + r"\b(?:drank|drunk|drink|drinking|swallowed) (?:some )?(?:bleach|poison|antifreeze|weedkiller|(?:the )?(?:cleaning|toilet) (?:liquid|fluid|cleaner)|disinfectant|drain cleaner)\b(?!.{0,60}\b(?:by mistake|by accident|accidentally|thinking it was|thought it was)\b)|\bstep(?:ping)? (?:out )?in front of (?:a|the) (?:train|bus|car|lorry)\b"
    rf"|\bhow many {_OF_WHOSE}{_PILLS}\b.{{0,40}}\b(?:die|kill|wake|fatal|lethal|enough|overdose|end)\b"
    # sitting alone with a shotgun (the twenty-ninth benchmark, session 26)
    r"|\b(?:sitting|sat|been|hiding|locked (?:himself|herself|myself)) (?:\w+ ){0,7}with (?:the|a|his|her|my|dad s) (?:gun|shotgun|rifle)\b(?! (?:club|range|licen[cs]es?|cabinet|safe|dogs?|course|show|shop|owners?)\b)"
    # things given away before "done now" (the twenty-sixth benchmark, session 23)
    r"|\b(?:gave|given|giving) (?:away )?(?:all )?my (?:\w+ ){1,4}(?:away|to \w+)\b.{0,30}\b(?:done now|i am done|im done)\b(?! (?:with|for|at|here|there))"
    # tens of tablets taken, told lightly; a way forward no longer seen beside arrangements made; a
    # method "to stop being a burden" (the twenty-fifth benchmark, session 23)
    r"|\b(?:taking|having taken|just taken|just took|did) (?:[1-9]\d+) (?:of )?(?:my |his |her |the )?(?:\w+ )?(?:pills|tablets|paracetamol|ibuprofen|nurofen|aspirin|co ?codamol|codeine|sleeping pills|antidepressants|painkillers|sertraline|citalopram|diazepam|tramadol)\b"
    rf"|\b{_NO_WAY_FORWARD}\b.{{0,160}}\b{_ARRANGEMENTS_MADE}\b|\b{_ARRANGEMENTS_MADE}\b.{{0,160}}\b{_NO_WAY_FORWARD}\b"
    r"|\b(?:drank|drunk|swallowed|took|taken|taking|cut|cutting)\b.{0,60}\b(?:to stop being|so (?:i am|im|she is|he is|they are) (?:not|no longer)|not to be) a burden\b"
    r"|\bdisappear (?:for good|forever)\b|\b(?:no|any) reason (?:for me )?to (?:be alive|live|carry on|keep going)\b|\bfinish(?:ing)? it all\b|\bjust finishing it\b"
    rf"|\b(?:stockpil\w*|hoarding|hiding|stashing|saving up) (?:all )?(?:my |his |her |their )?(?:meds|pills|tablets|medication)\b(?!.{{0,20}}\b{_AS_A_THREAT})|\btonight is the night\b|\bmake it (?:all )?stop\b"
    # tablets put by, said the other way round (the seventeenth benchmark, session 18)
    r"|\b(?:got|have|kept) (?:all )?(?:my |his |her |their |mum s |dad s )?(?:meds|pills|tablets|medication) (?:saved|stashed|stockpiled|hoarded|put by|put aside|hidden)\b"
    # on the edge of a drop, and charcoal in a sealed room (development sets, session 13)
    r"|\b(?:leg|legs|foot|feet) over (?:the |a )?(?:rail|rails|railing|railings|balcony|edge|ledge|parapet|barrier)\b(?! (?:line|lines|tape|gate|of the (?:pitch|pool|bed|sofa|chair)))"
    r"|\b(?:standing|stood|sitting|sat|climbed|climbing|perched) (?:on|onto|up on) (?:the |a )?(?:ledge|parapet|edge of (?:the |a )?(?:roof|bridge|cliff|platform|car park|multi ?storey))\b"
    r"|\bwrong side of (?:the )?(?:bridge |balcony |car park |station )?(?:railings?|barriers?|parapet|safety fence)\b"
    # asking online for "the most painless way"; a widow "joining her husband this week"; "I've got the shotgun ready"
    # (the sixty-sixth benchmark, session 48)
    r"|\b(?:posting|posted|posts|asking|asked|asks|googl\w*|search\w*|research\w*|looking up|looked up)\b.{0,60}\b(?:most painless|least painful|painless|surest) (?:way|method)s?\b"
    r"(?!\s+(?:to|of|for|into|through|round|around|forward|out of|in)\b(?!\s+(?:die|go|end it|do it|kill)\b))"
    r"|\b(?:widow\w*|widower|bereaved)\b.{0,40}\b(?:joining|join|going to join|be with) (?:her|his|my) (?:late )?(?:husband|wife|partner)\b(?! s\b| for\b| at\b| in\b| on\b| and\b| family\b)"
    r"|\b(?:got|have|has|had|keeps?|kept) (?:the |a |my |his |her |dad s )?(?:shot ?gun|gun|rifle) (?:ready|loaded)\b(?! for\b| to shoot (?:clays|rabbits|pigeons|the)\b)"
    r"|\b(?=(?:doors?|windows?|gaps?|vents?|taped|sealed|barbecue|bbq|charcoal)\b)"  # all three, in any order, within 120 letters
    r"(?=.{0,120}\b(?:doors?|windows?|gaps?|vents?)\b)(?=.{0,120}\b(?:taped|sealed)\b)(?=.{0,120}\b(?:barbecue|bbq|charcoal)\b)"
    r"|\b(?:started|keeps|been|is) cutting(?: again)?(?!\s+\w)"
    r"|\bdrive (?:my |his |her |the )?(?:car |van )?(?:into|off) (?:a|the) (?:wall|tree|bridge|cliff|river)\b|\bnever wake up\b|\bsleep forever\b"
    r"|\bwish (?:i|he|she) (?:had|was|were) never (?:been )?born\b|\b(?:everyone|they) (?:would|will) be better off without\b|(?<!says )(?<!said )(?<!told me )(?<!tells me )\bi am a burden\b"
    r"|\b(?:will not|wont) be (?:around|here) (?:much longer|anymore|any more|after this|by then|to see|for much longer"
    r"|after (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this week))"
    r"|\b(?:made|making|sorted|got) (?:my|all my|all the) plans\b.{0,40}\b(?:bothering|point|around|here|goodbye|anyway|miss)|\b(?:bothering|point|around|here|goodbye|anyway)\b.{0,60}\b(?:made|sorted) (?:my|all my) plans\b"
    r"|\bplann(?:ed|ing) how (?:i|he|she) (?:would|will|d|could|am going to) do it\b|\bi know (?:which|what) day\b.{0,30}\b(?:do it|end)|\bdo it\b.{0,30}\bi know (?:which|what) day\b"
    r"|\bhow (?:much|many) (?:insulin|paracetamol|pills|tablets|sleeping pills|co ?codamol|ibuprofen|aspirin|antidepressants|methadone|morphine|vodka)\b.{0,30}\b(?:would it take|it would take|does it take|to take to|to not wake|to die|is lethal|is fatal|kill)"
    r"|\b(?:will not|wont) be a (?:problem|burden|bother|worry) (?:for|to) (?:anyone|anybody|you|them) (?:much longer|any ?more|soon)"
    r"|\b(?:give|giving|given) (?:all |away )?(?:of )?my (?:things|stuff|possessions|belongings)\b|\bwho (?:gets|will get|should have) my (?:stuff|things)\b"
    r"|\bwho (?:should|will|is to|can) (?:have|get|look after|take) (?:my|his|her) (?:\w+ )?(?:stuff|things|tools|belongings|possessions|dog|cat|pets?|kids|children)\b.{0,80}\b(?:thank you|thanks|goodbye|sorry|not answering|no answer|can not reach)"
    r"|\b(?:thank you|thanks) for putting up with me\b.{0,80}\b(?:not answering|no answer|can not reach|will|goodbye|sorry|tools|things)"
    r"|\bwill not need (?:them|it|my \w+|anything) (?:after|where|when|any ?more)\b|\bdone with (?:life|living|it all|everything)\b"
    r"|\btying up (?:all )?(?:the |my )?loose ends\b|\b(?:sorted|sorting|put|putting|got) (?:out )?(?:my|his|her|their) affairs\b|\bif i (?:do not|don t) wake up\b"
    r"|\bstopped taking my (?:insulin|meds|medication|tablets|pills) (?:on purpose|deliberately)\b"
    rf"|\bhow many (?:{_PILLS}|of (?:my|his|her) \w+) (?:would|does|will) it take\b"
    r"|\bligatures?\b(?! (?:points?|risks?|cutters?|knife|knives|free|audits?|assessments?|polic(?:y|ies)|training|anchors?))|\b(?:fastest|quickest|easiest|surest|most painless|least painful|painless) ways? to (?:die|end it|end things|go)\b(?!\s+\w)"
    r"|\b(?:left|leaving|wrote|written|sent|posted) (?:\w+ ){0,3}(?:note|letter|text|message|email|video|post) (?:saying|to say) goodbye\b(?! to (?:our|the|a|an|all our) )|\bgoodbye (?:email|e mail|post|voicemail)\b|\b(?:goodbye|bye) (?:forever|for good|for ever)\b|\bstop (?:my|your|his|her|their|someone s|a person s) heart\b"
    r"|\b(?:says|said|saying|talking about|talks about|keeps saying|texted|messaged) (?:that )?(?:he is |she is |they are |i am |he will be |she will be )?ending it\b|\bcan not see a way out\b|\btired of (?:existing|being alive|living)\b"
    # working up the nerve where they stand, a past attempt that nearly worked, a veteran's coded farewell (session 17)
    r"|\b(?:working|work|worked|plucking|building|getting) up (?:the )?(?:nerve|courage|guts) to (?:step|jump|do it|go|end|take|walk|drive)\b"
    r"|\b(?:took|taken|tried|attempt\w*|overdos\w*|pills|tablets|jumped)\b.{0,40}\b(?:nearly|almost) (?:worked|did it|killed (?:me|him|her))\b|\bparading for the last time\b"
    # a date for it laughed off, a dose counted with enough put by, a ligature made ready (session 17)
    r"|\b(?:i will|i am going to|gonna) be dead by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|next week|the morning)\b"
    rf"|\bhow many {_OF_WHOSE}(?:\w+ )?{_PILLS}\b.{{0,15}}\b(?:it would|it d|would it|it will|it ll|will it) take\b"
    r"|\b(?:rope|cable|belt|cord|flex|noose|scarf|dog lead|tow rope)\b (?:\w+ ){0,2}(?:tied|tying|fixed|hung|hanging|looped) (?:to|round|around|over|from) (?:the |a |his |her |my )?(?:\w+ )?(?:beam|beams|banister|bannister|rafters?|loft hatch|stair rail|light fitting|joist)\b"
    # the sea thought of as a way out; "I want to die" in romanised Nepali, Hindi and Urdu (the eighteenth benchmark, session 19)
    r"|\b(?:thought|thinking|think|thinks|talked|talking|talks|said|says|saying) (?:about |of )?(?:\w+ )?(?:walking|walk|swimming|swim|wading) (?:out )?into the (?:sea|river|canal|lake|water|waves)\b"
    # belongings given away with a farewell or silence after; arms sliced (the nineteenth benchmark, session 20)
    rf"|\b(?:gave|giving|given|distribut\w*|handed out|handing out|handed over|handing over) {_THEIR_BELONGINGS}"
    r".{0,120}\b(?:not answering|no answer|not picking up|can not reach|can not get hold|goodbye|permanently|for good|forever)\b"
    rf"|\b(?:permanently|for good|forever|goodbye)\b.{{0,120}}\b(?:gave|giving|given|distribut\w*|handed out|handing out) {_THEIR_BELONGINGS}"
    # a car's engine in a shut garage, a hosepipe in the car (the twenty-second benchmark, session 21)
    r"|\bengine (?:is |s )?(?:still )?running\b.{0,40}\bgarage (?:door )?(?:is |s )?(?:shut|closed|locked)\b"
    r"|\bgarage (?:door )?(?:is |s )?(?:shut|closed|locked)\b.{0,40}\bengine (?:is |s )?(?:still )?running\b"
    r"|\b(?:in|from) the car\b.{0,40}\bhose ?pipe\b|\bhose ?pipe (?:is |s )?(?:in|into|through)\b.{0,30}\b(?:car|window|exhaust)\b"
    r"|\b(?:slicing|slices|carving|carves) (?:into |up )?(?:my|his|her|their) (?:arms|legs|wrists|thighs|skin)\b"
    r"|\b(?:marna|mar jana|mar jaana) (?:chahanchu|chahan chu|chahta|chahti|chahte)\b"
    r"|\bcan not live like this\b|\bsaying goodbye to (?:everyone|everybody)\b|\bkill myself\b|\bnot (?:think|sure) i (?:will )?be (?:around|here) (?:much )?longer\b|\bnot be around (?:much )?longer\b|\bplan(?:ning|s)? to (?:end|kill)\b|\bnot worth living\b|\blife is not worth\b"
    # riding or driving into a lorry; gas on behind taped windows (the twenty-eighth benchmark, session 25)
    r"|\b(?:going to|gonna|gunna|will|wants? to|about to) (?:ride|drive|crash|walk|step|throw (?:myself|himself|herself)) (?:my (?:car|bike|van) |his (?:car|bike|van) |her (?:car|bike|van) )?(?:into|in front of|under) (?:a |the )?(?:lorry|lorries|bus|train|truck|traffic|tree)\b"
    r"|\bgas\b.{0,40}\b(?:(?:windows|doors|vents?)\b.{0,15}\b(?:taped|sealed)|(?:taped|sealed) (?:up )?(?:the |all the )?(?:windows|doors|vents))\b"
    r"|\b(?:taped|sealed) (?:up )?(?:the |all the )?(?:windows|doors|vents)\b.{0,40}\bgas\b"
    # a debt whose "only way out" is a river or a bridge; the most painless way, asked with nothing after
    # it (the thirty-third benchmark, session 31)
    r"|\bonly way out (?:is|would be|will be|left is|left) (?:the |a |to )?(?:river|canal|bridge|railway|railway line|tracks"
    r"|train|sea|cliff|rope|pills|tablets|die|end it|jump)\b|\b(?:most painless|least painful) (?:way|method)s?$"
    # "done, truly done" and nothing else; a family better off with the life insurance; a letter left for
    # a wife beside the keys handed back (the thirty-fourth benchmark, session 31)
    r"|^(?:i am |i m )?done (?:truly|really|completely|totally|properly|just|actually|absolutely|fully|so) done$"
    r"|\b(?:would|d|will|are|be) (?:all )?(?:be )?better off with (?:the |my )?(?:life insurance|insurance money|insurance pay ?out)\b"
    r"|\b(?:written|wrote|left) (?:\w+ ){0,4}letters? (?:for|to) my (?:wife|husband|partner|kids|children|family)\b.{0,80}\b(?:keys|will|sorry|goodbye|look after)\b"
    # a farewell posted to a group with no move or retirement said; a goodbye to the group with love and
    # nothing else; things given away that "won't be needed" while everything is sorted "before I go"
    # (no journey after it); absent from one thing "or anything, ever again"; locked in a room with
    # razors or pills (the thirty-fifth benchmark, session 32)
    r"|\b(?:posted|put|put up|sent|wrote|left) (?:a |his |her |their |this )?(?:farewell|goodbye)(?: (?:message|post|note))? (?:on|in) (?:the |our |a |his |her |their )?(?:\w+ )?"
    r"(?:whatsapp|facebook|group|chat|group chat|insta\w*|snapchat|twitter|tiktok|page|status|story)\b"
    rf"(?!.{{0,80}}\b(?:{_MOVING_ON}|stepping down|stepped down|last day|off to|party|do)\b)"
    r"|^(?:goodbye|bye|farewell) (?:\w+ ){0,3}(?:i )?love (?:you|u|ya) all(?: x+)?$"
    r"|\bwill not need (?:them|it|any of (?:it|them)|my \w+)\b.{0,60}\b(?:sorting|sorted|sort) (?:everything|it all|things) out before i go$"
    r"|\b(?:will not|not going to) be (?:at|in|coming to|around for) (?:\w+ ){1,3}or (?:anything|anywhere|any of it)(?: else)? ever again\b(?! (?:after|because|since|until|unless|while|if|as long as|with)\b)"
    r"|^(?:this is the |this will be the |the )?last time i (?:will|ll) (?:come|be) (?:to|at|here)\b"
    rf"(?!.{{0,80}}\b(?:{_MOVING_ON}|because|as|since|until|till|before)\b)"
    r".{0,60}\b(?:thank you (?:all )?for everything|thanks (?:all )?for everything|goodbye|love you all)\b"  # (the thirty-sixth benchmark, session 32)
    # "had enough" and on the way to a cliff or a bridge; a funeral song picked and "the date" set (the thirty-seventh
    # benchmark, session 32)
    r"|\b(?:had enough|can not do this|done with it all)\b.{0,40}\b(?:heading|going|walking|driving|off) (?:up )?to (?:the )?(?:cliffs?|bridge|edge|tracks|railway|viaduct)\b"
    r"|\b(?:picked|chosen|chose|planned|sorted) (?:out )?my (?:own )?funeral (?:songs?|music|hymns?)\b.{0,60}\b(?:set|picked|chosen|chose|got) (?:the|a) date\b"
    r"|\blocked (?:(?:him|her|them|my)sel(?:f|ves) )?in (?:the |a |his |her |their )?(?:bathroom|toilet|bedroom|room|loo)\b.{0,20}\bwith (?:a |the |some |his |her |my |their )?(?:razors?|blades?|knife|knives|pills|tablets)\b"
    # "what is even the point" said bare; absent "next week, or any week"; "I've made my peace" as the last word;
    # leaving a group's chat asking for someone to be looked after "for me"; walking into the sea "just", or
    # not to come back; driving into a tree; asking whether drowning hurts (the thirty-eighth benchmark, session 33)
    r"|^(?:but |honestly |so |like )?what is (?:even )?the point(?: (?:really|honestly|now))?$"
    r"|\b(?:will not|not going to) be (?:at|in|coming to|around|there)\b.{0,40}\b(?:next|this) (?:week|month|time|session|year) or (?:any|every) (?:week|month|time|session|year)$"
    r"|\bhave made (?:my )?peace$"
    rf"|\bleaving (?:the |this |our )?(?:\w+ ){{0,3}}(?:whatsapp|group|chat|group chat)\b(?!.{{0,160}}\b(?:{_MOVING_ON})\b).{{0,160}}\blook after (?:\w+ ){{1,2}}for me\b"
    r"|\b(?:might|may|could|gonna|going to|want to|wanna) just (?:walk|swim|wade) (?:out )?into the (?:sea|river|canal|lake|water|waves)\b"
    r"|\b(?:walk|walking|swim|swimming|wade|wading) (?:out )?into the (?:sea|river|canal|lake|water|waves) and (?:never|not) (?:come|coming) back\b"
    r"|\b(?:thinking|thought|think) (?:about|of) (?:just )?(?:driving|crashing|steering|swerving) (?:my car |the car |the van )?into (?:a |the )?(?:tree|wall|lorry|bridge|oncoming|pillar)"
    r"|\b(?:want|wanted|going|gonna) to (?:just )?(?:drive|crash|steer|swerve) (?:my car |the car |the van )?into (?:a |the )?(?:tree|wall|lorry|bridge|oncoming|pillar)"
    r"|^(?:does|would|will) (?:drowning|hanging|overdosing|an overdose|bleeding out) (?:hurt|be painful)(?: much| a lot)?$"
    # not around "by July" with no move or holiday said; the cheapest way to die, priced up (the thirty-ninth
    # benchmark, session 34)
    rf"|^(?!.*\b(?:{_MOVING_ON}|holidays?|abroad|travelling|away|off to|visiting)\b).*\b(?:will not|wont) be (?:around|here) by "
    rf"(?:{_TIMES_OF_YEAR}|next (?:week|month|year)|the end of the (?:week|month|year))\b"
    r"|\b(?:cheapest|quickest|fastest|easiest|surest|most painless|least painful|painless|best) ways? to die\b"
    r"(?! (?:of|from|in|on|at|with|for|laughing)\b)"
    # back to cutting, told lightly; always on about the shotgun (the fortieth benchmark, session 34)
    r"|\bback to cutting\b(?! (?:the|grass|hair|hedges?|costs|back|down|out|up|it|them|wood|fabric|paper|veg\w*|onions|lino|carpet|tiles|keys|turf|logs|trees|lawns?)\b)"
    r"|\b(?:on about|going on about|keeps? (?:talking|going on) about|keeps? mentioning) (?:the |his |her |a |my |dad s |grandad s )?(?:shotgun|gun|rifle)\b"
    r"(?! (?:licen[cs]es?|club|range|cabinet|safe|certificate|course|show|shop|renewal|insurance|amnesty)\b)"
    # new blades beside "same old me"; "if I vanished nobody'd notice"; "if I'm not at session Thursday, that's why";
    # the stuff bought, "tonight maybe" (the forty-first benchmark, session 35)
    r"|\b(?:new|fresh|more|bought|got) (?:razor )?blades\b.{0,20}\bsame (?:old )?(?:me|story|thing)\b"
    r"|\bif i (?:vanished|disappeared|was gone|were gone|was not here|died|just went)\b.{0,20}\b(?:nobody|no one|no body|noone) (?:would|d|will|would even|d even) (?:notice|care|miss me)(?: (?:lol|tbh|honestly|anyway|really|tho|though|haha))*$"
    r"|\bif i (?:am not|m not|do not (?:turn up|show up|come)|never (?:turn up|show up|come)|have not (?:turned up|shown up)) (?:\w+ ){0,4}(?:that is|that s|thats) (?:why|the reason)$"
    r"|^(?:i )?(?:bought|got|have got|ve got) the (?:stuff|pills|tablets|rope)\b(?! for\b).{0,10}\btonight (?:maybe|then|probably|i think)\b"
    # the last birthday; how deep to cut; hanging "quick"; not needed where I'm going; a date set and calm; not coming
    # back from the cliffs; burnt with the iron again; not around in December, "don't ask" (the forty-second
    # benchmark, session 35)
    r"|\blast (?:birthday|christmas) (?:though|tho)$|\b(?:this is|this will be|this ll be|it s|it will be) my last (?:birthday|christmas)(?: (?:though|tho|anyway|i reckon|i think|ever))?$"
    r"|\bhow deep (?:do|should|would|must|does) (?:you|i|one|someone) (?:have to |need to |got to )?cut\b(?: (?:to (?:die|bleed out)|(?:your|my|the) wrists?))?$"
    r"|^(?:is )?(?:hanging|drowning|an overdose|overdosing|jumping|a noose) (?:is )?(?:quick|quicker|painless|fast)(?: (?:right|yeah|is not it|is it|though))?$"
    rf"|^(?!.*\b(?:{_MOVING_ON}|holidays?|abroad|travelling|off to|visiting|trip)\b).*\b(?:will not|wont|shall not|shan t|shant|do not|dont) need (?:\w+ ){{0,3}}where i (?:am|m) going\b"
    r"|\b(?:set|picked|chosen|chose|got|have) a date\b.{0,30}\b(?:feel|feels|feeling|felt) (?:so |really |weirdly |strangely |oddly )?(?:calm|peaceful|at peace|lighter)\b"
    r"|\bnot (?:planning on|planning to be|going to be|gonna be|intending on) (?:coming|come) back (?:from|off) (?:the )?(?:cliffs?|bridge|edge|sea|river|coast)\b"
    r"|\b(?:burnt|burned|burning|burn|burns) myself with (?:the |a |my )?(?:iron|lighter|cigarettes?|fags?|straighteners|hair straighteners|matches|a match)\b.{0,10}\bagain\b"
    rf"|\b(?:will not|wont) be (?:around|here) (?:by|in|for|at) (?:\w+ ){{0,2}}(?:{_TIMES_OF_YEAR})\b"
    r".{0,20}\b(?:do not ask|dont ask|never mind why|long story|it is for the best|it s for the best)\b"
    # a man's tools given away today; who'll have the dog "when I'm dead"; a goodbye not to the club but to everything, or
    # one with "don't reply"; his things given away to join him (the forty-third benchmark, session 36)
    rf"|\b(?:gave|given|giving|gives) away (?:all )?(?:of )?(?:his|her|their|my) (?:\w+ )?(?:tools|belongings|possessions|records|guitars?|medals|fishing (?:gear|tackle|rods))\b"
    rf"(?!.{{0,60}}\b(?:{_MOVING_ON}|to (?:the|a|our)|charity|sale|clear ?out|declutter\w*|downsiz\w*)\b)"
    r"|\bwho (?:will|ll|is going to|is gonna|gonna) (?:have|take|look after|feed|walk|mind|care for|get) (?:my|our) (?:\w+ )?(?:dogs?|cats?|kids|children|budgie|pets?|horse) when i am (?:dead|gone for good|no longer here|not here any ?more)\b"
    r"|\bnot (?:just )?leaving (?:the|this|our|my) \w+\b.{0,20}\bleaving (?:everything|everyone|it all|this world|for good|this life)\b"
    r"|\bmy goodbye\b.{0,30}\b(?:do not|please do not|no need to|dont) (?:reply|respond|answer|write back|come looking|try)\b"
    r"|\b(?:gave|given|giving) (?:away )?(?:all )?(?:of )?(?:my|his|her) (?:\w+ s )?(?:things|stuff|clothes|belongings)(?: away)?\b.{0,40}\bjoining (?:him|her|them)\b"
    # swimming out hoping not to make it back; a last practice and a kiss; the most painless way "lol"; funeral songs
    # "for real"; a date "if I'm still here, which I doubt"; cutting under long sleeves in summer; a bench "in memory
    # of me" (the forty-fourth benchmark, session 37)
    r"|\b(?:hoping|hopes|hope|praying|prays|wishing) (?:that )?(?:i|he|she|they) (?:will not|wont|do not|does not|would not|never) make it back\b"
    r"(?! (?:in time|on time|for|to|before|by|until|till|from (?:the |our )?(?:shops?|holiday|trip))\b)"
    r"|^(?:so )?(?:this is|this will be|this ll be|it is|it s|today is|tonight is) my (?:very )?last (?:\w+ ){0,2}(?:practice|rehearsal|session|shift|meeting|class|service|match|game|club)(?: (?:x+|everyone|all|ever|guys|folks|then))*$"
    r"|\b(?:most painless|least painful|quickest|easiest) (?:way|method)s?(?: (?:lol|haha\w*|jk|though|tho|x+|then|really))+$"
    r"|\b(?:planning|plan|planned|picking|picked|choosing|chosen|sorting|sorted) (?:out )?my (?:own )?funeral (?:songs?|music|hymns?|readings?|plans?)\b.{0,20}\b(?:for real|not joking|seriously|i mean it|no joke)\b"
    r"|\bif i am still (?:here|around|alive)\b.{0,25}\b(?:which i doubt|i doubt it|doubt it|doubt i will be)\b"
    r"|\bcutting\b.{0,30}\blong sleeves\b|\blong sleeves\b.{0,10}\bin (?:july|august|june|summer|the heat|this heat|a heatwave)\b.{0,40}\b(?:cutting|cuts|scars|marks on (?:his|her|their) arms)\b"
    r"|\bin (?:loving )?memory of me\b"
    r"|\b(?:edge|ledge|railings?|parapet|roof)\b.{0,30}\b(?:says?|saying|said|shouting|screaming) (?:that )?(?:she|he|they) (?:will|is going to|are going to|is gonna|ll) jump\b"
    r"(?! (?:higher|further|farther|in|into the (?:pool|water)|over|around|up and down|for joy|rope|the queue|ship)\b)"
    # a last job and then up the multi-storey; checking out permanently; on the scaffolding "going to let go" (the
    # forty-sixth benchmark, session 37)
    r"|\b(?:last (?:job|thing|task)|after that|and then)\b.{0,30}\b(?:going|heading|off|walking|go) up (?:to )?(?:the )?(?:top of the )?(?:multi ?storey|car park roof|tower block|bridge|viaduct)\b"
    r"(?! to (?:park|the car|get the car|pay|collect|meet)\b)"
    r"|\bchecking out (?:permanently|for good|of life)\b"
    r"|\b(?:scaffold\w*|roof|ledge|edge|bridge|railings?|balcony|crane|tower|pylon)\b.{0,60}\b(?:going to|gonna|will|ll|wants to|threatening to|threatens to) let go\b"
    # off to join a late wife soon; a last time at bowls "for good" (the forty-fifth benchmark, session 37)
    r"|^(?=.*\b(?:god rest|rest (?:his|her) soul|rip|rest in peace|passed|died|since (?:he|she) went|lost (?:him|her)|lonely|grave|heaven)\b)"
    r".*\b(?:off to|going to|gonna|will|ll|be|am|i am) join(?:ing)? (?:my |our |poor |dear )?(?:\w+ )?(?:\w+ )?(?:soon|shortly|before long|any day now)\b"
    r"(?!.{0,30}\b(?:for|at|on|in|with|club|group|team|committee|class)\b)"
    rf"|^(?!.*\b(?:{_MOVING_ON}|closing|closes|shut\w*|holidays?|injur\w*|knee|hip|back)\b).*\blast time {_AT_IT_FOR_GOOD}"
    # who gets my tools (with no move or sale said); tried to strangle herself; insulin stopped "to finish it"; "he'll be
    # dead by April" (the forty-seventh benchmark, session 38)
    r"|\bwho (?:gets|will get|should get|should have|is having|has|can have) my (?:\w+ )?(?:stuff|things|tools|records|books|guitars?|medals"
    rf"|belongings|possessions|vinyl|fishing (?:gear|tackle|rods))\b(?!.{{0,60}}\b(?:{_MOVING_ON}|when i (?:move|retire|downsiz\w*)|care home|sale|auction|raffle|tombola)\b)"
    r"|\b(?:tried|trying|try|attempted|attempting|tries) to (?:strangle|hang|suffocate|drown|smother|choke|poison|stab|cut|hurt|harm|kill|burn|gas) (?:my|him|her|them)sel(?:f|ves)\b"
    r"|\b(?:stop|stopping|stopped|stops|quit|quitting|come off|coming off|give up|giving up) (?:taking )?(?:his|her|my|their) (?:insulin|meds|medication|tablets|pills"
    r"|heart (?:pills|tablets)|dialysis|inhaler|blood thinners|warfarin)\b.{0,30}\b(?:to finish it|to end it|so it is over|to be done with it|and be done with it"
    r"|and let (?:it|nature) take|to die|so (?:i|he|she) can go|to go quicker)\b"
    rf"|\b(?:he|she) (?:will|ll|would|d|is going to) be dead by (?:{_TIMES_OF_YEAR}|next (?:week|month))\b"
    # nobody will miss me (not "if I skip a week"); voices telling someone to jump; worth more dead than alive; a will
    # left "for whoever needs it"; not planning on checking out (the forty-eighth benchmark, session 38)
    r"|(?<!said )(?<!says )(?<!said that )(?<!says that )(?<!told me )(?<!tells me )\bno one (?:will|would|is going to|d|ll|is gonna) (?:even )?miss me\b(?!.{0,40}\b(?:if i (?:skip|miss|leave|quit|resign|step|do not|take)"
    r"|for (?:a|one|the) (?:week|night|session|month|match|game)|on holiday|while i am away)\b)"
    r"|\bvoices?\b.{0,30}\b(?:tell|telling|told|say|saying|said|says|want|wants|keep telling)\b.{0,15}\b(?:me|him|her|them|i|he|she) (?:should |to |must |have to )?"
    r"(?:jump|die|kill (?:my|him|her|them)sel(?:f|ves)|end it|hurt (?:my|him|her)self|cut (?:my|him|her)self|hang|drown)\b"
    r"|\bworth more (?:to (?:them|you|us|the family|my family|her|him) )?dead than alive\b"
    r"|\bmy will\b.{0,60}\b(?:for whoever (?:needs|need|wants) (?:it|them)|i am done after)\b"
    r"|\bnot (?:planning|intending|going) (?:on|to) (?:be )?check(?:ing)? out\b(?! (?:until|till|before|early|late|of the|at|by)\b)"
    # "if someone dies on the premises? ... I'm thinking about doing it in the boiler room": where, after a word of dying
    # (the forty-ninth benchmark, session 39)
    r"|\b(?:die|dies|died|dying|dead|death|suicide|kill (?:my|him|her)self|end (?:it|my life))\b.{0,120}\b(?:thinking (?:about|of)|going to|gonna|planning (?:to|on)|plan to"
    r"|decided to|will) (?:do|doing) it (?:in|at|from|off|on) (?:the |my |our )?(?:boiler room|garage|loft|attic|shed|woods|bridge|car park|railway|tracks|cliff|barn|river|cellar|basement)\b"
    # "no point without Jim. worked out how."; a funeral grant for "mine, not long now"; sat in the bath with a razor; tried
    # before and "properly this time" (the fiftieth benchmark, session 39)
    r"|\bno point\b.{0,60}\bworked out how\s*$"
    # "after that im going to end it"; "not that it matters, ill be gone by the time it renews"; "I've bought what I need to
    # end it"; "not going to be a burden much longer"; "i dont think ill be alive on the 20th" (the fifty-fourth
    # benchmark, session 40)
    r"|\b(?:i am|i m|i) (?:going to|gonna|about to|ready to) end it\b(?! (?:with|at|early|there|here|on|by|for (?:the|our|this))\b)|\bi (?:will|ll) end it (?:all|tonight|today|soon|after)\b"
    r"|\bnot that it matters\b.{0,30}\b(?:i will|i ll|ill|i am going to|i m going to) (?:be gone|not be (?:here|around|alive))\b"
    # "I'm not sure I'll be here next month so it doesn't matter much" (the fifty-fifth benchmark, session 41)
    r"|\b(?:not sure|do not think|doubt|do not know if) i (?:will|ll) (?:still )?be (?:here|around)\b(?:(?!holiday|away|abroad|moving|work|shift|appointment).){0,30}"
    r"\bso (?:it|that) (?:does not|will not|would not) (?:really )?matter(?: much| anyway| really| either way)?\s*$"
    r"|\b(?:bought|got|have got|ordered|collected|got hold of|sorted) (?:what|everything|all) (?:i|he|she) (?:need|needs|needed) to (?:end it|do it|end (?:my|his|her) life|kill (?:my|him|her)self)\b"
    r"|\b(?:not (?:going to|gonna) be|will not be|won t be) a burden (?:for )?(?:much|very much) longer\b"
    r"|\b(?:do not|don t) think (?:i|he|she) (?:will|ll) (?:be|still be) alive\b|\b(?:will not|won t) be alive (?:on|by|for|at|next|in|to see)\b"
    # "no point going on"; thank-yous written tonight, "the right time to say it all before I go" (the fifty-third
    # benchmark, session 40)
    r"|^(?:there is |there s |i see |honestly )?no point (?:in )?(?:going on|carrying on|living|being here|me being here)(?: any ?more)?\s*$"
    r"|\b(?:right time|time) to say (?:it all|everything|goodbye|my goodbyes|thank you)\b.{0,20}\bbefore i go\s*$"
    r"|\bfunerals?\b.{0,40}\b(?:mine|my own)\b.{0,40}\bnot (?:long|much longer) now\b"
    r"|\b(?:sat|sitting|sit|lying|lay|laid|i am|i m) (?:in )?(?:the |my )?bath\b.{0,15}\bwith (?:a |the |my |some )?(?:razors?|blades?|knife|pills|tablets)\b"
    r"|\b(?:he|she|i|they)(?: has| have| had| s| ve)? (?:already )?(?:tried|attempted)\b(?! (?:the|a|an|our|their|his|her|it|that|this|to)\b).{0,40}\b(?:properly this time|for real this time|this time for real|right this time|make sure this time)\b"
    # half a bottle of pills taken and "it didn't work"; wounds on her wrists picked till they bleed, thighs covered in
    # cuts; a tenant standing on the balcony ledge at night; resigning "from this life" (the fifty-seventh benchmark,
    # session 42)
    rf"|\b(?:took|taken|swallowed|had|necked|downed)\b (?:\w+ ){{0,4}}{_PILLS}\b.{{0,60}}\b(?:it|that|they) (?:did not|didn t|has not|have not) work(?:ed)?\b"
    r"|\b(?:pick\w*|scratch\w*|dig\w*|goug\w*|claw\w*|scrap\w*)\b (?:at )?(?:the )?(?:wounds|scabs|cuts|skin|sores)?(?: on)? ?(?:her|his|their|my) (?:wrists?|arms?|legs?|thighs?)\b.{0,30}\b(?:till|until|so) (?:they|it|she|he) (?:bleed|bleeds|bled)\b"
    r"|\b(?:thighs?|arms?|wrists?|forearms?|stomach|tummy)\b.{0,25}\b(?:covered in|full of|lots of|loads of|all) (?:fresh |new |deep |little |tiny )?(?:cuts|slashes|burns|self harm marks)\b(?!.{0,25}\b(?:brambles|nettles|thorns|bushes|gorse|hedge|the fall|a fall|the cat|the dog)\b)"
    r"|\b(?:standing|stood|stands|sitting|sat|sits|perched|keeps? standing)\b (?:out |up )?on (?:the |a |his |her |their )?(?:balcony (?:ledge|railings?|rail|edge)|ledge|parapet|bridge (?:railings?|rail|edge)|edge of (?:the |a )?(?:roof|bridge|balcony|cliff|multi storey|car park))\b"
    r"|\b(?:resign\w*|leav\w*|quit\w*|step\w* down|bow\w* out|check\w* out|exit\w*|go|going|gone|depart\w*)\b.{0,40}\bfrom (?:this|the) life\b"
    # sleeping pills stockpiled "because he won't go into a home"; a goodbye with the keys under the mat; an arm burned
    # "on purpose" (the fifty-eighth benchmark, session 42)
    r"|\bstockpil\w* (?:up )?(?:all )?(?:his|her|their|my) (?:\w+ )?(?:pills|tablets|meds|medication|medicines?|insulin|paracetamol|painkillers|morphine|oxycodone)\b"
    r"|\bkeys? (?:are |is )?(?:under the (?:door ?mat|mat|pot|plant pot|flower ?pot)|in the (?:key ?safe|plant pot|flower ?pot))\b.{0,40}\b(?:goodbye|bye|sorry|love (?:you|to all))\b"
    r"|\bsorry for (?:all )?(?:the|any) trouble\b.{0,60}\bgoodbye\b"
    r"|\b(?:burn\w*|cut|cutting|scald\w*|scratch\w*|hurt)\b (?:my|his|her|their) (?:\w+ )?(?:arms?|wrists?|hands?|legs?|thighs?|skin|stomach|tummy|face)\b.{0,40}\bon purpose\b"
    r"|\b(?:burn\w*|cut|cutting|scald\w*|hurt) (?:myself|himself|herself|themselves)\b.{0,30}\bon purpose\b"
    # "I've worked out how I'd do it"; planning my own death, a date picked, told after an ask for a first aid kit
    # checklist (the fifty-ninth benchmark, session 43)
    r"|\b(?:worked out|figured out|planned|planned out|sorted out) (?:exactly )?(?:how|when|where) (?:i d|id|i would|i will|i ll|i am going to|i am gonna) (?:do it|end it|go)\b"
    r"|\bplanning (?:my|his|her|their) (?:own )?(?:death|suicide)\b"
    # a lethal dose asked for; "lowkey planning how to do it"; his pills "all at once", told after an ask for a
    # bereavement café's poster (the sixtieth benchmark, session 44)
    rf"|\b(?:lethal|fatal|deadly|toxic|killing) (?:dose|amount|quantity|overdose) (?:of )?(?:my |his |her |their |the |your )?(?:\w+ )?{_DRUGS}\b"
    r"(?! (?:for|in) (?:a |an |my |our |the |your )?(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|horses?|animals?)\b)"
    rf"|\bhow (?:much|many) (?:\w+ )?{_DRUGS} (?:\w+ ){{0,3}}(?:is|are|would be|counts as) (?:lethal|fatal|deadly|an overdose)\b"
    r"|\b(?:lowkey|low key|secretly|quietly|seriously|already|i am|i have been|been|i keep|i kept|i still|keeps) (?:lowkey |low key |secretly |quietly |seriously |already |been )?planning how (?:to|i d|i would|i will|i ll|i am going to|i am gonna) do it\b"
    r"(?! (?:the|a|an|our|this|that|his|her|their) (?:\w+ )?(?:surprise|party|event|fundrais\w*|fete|fair|raffle|quiz|bash|celebration|collection|whip ?round|presentation|display|rota|move)\b)"
    rf"|\b(?:take|taking|takes|swallow\w*|down|downing) (?:all (?:of )?)?(?:the|his|her|my|their) (?:\w+ )?{_DRUGS}\b(?: \w+){{0,5}} all (?:at once|in one go)\b{_NOT_AS_PRESCRIBED}"
    rf"|\b(?:take|taking|takes|swallow\w*|down|downing) all (?:of )?(?:the|his|her|my|their) (?:\w+ )?{_DRUGS} (?:at once|in one go)\b{_NOT_AS_PRESCRIBED}"
    # the most paracetamol "before it kills u"; "thinking of taking all his morphine myself"; her antidepressants saved up
    # to take at once; not around after the weekend, "I've made my mind up"; a window left open "so she can go" (the
    # sixty-second benchmark, session 45)
    rf"|\b(?:max|maximum|most|how much|how many) (?:\w+ )?{_DRUGS}\b.{{0,20}}\bbefore (?:it|they) (?:kills?|finish(?:es)?) (?:you|u|me|someone|a person)\b"
    rf"|\b(?:thinking|thought|think) (?:of|about) (?:taking|swallowing|necking|downing) all (?:of )?(?:his|her|my|their|the) (?:\w+ )?{_DRUGS}\b"
    r"(?! (?:to|back to|into|in to|down to) (?:the |a )?(?:pharmacy|chemist|gp|doctor|surgery|hospital|bin|return)\b)"
    rf"{_NOT_AS_PRESCRIBED}"
    rf"|\b(?:saving|saved|hoarding|hoarded) up (?:all )?(?:of )?(?:his|her|my|their) (?:\w+ )?{_DRUGS}\b"
    rf"|\b(?:(?:not|never) (?:going to|gonna)|will not|would not) be (?:around|here)\b(?!.{{0,160}}\b(?:{_MOVING_ON}|holiday|away)\b).{{0,120}}\b(?:made (?:my|his|her) mind up|(?:my|his|her) mind is made up|i have decided)\b"
    r"|\b(?:window|windows|balcony door) open\b.{0,20}\bso (?:she|he|i|they) (?:can|could) (?:go|jump|end it)\b"
    r"(?! (?:to|out|in|inside|outside|and|home|back|through|on|for|off|up|down|round|over)\b)"
    # whether a fall from the top of the car park "would definitely kill someone" (the sixty-third benchmark, session 45)
    r"|\b(?:(?:would|will|does) (?:a )?)?fall (?:from|off) (?:\w+ ){0,4}(?:(?:would|will|could|is going to) )?(?:definitely|certainly|for sure|surely) kill\b"
    # "what height of car park would kill me" (the sixty-fifth benchmark, session 46)
    r"|\b(?:what height|how high|how many (?:floors|storeys|stories))\b.{0,40}\bkill (?:me|myself)\b"
)

# Someone who cannot get out while an alarm sounds, said in either order (the fortieth benchmark, session 34).
_STUCK_INSIDE = (
    r"(?:stuck (?:upstairs|inside|in (?:the |a |her |his |my |their )?(?:lift|flat|room|bedroom|toilet|bathroom|building|house|attic|loft))"
    r"|trapped|can not get (?:down|out))"
)
_ALARM_SOUNDING = r"(?:fire )?alarms? (?:is |s )?(?:going|going off|sounding|ringing)"
# Not someone already found again (after a person gone missing).
_NOT_FOUND_SINCE = r"(?!.{0,100}\b(?:found|back home|returned|came back|turned up)\b)"
# 999 before children's or adult social care or the domestic abuse helpline: someone gone off towards water, a railway or a main road; someone on the
# floor since yesterday or overnight; a limb at a wrong angle (the sixty-sixth benchmark, session 48: "autistic 8yo
# wandered off towards the river", a befriending client on his kitchen floor since yesterday, his leg at a wrong angle).
_EMERGENCY_FIRST = (
    r"(?<!dog )(?<!dogs )(?<!puppy )(?<!horse )(?<!pony )(?<!cat )(?<!sheep )(?<!ball )"  # the walk's dog is no emergency
    r"\b(?:wander(?:ed|ing|s)?|(?:ran|run|running|runs|slipped|gone|went|got|walked|walking|headed|heading) (?:off|away|out))\b"
    r" (?:\w+ ){0,4}?(?:towards?|in the direction of|down to|off to|into) (?:the )?(?:river|canal|lake|pond|quarry|reservoir|sea|weir|railway|tracks|train tracks|motorway|dual carriageway|main road|bypass|cliffs?)\b"
    r"|\b(?:(?:he|she|they|i) (?:s |has |had |have |was |is |am |were )?(?:been )?(?:lying |laid |lay |stuck |sat |sitting )?|found (?:\w+ ){0,7}?)"
    r"on (?:his|her|their|my|the) (?:\w+ )?floor\b.{0,60}\b(?:since (?:yesterday|last night|this morning|the morning|the weekend)|all night|overnight|for (?:hours|days|two days|\d+ hours))\b"
    r"|\b(?:his|her|their|my) (?:\w+ )?(?:leg|arm|ankle|wrist|hip|knee|foot|shoulder) (?:is |s |looks |was )?(?:at|in|bent at|bent in|sticking out at) (?:a |an )?(?:really |very )?"
    r"(?:wrong|weird|funny|odd|strange|horrible|awful|unnatural) (?:angle|shape|position|way)\b"
    # someone hitting a person as it is written, before the domestic abuse helpline (the sixty-seventh benchmark, session
    # 49: "he's hitting her right now")
    r"|\b(?:hitting|punching|slapping|strangling|throttling|battering|kicking) (?:him|her|them|me|us|his (?:wife|partner|girlfriend|mum|mother|dad|son|daughter|kids?|child)"
    r"|(?:a |the |this |that )?(?:woman|man|lady|girl|boy|kid|child))\b (?:(?!and\b)\w+ ){0,4}?(?:right now|now|as we speak|this minute)\b"
)
_EMERGENCY_NOW = re.compile(_EMERGENCY_FIRST)
# An overdose of street opioids, or one found in a public toilet or street, is a medical emergency first whether or not it
# was meant (the development sets and the sixty-seventh benchmark wrote all of theirs as immediate danger: "hes
# overdosed on heroin i think", "OD in the toilets help"); the crisis lines follow in a line.
_STREET_OVERDOSE = (
    r"\boverdos\w* (?:on (?:heroin|smack|fentanyl|spice|opioids?|opiates?|methadone|nitazenes?|street drugs)"
    r"|in (?:the|our|a) (?:toilets?|loos?|bathroom|car park|alley|street|park|stairwell))\b"
)
_IMMEDIATE = re.compile(
    _STREET_OVERDOSE + "|"
    # breathing and consciousness: negation is part of the danger, never a reason to ignore it
    r"\b(?:not|stopped|stop|no longer|barely|hardly|struggling to|struggles to|fighting to|trouble|can not|could not|unable to)"
    r" (?:be )?breath|\bbreathing (?:has )?(?:stopped|funny|strange|really bad)\b|\bno pulse\b|\b(?:lips|face|he|she) (?:is |are )?(?:turning|gone|going) blue\b"
    r"|\bnot (?:breathing|breathin|breath)\b|\bbreathless and\b|\bgasping\b|\bturning blue\b"
    # "blue lips", "lips blue": the other word orders of the line above, whose "going blue" stays without exceptions
    # ("lips going blue from the cold" is hypothermia); not a swimming club's name or slush puppies (the forty-eighth
    # benchmark, session 38)
    r"|\b(?:blue lips|lips (?:are |have |has )?(?:gone |turned |turning |going )?blue)\b"
    r"(?! (?:brigade|club|crew|gang|squad|swim\w*|from|after (?:the )?(?:slush\w*|ice|lolly|lollies|sweets|swim)))"
    # "Bert's gone blue" (the twenty-fourth benchmark, session 22), not the sky, a screen or the lights
    r"|\b(?!(?:sky|screen|light|lights|water|hair|paint|logo|hall|sign|it|that|this|everything|website|page|icon)\b)\w+ (?:s|has|have|is) (?:gone|turned) blue\b"
    # someone gone under the water, or pulled out of it blue (development sets, session 14)
    # (a person gone under, not a firm, and not under the car)
    r"|\bpulled (?:him|her|them|the \w+) out\b.{0,30}\bblue\b"
    # a ceiling down, someone electrocuted (the twenty-second benchmark, session 21)
    r"|\b(?:ceiling|roof|balcony|stage|scaffolding|stand|wall) (?:has |s )?(?:came|come|fallen|fell|collapsed|caved) (?:down|in)\b"
    r"|\belectrocut(?:ed|ing)\b|\bstill (?:holding|touching|gripping|stuck to) (?:the )?(?:cable|wire|live wire|lead)\b"
    # a small child in the traffic (the twenty-first benchmark, session 21)
    r"|\b(?:toddler|little (?:boy|girl|one|lad)|baby|child|kid)\b.{0,60}\b(?:towards|into|in) (?:the )?(?:middle of the )?(?:main |busy )?(?:road|traffic|high street)\b(?!.{0,20}\b(?:safety|crossing|sense|awareness)\b)"
    r"|\bcars? (?:swerving|braking|beeping) (?:round|around|past) (?:him|her|them|the (?:child|kid|toddler|boy|girl))\b"
    # burns and hair on fire, lightning, a slumped driver still moving, a capsize or a mayday (the
    # twentieth benchmark, session 21)
    r"|\b(?:face|skin|hands?|arms?|legs?|chest|back|neck) (?:is|are|has been|have been|got) (?:badly |really |very |all )?(?:burnt|burned|scalded|blistering|blistered)\b(?!.{0,30}\bsun)"
    r"|\b(?:hair|wig|clothes|costume|dress|sleeve|top) (?:has |have )?(?:caught fire|is on fire|are on fire|went up in flames)\b"
    r"|\blightning (?:has )?(?:hit|struck) (?:the |our |a )?\w+\b.{0,20}\b(?:someone|somebody|he|she|they|a (?:man|woman|player|child|kid|lad|girl|boy))(?: is| s| has)? (?:down|on the ground|not moving|unconscious|hit)\b"  # (the fifty-fourth, session 40)
    r"|\bstruck by lightning\b|\blightning (?:has )?(?:hit|struck) (?:him|her|someone|somebody|one of (?:us|them|the \w+)"
    r"|(?:a|an|the|our|my|one) (?:\w+ )?(?:runner|walker|man|woman|lad|girl|boy|child|kid|player|climber|golfer|cyclist|volunteer"
    r"|member|person|rider|swimmer|camper|angler|hiker|marshal|steward)s?)\b"
    r"|\bslumped\b.{0,40}\b(?:rolling|still moving|still going|drifting)\b|\b(?:rolling|moving)\b.{0,40}\bslumped\b"
    r"|\b(?:capsiz\w*|overturned|flipped over)\b.{0,60}\b(?:can not get back|can not get out|still in the water|in the water|drifting|getting dark|swept|trapped)\b"
    r"|\bmayday\b.{0,80}\b(?:capsiz\w*|sinking|overboard|in the water|drifting|taking on water)\b"
    r"|\b(?:he|she|someone|somebody|kid|child|boy|girl|lad|lass|man|woman|toddler|baby|swimmers?|participants?|one of (?:the|our|my) \w+)"
    r"(?: \w+){0,4}? (?:gone|went|go|goes) under\b(?! (?:the|a|an|his|her|their) (?!water|waves|surface|ice))"
    r"|\b(?:can not|could not|can t|cant) (?:get|find|feel) (?:a |his |her |any )?pulse\b|\b(?:doing|giving|started|starting|do|give) (?:him |her )?(?:cpr|chest compressions)\b"
    r"|\bun ?con\w*ious\b|\bunconsc|\bunresponsive\b|\bnot (?:responding|responsive|moving|waking|conscious|coming round|coming to)\b"
    r"|\b(?:will not|can not|could not|does not|did not) (?:wake|respond|come round|come to)\b|\b(?:no one|we|i) can not wake\b|\bno one (?:can|could) (?:wake|rouse|get a response)"
    r"|\bpassed out\b|\bcollaps|\bkeeled over\b|\bout cold\b|\bknocked (?:out|unconscious)\b|\bfell unconscious\b"
    # a small child gone through a gate or door left open (the thirty-second benchmark, session 30)
    r"|\b(?:toddler|little one|tot|little (?:boy|girl|lad)|(?:\d|two|three|four|five) year old)(?: s| has| is)? (?:gone|disappeared|wandered off|got out|run off|ran off)\b(?! (?:home|to|back|for|with|up|down|quiet|off|in|into|out|now|already))(?! \w+ (?:home|mum|dad|nan))(?! \w+ \w+ (?:home|mum|dad|nan)).{0,30}\b(?:gate|door) (?:was |is |s |has been |had been |left )?(?:open|wide open|left open)\b"
    # a baby or small child gone limp, eyes rolling back (the thirty-first benchmark, session 30)
    r"|\b(?:baby|babies|toddler|tot|infant|newborn|child|kid|little (?:one|girl|boy|lad)|girl|boy|son|daughter|he|she)\b.{0,40}\b(?:gone|went|going|goes|is|has gone|has gone all|gone all) (?:completely |all |really )?(?:limp|floppy)\b"
    r"|\beyes (?:are |keep |started |have )?rolling (?:back|up)\b"
    # no response or no pulse, said with "no one"; a head injury's warning signs; froth after the water; a battery,
    # magnet or chemical swallowed (the seventeenth benchmark, session 18)
    r"|\b(?:no one|nobody)\b.{0,30}\b(?:can|could) (?:get|find|feel) (?:a |his |her |their |any )?pulse\b"
    r"|\b(?:no one|nobody|can not|could not|can t|cant)\b.{0,30}\bget (?:him|her|them) to (?:respond|wake|come round|come to)\b"
    r"|\bone pupil (?:is |s )?(?:bigger|larger|smaller) than the other\b|\bpupils (?:are )?(?:different|uneven|odd) sizes?\b"
    r"|\bcoughing up (?:pink |frothy )?(?:froth|foam)\b|\bpink froth\b|\bfoaming at the mouth\b|\b(?:struggling|fighting) for (?:breath|air)\b"
    r"|\b(?:swallowed|swallowing|has eaten|ate|drunk|drank|licked) (?:a |an |some |the |one of the |one of our |one of those |one of these |one of (?:his|her|my) )?(?:\w+ ){0,2}"
    r"(?:button batter(?:y|ies)|coin batter(?:y|ies)|magnets?|bleach|dishwasher (?:tablets?|pods?)|washing (?:pods?|tablets?|capsules?)|weed ?killer|antifreeze|drain cleaner)\b"
    # medical
    r"|\bheart attack\b|\bcardiac arrest\b|\bchest pain|\bhaving a (?:fit|seizure|stroke)\b|\b(?:is |are )?fitting\b(?! (?:one|them|a|an|the|new|some|out|of|with|kitchens?|carpets?|doors?|locks?|alarms?|lights?|blinds|shelves|ramps?|rooms?)\b)|\bseizure|\bconvuls"
    r"|\bface (?:is )?(?:drooping|dropped)\b|\bchok(?:ing|ed|es)\b(?! hazards?)|\ballergic reaction\b|\banaphyla|\bepi ?pen\b"
    r"|\bthroat (?:is )?(?:closing|swelling|swollen)\b|\blips (?:are )?(?:swelling|swollen)\b"
    r"|\b(?:swollen|swelling|puffy|puffed up) (?:lips|tongue|face|throat)\b.{0,60}\b(?:wheez\w*|hives|can not breathe|struggling to breathe|can not swallow)\b"  # (the sixty-sixth benchmark, session 48)
    + "|"
    + _EMERGENCY_FIRST
    # "her lips are huge and shes wheezing" after nuts (session 41: it had been caught only by "huge" read as a hug)
    # a tongue that "feels huge" or swollen beside hives or wheezing (the sixty-third benchmark, session 45)
    + r"|\b(?:lips|tongue|face|eyes) (?:are |is |s |have |has |feels |feel |looks |look )?(?:gone |going |all )?(?:huge|puffed up|puffy|blown up|ballooned|swollen|swelling up)\b.{0,40}\b(?:wheez\w*|hives|can not breathe|struggling to breathe|breathing)"
    r"|\bbleed(?:ing)? (?:heavily|badly|a lot|everywhere|loads|lots|so much|really bad|out|profusely)\b"
    rf"|\b(?:{_HEAVY_BLEEDING})\b|\bblood (?:everywhere|all over)\b|\bpouring (?:with |out )?blood\b|\b(?:lot|lots|loads|so much|masses|tons|pools?) of blood\b|\btourniquet\b"
    r"|\bstabbed\b|\bbeen shot\b|\bshot (?:him|her|someone)\b|\bhead injury\b|\bhit (?:his|her|their) head\b"
    r"|\b(?:fell|fallen|falling) (?:off|from|down) (?:a|the|his|her)\b|\bbroken (?:neck|back)\b|\bcan not feel (?:his|her|my) legs\b"
    r"|\b(?:dragged|swept|pulled|carried|taken|drifting|being dragged|being pulled) (?:out|away|off) (?:by|in|on) (?:the |a )?(?:current|tide|rip|rip tide|riptide|rip current|waves)\b|\bcaught in (?:a |the )?(?:rip|rip ?tide|rip current)\b"  # (the twenty-fifth benchmark, session 23)
    # a paddler or swimmer upside down or under who has not come up (the twenty-seventh benchmark, session 24)
    rf"|\b(?:he|she|they|someone|somebody|kayaker|canoeist|paddler|swimmer|diver|child|kid|boy|girl|man|woman|lad)(?: is| has| have| s)?(?: still)? {_NOT_SURFACED}"
    rf"|\b(?:upside down|capsiz\w*|went under|gone under|(?:jumped|dived|dove) in|{_WENT_IN}|over the weir|into the (?:weir|lock|river|canal|lake|sea|water))\b.{{0,40}}\b{_NOT_SURFACED}"
    # an arm that will not lift beside slurred or jumbled words: a stroke (the twenty-sixth benchmark, session 23)
    rf"|\b{_ARM_WEAK}\b.{{0,60}}\b{_SPEECH_WRONG}|\b{_SPEECH_WRONG}\b.{{0,60}}\b{_ARM_WEAK}\b"
    r"|\bchoke pon\b|\b(?:him|she|he|her|mi \w+) a choke\b"
    r"|\bdrown(?!\w* in (?:admin|paperwork|work|emails|debt|bills|forms|requests|applications))"
    rf"|\b{_WENT_IN}(?:to)? the (?:river|canal|sea|water|lake|pond|reservoir)\b|\bhypotherm"
    r"|\bbeen (?:hit|knocked down|run over) by a\b|\b(?:car|bus|van) crash\b|\bhit by a (?:car|van|bus|lorry)\b"
    # a car that has just hit one of the group (the twenty-ninth benchmark, session 26)
    r"|\b(?:car|van|bus|lorry|truck|motorbike|taxi) (?:has )?just (?:hit|knocked (?:down|over)|ran over|run over) (?:one of (?:our|the|my) \w+|(?:a|our|my|the) (?:child|kid|boy|girl|lad|man|woman|lady|member|volunteer|cadet|scout|runner|walker|pedestrian))\b"
    # a rider or walker knocked off or down on the road (the twenty-third benchmark, session 22)
    r"|\b(?:rider|cyclist|biker|pedestrian|courier)s? (?:(?:has|have|got|was|been|just) ){0,3}(?:knocked (?:off|down|over)|run over|hit by)\b"
    r"|\bknocked (?:off|down from) (?:his|her|their|the|a|my) (?:bike|bicycle|scooter|moped|motorbike|horse)\b"
    r"|\bstuck in (?:the |deep )?(?:flood ?water|flood|river|water|mud)\b|\bwater (?:is )?(?:coming up|rising|up) to (?:the|their|his|her|our) (?:windows|waist|chest|neck|roof)\b"
    r"|\btrapped (?:in|under|inside) (?:the |a |his |her |their )?(?:car|van|bus|lift|building|water|rubble|wreckage|house|flat|fire|machine)\b|\bstill inside\b.{0,40}\b(?:fire|smoke|water|flood|burning)\b"
    r"|\b(?:inhaler|epi ?pen|insulin) (?:is not|not|is not doing|does not|did not) (?:working|doing anything|help|helping|work)\b"
    r"|\bambulance\b|\b999\b|\bparamedic"
    # fire, gas, smoke
    r"|\bshots? (?:being |been |were |have been |just |are being )?fired (?:outside|inside|near|by|round|around|on|in) (?:the|our|a)\b"  # (session 35)
    r"|(?<!not )(?<!be )\bon fire\b|\bnot a drill\b.{0,30}\bfire\b|\bfire\b.{0,30}\bnot a drill\b|\bfire (?:upstairs|downstairs)\b|\bfire (?:has )?spread|\bbin fire\b|\bcan not get out\b|\bthere is a fire\b|\bfire (?:in|at) (?:the|our|my)\b|\bfire (?:in|at) (?:hall|kitchen|building|centre|church|school|office|shop|flat|house|hut|cafe|basement|car park|bin store)\b|\bfire (?:has )?(?:broken out|started|spreading)\b|\bis burning\b"
    # "now the curtain's alight" (the forty-ninth benchmark, session 39)
    r"|\b(?:curtains?|kitchen|hall|house|flat|building|roof|bins?|bin store|car|van|shed|cooker|oven|pan|chip pan|room|sofa|bed|carpet|clothes|hair|coat|dress"
    r"|sleeve|tree|hedge|fence|garage|office|stage|tablecloth|decorations?)(?: s| is| are| has| have)? (?:now |just |all |properly |well |fully |caught |gone |went |set )*alight\b"
    r"(?!.{0,80}\b(?:last (?:night|week|month|year)|yesterday|put (?:it )?out|no harm)\b)"
    r"|\bsmoke (?:everywhere|coming|pouring|filling|billowing)\b|\bfull of smoke\b|\bsmell(?:s|ing)? (?:of )?gas\b|\b(?:reeks?|reeking|stinks?|stinking) (?:of )?gas\b|\bfire fire fire\b|\bgas leak|\bleaking gas\b"
    r"|\b(?:carbon monoxide|co) (?:alarm (?:is |has been |keeps )?(?:going|going off|gone off|beeping|sounding|ringing)|poison)|\bflames\b"
    # ... with where it is between ("the CO alarm at our drop-in is going off": the sixty-fourth benchmark, session 46)
    r"|\b(?:carbon monoxide|co) alarm (?:at|in) (?:the |our |my )?(?:\w+ ){1,3}(?:is |has )?(?:going off|gone off|sounding|ringing)\b"
    # weapons and violence happening now
    r"|\b(?:has|have|had|got|with|holding|waving|pulled|pulling|carrying|brandishing|armed with|wielding) (?:out )?"
    r"(?:what (?:appears|looks|looked|appeared) (?:to be |like )|something like )?(?:a |an |his |her |their )?"
    r"(?:knife|knives|gun|guns|machete|blade|weapon|axe|hammer|crowbar|baseball bat|bat|crossbow|firearm|shotgun|screwdriver|broken bottle)\b"
    r"|\b(?:knife|gun|machete|weapon)s? (?:out|pulled|drawn)\b"
    # swinging a knife at the volunteers on the door (not a bat: rounders; the forty-ninth benchmark, session 39)
    r"|\bswing(?:ing|s)? (?:a |an |his |her |their |the )?(?:knife|knives|machete|blade|axe|hammer|crowbar|broken bottle)\b"
    r"|\b(?:looks like|looked like|think it is|might be|could be) a (?:gun|knife|weapon|machete|blade)\b"
    r"|\bthrow(?:n|ing)? (?:a |some )?(?:brick|stone|rock|bottle|petrol bomb)s? (?:through|at)\b|\bman with a (?:knife|gun)\b|\bacid attack|\bthrew acid\b"
    r"|\bbomb\b|\bsuspicious package\b|\bshooting\b|\bstabbing\b"
    r"|\bbeing (?:attacked|beaten|stabbed|assaulted|hit|punched|kicked)\b|\battacking (?:him|her|them|us|me|someone|people|staff)"
    r"|\bbeating (?:him|her|them|someone|up)\b|\bbeat(?:en)? up\b|\bkicking (?:him|her|them|the door|off)\b"
    r"|\b(?:a |big )?(?:fight|brawl|punch up) (?:has )?(?:broken out|breaking out|going on|happening|kicked off|outside|in the)\b|\bkicked off\b"
    r"|\bthreaten\w* (?:to |that )?(?:he|she|they|he is|she is|they are )?(?:will |is going to |going to )?(?:kill|stab|shoot|hurt|burn|attack|batter)"
    r"|\b(?:said|says|saying|swears|swore|shouting|screaming|yelling) (?:that )?(?:he|she|they) (?:is |are |will |would )?(?:going to )?(?:kill|stab|shoot)"
    r"|\b(?:trying to|tried to) (?:break in|get in|kill|hurt|stab|strangle)\b|\bbreaking in\b|\bbroke in\b|\bintruder\b"
    r"|\bsmash(?:ing|ed)? (?:the(?! (?:garlic|ginger|biscuits?|potatoes|avocados?|cardamom|spices|peppercorns|nuts|ball|target|record|quiz|competition|league|opposition|other (?:team|side)|final|semi|cup)\b)|up|windows)\b|\bscreaming at (?:people|us|staff|volunteers)\b|\bhostage\b"
    # someone with dementia gone missing (the thirty-third benchmark, session 31): 999 and the police, as for a child
    # (a person gone: not money "gone missing", not "nobody's ever wandered off", not one found since)
    r"|\b(?:dementia|alzheimer\w*)\b(?:.{0,80}(?<!ever )(?<!never )\b(?:walked off|wandered off|walked out)|(?:.{0,80}\b(?:he|she|they"
    r"|man|woman|lady|gentleman|mum|dad|nan|gran|grandad|grandma|husband|wife|aunt|uncle|member|client|resident|patient|regular"
    r"|neighbour))? (?:has |have |had |is |s |was )?(?:just |now |again )?(?:gone missing|went missing|disappeared)"
    r"|.{0,80}\b(?:no one can|can not|could not) find (?:him|her|them))\b" + _NOT_FOUND_SINCE +
    # ... or who never got home, said before the dementia, or was last seen a short while ago (the thirty-sixth
    # benchmark, session 32)
    r"|(?:\b(?:never|not|did not|has not|have not) (?:got|get|gotten|come|came|made it) (?:back )?home\b.{0,60}\b(?:dementia|alzheimer\w*)\b"
    r"|\b(?:dementia|alzheimer\w*)\b.{0,60}\blast seen (?:\w+ ){0,5}(?:\d+ (?:mins?|minutes|hours?|hrs?) ago|(?:an|half an) hour ago"
    r"|this (?:morning|afternoon|evening)|today|tonight))"
    + _NOT_FOUND_SINCE
    # a fit still going after minutes; someone overboard (not a drill, not "went overboard with the bunting") (the
    # thirty-eighth benchmark, session 33)
    + r"|(?<!keep )(?<!get )(?<!getting )\b(?:fit|fits|seizure|convulsing)\b (?:(?:has |is |s )?(?:lasting|lasted|gone on|going on|been going(?: on)?|been going for)|for)(?: for)?"
    rf" {_FOR_MINUTES} (?:now|still|and counting|so far)\b"
    rf"|\b(?:been fitting|been having a fit|been seizing) for {_FOR_MINUTES}"
    r"|\b(?:fell|fallen|falls|knocked|thrown|washed|gone|went) overboard\b(?! (?:with|on|for|about|in (?:the|our) (?:budget|spending))\b)"
    r"|\b(?:man|woman|rower|person|someone|child|kid|boy|girl|crew|paddler|sailor|cadet) overboard\b(?! (?:drill|practice|exercise|training|game)\b)"
    r"|\boverboard\b.{0,30}\b(?:no|without (?:a |his |her )?)(?:life ?jacket|buoyancy aid|life vest)\b"
    # stabbed and bleeding in street slang; someone who "just dropped"; a pendant alarm pressed with no answer at the
    # door; stuck upstairs as the alarm sounds; on the floor, cold and barely talking; someone with dementia not found, said
    # before the dementia (the fortieth benchmark, session 34)
    r"|\b(?:got|been|gets|getting|get) (?:bored|wetted|wet|poked|shanked|juked|dipped|ripped) up\b|\bleak(?:ing|in) blood\b"
    r"|\b(?:man|woman|lady|bloke|fella|guy|lad|player|bowler|batter|batsman|runner|keeper|goalie|ref|referee|member|someone|somebody|he|she|dad|mum|grandad|nan)"
    r" (?:has |s |is )?just (?:dropped|keeled over|gone down|went down|hit the deck|collapsed)\b(?! (?:off|out|by|in|round|a|an|the|his|her|their|our|to|from|me|us|it|them)\b)"
    r"|\b(?:pressed|pulled|set off|activated|pushed) (?:her|his|their|the|my) (?:pendant|careline|care line|lifeline|emergency|personal|falls?) (?:alarm|button|cord)\b(?!.{0,40}\b(?:by (?:accident|mistake)|accidentally|test\w*)\b)"
    rf"|\b{_STUCK_INSIDE}\b.{{0,40}}\b{_ALARM_SOUNDING}\b|\b{_ALARM_SOUNDING}\b.{{0,40}}\b{_STUCK_INSIDE}\b"
    r"|\b(?:on|lying on) (?:the|her|his|their) (?:\w+ )?floor\b.{0,80}\b(?:cold to (?:the )?touch|barely (?:talking|breathing|conscious|responding)|not (?:responding|making sense))\b"
    r"|\b(?:can not|could not|no one can|we can not) find (?:my |our |his |her )?(?:mum|mam|mom|dad|nan|gran|grandad|grandma|grandpa|husband|wife|him|her)\b(?! s )(?! has )(?! had )(?! is )(?! with )(?! about ).{0,40}\b(?:dementia|alzheimer\w*)\b"
    + _NOT_FOUND_SINCE
    # gunshots heard, not something that sounded like them (the thirty-ninth benchmark, session 34)
    + r"|(?<!like )(?<!like a )\bgun ?shots?\b(?! (?:wounds? )?(?:training|course|talk)\b)"
    r"(?!.{0,60}\b(?:starting pistol|starter pistol|starting gun|blanks?|fireworks?|re ?enactment|film(?:ing)?|sound effects?)\b)"
    r"|^(?:\w+ )?(?:fire|fires|knife|gun|bomb|stabbing|shooting|ambulance|help help|sos)(?: \w+)?$|\bimmediate danger\b|\bin danger (?:right )?now\b|\bcall (?:the )?police\b|\bpolice now\b|\bhelp (?:me )?(?:please )?now\b"
    # a real fire started while the fire drill's paperwork is done, people stuck behind it (the forty-fourth benchmark,
    # session 37)
    r"|\b(?:actual|real|proper|genuine) fire (?:has |s |is )?(?:started|broken out|broke out|spreading|going up)\b"
    r"|\bstuck (?:behind|under|beside) (?:the |a )?(?:\w+ )?(?:tandoor|oven|ovens|cooker|fryer|fire|flames|smoke)\b"
    # a leg trapped (loads of blood is beside "a lot of blood"); a fight with bats; fallen in and out of sight; a gas pipe hissing (the
    # forty-fifth benchmark, session 37)
    r"|\b(?:his|her|their|my) (?:leg|arm|foot|hand|legs|arms) (?:is |s |are |got )?(?:trapped|pinned|crushed)\b"
    r"|\bfight\w* with (?:baseball )?(?:bats|knives|bottles|machetes|weapons|hammers|poles|sticks|broken bottles)\b"
    r"|\b(?:fell|fallen|gone|went|jumped|slipped) in\b.{0,40}\b(?:can not|could not|can t|cant) see (?:him|her|them)\b"
    r"|\bgas (?:pipe|hose|line|bottle|cylinder|canister|main)s?\b.{0,40}\b(?:come loose|came loose|hissing|leaking|split|burst|cracked)\b"
    # "hes gone down" with the defib shouted for; a car driven at people (the forty-sixth benchmark, session 37)
    r"|\bdefib\b.{0,30}\b(?:he|she|someone|somebody|man|woman|lady|bloke) (?:is |s |has )?(?:gone|went) down\b"
    r"|\b(?:he|she|someone|somebody|man|woman|lady|bloke) (?:is |s |has )?(?:gone|went) down\b.{0,30}\bdefib\b"
    r"|\b(?:driven|drove|driving|drives|ploughed|ploughing|rammed|ramming) (?:a |his |her |the |their )?(?:car|van|lorry|truck)? ?(?:at|into|through) (?:the )?(?:people|crowd|kids|children|worshippers|queue|congregation|pedestrians)\b"
    # "CPR going, where's the nearest defib??"; a bouncy castle lifted by the wind with a kid still on it (the fifty-second
    # benchmark, session 40)
    # "the chip pan's gone up and the fire's spreading up the wall" (the fifty-third benchmark, session 40)
    r"|\b(?:chip pan|pan|fryer|curtains?|bin)(?: s| has| is)? (?:just )?(?:gone up|caught(?: fire)?|went up)\b(?! (?:in price|by|to £))"
    r"|\bfire (?:s |is |has )?(?:spreading|spread|getting bigger|out of control)\b"
    r"|\bbreathing (?:is |s |has )?(?:gone |going |getting )(?:really |very |so )?(?:slow|shallow|rattly|gurgly)\b"
    r"|\bcpr (?:going|started|in progress|under ?way)\b|\b(?:started|starting|giving|still doing) (?:cpr|chest compressions)\b"
    r"|(?:\b(?:bouncy castles?|inflatables?|trampolines?|gazebos?|marquees?)\b.{0,40}\b(?:lifted|blown|blew|took off|taken off|flew|flying|flipped)\b"
    r"|\b(?:lifted|blown|blew|flipped) (?:\w+ ){0,2}(?:bouncy castles?|inflatables?|trampolines?|gazebos?|marquees?)\b)"
    r".{0,30}\b(?:kids?|child|children|someone|people|a boy|a girl|toddlers?) (?:still )?(?:on|in|inside) (?:it|them)\b"
    # "someone just drove into the marquee there's people under it" (the fifty-first benchmark, session 40)
    r"|\b(?:driven|drove|crashed|ploughed|rammed|smashed|reversed) (?:a |his |her |the |their )?(?:car|van|lorry|truck)? ?(?:into|through) (?:the )?(?:marquee|tent|gazebo|stalls?|beer tent|bouncy castle|stage|hall|shop front|wall)\b"
    r".{0,40}\b(?:people|someone|somebody|kids|children|a child|folk|a man|a woman|he|she|they) (?:is |are |s |re )?(?:still )?(?:trapped |stuck |pinned )?(?:under(?:neath)?|beneath|in it)\b"
    # a baby gone "dead floppy" in dialect; petrol or something burning put through a letterbox; crushed under stacked
    # tables (the forty-seventh benchmark, session 38)
    r"|\b(?:bab|babby|babbie|bairn|little un|our kid)\b.{0,40}\b(?:gone|went|going|goes|is|has gone|gone all) (?:dead |proper |totally |completely |all |really )?(?:limp|floppy)\b"
    r"|\b(?:poured|pouring|squirted|squirting|tipped|shoved|pushed|thrown|threw|put|stuffed|stuffing|pushing) (?:\w+ ){0,2}(?:petrol|lighter fluid|paraffin|accelerant"
    r"|burning (?:rags?|paper|cloth)|lit (?:rags?|paper|cloth)|a lit \w+|fireworks?) (?:\w+ ){0,2}(?:through|in|into|under) (?:the |a |our |their |his |her |my )?(?:\w+ )?(?:letter ?box|front door|back door|door)\b"
    r"|\b(?:been|got|getting|is|s|was|are|just|has been|have been) (?:crushed (?:under(?:neath)?|beneath|against|between)|pinned (?:under(?:neath)?|beneath|against|between|by))\b"
    r"(?! (?:the )?(?:weight of|paperwork|admin|work|bills|debt|emails|pressure|expectations)\b)"
    # "Barbara's just slumped in her chair and won't answer me"; a car on its roof after a crash seen from the car park
    # (the fifty-seventh benchmark, session 42)
    r"|\bslumped\b.{0,40}\b(?:will not|wont|is not|isn t|not|can not|does not|doesn t|no longer) (?:answer|answering|respond|responding|wake|waking|move|moving|speak|speaking|talk|talking|reply|replying)\b"
    r"|\b(?:car|van|lorry|truck|minibus|bus|vehicle|motorbike|coach)(?: is| s| has| was| has ended up| ended up)? (?:on its (?:roof|side)|upside down|flipped(?: over)?|overturned|rolled over)\b"
    # a dog mauling a child; "shes purple"; heatstroke with no sweating and nonsense talk; a shock off the tea urn and on
    # the floor twitching; capsized and not come back up (the fifty-eighth benchmark, session 42)
    r"|\bdogs? (?:is |are |has |s |have )?(?:mauling|mauled|savaging|savaged|attacking|ripping (?:at|into)|biting|got hold of|locked on(?: to)?)\b (?:\w+ ){0,2}(?:child|kid|boy|girl|toddler|baby|man|woman|lady|someone|somebody|him|her|them|me)\b"
    r"|\b(?:maul\w*|savag\w*) by (?:a |the |their |his |her )?(?:\w+ )?dogs?\b"
    r"|\b(?:he|she|baby|the baby|his face|her face|his lips|her lips)(?: is| s| has| has gone| gone| going| turned| turning| turns)? purple\b"
    r"|\bstopped sweating\b|\b(?:heat ?stroke|heat exhaustion)\b.{0,80}\b(?:nonsense|not making sense|confused|collaps\w*|fitting|unconscious|unresponsive|passed out|fainted)\b"
    r"|\b(?:had|got|getting|taken|took) (?:a |an )?(?:bad |big |massive |huge |nasty |proper )?(?:electric )?shock\b.{0,60}\b(?:on the floor|twitching|not breathing|unconscious|collapsed|fitting|not moving|not responding)\b"
    r"|\bon the floor (?:twitching|jerking|shaking|fitting|convulsing)\b"
    r"|\b(?:capsiz\w*|went under|gone under|fell in|fallen in|went in|tipped (?:over|out))\b.{0,60}\b(?:has not|hasn t|not|never|did not|didn t) (?:come|came) (?:back )?up\b"
    # water pouring in through the back door now, told after a question about flood cover (the sixtieth benchmark,
    # session 44)
    r"|\b(?:water|flood ?water|river|sewage|the flood) (?:is |s )?(?:literally |actually |just )?(?:pouring|gushing|rushing|flooding|streaming|pours|gushes|rushes) (?:in|into|through|under)\b"
    r"(?=.{0,80}\b(?:now|right now|rising|fast)\b)"
    # a gang fighting at the cricket nets with machetes (the sixty-third benchmark, session 45)
    r"|\b(?:fight\w*|brawl\w*)\b.{0,30}\b(?:machetes?|zombie knives?)\b|\b(?:machetes?|zombie knives?)\b.{0,30}\b(?:fight\w*|brawl\w*)\b"
    # a small coat floating in the pond a boy was last seen near; tents in the water with children in them (the sixty-fourth
    # benchmark, session 46)
    r"|\b(?:coat|jacket|hat|cap|shoes?|trainers?|scarf|bag|teddy|dummy|wellies|wellie|welly|boots?) (?:is |was |s )?(?:just )?floating\b|\bfloating face ?down\b"
    r"|\b(?:tents?|caravans?|cars?|vans?)\b (?:are |is )?(?:now )?(?:in|under|full of) (?:the )?(?:water|flood ?water)\b.{0,30}\b(?:with (?:\w+ ){0,2}in (?:them|it)|(?:kids|children|people|someone|scouts|cubs) (?:still )?in (?:them|it|there))"
)

_MISSING_CHILD = re.compile(
    rf"\b(?:{_CHILD_WORDS})\b.{{0,50}}\b(?:gone missing|is missing|are missing|went missing|missing|can not find|(?<!no one )lost(?! \d| on (?:penalties|pens|points|aggregate)| to\b| by\b| the (?:match|game|final|toss)| (?:its|their|our|the|a|his|her) (?:\w+ ){{0,2}}(?:slot|slots|booking|bookings|venue|hall|funding|grant|lease|room|pitch|leader|leaders|place|home|key|keys|base|sponsor|volunteers?|minibus)\b)|run off|ran off"
    r"|wandered off|disappeared|vanished|not come home|has not come home|did not come home|not back|never came home|not turned up"
    r"|can not see (?:him|her|them) anywhere|not anywhere|is not in the (?:hall|building|room|park|centre|playground|pool|changing rooms?)"
    r"|no where to be seen|nowhere to be (?:seen|found)|been taken|snatched|taken by)\b"
    rf"|\b(?:can not|could not|no one can|we can not|we could not) find (?:our|my|the|a|one of (?:our|the)) (?:{_CHILD_WORDS})\b"
    r"|\bmissing (?:child|kid|boy|girl|toddler|son|daughter|teen\w*)\b"
    rf"|\b(?:lost|can not find|cannot find) (?:my|our|a|her|his|their) (?:{_CHILD_WORDS})\b"
    r"|\b(?:baby|newborn|new born|infant|toddler)\b.{0,30}\b(?:left|abandoned|dumped|found) (?:alone |on its own )?(?:in|on|outside|by|at|behind|under)\b"
    r"|\babandoned (?:baby|newborn|infant|toddler)\b"
    # a mum "off her face" who left without her 6 month old (the fiftieth benchmark, session 39)
    r"|\b(?:baby|newborn|infant|toddler|\d+ (?:month|week) old)\b.{0,60}\bleft (?:without (?:it|him|her|them|the baby)|(?:it|him|her|them) behind)\b"
    # "found a newborn in the church porch" (the forty-ninth benchmark, session 39)
    r"|\bfound (?:a|an) (?:new ?born(?: baby)?|(?:tiny |little )?baby|infant) (?:(?:left |abandoned |wrapped (?:up )?)?(?:in|on|outside|by|at|behind|under)|left|abandoned|alone|wrapped)\b"
    r"|\b(?:no one|we|i) (?:can not|could not) find (?:him|her|them)\b"
    # "our Lily's not come home from the park" (the fifty-fifth benchmark, session 41)
    r"|\b(?:not|never) (?:come|came|got|been) home from (?:the )?(?:park|play ?park|playground|swings|rec|skate ?park|school|youth club|cubs|scouts|brownies)\b"
    # "A 14 year old hasn't come back from our trip to the city centre" (the sixty-fourth benchmark, session 46)
    rf"|\b(?:{_CHILD_WORDS})\b.{{0,30}}\b(?:has|have) not (?:come|got|made it) back from (?:the |our |a |their )?(?:\w+ ){{0,2}}(?:trip|outing|day out|visit|walk|excursion|expedition|hike|swim)\b"
    r".{0,80}\b(?:voicemail|not answering|no answer|not picking up|phone (?:is |s )?(?:off|dead)|(?:can not|could not) (?:reach|get hold of|contact)|(?:\d+|two|three|four|five) hours|no one knows|nobody knows|no sign)\b"
    # "counted 23 not 24. Harvey's missing" (the fifty-third benchmark, session 40)
    r"|\bcounted (?:\d+|\w+) (?:not|instead of|out of) (?:\d+|\w+)\b.{0,40}\bmissing\b|\bhead ?count\b.{0,30}\b(?:one|two|\d+) short\b"
    # A notice: "Missing: Kayden, 6, last seen by the swings" (a name, a child's age, where last seen).
    r"|\bmissing (?!(?:our|the|my|a|an|some|all|his|her|their|two|three) )(?:\w+ ){1,2}(?:aged )?(?:[1-9]|1[0-7])(?: year old)? (?:\w+ ){0,3}last seen\b"
)
# Young children as people name them when they are left on their own: narrower than _CHILD_WORDS (no scouts, pupils
# or year groups), since leaving older young people on their own for a while is ordinary in a group's life.
# A child nobody has collected, late and with no answer (the fifty-third benchmark, session 40).
_NOT_COLLECTED = (
    r"\b(?:have not|has not|had not|not|never been|nobody has|nobody s|no one has|no one s)(?: yet)? (?:been )?(?:collected|picked up|come for)\b"
    r".{0,60}\b(?:\d{1,2} ?pm|\d{1,2} o clock|midnight|hours|phones? (?:off|dead)|no answer|not answering|it (?:is|s) (?:getting )?dark|dark (?:now|out))\b"
)
_YOUNG_ONES = r"(?:little ones?|kids?|children|child|bab(?:y|ies)|toddlers?|kiddies|boys?|girls?)"
_CHILD_HARM = re.compile(
    _NOT_COLLECTED + "|"
    # a 6-year-old found locked out at 9pm in the rain (the fifty-fourth benchmark, session 40)
    r"\blocked out\b.{0,40}\b(?:\d{1,2} ?pm|at night|in the (?:rain|cold|dark|snow)|all night|no word|no answer|overnight)\b|"
    r"abus|\bhits? (?:him|her|them|me)\b|hitting|\bbeat|\bbeaten|hurts? (?:him|her|them|me)\b|shak(?:es|ing) the baby|bruis|neglect|groom"
    r"|\btouch(?:ed|ing|es)? (?:him|her|them|me)\b|sexual|makes (?:her|him|me) do things|scared to go home|afraid to go home|terrified to go home"
    r"|self ?harm|cuts on (?:her|his|their)|cutting (?:him|her)self|not being fed|no food at home|hungry all the time|starving"
    r"|left alone|home alone|asking (?:us |me |people |strangers )?for food"
    r"|\bpaid to (?:hold|carry|deliver|drop off|move|mind|look after|stash) (?:\w+ )?(?:packages|parcels|bags|drugs|stuff|phones)\b"
    r"|\bwandering (?:the |in the |round the |down the )?(?:street|streets|road|estate)\b.{0,40}\b(?:1[01] ?pm|midnight|night|(?:[1-5]) ?am|nobody (?:s )?home|no one (?:s )?home)\b"
    # a small child on their own whom no one has come for (the thirtieth benchmark, session 27)
    r"|\b(?:on (?:his|her|their) own|alone)\b.{0,60}\b(?:no one|nobody|not one) (?:s |has |have )?(?:claimed|collected|come for|come back for)\b"
    rf"|left (?:\w+ ){{0,2}}{_YOUNG_ONES} (?:\w+ ){{0,2}}on (?:their|his|her) own\b(?! to)"
    rf"|{_YOUNG_ONES}\b.{{0,40}}\bleft on (?:their|his|her) own\b(?! to)"
    r"|locks? (?:him|her|them) (?:out|in)|ran away|run away|goes missing|gone missing|exploit|county lines"
    r"|\b(?:gives?|giving|gave) (?:her|him|them|me) (?:\w+ )?sleepy (?:medicine|pills|tablets|juice|drinks?)\b|\bwakes? up (?:sore|bleeding|hurting|in pain)\b"
    r"|carry(?:ing)? drugs|sell(?:ing)? (?:drugs|stuff)|drug runner|running county|running (?:parcels|packages)\b(?! (?:to|for|round|around|out to) (?:the|a|an|our|their|local|people|families|neighbours|residents|members)\b)|\bgang\b|slapp|burn marks|cigarette burns|disclos"
    r"|taken abroad.{0,30}married|forced (?:to )?marr|\bmarried off\b|\bfgm\b|genital|\bcut\b.{0,20}\b(?:holidays?|ceremony|summer)\b"
    r"|older man|older men|asking (?:her|him) to meet|sending (?:her|him) (?:pictures|photos)|nudes|naked (?:pictures|photos)"
    r"|drunk to collect|threatened to hurt|raped|rape\b|molest|\bpaedo|\bpedo|inappropriate(?:ly)?|kicked out|sleeping rough"
    r"|belt|\bwelts?\b|punched|kicks? (?:him|her)|smack|meet (?:up )?with (?:him|her|them)|keep (?:it|this) (?:a )?secret|gave (?:her|him) (?:vodka|alcohol|drink|drugs|weed)"
    # alcohol bought for children; children made to kneel on rice (the twenty-eighth benchmark, session 25)
    r"|\b(?:buys?|buying|bought|gives?|giving|gave|supplies|supplying|plies|plying) (?:the )?(?:kids|children|teens|teenagers|girls|boys)\b.{0,15}\b(?:alcohol|booze|vodka|cider|beer|spirits|shots|lager)\b"
    r"|\bkneel(?:ing|s)? on (?:rice|salt|peas|dried peas|beans|gravel|stones|bottle caps)\b"
    # a room full of dog mess, parents out of it (the thirty-ninth benchmark, session 34)
    r"|\b(?:room|house|flat|home|cot|floor|carpet)s? (?:\w+ ){0,3}(?:full of|covered in|filthy with|thick with) (?:dog |cat |animal )?(?:mess|poo|faeces|excrement|urine|wee|filth)\b"
    r"|\b(?:parents?|mum|mam|mom|dad|mother|father)\b (?:are |is |was |were |s )?(?:completely |totally |both |always |just )?(?:out of it|off (?:their|his|her) (?:heads?|faces?)|passed out|comatose|stoned)\b"
    # an online "friend" who wants to meet, a meeting kept secret, a "cutting party" (the forty-first benchmark, session 35)
    r"|\b(?:online|internet|gaming|game|snapchat|tiktok|instagram|discord|roblox|fortnite|xbox|playstation) (?:friend|mate|pal|boyfriend|girlfriend|bloke|man|guy|lad)\b"
    r".{0,30}\b(?:wants?|wanted|asked|asking|asks|trying|tried|arranged|arranging|planning|plans) (?:her |him |them )?(?:to )?(?:meet|see|pick (?:\w+ )?up|come)\b"
    r"|\b(?:paying|pays|paid|sends? (?:her|him) money|sending (?:her|him) money|gives? (?:her|him) (?:gifts|tokens|coins))\b.{0,30}\b(?:(?:dance|dances|dancing) (?:on live|live|on (?:tiktok|camera|cam|webcam|video))|on live|livestreams?|live ?streaming|in (?:her|his) (?:pjs|pyjamas|underwear|bedroom))\b"  # (session 35)
    r"|\bmeet (?:up )?(?:(?:him|her|them) )?(?:in secret|secretly)\b|\bcutting (?:party|ceremony|celebration)\b"
    # picked up by a man of 25 who gives her vodka; an injury whose story keeps changing; a photo of his genitals sent
    # (the forty-third benchmark, session 36)
    r"|\b(?:picked up|collected|driven (?:around|about|home)) by (?:a |an |some )?(?:older|grown|adult|(?:[2-6]\d) year old)\b"
    r"|\b(?:gives?|giving|buys?|buying|bought) (?:her|him|them) (?:vodka|alcohol|booze|cider|spirits|drugs|weed)\b"
    r"|\b(?:broken|bruis\w*|burns?|burned|burnt|injur\w*|fractur\w*|black eye)\b.{0,80}\b(?:story|stories|explanation|account)s? (?:keeps?|kept) chang\w*"
    r"|\b(?:photos?|pictures?|pics?|images?|videos?) of (?:his|her|their) (?:genitals|penis|privates|private parts|willy|dick|bits)\b"
    # "clemmed" (starved, in the Black Country and the north), a mum "always on the pop"; sisters kept off school to
    # clean (the forty-fourth benchmark, session 37)
    r"|\bclemm(?:ed|ing)\b|\b(?:mum|mam|mom|dad|mother|father|parents?)\b (?:\w+ ){0,3}(?:always|constantly|forever|permanently) on the (?:pop|booze|drink|sauce|lash)\b"
    r"|\bstopped coming\b.{0,60}\bschool (?:says?|said)\b.{0,40}\bnot been\b"  # (the forty-fifth benchmark, session 37)
    r"|\bkept (?:\w+ )?(?:home|off|out) (?:from |of )?school to (?:clean|work|cook|look after|mind|babysit|care for|do the housework|help (?:in|at) the (?:shop|business|restaurant|takeaway))\b"
    # a 9-year-old at the door on her own at 8pm asking to stay; a 10-year-old shut in the shed overnight at home when
    # she's naughty (the fifty-seventh benchmark, session 42)
    r"|\b(?:turned|turns|turning|showed|shows|showing|came|comes|coming) up\b.{0,40}\b(?:on (?:her|his|their) own|alone|by (?:her|him|them)sel(?:f|ves))\b.{0,40}\b(?:\d{1,2} ?pm|at night|late|midnight|in the dark|asking (?:to|if (?:she|he|they) (?:can|could)) stay|(?:does not|do not|did not) want to go home|scared to go home)\b"
    r"|\b(?:(?:he|she|they|i|we)(?: gets?| got| is| was| s| are| were| has been| have been| keeps? getting) (?:shut|locked|put|left|kept)|(?:shut|shuts|lock|locks|locked|locking|put|puts|putting|leave|leaves|left|keep|keeps|kept) (?:him|her|them|me))"
    r" (?:out )?(?:in|into|inside) (?:the |a |her |his |their )?(?:shed|garage|cupboard|cellar|basement|coal (?:hole|shed)|outhouse|dog cage|cage|kennel|garden|loft|attic)\b"
    r".{0,40}\b(?:overnight|all night|at night|for hours|all day|when (?:she|he|they) (?:is|are|s|re|was|were|has been) (?:naughty|bad|in trouble|rude)|as (?:a )?punishment|without (?:food|tea|dinner)|in the dark)\b"
    # parents taking a 16-year-old abroad for a "cure" (the fifty-eighth benchmark, session 42)
    r"|\b(?:taking|take|takes|sending|send|sends|took|sent) (?:her|him|them) (?:abroad|overseas|back home|away|to \w+(?: \w+)?) (?:\w+ ){0,3}for (?:a |an |the )?(?:cure|conversion|exorcism|cutting|deliverance|to be (?:cured|fixed|straightened out))\b"
    # a 12-year-old taken overseas "to be cut" in the holidays (the sixtieth benchmark, session 44)
    r"|\b(?:taking|take|takes|took|taken|sending|send|sends|sent|flying|fly|flown) (?:\w+ ){0,4}(?:abroad|overseas|back home|home|away|to \w+(?: \w+)?) (?:\w+ ){0,3}to (?:be|get) cut\b"
    # children sleeping in a car in January (the sixty-first benchmark, session 44)
    rf"|\b{_YOUNG_ONES}\b (?:are |is |have been |has been |been |s |re )?(?:\w+ )?(?:sleeping|living|kipping|staying the night|spending the nights?) in (?:a|the|their|his|her|our|my)(?: \w+ s| \w+)? (?:car|van|tent|doorway|bus shelter|stairwell)\b"
    # a seven-year-old eating scraps from the bins, her mum not home for days (the sixty-second benchmark, session 45)
    r"|\beating (?:\w+ )?(?:scraps|leftovers|food|rubbish) (?:out of|from) (?:the |our |a |their |people s )?(?:bins?|rubbish|skips?)\b"
    r"|\b(?:mum|mam|mom|dad|mother|father|parents?) (?:s |has |have |is |are )?(?:not|never) (?:been )?(?:home|back) (?:for|in) (?:days|two days|three days|a few days|a week|\d+ days)\b"
    # a 7-year-old left at the library at closing with no one answering at home (the sixty-third benchmark, session 45)
    r"|\bleft at (?:the )?(?:library|club|school|hall|centre|nursery|youth club|park|station|pool)\b.{0,40}\b(?:at closing|after closing|(?:no one|nobody) (?:answering|answered|came)|no answer|not collected)\b"
)
_WORKER = re.compile(
    r"\b(?:volunteers?|staff|worker|coach|coaches|leader|leaders|youth worker|teachers?|tutors?|employee|trustee|helpers?|chair"
    r"|treasurer|one of our|choir leader|sessional|scout leader|befrienders?|instructors?|mentors?|caretaker|minibus driver|driver"
    r"|manager|supervisor|assistant|cook|vicar|priest|pastor|imam|warden|steward|organiser|play worker|playworker|nursery"
    r"|childminder|childminders|childminding|nanny(?! ?cam)|au pair|babysitter|lifeguard|referee|ref|linesman|lineswoman|escort|passenger assistant|sensei|trainer|deputy|our \w+ leader|the leader|member of staff|member of our team"
    r"|scoutmaster|scout master|brown owl|akela|guider|cub leader|beaver leader|youth leader|group leader|bible study leader|choirmaster"
    # (the nineteenth benchmark, session 20)
    r"|(?:discord|server|chat|group|adult|forum) (?:mods?|moderators?)|adviser|advisor|counsell?or|lollipop (?:man|lady)|crossing patrol|teaching assistant|dinner lady"
    r"|conductor|musical director|bandmaster|band leader|music teacher|dance teacher|hafiz|maulana|maulvi|qari|ustadh|ustaz|sunday school teacher"  # (session 32)
    r"|organist|verger|bell ?ringers?|tower captain"  # (the forty-third benchmark, session 36)
    r"|director|nurse|captain|assessors?|examiners?|expedition (?:leader|supervisor)s?"  # a DofE assessor (session 35)
    r"|overseas pro|club pro|(?:cricket|golf|tennis|swimming|squash) pro"  # (the sixty-third benchmark, session 45)
    r"|asl(?! interpret\w*| signers?| class\w*| lessons?| course\w*)|acl|ayl"  # a Scout group's assistant leaders (the sixty-fourth benchmark, session 46)
    r"|ta(?= (?:at|from|in|who|has|is|keeps|been|snapchats?|messag\w*|text\w*|dms?)\b))\b"  # a panto's or a choir's (the twentieth benchmark, session 21)
    r"|\boff the (?:\w+ )?rotas?\b"  # someone taken off a rota works there (the forty-first benchmark, session 35)
    r"|\b(?:who|as|that) (?:runs|helps (?:at|with|out)|works (?:at|in|on|with)|volunteers (?:at|with|in|on)|coaches|teaches|drives)\b"
    r"|\bhelps (?:out )?(?:with|at) (?:the )?(?:beavers|cubs|scouts|brownies|guides|rainbows|youth club|kids club|sunday school|juniors)\b"
    r"|\bhelps (?:us )?(?:to )?(?:set up|setting up|put out|clear up|lock up|open up)\b"  # "Tony helps set up the hall for us" (the sixty-fourth benchmark, session 46)
    # "kid said breakfast club man hurt him" (the sixty-fifth benchmark, session 46); a lunch club's man is a client
    r"|\b(?<!lunch )club (?:man|bloke|fella|guy)\b"
    r"|\b(?:mr|mrs|miss|ms|sir) \w+ (?:at|from|who runs) (?:the|our|my) (?:club|group|centre|church|school|camp|session|youth club|hall)\b"
)
# What a DBS check "came back with", when it is about a child: news of a risk, not a question of process (the sixty-sixth
# benchmark, session 48; "what happens if a DBS comes back with something on it?" stays a plan).
_DBS_ABOUT_A_CHILD = (
    r"(?:something|somthing|sumthing|summat|an? (?:\w+ )?(?:conviction|caution|offence|record))(?: \w+){0,3}?"
    r" (?:about|for|involving|against|relating to|to do with|re|towards) (?:a |an |the )?(?:child|children|kid|kids|minor|minors|girl|boy|young person|baby|toddler)\b"
)
_ALLEGATION = re.compile(
    # asking a 13-year-old what colour her bra is (the fifty-first benchmark, session 40)
    # a tutor who put his hand up an 11-year-old's skirt; a leader adding scouts on Xbox and chatting to them privately at
    # night (the fifty-second benchmark, session 40)
    r"\bhands? (?:up|inside|under) (?:\w+ ){1,5}?(?:skirt|dress|top|shirt|t shirt|trousers|pants|shorts|knickers|underwear|jumper)\b|"
    r"\bxbox|playstation|\bpsn\b|discord|roblox|fortnite|\bchat(?:s|ting|ted)? (?:to|with) (?:them|him|her|the \w+) (?:privately|in private|at night|late at night|alone)\b|"
    # a tutor giving a 10-year-old £20 notes; a staff member kicking a toddler (the fifty-fourth benchmark, session 40)
    r"\bgiv(?:es|ing|en|e)? (?:\w+ ){1,4}(?:£ ?\d+ notes?|£ ?\d+|cash|money)\b|\bkick(?:ed|ing|s)?\b(?! (?:a |the |his |her )?(?:ball|football|off|out)\b)|"
    # a youth worker who asked a 15-year-old to meet him for coffee alone and not to tell (the fifty-third benchmark, session 40)
    r"\b(?:ask\w*|invit\w*|wants?) (?:\w+ ){0,6}(?:to meet (?:him|her|up)|for (?:a )?(?:coffee|drink|lift|walk|drive))\b.{0,40}\b(?:alone|on (?:their|her|his) own|not to tell|secret)\b|"
    r"\bask(?:s|ing|ed)? (?:him|her|them|\w+) (?:what colour|what colours|about|what kind of|what type of|to show (?:him|her) ) ?(?:his|her|their) (?:bra|bras|underwear|knickers|pants|boxers|thong)\b|"
    r"alleg|inappropriate|touch(?:ed|ing)|groom|abus|messag(?:ed|es|ing)|snapchat|whatsapp|instagram|tiktok|private messages|sexual"
    r"|ask(?:s|ing|ed)? (?:\w+ ){0,2}(?:for )?(?:their |her |his )?(?:phone |mobile )?numbers\b"  # (the twenty-sixth benchmark, session 23)
    r"|indecent|explicit (?:photos|pictures|images|pics|messages|texts|videos)|photos of|pictures of|images of|close ?ups? of|(?:photo|picture|pic|image) of (?:his|her) (?:genitals|penis|privates|private parts|willy|dick)|\bhit\b|\bhits\b|\bhitting\b|slapped|smack|shov|grab|rough with|shouted at"
    r"|clothes off|shower(?:s|ed|ing)? with|changing rooms? with|lifts home|(?:get|getting|come|coming) (?:in|into|to|back to) (?:his|her) (?:car|van|house|flat|home)|buying (?:her|him|them) (?:presents|gifts)|meet (?:him|her) on (?:her|his) own|relationship with"
    # whole words: not "huge", "updating" or "secretary" (pattern-diff, session 41); and what those words had caught by
    # chance in development and training sets: cigarettes given to a child, massages, a knee to sit on, photos of
    # himself with no top on, "not to tell", lifts or lessons in his car, a locked room
    r"|\bgiv(?:es|ing|en|e)? (?:a |an |the |one of the |her |his )?(?:\w+ ){1,4}(?:cigarettes|fags|vapes|alcohol|booze|vodka|cider|weed)\b"
    r"|\b(?:giv\w*|gave) (?:\w+ ){0,4}massages?\b(?! guns?).{0,20}\b(?:after|alone|private\w*|on (?:his|her|their) own|in (?:a|his|her|the) (?:room|office|car|van|flat|house))\b|\bsit on (?:his|her) (?:knee|lap)\b|\btell(?:s|ing)? (?:her|him|them) not to tell\b"
    r"|\b(?:pics?|pictures?|photos?|videos?) of (?:himself|herself)\b.{0,20}\b(?:no (?:top|shirt|clothes)|topless|naked|underwear|boxers|pants)\b"
    # a tutor asking a 12-year-old to video chat with his camera on in his bedroom late at night (the fifty-sixth, session 41)
    r"|\bvideo ?(?:chat|call|calls|calling)\w*\b.{0,50}\b(?:in (?:his|her|their) (?:bedroom|bed|room)|late at night|at midnight|camera on|in private)\b"
    r"|\b(?:lifts?|private (?:\w+ )?lessons?) in (?:his|her) (?:car|van)\b|\bin a locked (?:room|office|cupboard|store ?room)\b"
    r"|arrested|\bkiss|\bcuddl|\bhug(?:s|ged|ging)?\b|sleep(?:ing)? over|(?<!\bever )(?<!\bnever )alone with|\bdating\b|sexting|nudes|\bsecret(?!ar)|kicked|punched|pushed|dragged|bruise"
    r"|\bdm(?:s|ing|ed|d)?\b|direct messag|porn\w*|messagin\b|plays? (?:doctors|doctor|secret games)\b"
    # children shown 18s and sat on a volunteer's bed (the sixty-fifth benchmark, session 46)
    r"|\b(?:sit|sits|sitting|lie|lies|lying) on (?:his|her) bed\b|\bshows? (?:them|the (?:kids|lads|girls|boys|children)) (?:18s|18 rated|18 certificate|adult (?:films|videos))\b"
    # asking a 12-year-old to "help him" in the staff room (the fiftieth benchmark, session 39)
    r"|\b(?:asking|asks|asked|wants|wanted|getting|gets) (?:my |our |the |a |one of the )?(?:\w+ ){0,3}(?:to )?(?:help him|come|go) (?:out )?(?:in|into|to) (?:the |his )?(?:staff ?room|office|store ?room|back room|stock ?room|van|flat)\b"
    r"|\bgrop(?:e|es|ed|ing)\b|\bprivate (?:rehearsals?|lessons?|sessions?|tuition|coaching|chats?|photo ?shoots?) with\b"  # (session 22)
    r"|\btext(?:ing|in|s|ed) (?:the |a |my |our |his |her )?(?:\w+ ){0,2}(?:1[0-7] year olds?|kids|children|girls?|boys?|cast|pupils|maid|daughter|son|players|members)\b"
    r"|shar(?:e|es|ed|ing) (?:a|his|her|their|the same) (?:tent|bed|bedroom|room|sleeping bag) with|into (?:her|his|their) (?:tent|sleeping bag|bed)"
    r"|hands? (?:down|inside|in|up|under) (?:a |his |her |their |the )?(?:\w+ ){0,3}(?:trousers|pants|knickers|shorts|skirt|top|shirt|clothes)"
    # alone with a child behind a locked door (the twenty-third benchmark, session 22)
    r"|(?:with|behind) (?:the |a )?doors? (?:locked|shut)\b|\blocked (?:the |a )?door (?:behind|with|on)\b"
    # a DBS check back with offences against children; exercise as a punishment until they are sick, racist names
    # (the thirty-fifth benchmark, session 32)
    r"|\bdbs\b.{0,40}\b(?:child cruelty|cruelty to (?:a )?child\w*|offences? against (?:a )?(?:child\w*|minors?))"
    # "volunteers dbs came back with somthing about a child" (the sixty-sixth benchmark, session 48)
    r"|\bdbs\b.{0,40}\b(?:came|come|comes|coming) back (?:with )?"
    + _DBS_ABOUT_A_CHILD
    + r"|\binvit\w* (?:\w+ ){1,4}(?:to|for) (?:a )?sleepovers?\b|\bsleepovers? at (?:his|her|their) (?:house|flat|home|place)\b"  # (the thirty-eighth benchmark, session 33)
    r"|\bsleepovers?\b.{0,40}\bat (?:the|his|her|their) (?:own )?(?:vicarage|manse|presbytery|rectory|caravan)\b"  # (the forty-fourth benchmark, session 37)
    # "seeing" a 16-year-old (the fortieth benchmark, session 34)
    r"|\b(?:seeing|going out with|going with|sleeping with|hooking up with|got with) (?:a |an |one of (?:the|our) )?(?:\w+ )?(?:1[0-7] year olds?|girl|boy|teen\w*|pupil|player|skater|member|student|cadet|junior)\b"
    # filmed in the showers; found in the girls' tent (the thirty-ninth benchmark, session 34)
    r"|\b(?:film\w*|record\w*|photograph\w*|videoed|videoing|(?:taking|took|takes|taken) (?:photos|pictures|videos|pics))\b (?:of )?(?:\w+ ){0,3}(?:in|inside) (?:the |their |a )?(?:showers?|changing rooms?|toilets?|loos?|bathrooms?|tents?|dorms?)\b"
    r"|\b(?:found|caught|seen|sneaking|sneaked|snuck|creeping|crept|sleeping|sleeps|slept) (?:\w+ )?(?:in|into|inside) (?:the )?(?:girls?|boys?|kids?|children|childrens|cubs?|scouts?|brownies?|guides?) (?:tents?|dorms?|dormitory|dormitories|showers?|changing rooms?|cabins?|bedrooms?|sleeping quarters)\b"
    # dirty jokes; asked to show himself in private (the forty-second benchmark, session 35)
    r"|\bdirty (?:jokes|talk|messages|pictures|pics|texts|videos)\b|\bshow (?:him|her|me) (?:his|her|their|my) (?:\w+ ){0,2}(?:in private|privately|alone|on (?:his|her|their) own)\b"
    # a head held under the water; meeting one of the girls (the forty-first benchmark, session 35)
    r"|\bh(?:o|e)ld(?:s|ing)? (?:\w+ ){0,3}(?:head|face) under(?: the)? water\b|\bduck(?:s|ed|ing)? (?:him|her|them) under\b"
    r"|\bmeeting (?:up with )?(?:one of (?:the|our) (?:girls|boys|kids|students|players|members|pupils)|a (?:1[0-7] year old|girl|boy|pupil|student))\b"
    r"|\b(?:gives?|giving|giein|gied|gave) (?:the |them |him |her )?(?:\w+ )?(?:drink|booze|alcohol|vodka|cider|fags|cigarettes|vapes|weed)\b"  # (the forty-sixth benchmark, session 37)
    r"|\btickl(?:e|es|ed|ing)\b|\bgiv(?:es|ing|en) (?:\w+ ){1,4}(?:presents|gifts)\b|\bif (?:he|she) (?:can|could) babysit\b"  # (the thirty-seventh benchmark, session 32)
    # tape put on a child's mouth; found alone in his car with a 15-year-old; a door window papered over for 1:1 coaching;
    # teenage girls kept back after class, one crying (the fifty-fifth benchmark, session 41)
    r"|\b(?:tape|taped|taping|gaffer tape|sellotape|sellotaped|masking tape|duct tape)\b.{0,30}\b(?:mouths?|lips|hands|wrists|arms|legs|eyes)\b|\bgagged\b"
    r"|\balone in (?:his|her|their|a|the) (?:car|van|flat|house|office|bedroom|tent|caravan) with\b"
    r"|\b(?:covered|covers|covering|papered|papers|blocked|blocks|blocking|taped|tapes) (?:over |up )?(?:the |a )?(?:(?:door|vision) (?:window|panel)|window in the door|glass panel"
    r"|(?:window|glass) with (?:paper|newspaper|card|cardboard|a towel|a coat|a blanket|a curtain|bin bags?|black bags?))\b"
    r"|\bback after (?:class|classes|practice|training|rehearsal|lessons?|the session|choir|school|clubs?)\b.{0,80}\b(?:crying|in tears|upset|sobbing|shaking|scared|terrified)\b"
    r"|\b(?:makes?|made|making|forc\w*) (?:them|him|her|us|the \w+)\b.{0,40}\buntil (?:they|he|she|we) (?:are|is|were|was|re|s) sick\b|\bcalls? (?:them|him|her) (?:racist|racial) (?:names|slurs)\b"
    # a youth leader let go from his last job at a school over "boundaries" with pupils; a leader found with a
    # 14-year-old in the storage cupboard with the lights off (the fifty-seventh benchmark, session 42)
    r"|\b(?:let go|sacked|dismissed|fired|suspended|asked to leave|lost (?:his|her|their) job)\b.{0,60}\bboundar(?:y|ies)\b"
    r"|\b(?:found|caught|seen|discovered|walked in on (?:him|her))\b (?:\w+ )?with (?:a |an |one of (?:the|our) )?(?:\w+ )?(?:1[0-7] year old|\d year old|girl|boy|kid|child|pupil|player|member|teen\w*)\b"
    r".{0,50}\b(?:cupboard|store ?room|stock ?room|lights (?:off|out)|in the dark|locked|toilets?|changing rooms?|van|minibus|his car|her car|tent|office)\b"
    # playgroup staff strapping a child to a chair; a brass tutor's "private photo shoots" (the fifty-eighth benchmark,
    # session 42)
    r"|\b(?:strapp\w*|tied|tying|ties|tie|taped|tape) (?:a |the |one of the |one of our )?(?:\w+ )?(?:child|kid|toddler|baby|boy|girl|him|her|them) (?:\w+ )?to (?:a |the |his |her |their )?(?:chair|table|bed|cot|radiator|post|pole)\b"
    r"|\bprivate (?:photo ?shoots?|photoshoots?|modelling sessions?)\b"
    # an older volunteer who keeps asking to do one-to-one Bible study with a 13-year-old in his car (the fifty-ninth
    # benchmark, session 43)
    r"|\b(?:keeps?|kept|keeps on|always|been) (?:asking|wanting|trying|offering|insisting) (?:to )?(?:\w+ ){0,4}(?:one to one|1 to 1|alone|on (?:his|her|their) own)\b (?:\w+ ){0,6}with\b"  # with a child, as pattern_hits requires
    # a volunteer found lying under a blanket with a 12-year-old at a sleepover (the sixty-third benchmark, session 45)
    r"|\b(?:lying|sleeping|cuddled up|curled up|snuggled up) (?:under|in) (?:a |the |one |his |her )?(?:blanket|duvet|covers|sleeping bag)s? with\b"
)
_ADULT = re.compile(
    r"\b(?:elderly|older|old|vulnerable|adults?|disabled|disabilit\w*|dementia|alzheimer\w*|pensioner|resident|service user|clients?"
    r"|member|members|lady|ladies|gentleman|man|woman|neighbour|carer|mum|dad|husband|wife|partner|the person we|learning"
    r"|autis\w*|frail|housebound|regular|regulars|care home|nans?|nana|grans?|granny|grandad|grandma|grandpa|aunt|uncle|brother|sister|friend|wheelchair user)\b"
)
# A home or savings going to someone met online (session 17), said in either order.
_MONEY_GOING = (
    r"(?:remortgag\w*|sell(?:ing)? (?:her|his|their) (?:house|home|flat)"
    r"|(?:send|sending|sent|wire|wiring|transfer\w*) (?:\w+ ){0,3}(?:money|savings|pension|thousands))"
)
_MET_ONLINE = r"met (?:him |her |them )?(?:on |via |through )?(?:facebook|instagram|tiktok|whatsapp|a dating (?:site|app)|the internet|online)"
_ADULT_HARM = re.compile(
    # someone else overdosed on their medicine, a doorstep trader's price (the twenty-first benchmark, session 21)
    r"\boverdosing (?:him|her|them|\w+ s) |\b(?:giving|gives|gave) (?:him|her|them) (?:too much|extra|double) (?:of )?(?:(?:his|her|their) )?(?:\w+ )?(?:meds|medication|medicine|tablets|pills|insulin)\b|"
    # a "loan" signed for a doorstep trader (the fortieth benchmark, session 34)
    r"\bsign\w* (?:up (?:for|to) )?(?:a |an |the )?(?:loan|credit agreement|finance (?:deal|agreement)|contract|direct debit) (?:for|with|from|to) (?:the |a |that )?"
    r"(?:window|windows|roof|roofing|driveway|gutter|doorstep|double glazing|solar panel|solar|cold calling|cold caller|door to door) (?:man|men|bloke|fella|salesman|salesmen|company|firm|traders?|lads?|people|guys?)\b|"
    r"\bcharged\b(?: \w+){0,5} £ ?\d+(?:k|,\d{3}| ?grand)? (?:for|to) (?:a |the )?(?:bit of |few |little )?(?:gutter\w*|roof\w*|driveway|drive|garden|trees?|patio|fence|chimney|windows?|pointing)\b|"
    r"abus|neglect|exploit|taking (?:all )?(?:her|his|their) (?:money|pension|benefits)|takes? (?:his|her|their) (?:money|benefits|pension|food|bank card|card)"
    r"|steal(?:ing|s)? (?:from )?(?:her|his|their|him) (?:money)?|controls? (?:all )?(?:her|his|their) money|will not let (?:her|him) (?:go out|leave|see)"
    r"|\bhits? (?:him|her)\b|being hit|hitting|bruis|unexplained injur|self ?neglect|coerc|controlled by|controlling"
    r"|cuckoo|people (?:living|staying) in (?:his|her) (?:flat|house|home)|taken over (?:his|her) (?:flat|house|home)|not being fed|not eating"
    r"|left alone all day|living in (?:filth|squalor)|locked in|scared of (?:her|his|their)|afraid of (?:her|his|their)"
    r"|work(?:ing)? for no pay|passport (?:was )?taken|modern slavery|given (?:them )?thousands|scam|hoard|rough with"
    r"|pressur(?:ed|ing) (?:her|him) (?:to|into)|changed (?:her|his) will|power of attorney|pin number|bank card"
    r"|not been washed|sores|bed sores|soiled|(?:wet|dirty|soaked) (?:pad|pads|nappy|nappies|incontinence pad)|taking (?:cash|money) (?:off|from) (?:the )?(?:old|elderly|residents|members|clients)|no heating|no food|starving|emptied (?:her|his|their|\w+s) (?:bank )?account|tied (?:to|up|down)|left in (?:bed|(?:his|her|their) (?:chair|bed|own mess)) for|favours instead of rent|sex for rent"
    r"|\bno (?:electric|electricity|power|gas) (?:since|for (?:days|a week|\d+ days))\b"  # (the twenty-sixth benchmark, session 23)
    r"|\b(?:heating|boiler|heater)\b.{0,25}\b(?:broken|broke|off|gone|not working|dead|packed up|cut off)\b.{0,50}\b(?:snow\w*|freezing|minus \d+|below zero)\b"  # (session 23)
    r"|making (?:him|her|them) sign|sign(?:ing|ed|s)? (?:over )?(?:cheques|checks|his house|her house)|signed (?:his|her|their) (?:house|home|flat|bungalow|savings) over|cheques? (?:to|for|made out to) (?:her|him|them|the carer)"
    r"|withdraw(?:ing|n|s)? (?:money|cash) (?:from|with) (?:his|her|their) (?:account|card)"
    rf"|{_MONEY_GOING}\b.{{0,80}}\b{_MET_ONLINE}\b|\b{_MET_ONLINE}\b.{{0,80}}\b{_MONEY_GOING}"
    # a worker or volunteer in a sexual relationship with someone who cannot consent to it (the thirty-third benchmark, session 31)
    r"|\b(?:sleeping with|having sex with|sexual relationship with|having an affair with) (?:a |an |one of (?:our|the) |the |our )?"
    r"(?:\w+ ){0,3}(?:members?|residents?|clients?|service users?|woman|man|lady|widow|widower|patients?|tenants?)\b.{0,40}\b(?:dementia|alzheimer\w*"
    r"|learning disabilit\w*|learning difficult\w*)\b"
    # "taxed" by youths every payday (the forty-first benchmark, session 35)
    r"|\btaxed by (?:the |some |local |these |those )?(?:youths|lads|kids|boys|teenagers|gang|dealers|them)\b"
    r"|\b(?:robbed|mugged|taxed) (?:\w+ ){0,3}every (?:payday|pension day|giro day|benefits day)\b"
    # a volunteer "helping" with banking and the money gone; the change kept, all of it; a member who is skin and bone
    # (the forty-fourth benchmark, session 37)
    r"|\bhelp(?:s|ing|ed)? (?:\w+ ){0,5}with (?:her |his |their |the )?(?:online )?(?:banking|bank|finances|money|bills|pension)\b.{0,60}"
    r"\b(?:lost (?:thousands|hundreds|£|\d|all|everything)|(?:now |all )?overdrawn|money (?:is |has )?(?:missing|gone)|savings (?:are |have )?gone|accounts? (?:is |are )?empty|emptied)"
    r"|\b(?:home help|carer|cleaner|pa|personal assistant|helper|befriender)\b.{0,30}\b(?:taking|takes|took|stealing|steals|stole|has taken|been taking)"
    r" (?:her|his|their) (?:jewellery|jewelry|rings?|watch|money|cash|savings|pension|bank cards?)\b"  # (the forty-fifth benchmark, session 37)
    r"|\blocks? (?:the |our |these |those )?(?:\w+ )?(?:adults|residents|men|women|clients|service users|members|ladies|gentlemen|users)"
    r" in (?:the |a )?(?:back |spare |side )?(?:room|cupboard|bedroom|shed|toilet)\b(?! (?:at night|overnight) for (?:safety|security))"
    # the gas money spent by a son; made to sign a paper (the forty-sixth benchmark, session 37)
    r"|\b(?:spent|spends|spending|took|takes|taking|drank|drinks|drinking|gambled|gambles) (?:the |her |his |their |all (?:the |her |his |their )?)?(?:gas|electric|electricity|heating|food|rent|shopping) money\b"
    r"|\bmade (?:him|her|them) sign\b"
    r"|\bkeeps? (?:all )?(?:the|her|his|their) change\b.{0,20}\b(?:all of it|every time|every week|always|all the time)\b|\bskin and bones?\b"
    # an old man's wallet taken (the twenty-eighth benchmark, session 25)
    r"|\b(?:take|takes|took|taking|taken|uses?|using|used|emptie[sd]|emptying) (?:the |an |his |her )?(?:old|elderly|older|frail|vulnerable|disabled|blind) (?:man|woman|lady|chap|gent|fella|person|member|resident) s (?:wallet|purse|bank card|card|pension|money|savings|benefits)\b"
    # workmen back to "finish the job" for £6,000 in cash and she's scared to say no (the fifty-eighth benchmark, session 42)
    r"|\b(?:scared|afraid|frightened|too scared|too frightened|daren t|dare not|does not dare|doesn t dare) (?:to )?(?:say no|refuse|turn (?:him|them) away)\b"
    # a volunteer offering a woman with learning disabilities extra parcels if she goes back to his place (the fifty-ninth
    # benchmark, session 43)
    r"|\b(?:extra|more|free|bigger) (?:\w+ ){0,2}(?:parcels|food|money|cash|gifts|credit|lifts|vouchers) if (?:she|he|they) (?:goes|go|comes|come|went|will go|will come) (?:back )?(?:to|round to|over to|back to) (?:his|her|their) (?:place|flat|house|room|van|car|bedsit)\b"
    # a grandson who "takes nans pension"; cigarette burns on a dementia café regular's hands (the sixty-fourth benchmark, session 46)
    rf"|\btakes? (?:my |our |the )?(?:{_GRANDPARENT}|mum|mam|dad)(?: s|s)? (?:money|pension|benefits|bank card|card|savings)\b"
    r"|\b(?:dementia|alzheimer\w*|elderly|older|frail|housebound|learning disabilit\w*|care home|day centre|lunch club|residents?|service users?)\b.{0,80}"
    r"\b(?:cigarette burns|burn marks|burns (?:on|all over) (?:her|his|their) (?:hands?|arms?|legs?|back|face|neck))\b"
)
# A bone broken by a partner (the twenty-eighth benchmark), said of oneself or of someone else.
_PARTNER_NOUN = r"(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee)"
_PARTNER_SAID = rf"(?:{_PARTNER_NOUN}|hubby|bf|fella)"  # as a chat names them
_BROKE = r"(?:has )?(?:broke|broken|fractured|cracked|busted)"
_INJURY = r"(?:nose|jaw|ribs?|arm|wrist|cheekbone|eye socket|fingers?|teeth|tooth)"
_DOMESTIC = re.compile(
    r"\b(?:my|me|her|his|their|our|she is|he is|i am|your) ?(?:partner|husband|wife|boyfriend|girlfriend|ex|ex partner|ex husband|ex wife|fiance|fiancee|fella|bloke|missus"
    r"|other half|son|daughter|dad|father|mum|mother|stepdad|stepmum|brother|sister|family|in laws|father in law|mother in law)\b"
    r".{0,60}\b(?:hits?|hitting|beats?|beating|beaten|punch\w*|kick\w*\b(?! (?:a |the )?(?:ball|football)\b)|strangl\w*|chok\w*|slap\w*|push\w*|shov\w*|threat\w*|controls?|controlling"
    r"|will not let|does not let|stalk\w*|follow\w*|track\w*|abus\w*|hurts?|hurting|batter\w*|rap\w*|forc\w*|takes (?:all )?(?:my|her|his) money"
    r"|locks? (?:me|her|him)|locked (?:me|her|him)|kill|bruis\w*|black eye|strangled|grabbed|threw|thrown|attacked|assault\w*|scared|afraid|terrified"
    r"|broke|broken|fractured|can not know|check(?:s|ing)? (?:when|where|up on) (?:she|he|i|her|him|me)\b"
    # belted (the forty-second benchmark, session 35); the verb only, since "with a belt" is also a child's
    r"|belted\b(?! out\b| up\b| it\b| round\b| along\b| down\b)|\bbelt(?:s|ing) (?:me|her|him)\b"
    # went for me; "a bit rough" with a drink; stitches (the forty-first benchmark, session 35)
    r"|(?:went|goes|go|going) for (?:me|her|him)\b|gets? (?:a bit |a little |bit |quite |really )?(?:rough|handy|physical)\b|needed stitches)"
    r"|\bdomestic (?:abuse|violence)\b.{0,40}\b(?:me|my|her|she|he|him|victim|experienc\w*|suffer\w*|going through|fleeing|escap\w*)\b"
    r"|\b(?:me|my|her|she|he|him|victim|experienc\w*|suffer\w*|going through|fleeing|escap\w*)\b.{0,40}\bdomestic (?:abuse|violence)\b"
    # walking on eggshells at home or around a partner; a partner who takes the wages or demands every receipt (the
    # thirty-eighth benchmark, session 33)
    r"|\bwalking on eggshells\b.{0,30}\b(?:at home|with (?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|fella|ex))|around (?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|fella)))\b"
    r"|\b(?:at home|around (?:my )?(?:husband|partner|boyfriend|him))\b.{0,20}\bwalking on eggshells\b"
    r"|\b(?:my|her) (?:partner|husband|boyfriend|fella|wife|girlfriend) (?:takes|took|keeps|has taken|controls) (?:all )?(?:of )?(?:my|her) (?:wages|salary|pay|earnings|benefits)\b"
    r"|\b(?:partner|husband|boyfriend|fella|wife|girlfriend)\b.{0,60}\bmakes? (?:me|her) show (?:him|her) (?:every|all (?:the |my |her )?)(?:receipts?|bank statements?|penny)\b"
    # timing how long she is out (the fortieth benchmark, session 34)
    r"|\b(?:he|she|my (?:husband|partner|boyfriend|wife|girlfriend|fella|ex)) (?:times|timed|timing|clocks|clocked|counts|counted) how long (?:i|she|he) (?:was|am|is|m|s|have been|has been|had been|spend|spent) (?:at|out|gone|away|in the|with|down|round|seeing)\b"
    # finger marks round a neck, the sign of strangling (the thirty-sixth benchmark, session 32)
    r"|\b(?:finger ?marks|fingerprints|bruis\w*|red marks|marks) (?:all )?(?:on|round|around) (?:her|his|my|their) (?:neck|throat)\b"
    r"|\bcoercive control|\bhonou?r (?:based|killing|violence|abuse)\b|\b(?:belted|beat|beaten|hit|hits|beats|punished|locked (?:me|her|him) (?:in|up))\b.{0,30}\bfor (?:the )?(?:dishonou?r\w*|bringing shame|shaming the family|family honou?r)\b|\bstalking (?:me|her|him)\b"
    # a tracker hidden on someone's things (development sets, session 14)
    r"|\b(?:ex|partner|husband|wife|boyfriend|girlfriend|he|she)\b.{0,20}\b(?:put|fitted|hid|hidden|installed|planted)\b.{0,10}\b(?:gps|tracker|tracking device|tracking app|air ?tags?|spyware)\b"
    r"|\b(?:he|she) (?:hits|beats|hurts|chokes|strangles|punches|kicks|slaps|rapes|controls) (?:me|her|him)\b"
    r"|\b(?:scared|afraid|frightened|terrified) (?:of|to go home to) (?:my|her|his) (?:partner|husband|wife|boyfriend|girlfriend|ex)\b"
    r"|\bfleeing\b|\brefuge\b.{0,30}\b(?:tonight|now|need|place)\b"
    # "he strangled me last week, didnt report it"; "how do i leave him safely"; "how do i get a non molestation order" (the
    # fifty-second benchmark, session 40)
    r"|\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|ex|fella|bloke)\b (?:\w+ )?(?:strangled|throttled|choked|strangles|throttles|chokes) (?:me|her|him)\b(?! (?:up|with (?:laughter|emotion))\b)"
    r"|\bleave (?:him|her|my (?:partner|husband|wife|boyfriend|girlfriend|fella)|home)? ?safely(?: with (?:the |my )?(?:kids|children|baby|little ones))?\b(?! (?:at|after|from) (?:the )?(?:end|night|event|hall|session))"
    r"|\b(?:nearest|closest|find a|find me a|number for a|number for the) (?:women s |womens |domestic abuse )?refuge\b"
    r"|\b(?:safely|safe way to|safest way to) leave (?:him|her|my (?:partner|husband|wife|boyfriend|girlfriend|fella))\b"
    r"|\b(?:get|getting|apply for|applying for|need) (?:a |an )?(?:non ?molestation|occupation|restraining) order\b"
    # "how do i get into a refuge" (the fifty-first benchmark, session 40)
    r"|\b(?:get|getting|got|go|going|move|moving|get me|get her|get us) (?:in|into|in to|to) (?:a |the )?(?:women s |womens |domestic abuse )?refuge\b(?! (?:fundrais\w*|open day|event|shop|charity|appeal|collection|volunteer\w*|donations?|building|premises|office|site|garden|car park)\b)"
    # deleting her emails "so I can't talk to anyone" (the fifty-first benchmark, session 40)
    r"|\b(?:he|she|they) (?:\w+ ){0,10}so (?:i|she|he) (?:can not|could not|will not|do not) (?:talk|speak|get in touch|reach out) (?:to |with )?(?:anyone|anybody|no one|my (?:friends|family|mum|sister))\b"
    r"|\bforced (?:to )?marr\w*|\bforced marriage\b|\bforc\w* (?:me|her|him|them|my \w+) (?:to|into) (?:marry|marriage|get married)\b|\b(?:taking|take|sending|send|took) (?:her|him) (?:to|back to) \w+ (?:\w+ )?(?:to|and) (?:marry|get married)\b"
    r"|\bmarry (?:a man|a woman|someone|her cousin|his cousin|an older man) (?:she|he) (?:has|is) never met\b"
    r"|\bchong\b.{0,15}\b(?:đanh|danh)\b"  # Vietnamese: a husband hitting (the eighteenth benchmark, session 19)
    # hands round the neck, married off, medicine hidden to punish (the nineteenth benchmark, session 20)
    r"|\b(?:he|she) (?:put|puts|had|has|got|wrapped) (?:his|her) hands (?:round|around) (?:my|her|his) (?:neck|throat)\b"
    r"|\b(?:being|be|get|getting|got|is being|will be) married off\b"
    rf"|\b(?:he|she) (?:is )?(?:hides|hiding|hid|takes|took|taking) (?:my|her|his) (?:meds|medication|tablets|pills|inhaler|insulin)\b.{{0,30}}\b{_AS_A_THREAT}"
    # a tracker found on a car; a nose broken by a partner (the twenty-eighth benchmark, session 25)
    r"|\b(?:found|find|finding|discovered|there s|there is) an? (?:gps |hidden |secret |little )?tracker (?:on|in|under|inside|stuck to) (?:my|her|our) (?:car|bag|handbag|coat|phone|bike|pushchair|pram|keys)\b"
    rf"|\b(?:he|she|my {_PARTNER_NOUN}) {_BROKE} my {_INJURY}\b"
    # gold sold, "calls me worthless" (the forty-first benchmark, session 35)
    r"|\b(?:he|she) (?:sold|pawned|took|takes|sells) (?:all )?(?:my|her) (?:gold|jewellery|jewelry|wedding ring|bangles)\b.{0,30}\bcalls? (?:me|her) (?:worthless|useless|nothing|rubbish)\b"
    rf"|\b(?:her|his) {_PARTNER_NOUN} {_BROKE} (?:her|his) {_INJURY}\b"
    # an ex with her keys letting himself in; waiting every shift; "you're dead" (the forty-third benchmark, session 36)
    r"|\bex\b.{0,40}\b(?:stole|took|kept|copied|has|still has|nicked) (?:my|her|his|a|the) (?:spare |house |flat |door )?keys?\b"
    r".{0,80}\b(?:coming|comes|came|letting (?:himself|herself)|lets (?:himself|herself)|been) (?:in|into|round)\b"
    r"|\bex\b.{0,30}\b(?:waits|waiting|hangs around|hanging around|sits outside) (?:\w+ ){0,5}(?:every|each) (?:shift|day|night|morning|evening|session)\b"
    r"|\bex\b.{0,80}\b(?:told|tells|texted|texts|said|says|messaged|shouted) (?:her|him|me) (?:you are|she is|he is|i am) (?:dead|a dead (?:man|woman))\b"
    # raped "but we're married"; let out only for the food bank; an ex who keeps turning up and waits (the forty-fourth
    # benchmark, session 37)
    r"|\b(?:he|she) (?:raped|forced (?:himself|herself) on) (?:me|her|him)\b|\braped\b.{0,30}\b(?:married|my husband|my wife|my partner)\b"
    r"|\b(?:i am|she is|he is|i m) only (?:allowed|let) (?:out|to go out|to leave(?: the house)?) (?:for|to) (?:the )?(?:food ?bank|shops?|school run|church|mosque|doctors?)\b"
    r"|\bex\b.{0,30}\b(?:keeps|kept) (?:turning|showing) up\b.{0,60}\bwait\w*"
    # never leaving her side and shouting at her (the forty-sixth benchmark, session 37)
    r"|\b(?:never leaves her side|never lets her out of (?:his|her) sight)\b.{0,60}\b(?:shouts|shouting|screams|screaming|yells|yelling|swears|grabs|grabbing)\b"
    # a husband who rings her work ten times a shift and goes mad if she is late; burnt by a girlfriend with the iron (the
    # forty-fifth benchmark, session 37)
    r"|\b(?:girlfriend|boyfriend|wife|husband|partner|missus|fella)\b.{0,10}\b(?:did it|done it|did that|burnt (?:him|her|me)|burned (?:him|her|me))\b.{0,20}"
    r"\bwith (?:the |an |a |her |his )?(?:iron|kettle|lighter|cigarettes?|hot water|straighteners)\b"
    r"|\b(?:husband|partner|boyfriend|wife|girlfriend|fella)\b.{0,60}\b(?:goes mad|kicks off|loses it|goes spare|goes mental) if (?:she|he|i) (?:is |am |s |m )?(?:\d+ (?:mins?|minutes) )?late\b"
    r"|\b(?:husband|partner|boyfriend|wife|girlfriend|fella)\b.{0,20}\b(?:rings|calls|phones|texts)\b.{0,30}\b(?:\d+|ten|twenty|a dozen|loads of) times a (?:shift|day|hour|session)\b"
    # turning up at every shift I do (the forty-seventh benchmark, session 38)
    r"|\b(?:turns|keeps turning|shows|keeps showing|turning|showing|comes|keeps coming) up (?:at|to|outside) (?:every|each|all) (?:(?:one of )?my )?(?:shifts?|classes|sessions)\b"
    r" (?:i do|i work|i am on|i m on|i have|of mine)\b"
    # typed in secret with him near (the forty-eighth benchmark, session 38)
    r"|\b(?:can not|could not) (?:talk|type|speak|write|stay on)(?: for)? (?:long|much|now)\b.{0,20}\b(?:he|she) (?:is |s )?(?:in (?:the )?next room|next door|downstairs|upstairs"
    r"|home|back|watching|listening|coming)\b"
    # "if I go to the police he'll burn the house down"; brothers who found out about a boyfriend and will "sort him and me
    # out" (the forty-ninth benchmark, session 39)
    r"|\bif (?:i|we|she) (?:go|goes|went) to (?:the police|anyone)\b.{0,30}\b(?:he|she|they) (?:will|would|is going to|are going to) (?:burn|kill|hurt|find|finish|destroy)\b"
    r"|\bif (?:i|we|she) (?:call|ring|phone|tell|leave|leaves|report)\b.{0,30}\b(?:he|she|they) (?:will|would|is going to|are going to) (?:burn|kill|hurt|finish|destroy)\b"
    r"|\b(?:he|she) (?:will|would|is going to|threatens to|threatened to|says he will|said he would|says she will|said she would) (?:burn|torch) (?:the|my|our|this) (?:house|flat|home)\b"
    r"|\b(?:brothers?|dad|father|uncles?|cousins?|family|in laws)\b.{0,40}\b(?:found out|find out|know|knows|heard) about (?:my |me and (?:my )?)?(?:boyfriend|girlfriend|relationship|partner)\b"
    r".{0,80}\b(?:sort (?:him|me|us|her)|kill|hurt|deal with (?:him|me|us|her)|punish|beat|teach (?:me|us|her) a lesson|send me (?:back|away)|marry me off|take me (?:back|abroad|away))"
    # a helpline number she can find "without him noticing", for someone living with a violent partner (the fifty-sixth
    # benchmark, session 41)
    r"|\b(?:violent|abusive|controlling) (?:partner|husband|wife|boyfriend|girlfriend|ex|fella)\b.{0,120}\bwithout (?:him|her) (?:noticing|knowing|finding out|seeing|checking)\b"
    # a hot cup of tea thrown at her by "he"; "how do i get away from husband"; "wont give me my own wages" (the
    # fifty-seventh benchmark, session 42)
    rf"|\b(?:he|she|{_PARTNER_SAID})\b (?:\w+ ){{0,2}}(?:threw|thrown|throws|chucked|chucks|poured|pours|flung|tipped)\b (?:a |the |his |her |some )?(?:\w+ ){{0,2}}(?:hot|boiling|scalding)\b (?:\w+ ){{0,3}}(?:at|over|on) (?:me|her|my)\b"
    rf"|\b(?:get|getting|run|running|escape|escaping|break|breaking) away from (?:my |the )?{_PARTNER_SAID}\b"
    r"|\b(?:will not|wont|does not|doesn t|never) (?:let me (?:have|keep|see)|give me) (?:my own|any of my|a penny of my) (?:wages|money|pay|salary|earnings|benefits|bank card)\b"
    # "he'll put me in hospital" if I go to the AGM; the new address of a member who fled a violent ex sent out (the
    # fifty-eighth benchmark, session 42)
    rf"|\b(?:he|she|{_PARTNER_SAID})\b (?:\w+ ){{0,3}}(?:will|would|is going to|going to|gonna|ll) put (?:me|her|him) in (?:hospital|a&e|the hospital|intensive care|a wheelchair|the ground|a box|a coffin)\b"
    rf"|\b(?:fled|fleeing|escaped|escaping|ran from|hiding from) (?:a |an |her |his |their |my )?(?:violent |abusive |dangerous |controlling )?{_PARTNER_SAID}\b.{{0,80}}\b(?:address|where (?:she|he|they) lives?|location|postcode)\b"
    # an ex who posts threats and turns up though the police told him to stay away; hurt by her father for refusing the
    # marriage arranged for her (the sixty-first benchmark, session 44)
    r"|\bex\b.{0,60}\b(?:threat\w*|turn\w* up|turning up|show\w* up|showing up|follow\w*|stalk\w*|outside (?:my|her|his|the) (?:house|flat|work|door))\b.{0,100}"
    r"\b(?:police (?:have |has |had )?(?:told|warned) (?:him|her|them) to (?:stay away|keep away|leave (?:her|him|me) alone)|ignor\w* (?:it|that|them|the police|the order|the injunction|the warning)|breach\w* (?:the|his|her|a) (?:order|injunction|bail))\b"
    r"|\b(?:refused|refuses|refusing|said no to|saying no to|will not agree to|would not agree to|won t agree to) (?:the |a |an |her |his |my )?(?:\w+ )?marriage (?:that |which )?(?:they|he|she|her (?:family|parents|dad|father|mum|mother|uncle)|his (?:family|parents|dad|father|mum|mother)|my (?:family|parents|dad|father|mum|mother)) (?:have |has |had |ve |d )?(?:arranged|planned|set up|organised|fixed|agreed)\b"
    # an ex who uses the membership list to find where I live now; a husband who says he will "finish the job" (the
    # sixty-second benchmark, session 45)
    # an ex "sleeping outside her house in his car" (the sixty-sixth benchmark, session 48)
    r"|\bex\b.{0,60}\b(?:sleeping|slept|sleeps|camped|camping|sitting all night|parked all night|parked every night)\b.{0,20}\b(?:outside|opposite|across (?:the road )?from) (?:my|her|his|the|their) (?:house|home|flat|work|door|place)\b"
    r"|\bex\b.{0,80}\b(?:find|found|finding|track\w*|work out|worked out) (?:out )?where (?:i|she|he|we) (?:live|lives|am living|is living|moved to|have moved)\b"
    r"|\b(?:said|says|told|threatened|swore|swears)\b (?:\w+ ){0,3}(?:he|she) (?:will|is going to|is gonna) finish (?:the job|her off|me off|him off|what (?:he|she) started)\b"
    # "he broke the injunction again" (the sixty-seventh benchmark, session 49)
    rf"|\b(?:he|she|they|{_PARTNER_SAID})\b (?:has |have |s |ve )?(?:\w+ )?(?:broke|broken|breached|breaches|breaching|breaking|ignored|ignores|ignoring)"
    r" (?:the|his|her|my|our|their|a) (?:injunction|non molestation order|restraining order|protection order|occupation order|bail conditions)\b"
    # a stepdad who grabs her by the hair (the sixty-third benchmark, session 45)
    r"|\b(?:stepdad|step dad|stepfather|stepmum|step mum|dad|father|brother|husband|partner|boyfriend|son|uncle|mum|mother)\b.{0,30}\b(?:grab\w*|pull\w*|drag\w*) (?:her|him|me|them) (?:by|round by|across the room by|along by) (?:the|her|his|my|their) hair\b"
)
# Workers sleeping on sacks or pallets (the twenty-seventh benchmark); men or women only beside a
# workplace, since people sleeping rough sleep on cardboard too.
_SLEEPING_ON_SACKS = r"sleep(?:ing|s)? on (?:the )?(?:flour |rice |potato |cement |old )?(?:sacks|pallets|cardboard)\b"
# A journey being worked off, as people brought here are told they owe (the forty-third benchmark, session 36).
_PAYING_OFF_THE_TRIP = (
    r"(?:paying|pay|working to pay|work to pay) (?:off|back) (?:(?:her|his|their|my|the|an|our) )?(?:trip|journey|passage|travel|crossing|fare|smuggl\w*"
    r"|agency fees?|recruitment fees?|job fees?)\b"  # "working to pay back agency fee, 2 years" (the fifty-second benchmark, session 40)
)
_WORKPLACE = r"(?:work\w*|shifts?|factory|farm|warehouse|site|boss|car wash|unit|yard|restaurant|kitchen)\b"
_SLAVERY = re.compile(
    # photos put online to sell someone for sex (the fortieth benchmark, session 34)
    r"\b(?:put|puts|putting|posted|posts|posting|advertis\w*|listed|lists|listing) (?:my|her|his|our|their) (?:photos|pictures|pics|photo|picture|pic) (?:up )?"
    r"(?:online|on (?:a |the |some |an )?(?:\w+ )?(?:site|website|app)) for (?:men|clients|customers|punters|guys)\b|"
    r"\bsells? (?:her|him|them) (?:to (?:other )?(?:men|people|his friends)|for sex)\b|\bpimp\w*|\bsex(?:ually)? exploit\w*|\bforced (?:into )?prostitution\b|\bkeeps? all (?:the|her|his|their) (?:money|wages|earnings)\b|\bkeeps? all (?:our|my) (?:wages|earnings|pay)\b"
    r"|\b(?:made|forced|forcing|makes|make|making) (?:me |us |them |her |him )?(?:to )?(?:sell (?:sex|drugs|my body|her body|his body)|shoplift|steal|beg|carry drugs|deal drugs|deal(?! with)|sleep with)\b"
    r"|\bsex for (?:a )?(?:debt|rent|money (?:owed|i owe))\b|\b(?:was|were|been|being|got) sold\b|\b(?:work|working|worked) \d+ hours?(?: a day| every day)? (?:for )?(?:no|without) pay\b"
    r"|\bmodern (?:day )?slave|\bslave\b|\bslaves\b|\benslav|\btraffick|\bforced (?:to )?(?:work|labour|labor)\b|\bforced labour\b"
    r"|\b(?:passport|passports|id|documents|papers|visa)\b.{0,25}\b(?:taken|kept|held|confiscated|removed|took|keeps?|holding|withheld|locked away)\b"
    r"|\b(?:took|takes|kept|keeps|holding|hold|taken) (?:his|her|their|my|our) (?:visa |travel |immigration )?(?:passport|passports|id|documents|papers)\b"
    r"|\b(?:made|forced|being made|makes them|makes him|makes her) to work\b.{0,30}\b(?:no|nothing|free|little|hardly|without)\b"
    r"|\bwork(?:s|ing|ed)? .{0,20}(?:for no (?:pay|money|wages)|for nothing|without (?:pay|wages|being paid))\b|\bunpaid for (?:months|weeks)\b"
    r"|\bnot (?:been )?paid (?:anything|at all|for (?:months|weeks))\b|\bno (?:pay|money|wages) for \d+ (?:months|weeks|years)\b|\b\d+ hours?(?: a day| every day| a week)? (?:and )?(?:no|without) (?:pay|money|wages)\b"
    r"|\bnow (?:a|their|his|her) prisoner\b|\bboss (?:collects|takes|keeps|holds) (?:all )?(?:their|our|my|the) (?:wages|pay|money)\b|\bdeport\w* if (?:she|he|they|i|we) (?:complain|leave|speak|tell)\w*|\bnever (?:get|gets|got) paid\b|\bno wages\b"
    r"|\b(?:owe|owes|owed) .{0,30}\b(?:debt|money)\b.{0,30}\b(?:work|working|pay it off|paid off)\b|\bworking off (?:a|the|his|her|their) debt\b|\bdebt bondage\b"
    r"|\b(?:sleep|sleeps|sleeping|live|lives|living|locked) (?:at|in) (?:the )?(?:car wash|nail bar|factory|farm|workplace|restaurant|warehouse|shop|site|caravan)\b"
    # living locked where they work; workers sleeping on sacks (the twenty-seventh benchmark, session 24)
    r"|\b(?:live|lives|living|sleep|sleeps|sleeping|stay|stays|staying) (?:where|at) (?:we|they|i|he|she) work\b.{0,40}\b(?:locked|lock (?:us|them|me)|can not (?:leave|go out)|not allowed out)\b"
    rf"|\b(?:workers|staff|pickers|packers|cleaners)\b.{{0,30}}\b{_SLEEPING_ON_SACKS}"
    rf"|\b(?:lads|men|women|girls)\b(?=.{{0,100}}\b{_WORKPLACE}).{{0,30}}\b{_SLEEPING_ON_SACKS}|\b{_WORKPLACE}.{{0,60}}\b(?:lads|men|women|girls)\b.{{0,30}}\b{_SLEEPING_ON_SACKS}"
    r"|\bnot allowed to (?:leave|go out)\b.{0,40}\b(?:work|boss|employer|job|site|farm|factory)\b|\b(?:car wash|nail bar)\b.{0,60}\b(?:scared|controlled|no pay|never paid|locked|living|sleep)\b"
    # told in a few words with no word for it: working off rent or a debt to an agent, a day's work
    # for a few pounds, many to a room (development sets, session 17)
    r"|\bwork(?:s|ing|ed)? off (?:the|my|his|her|their|our) (?:rent|debt|fare|fares|travel|flights?|visa|room)\b"
    r"|\b(?:agent|agents|boss|gangmaster|landlord|the man who brought)\b.{0,30}\b(?:we|i|they|he|she) (?:still )?(?:owe|owes) (?:him|her|them) (?:another |more |still )?(?:£ ?)?\d"
    r"|\bwork(?:s|ing)? (?:1\d|[2-9]\d) hours?(?: a day| a shift| every day| per day| daily)? for (?:only |just )?£ ?\d{1,2}\b(?! ?(?:an|per|a|each|every) hour)"
    r"|\b(?:we|they|us|men|women|workers) (?:all )?(?:sleep|sleeping|live|living|are crammed|are packed)\b (?:\w+ )?(?:[6-9]|[1-9]\d|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:in|to) (?:one|a|each|the same|a single) (?:room|bedroom)\b"
    r"|\b(?:[6-9]|[1-9]\d|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:of us|of them|people|men|women|workers) (?:all )?(?:sleep|sleeping|live|living|share|sharing|crammed|packed) (?:in|into) (?:one|a|each|the same|a single) (?:room|bedroom)\b"
    # long days unpaid (the twentieth benchmark, session 21)
    r"|\bwork(?:s|ing|ed)? (?:1[2-9]|2[0-4]) ?(?:hr|hrs|hour|hours) (?:days|shifts)\b.{0,20}\b(?:unpaid|no pay|not paid|without pay|for nothing)\b"
    r"|\bheld by (?:a |the |his |her |their )?(?:gangmaster|gang master|traffickers?|employer|boss)\b"
    r"|\b(?:employer|boss|madam|sponsor|amo) (?:does not|will not|would not|never) let (?:me|her|him|them|us) (?:out|leave|go out)\b|\bhindi ako pinapalabas\b"
    r"|\bgiu (?:\w+ )?ho chieu\b"  # Vietnamese: keeping someone's passport (the eighteenth benchmark, session 19)
    # documents retained, in an employer's or a report's words (the nineteenth benchmark, session 20)
    r"|\b(?:retain\w*|withh[eo]ld\w*|confiscat\w*) (?:his|her|their) (?:identity |id |travel |immigration )?(?:passports?|id|documents|papers)\b"
    # beaten for stopping work, sold on, a job promised and then a debt or a sale (the twenty-third
    # benchmark, session 22)
    r"|\b(?:beat|beats|beaten|hit|hits|hurt|hurts|punish\w*) (?:us|them|me|the workers|the men|the women)\b (?:\w+ )?(?:if|when|whenever) (?:we|they|i) (?:stop|rest|refuse|complain|slow down|take a break|do not work)\b"
    r"|\b(?:sells?|selling|sold) (?:us|them|me|workers|the workers|the men|the women) (?:on )?to (?:another|other|a different|different|new) (?:farms?|bosses?|gangs?|houses?|men|employers?|sites?|gangmasters?)\b"
    # moved from site to site unpaid, work for food, nothing on the payslip, a workplace that is a prison
    # (the twenty-sixth benchmark, session 23)
    r"|\b(?:moved|moving|taken|driven|sent) (?:from )?(?:site|farm|house|place|job|city) to (?:site|farm|house|place|job|city)\b.{0,40}\b(?:never paid|no pay|not paid|unpaid|for nothing|for food)\b"
    r"|\bwork(?:s|ing|ed)?\b.{0,40}\bfor (?:food|a bed|a mattress) only\b|\bwork(?:s|ing|ed)? only for (?:food|a bed)\b"
    r"|\b(?:wage ?slips?|pay ?slips?)\b.{0,30}(?:£ ?0\b|\bnothing after\b|\bzero after\b)"
    r"|\b(?:my|our|their|his|her) (?:workplace|work|job|factory|farm) is (?:a|like a) (?:prison|jail)\b"
    # a recruiter's debt; people padlocked in at night (the twenty-fifth benchmark, session 23)
    r"|\b(?:recruiters?|gangmasters?|traffickers?|smugglers?|the agent)\b.{0,30}\b(?:we|i|they|he|she) (?:each |all |still )*(?:owe|owes) (?:him |her |them )?(?:£ ?)?\d"
    r"|\b(?:women|men|girls|workers|people|they|we|us|them)\b.{0,80}\b(?:padlocked|locked|bolted|chained) in (?:from (?:the )?outside|at night|overnight|every night)\b"
    r"|\bpromised (?:us |me |them |him |her )?(?:a |good |proper )?(?:jobs?|work)\b.{0,40}\b(?:sold|trapped|locked in|owe them|owe him|no pay|never paid|passports?|(?:like|in) (?:a (?:real )?)?prison)\b"
    # beaten for complaining, recruited then trapped, charged more than the wages, a sponsor's threat (the twenty-eighth benchmark, session 25)
    r"|\b(?:beat|beats|beating|hit|hits|punish|punishes) (?:the ones|anyone|anybody|those|(?:the )?(?:workers|men|women|lads|girls|staff)|whoever|any of us|us|them) (?:who|that|if (?:we|they)) (?:complain\w*|ask\w* for (?:their |our |my |his |her )?(?:pay|money|wages)|tr(?:y|ies) to leave|refuse\w*|talk\w* back)\b"
    r"|\b(?:recruited|brought (?:here|over)|lured|tricked)\b.{0,40}\btrapped (?:here\b|(?:in|at) (?:this|the) (?:house|flat|farm|factory|site|place|hotel)\b)"
    r"|\bcharg\w*\b.{0,30}\b(?:bigger|more|higher|greater) than (?:our|my|their|his|her|the) (?:wages|pay|earnings)\b"
    r"|\bsponsor\w*\b.{0,30}\bthreat\w*\b.{0,25}\bvisa\b"
    # brought for a job and now prisoners, in few words (the thirty-second benchmark, session 30)
    r"|\b(?:jobs?|work)\b.{0,40}\b(?:we are|we re|we|they are|they re|they|i am|i m|now) (?:now |all |just )?(?:prisoners|a prisoner|prisoner)\b"
    # a family's debt worked off unpaid (the thirty-first benchmark, session 30)
    r"|\b(?:owe|owes|owed|owing)\b.{0,40}\b(?:so |and )?(?:i|we|he|she|they) (?:have to |has to |must |now |just )?work(?:s|ing)? (?:for )?(?:free|nothing)\b"
    # not allowed to leave until a "fee" is paid (the thirty-fourth benchmark, session 31)
    r"|\b(?:boss|employer|gangmaster|gang master|agent|landlord|the man who brought (?:me|us))\b.{0,40}"
    r"\b(?:can not|not allowed to|will not let (?:me|us|him|her|them)) leave (?:until|till|before|unless) (?:i|we|they|he|she) (?:pay|paid|have paid|repay|pay back)\b"
    # sold to work; locked in from outside; a long day for a few pounds an hour; unpaid and sleeping in a hut (the
    # thirty-seventh benchmark, session 32)
    r"|\bsold (?:me |us |her |him |them )?to (?:work|a man|men|a family|a gang|another)\b"
    r"|\b(?:workers|women|men|girls|lads|people|they|we)\b.{0,100}\bdoors? (?:is |s |are |was |were )?(?:locked|padlocked|bolted) from (?:the )?outside\b"
    r"|\b(?:1[2-9]|2[0-4]) ?(?:hours?|hrs?) (?:a|per|every) day\b.{0,20}\bfor £ ?[1-4](?:\.\d\d)? (?:an|per|a) hour\b"
    # farm workers living in a barn "too scared to talk to anyone" (the sixty-sixth benchmark, session 48)
    r"|\bworkers?\b(?: \w+){0,3} (?:are |were |is |s )?(?:living|sleeping|kept|staying) in (?:a |the |an )?(?:\w+ )?(?:barn|shed|container|shipping container|outbuilding|stable|caravan|portakabin|portacabin)s?\b"
    r".{0,60}\b(?:scared|frightened|terrified|afraid|not allowed|never paid|unpaid|no pay|passports?|locked)\b"
    r"|\bno (?:pay|wages|money)\b(?! rise).{0,40}\b(?:sleeping|living|sleep|live) in (?:a |the )?(?:\w+ s )?(?:hut|shed|container|shipping container|garage|van|caravan|barn|outbuilding)\b"
    # "owned" by the man who brought her; locked in, men visiting nightly (the forty-second benchmark, session 35)
    r"|\bowned by (?:the |a |his |her |their )?(?:man|men|people|family|gang|boss|woman|couple)\b"
    r"|\b(?:woman|women|girls?|she|they)\b.{0,20}\blocked in\b.{0,30}\bmen (?:visit|visiting|come|coming|call|calling)\b"
    # no talking to anyone because the boss watches (the thirty-eighth benchmark, session 33)
    r"|\b(?:can not|not allowed to|are not allowed to|must not) (?:talk|speak) to (?:anyone|anybody|no one|people|you)\b.{0,30}\b(?:boss|manager|gaffer|gangmaster|owner|supervisor)s? (?:watch|watches|is watching|are watching|listens|is listening)\b"
    # workers not let off the site; a debt for being brought here (the thirty-sixth benchmark, session 32)
    r"|\b(?:workers|lads|men|women|girls)\b.{0,100}\bnot allowed (?:off|out of|to leave) (?:the )?(?:site|farm|factory|premises|car wash|yard|warehouse|unit)\b"
    r"|\bowe (?:them|him|her|the \w+) (?:£ ?)?\d+(?: \d{3})*(?:k| ?grand)? for (?:bringing|getting|taking|smuggling|flying) (?:us|me|them|him|her) (?:here|over|to (?:the uk|england|britain))\b"
    # driven to work and watched there (the thirty-third benchmark, session 31)
    r"|\b(?:they|he|she|the boss|the gangmaster|the men|a man) (?:drive|drives|take|takes|drop|drops|collect|collects|pick up|picks up)"
    r" (?:us|them|me) (?:to|from) (?:and from )?(?:work|the farm|the site|the factory|the car wash|the warehouse)\b"
    r".{0,30}\b(?:watch|watches|watching|guard|guards|guarding|follow|follows|lock|locks|never let)\b"
    # kept as a maid since childhood; a trip being paid off at a nail bar; a lad on a fishing boat who wants to escape
    # (the forty-third benchmark, session 36)
    r"|\bkept (?:her|him|them|me) (?:as (?:a |an |their )?|like (?:a |an )?)(?:maid|servant|slave|skivvy|cleaner|housekeeper|domestic)\b"
    rf"|\b(?:nail bars?|car wash\w*|{_WORKPLACE}).{{0,80}}\b{_PAYING_OFF_THE_TRIP}|\b{_PAYING_OFF_THE_TRIP}.{{0,60}}\b(?:nail bars?|car wash\w*|{_WORKPLACE})"
    r"|\b(?:on|at|from) (?:the|a|his|her) (?:fishing )?(?:boat|trawler|farm|car wash|factory|nail bar|cannabis farm)\b.{0,30}"
    r"\b(?:wants?|trying|tried|desperate|begging|begged|needs) to (?:escape|run away)\b"
    # picking flowers all day for a tenner; a lad who "belongs" to his smuggler (the forty-fourth benchmark, session 37)
    r"|\b(?:picking|packing|cutting|grading|weeding|working)\b (?:\w+ ){0,2}(?:all day|dawn (?:to|till) dusk|\d{2} hours?)\b.{0,20}\bfor (?:a tenner|a fiver|£ ?\d{1,2}|\d{1,2} (?:pounds|quid))\b(?! (?:an|a|per) hour)"
    r"|\bbelongs? to (?:his|her|their|the|a) (?:smuggler|trafficker|gangmaster|boss|agent|owner)s?\b"
    # an employer keeping a visa or bank cards (the forty-fifth benchmark, session 37)
    r"|\b(?:they|he|she|the boss|boss|the agent|agent) (?:move|moves|moved|keep moving|keeps moving) (?:us|them|me) (?:house|houses|around|between houses|every few)\b"  # (the fifty-third, session 40)
    r"|\b(?:employer|boss|gaffer|manager|owner|sponsor|gangmaster|who (?:got|found|gave) (?:them|us|me|him|her) (?:the |their |a |our |his |her )?jobs?)\b.{0,20}\b(?:keeps|kept|has got|took|holds|is holding|has taken|has all(?: of)?) (?:all )?(?:of )?(?:my|his|her|their|our) (?:visas?|passports?|papers|documents|bank cards?|ids?)\b"
    # a passport back only once the visa is "paid"; "they call it paying back the travel", for years; owing the boss for the
    # flights; seven days without money (the forty-ninth benchmark, session 39)
    r"|(?:\b(?:passports?|papers|documents|ids?|visas?)\b.{0,80}\b(?:have|get|give|gets|hand) (?:it|them)|\b(?:have|get|give|gets|hand) (?:my|our|his|her|their) (?:passports?|papers|documents|ids?))"
    r" back (?:when|once|after|till|until|if) (?:i|we|he|she|they) (?:have |has |ve |s )?(?:paid|pay|paid off|pay off|worked off|work off|paid back|pay back)\b"
    rf"|\b(?:they|he|she|the boss) (?:call|calls|called) it {_PAYING_OFF_THE_TRIP}"
    rf"|\b{_PAYING_OFF_THE_TRIP}(?! (?:grant|fund|expenses|claim|costs|bursary|loan|allowance)).{{0,30}}\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|months)\b"
    r"|\b(?:owe|owes|owed|owing) (?:the |their |his |her |my |our )?(?:boss|gaffer|owner|agent|man|men|gangmaster|employer|traffickers?|smugglers?)\b (?:\w+ ){0,2}for"
    r" (?:the |their |my |our |his |her )?(?:flights?|travel|journey|visas?|passage|transport|crossing|papers|tickets?|bringing (?:us|them|me|him|her))\b"
    r"|\bwork(?:s|ing)? (?:7|seven) days\b.{0,20}\b(?:no (?:money|pay|wages)|unpaid|for nothing)\b"
    r"|\b(?:can not|not allowed to|are not allowed to) leave (?:the )?(?:farm|factory|car wash|nail bar|warehouse|boat|trawler)\b(?! (?:until|till|before|unattended|open|unlocked|gate))"  # (the fiftieth, session 39)
    # "found 'help me' written on my receipt" (the fifty-fourth benchmark, session 40)
    r"|\b(?:help me|help us|please help|save me|sos)\b (?:written|scrawled|scribbled|scratched) (?:on|in|inside|under)\b"
    # "can employer legally keep my passport??"; "his workers", who don't go out on their own (the fifty-sixth benchmark,
    # session 41)
    r"|\b(?:employer|boss|agency|agent|gaffer|landlord|company|firm)\b (?:\w+ ){0,2}(?:keep|keeps|keeping|kept|hold|holds|holding|held|take|takes|took|taken|confiscat\w*)"
    r" (?:my|our|his|her|their) (?:passports?|documents|papers|ids?|visas?|id cards?)\b(?! (?:copy|copies|photo|photos|number|numbers|details|scan|scans|on file)\b)"
    r"|\b(?:his|her|their|the) workers\b.{0,100}\b(?:do not|never|are not allowed to|not allowed to|can not) (?:go (?:out )?(?:on their own|alone|anywhere)|leave)\b"
    # "found a note saying HELP ME"; a "housekeeper" never paid, never allowed out alone (the fifty-fifth benchmark, session 41);
    # a note in a hymn book reading "help us" (the fifty-ninth benchmark, session 43), not "help us with the raffle"
    r"|\b(?:found (?:a |this |the )?(?:note|message|scrap of paper|bit of paper|piece of paper|label)|note)\b (?:\w+ ){0,6}?"
    r"(?:saying|says|that says|that said|that read|which said|which read|reading|with) (?:simply |just |only )?(?:help me|help us|please help|save me|sos)\b"
    r"(?! (?:with|to|out|at|on|in|by|for|get|set|sort|pack|carry|move|clear|choose|plan|raise|tidy|find|make|put|serve|bake|run)\b)"
    r"|\bnever (?:been )?paid\b.{0,40}\b(?:never|not) (?:allowed|let) (?:out|to go out|to leave|outside)\b|\b(?:never|not) (?:allowed|let) (?:out|to go out|to leave|outside)\b.{0,40}\bnever (?:been )?paid\b"
    # "can u help, they have my documents"; "they drive us to work, we cant refuse" (the fifty-second benchmark, session 40)
    r"|\b(?:they|he|she|the boss|boss|gaffer|agent|the agency) (?:have|has|have got|has got|got|still have|still has) (?:my|our|his|her|their) (?:passports?|documents|papers|ids?|visas?)\b(?! (?:copy|copies|photo|photos|number|numbers|details|scan|scans|on file)\b)"
    r"|\b(?:drive|drives|take|takes|drove|took) (?:us|them|me) to (?:work|the (?:farm|factory|site|car wash|warehouse))\b.{0,20}\b(?:can not|could not|not allowed to) (?:refuse|say no|leave|stop)\b"
    # "they drive us to work, keep everything" (the sixty-seventh benchmark, session 49)
    r"|\b(?:drive|drives|take|takes|drove|took) (?:us|them|me) to (?:work|the (?:farm|factory|site|car wash|warehouse|fields))\b.{0,30}\b(?:keep|keeps|kept|take|takes|took)"
    r" (?:all |every |our |my |their |the )?(?:everything|every penny|money|wages|pay|it all|all of it)\b"
    # one of the girls at the nail bar "passed me a note saying no passport, help" (the fifty-first benchmark, session 40)
    r"|\b(?:passed|passes|slipped|slips|handed|hands|gave|gives|showed|shows) (?:me|us|him|her|my \w+|the \w+) (?:a |this )?(?:note|message|bit of paper|piece of paper|scrap of paper)\b.{0,30}\b(?:no passport|help me|help us|please help|call the police|trapped|not allowed|can not leave)"
    # forced to drive drugs up and down the M6; workers who "don't need chairs or toilets", who "don't speak English and
    # won't complain" (the fifty-eighth benchmark, session 42)
    r"|\bforced to (?:drive|carry|move|run|deliver|sell|deal|hold|store|stash) (?:\w+ ){0,2}(?:gear|drugs|packages|parcels|stuff|food|bags|weed|coke|crack)\b"
    r"|\b(?:workers|they|staff|men|women|girls|lads)\b (?:\w+ ){0,2}(?:do not|don t|dont) need (?:chairs|toilets|a toilet|the toilets?|breaks|beds|paying|wages)\b"
    r"|\b(?:do not|don t|dont|can not|cannot) speak (?:any )?english (?:and|so) (?:will not|won t|wont|can not|cannot|do not|don t) (?:complain|say anything|tell anyone|go to the police)\b"
    # young women from a nail salon escorted by the same man, who answers on their behalf (the fifty-ninth benchmark, session
    # 43)
    r"|\b(?:same|one|a) (?:man|men|bloke|guy|driver|minder)\b,? (?:who )?(?:always |invariably |usually )?(?:answers|speaks|talks|does (?:all )?the talking) (?:on (?:their|her) behalf|for (?:them|her))\b"
    # "It's fine, I just work for food"; flower sellers dropped off, collected, money taken (the sixtieth benchmark,
    # session 44)
    r"|\b(?:i|we|they|he|she) (?:just |only )?(?:work|works|worked|working) (?:just |only )?for (?:my |our |their |his |her )?(?:food|a bed|a roof|board|food and (?:a bed|a roof|shelter|somewhere to sleep))\b(?! (?:banks?|parcels?|vouchers?|cycle|hub|network|charity|pantry|project)\b)"
    r"|\b(?:sellers|vendors|workers|girls|boys|lads|men|women|people|they)\b (?:are |were |get |got |been )?dropped off\b.{0,30}\bcollected\b.{0,40}\b(?:money|cash|earnings|takings|wages) (?:is |are |was |were |all |gets? )?(?:taken|took|handed over)\b(?! to the bank)"
    # made to sell herself; a waiter who is not paid and lives in the cellar; car wash workers who live on site and are
    # not paid (the sixty-second benchmark, session 45)
    r"|\b(?:made|forced|being made|being forced) to sell (?:herself|himself|themselves|her body|his body|sex)\b"
    r"|\b(?:not|never|is not|are not|does not get|do not get) (?:being )?paid\b.{0,30}\b(?:lives?|living|sleeps?|sleeping|kept) (?:in|on|at|above|behind|under) (?:the )?(?:cellar|basement|kitchen|site|premises|shop|restaurant|car wash|storeroom|stock ?room|loft|attic|garage)\b"
    r"|\b(?:lives?|living|sleeps?|sleeping) (?:in|on|at|above|behind|under) (?:the )?(?:cellar|basement|site|premises|storeroom|stock ?room|car wash)\b.{0,30}\b(?:not|never|is not|are not) (?:being )?paid\b"
)
# Planning, policy and looking back: a pattern hit here needs the classifier to agree.
_PLANNING = re.compile(
    r"\b(?:policy|policies|procedure|procedures|training|trained|course(?! of action)|courses|risk assessment|assessment|what (?:should|do|would|must) (?:we|i|you|our \w+) do if"
    r"|what if|in case|plan for|planning(?! (?:on|to) (?:(?:be|being) (?:here|around|alive)|check(?:ing)? out|coming back|waking up)\b| (?:my|his|her|their) (?:own )?(?:death|suicide)\b| (?:is )?how to (?:die|end)\b| how (?:to|i d|i would|i will|i ll|i am going to|i am gonna) do it\b| (?:on |to )?(?:see|seeing|make it to|making it to|being here for|being around for) (?:christmas|new year|easter|my birthday|next year)\b)|if there (?:was|were|is)(?: ever)? an?|^if (?:a|an|one of our|someone|somebody|anyone|any)\b|if (?:a|one of our) \w+ (?:ever )?(?:was|were|is|had|has|got)|how (?:do|should|would|can) (?:we|i) (?:handle|deal|respond|prepare|write|report|record|support|train)"
    rf"|template|guidance|checklist|drill|drills|mock|(?:tabletop|table top|practice|training) exercises?|(?<!unwashed )(?<!dirty )(?<!same )(?<!smelly )(?<!filthy )kits?|last (?:year|month|week|time(?! {_AT_IT_FOR_GOOD})|summer|spring|autumn|winter)|years? ago|months ago|weeks ago"
    r"|was fine|is fine now|were fine|(?<!if he )(?<!if she )(?<!if they )(?<!if it )(?<!thought i )(?<!thought he )(?<!thought she )(?<!whether he )(?<!whether she )(?<!checking they )(?<!checking he )(?<!checking she )(?:was|were) ok(?:ay)?|recovered|all ok|all okay|everyone was ok|historic|in the past|previously|(?<!alive for the )(?<!dead for the )(?<!the life )insurance|awareness|prevention"
    # ("says she's fine" is what someone at risk says, not the harm over: the thirty-sixth benchmark, session 32)
    r"|no harm done|fine now|(?<!says she )(?<!says he )(?<!says they )(?<!say she )(?<!say he )(?<!say they )(?<!so it )(?<!says it )(?<!say it )(?:is|are|all) fine|home safe|got home safe|well now|doing well|(?:has been|was) found(?! (?:in|inside|with|under|behind|alone|unconscious|unresponsive|collapsed|dead|injured|hurt|bleeding)\b)|hypothetical\w*|scenarios?"
    # "Ok that makes sense now. Thanks for being patient with me, I'm not very techy" (the fifty-first and fifty-third
    # benchmarks' false alarms, session 40)
    r"|thanks? (?:you )?for being (?:so )?patient|(?<!if )that makes sense|it worked(?! out)|i am not (?:very |that |the most )?techy"
    r"|on the mend|all good|above board|doing grand|so sweet|really excited|(?<!is a )(?<!is such a )(?<!seems a )lovely|legend|nobody is hurt|no one is hurt|no smell|no fire"
    r"|statement|leaflet|poster|posters|workshop|fundrais\w*|sponsor\w*|charity run|(?<![£$€])10k|campaign|certificate|inspection|extinguisher\w*"
    r"|defibrillator|defib|defibs|aed|in (?:19|20)\d\d|accident form|accident report|in (?:"
    + _MONTHS
    + r")|bereaved|alarm test|evacuation plan|accident book|incident form|report form|legislation|act 2015|the law|legally|lead role"
    r"|safeguarding lead|dsl|dbs(?! (?:\w+ ){0,2}(?:came|come|comes) back with "
    + _DBS_ABOUT_A_CHILD
    + r")|do we need|should we have|are we required|is it a legal|idea|ideas|tips|advice on|example|examples|quiz|film|book|novel"
    r"|script|scene|scenes|(?<!mid )rehearsals?|(?:panto|pantomime)(?! (?:s )?(?:fight |musical )?director)|murder mystery|actor|actors|actress|our play|the play|a play|in act (?:one|two|three|1|2|3)|role ?play"
    r"|badge|questions (?:on|about)|code of conduct|(?:a|the|our|this|that|written|public|formal) notice|notice ?boards?|notice period|signage|flowchart|newsletter|in general|general sense|chances of|statistic\w*|good samaritan"
    r"|sued|liable|liability|a reference|for (?:a|the|my|our) (?:talk|presentation|assembly|session) (?:i am |we are )?(?:giving|doing|running)|(?:for|in|into|to) (?:the |our |a |my )?(?:\w+ )?handbook\b|handbook (?:says|should say|calls)|no one (?:was |got )?(?:lost|hurt|injured|sick|harmed)\b|sorted it|was sorted|all sorted|back to normal"
    # over and dealt with: just a sprain, back dancing an hour later, found 20 minutes later, fixed in an hour, logged
    # and nothing since (the fiftieth benchmark's false alarms, session 39)
    r"|(?<!says it s )(?<!says it is )(?<!said it was )(?<!claims it s )(?<!claims it is )just a (?:sprain|graze|bump|bruise|scratch|nosebleed)|back (?:dancing|playing|kicking a ball|on (?:her|his|their) feet) (?:\w+ ){0,3}(?:already|later|after)"
    r"|found (?:her|him|them) (?:\d+ (?:mins?|minutes) later|safe and well|straight away)|fixed in (?:an|a|\d+) (?:hour|hours|minutes|mins|day)|logged it nothing since|nothing (?:has )?happened since"
    # mended and signed off, gone to trial, a window sticker, "last August" (the eighteenth benchmark, session 19)
    r"|(?<!nothing s )(?<!nothing has )(?<!not )(?<!never )(?:was|were|been) fixed|signed (?:it |them )?off|(?:gone|went|going) to trial"
    # a sticker for the window, not one given to a child (grooming starts with small gifts)
    r"|(?:safe space|window|door|awareness|hygiene|rating|reporting) stickers?|stickers? (?:in|on|for) (?:the |our |a )?(?:shop |front |office )?(?:window|door)"
    # "if a vulnerable adult at lunch club told us they were being scammed"; an "Ask Me" ambassador scheme (the fifty-ninth
    # benchmark's false alarms, session 43; not a befriending scheme, which is a service, not a plan)
    r"|if (?:a|an|one of our|someone|somebody|anyone) (?:\w+ ){1,4}(?:told|tells|said|says|disclosed|discloses|reported|reports) (?:us|me|you|a volunteer|staff|someone|one of)"
    r"|(?:ambassador|awareness) (?:schemes?|programmes?|projects?|networks?|stalls?|weeks?|days?|events?)"
    r"|last (?:" + _MONTHS + r"))\b"
)
# "doing CPR" is under way unless something is asked about it ("sued for doing CPR", "keep doing CPR?").
_DOING_CPR_NOT_AFTER = ("for", "about", "keep", "of", "on", "in")
_URGENT = re.compile(
    r"\b(?:now|right now|just (?:now|happened|collapsed|told|found|said|taken|took|fell|fallen|gone|seen|saw|dropped|keeled over|went down|turned up|showed up|shown up|arrived|knocked)|please help|help me|help us|someone help|quick|quickly|urgent|urgently|currently|at the moment|(?:is|are|am) (?:at present|presently)|still|tonight"
    r"|happening|emergency|asap|hurry|minutes ago|an hour ago|this morning|this afternoon|today|on the floor|in the toilets"
    r"|(?:he|she|someone|somebody) (?:is |s |has )?gone down"  # "defib?? where is it, hes gone down" (the forty-sixth benchmark, session 37)
    r"|not responding|unresponsive|went down|still inside|not a drill|no drill|this is real|it is real"
    # CPR under way, "5 mins ago" (the seventeenth benchmark, session 18: "where defib" read as planning)
    r"|cpr (?:started|going|in progress|now)|(?:started|starting|giving|still doing) (?:cpr|chest compressions)"
    r"|" + "".join(f"(?<!{word} )" for word in _DOING_CPR_NOT_AFTER) + r"doing (?:cpr|chest compressions)|\d+ mins? ago"
    # what keeps happening is not over ("most Saturdays", "every night": the eighteenth benchmark, session 19)
    r"|\b(?:when|whenever|every time) (?:he|she) (?:has|is|s) (?:had a drink|had a few|drunk|been drinking)\b"  # (session 35)
    r"|\b(?:actual|real) (?:flames|fire|smoke)\b|\bis not (?:the )?smoke machine\b|\balready (?:given|handed (?:over)?|paid|sent|transferred) (?:\w+ ){0,4}£ ?\d"
    r"|(?:most|every|each) (?:night|nights|evening|evenings|weekend|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays"
    r"|shift|shifts))\b"
    # an overdose taken since yesterday, even one who "feels fine now", still needs A&E (the thirty-eighth benchmark,
    # session 33)
    r"|\b(?:took|taken|had|did) (?:an |a )?(?:overdose|od) (?:yesterday|last night|earlier|this morning|a (?:day|few hours) ago)\b"
)
# "only joking", "lol": the classifier must agree a little before a pattern fires (people in
# crisis laugh it off too).
_JOKING = re.compile(r"\b(?:lol|lmao|haha\w*|jk|only joking|just joking|joking obviously|obviously joking|kidding)\b")
# ... unless they say it is no joke ("lol the garden is on fire. not joking": the eighteenth benchmark, session 19).
_NOT_JOKING = re.compile(r"\b(?:not|am not|is not|no) (?:joking|kidding|a joke)\b|\bno joke\b")
# The idioms that borrow a crisis's words ("I'll die of embarrassment", "nearly had a heart attack
# at the quote", "the budget is on fire"): their words are no pattern hit, so only a confident
# classifier fires. Only fixed idioms: "he's killing me" or "I'm fed up of living" are left to the
# patterns and the classifier.
_IDIOMS = re.compile(
    r"\b(?:di(?:e|ed|es|ing) (?:of|from) (?:embarrassment|shame|boredom|laughter|laughing|cringe)"
    r"|dying to (?:know|hear|see|find out|get|try|meet|tell)"
    r"|(?:nearly|almost|practically|going to|gonna|will|would|i'll|i will) ha(?:ve|d) a heart attack"
    r"|gave (?:me|us|him|her|everyone) a heart attack"
    r"|(?:inbox|phones?|e ?mails?|diary|sales|tickets|social media|page|post|fundraising|donations|bookings"
    r"|show|shows|programme|team|squad|striker|band|choir|cornets?|trumpets?|trombones?|drums|drummers?|players?|bowlers?|batters|batsmen"
    r"|singers|dancers|cast|brass|strings|orchestra|section|bowling|batting) (?:is|are|has been|have been|was|were) (?:\w+ )?on fire"
    # praise, and a knockout from a competition (the thirty-fifth benchmark, session 32)
    r"|(?:is|s|are|was|were) (?:the|da) bomb|knocked out (?:in|of) (?:the )?(?:\w+ )?(?:semi ?finals?|finals?|quarter ?finals?|round|cup|competition|tournament|league|quiz|contest|heats?)"
    r"|(?:went|go|going|gone|goes) (?:down )?in flames|crashed and burned|shot down in flames"
    r"|drowning in (?:paperwork|e ?mails?|admin|forms?|work|receipts|invoices|applications|bids?|requests|post|letters|debt)"
    r"|(?:budget|budgets|costs|bills|accounts|finances|diary) (?:is|are|was|were|has been|have been)(?: \w+)? on fire"
    r"|(?:printer|photocopier|copier|computer|laptop|website|spreadsheet|paperwork|form|boiler|van|minibus|wifi|this week|this job|admin)(?: \w+)? (?:is|was|are|were) (?:trying|going|gonna|out) to (?:kill|murder) (?:me|us)"
    r"|fire ?fighting|(?:sued|bored|worked) to death"
    r"|(?:fingers|toes|hands|feet|ears|nose) (?:are |is )?(?:freezing|frozen) to death"  # (the thirty-eighth benchmark, session 33)
    # a mouth on fire after the chilli, a bingo caller on fire (the forty-second benchmark, session 35)
    r"|(?:mouth|tongue|lips|throat|legs|calves|thighs|lungs|caller|bingo caller|quizmaster|dj|keeper|goalie) (?:is |s |was |are |were )?(?:still |literally |absolutely )?on fire"
    # harmless compounds of a danger word (the eighteenth benchmark, session 19)
    r"|stab\w* in the dark|bomb shelters?|(?:meeting|agm|interview|presentation|season|week|day|it|that) (?:was|is) (?:a |an )?(?:absolute |total |complete )?car crash|bath bombs?|seed bombs?|yarn bomb\w*|photo ?bomb\w*|st john(?: ?s)? ambulance|ambulance cadets?"
    r"|(?:could|would) murder (?:a|an|some) (?:cup|cuppa|brew|pint|coffee|tea|sandwich|biscuit|curry|pizza|drink)"
    # pallets smashed up for the bonfire; a souffle collapsed (the forty-third benchmark, session 36)
    r"|smash(?:ed|ing|es)? up (?:the |some |those |all the )?(?:old )?(?:pallets?|crates?|wood|timber|boxes)"
    r"|(?:souffles?|cakes?|sponges?|meringues?|pavlovas?|yorkshires?|yorkshire puddings?|scones?|loaf|bakes?|pastry|trifle|gazebos?|marquees?|tents?|jenga(?: tower)?|sandcastles?)"
    r" (?:has |had |have |just |totally |completely )?collapsed"
    # a baseball play and a fitness drill; an idea shot down; nearly choked on the tea; a choking demonstration (the
    # forty-fourth benchmark, session 37)
    r"|suicide (?:squeezes?|runs?|sprints?|drills?|squats?|burpees?|shuttles?|lines?)|pain in the (?:neck|backside|bum|arse|proverbial)\b"
    # "three kids went missing from the register" (the fifty-first benchmark, session 40)
    r"|\bmissing (?:from|off|on) (?:the |our |my )?(?:register|list|spreadsheet|database|system|app|attendance|records?|rota)\b|(?:been |got |was |were |keep getting |gets )?shot down (?:again |by|in flames)"
    r"|(?:nearly|almost|practically) chok\w* (?:on (?:my|his|her|our|their) (?:tea|coffee|cuppa|brew|biscuit|drink|cornflakes|toast|crisps)|laughing)"
    r"|chok\w* (?:demo|demonstration|drill|practice|scenario|training|procedure|poster|guide|module)s?"
    # salad drowned in dressing, a caller who choked on the big number, an escape room's bomb puzzle, a gazebo
    # collapsed and packed away (the forty-fifth benchmark, session 37)
    r"|drown(?:ed|ing|s)? (?:the |my |our |his |her |it |them )?(?:\w+ )?in (?:dressing|sauce|gravy|custard|ketchup|mayo|vinegar|syrup|cream|butter|oil|glitter)"
    r"|chok(?:ed|es|ing)? on (?:the |a |his |her )?(?:big |last |final )?(?:number|line|lines|penalty|penalties|final|question|speech|punchline|word|words)"
    r"|overdos\w* on (?:the )?(?:mince pies|chocolate|cake|sugar|sweets|biscuits|carbs|christmas|turkey|sprouts|mulled wine|coffee|caffeine|telly|netflix|tinsel)"  # (the forty-sixth benchmark, session 37)
    r"|bomb (?:puzzles?|games?|challenges?|props?|disposal game)|collaps(?:ed|ing|e) (?:the )?(?:gazebo|marquee|tent|tables?|chairs|pushchair|buggy|stage|pop ?up)s?"
    # worn out by volunteering; "no naked flames" signs; the advice never to promise a child to keep a secret (the
    # fifty-seventh benchmark's false alarms, session 42)
    r"|killing (?:myself|me|herself|himself|themselves) with (?:all )?(?:this|the|these|that|my|her|his|their) (?:\w+ )?(?:volunteering|work|admin|paperwork|overtime|baking|running|training|gym|exercise|diet|spreadsheets?|e ?mails|forms|committees?|meetings|fundraising|rotas?|jobs|events|newsletters?)"
    r"|naked flames?|(?:never|not|can not|cannot|do not|must not|should not|shouldn t) (?:to )?(?:ever )?promise (?:\w+ ){0,4}keep (?:a |it |things |something |anything )?(?:a )?secrets?"
    # an archery club's shooting line (the fifty-ninth benchmark's false alarms, session 43)
    r"|shooting (?:lines?|lanes?|ranges?|matches|match|competitions?|practice|stars?|gallery|galleries|boards?|positions?|butts)"
    r"|jump(?:ed|s|ing)? out of (?:my|his|her|its|their|your) skins?)\b"  # (the twenty-seventh benchmark, session 24)
)

_ROUTE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("suicide_self_harm", _SUICIDE),
    ("immediate_danger", _IMMEDIATE),
    ("child_concern", _MISSING_CHILD),
    ("domestic_abuse", _DOMESTIC),
    ("modern_slavery", _SLAVERY),
)
# The same crises told in other languages (`crisis_languages`, from knowledge/crisis_phrases.yml).
_OTHER_LANGUAGES = crisis_languages.PhraseMatcher.build(normalise)


_PARTNER = re.compile(
    r"\b(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|other half|in laws|stepdad|stepmum|family)\b"
)
_LABOUR = re.compile(
    r"\b(?:boss|employer|gangmaster|works? for|wages|pay|paid|job|shift|shifts|car wash|nail bar|farm|factory|site)\b"
)
_STRONG_ROUTES = ("suicide_self_harm", "immediate_danger")
# A scam under way: a caller making someone buy vouchers or gift cards (the nineteenth benchmark, session 20).
_CALLER = r"(?:hmrc|the bank|police|caller|scam\w*|fraudster\w*|on the phone|the taxman|microsoft|amazon)"
# A person's home gone to filth and vermin (self-neglect), named by whose it is (the thirtieth benchmark, session 27).
_HOME_UNFIT = re.compile(
    r"\b(?:his|her|their|\w+ s) (?:flat|house|home|bungalow|bedsit) (?:is|has been) (?:\w+ ){0,2}(?:full of|filled with|overrun (?:with|by)"
    r"|crawling with|infested with|piled (?:high )?with)\b.{0,30}\b(?:rats|maggots|cockroaches|faeces|excrement|urine|filth)\b"
    # "Ron's flat is knee deep in rubbish" (the fifty-fifth benchmark, session 41)
    r"|\b(?:his|her|their|\w+ s) (?:flat|house|home|bungalow|bedsit|room|place) (?:is |has been |s )?(?:\w+ ){0,2}(?:knee|waist|ankle|chest) (?:deep|high) (?:in|with) (?:rubbish|junk|stuff|bags|clutter|newspapers|papers|boxes|filth|bottles|cans)\b"
)
# Dealers moved into someone's home ("cuckooing"), said of whoever's home it is (the thirty-fourth benchmark, session 31).
_CUCKOOED = re.compile(
    r"\b(?:dealers?|drug dealers?|a gang|gang members|druggies)\b (?:have |has |had |are )?(?:moved (?:in|into|in at)|moving (?:in|into)"
    r"|taken over|took over|living in|staying (?:in|at)|set up in) (?:\w+ s|his|her|their) (?:flat|house|home|bungalow|bedsit|place)\b"
    # "friends" who march her to the cashpoint every day (the forty-sixth benchmark, session 37)
    rf"|\b(?:dad|mum|mam|{_GRANDPARENT}|uncle|auntie|neighbour) s new (?:friends|mates|pals) (?:have |has )?(?:moved in|moving in|taken over)\b"  # (the fiftieth benchmark, session 39)
    r"|\b(?:march\w*|frogmarch\w*|drag\w*) (?:\w+ ){1,2}to the (?:cash ?point|cash machine|atm|bank|post office)\b.{0,20}\b(?:daily|every (?:day|week|morning|payday|pension day)|each day)\b"
    # "his flat's been taken over by a gang" (session 45)
    r"|\b(?:his|her|their|\w+ s) (?:flat|house|home|bungalow|bedsit|place) (?:has been|s been|is being|was|got|has got) taken over by (?:a gang|gang members|dealers?|drug dealers?|druggies)\b"
)
# Self-neglect: its signs in body or home beside all help refused ("hoarding, rats, leg ulcers, refuses all help": the
# thirty-ninth benchmark, session 34), said of anyone, named or not; hoarding alone is no sign (raffle prizes are hoarded).
_NEGLECT_SIGNS = r"(?:rats|mice|vermin|maggots|(?:leg )?ulcers?|sores|filth\w*|squalor|not eating|not washing|soiled|infest\w*)"
_HELP_REFUSED = r"(?:refus\w*|will not (?:accept|have)|turns? away|turning away) (?:all |any )?(?:help|support|care|carers|services|the doctor|the nurse|district nurses?)"
_NOT_LOOKING_AFTER = r"not (?:eating|washing|answering the door|opening the door|changing (?:his|her|their) clothes|taking (?:his|her|their) (?:meds|tablets))"
_SELF_NEGLECT = re.compile(
    rf"\b{_NEGLECT_SIGNS}\b.{{0,80}}\b{_HELP_REFUSED}\b|\b{_HELP_REFUSED}\b.{{0,80}}\b{_NEGLECT_SIGNS}\b"
    # "not eating not washing not answering the door" (the forty-eighth benchmark, session 38)
    rf"|\b{_NOT_LOOKING_AFTER}\b.{{0,20}}\b{_NOT_LOOKING_AFTER}\b"
    # post left unopened, rubbish and mice in the kitchen: "I think I'm not coping" (the sixtieth benchmark, session 44)
    r"|\b(?:stopped|stop|not|never|no longer|can not face|can not bring (?:my|him|her)self to) (?:opening|open) (?:the |my |his |her |their |any )?(?:post|mail|letters|bills)\b.{0,80}\b(?:rubbish|mice|rats|vermin|filth\w*|maggots|not eating|no food|stinks?|smells?|not washing)\b"
    r"|\b(?:rubbish|mice|rats|vermin|filth\w*|maggots|not eating|no food|not washing)\b.{0,80}\b(?:stopped|not|never|no longer) (?:opening|open) (?:the |my |his |her |their |any )?(?:post|mail|letters|bills)\b"
    # an old boy at the shed "not eatin heating off" (the sixty-second benchmark, session 45)
    r"|\bnot (?:eating|eatin|washing)\b.{0,40}\b(?:heating (?:is |s )?(?:off|not on|broken)|no heating)\b|\b(?:heating (?:is |s )?off|no heating)\b.{0,40}\bnot (?:eating|eatin|washing)\b"
)
# Care that fails someone: carers who never turn up for him, or who leave him in the chair all night (the forty-seventh
# benchmark, session 38), said of anyone, named or not.
_CARE_FAILING = re.compile(
    r"\b(?:carers?|home ?care|care workers?|care agency)\b (?:\w+ ){0,2}(?:never|do not|did not|have not|has not|is not|not|keep not|often do not|just do not)"
    r" (?:turn|turned|turning|show|showed|showing|come|came|coming)"
    r"(?: up| in| round)? (?:for|to (?:see|help|get|wash|feed|dress)) (?!the |our |a |an |their |any |this |that |meetings?\b|training\b|events?\b)\w+\b"
    # on the phone every day to "Captain Mark" in Syria, and remortgaged her house (the fifty-fourth benchmark, session 40)
    r"|\b(?:on the phone|talking|messaging|writing) (?:every day|daily|all the time|for hours) to (?:a man|a woman|someone|a \w+)\b.{0,60}\b(?:remortgag\w*|sent (?:him|her) (?:£|money|thousands|her savings|his savings))"
    # "nobody's changed Reg's dressings in a week" (the fifty-second benchmark, session 40)
    r"|\b(?:no one|not|never|nobody) (?:has |s |have )?(?:been )?(?:changed|changing|change) (?:his|her|their|\w+ s) (?:dressings?|bandages?|pads?|catheter|bedding|sheets|clothes)\b"
    # "mums cupboards empty, carers say she's fine" (the fifty-first benchmark, session 40)
    r"|\b(?:mums?|mams?|nans?|nanas?|grans?|grannys?|grandads?|grandmas?|dads?|his|her|\w+ s) (?:kitchen )?(?:cupboards?|fridge) (?:is |are |s )?(?:always |totally |completely |all |still )?(?:bare|empty)\b"
    r"|\b(?:leave|leaves|left|leaving) (?:him|her|them|\w+) in (?:the |his |her |their )?(?:chair|bed|wheelchair|armchair|commode|own (?:mess|piss|urine|wee|faeces|poo))\b.{0,20}"
    r"\b(?:all night|all day|overnight|for hours|for days|till morning|until morning)\b"
    # left in a wet pad all day; tied to the chair; discharged yesterday, can't stand, nobody coming; a daughter who hides
    # her food (the fifty-fifth benchmark, session 41)
    r"|\bleft (?:in|with|on) (?:a |her |his |their |the )?(?:wet|soaked|soaking|soiled|dirty|full|sodden) (?:pads?|nappy|nappies|incontinence pads?|bed|sheets|bedding)\b"
    r"|(?:^|\b(?:is|was|were|are|being|been|gets?|got|s|keeps?|kept|him|her|them|residents?|mum|dad|nan|gran|grandad|he|she|they|they re|\w+ s) )tied (?:to|into|in) (?:a |the |her |his |their )?(?:chair|bed|wheelchair|commode|radiator|bed ?rails?)\b"
    r"|\bdischarged\b.{0,60}\b(?:can not (?:stand|walk|get up|get out of bed|cope|manage|wash|feed (?:him|her)self)|(?:no one|nobody) (?:is )?(?:coming|there|to help|to look after)|no (?:care|carers|care package|support) (?:in place|arranged|coming|set up))\b"
    rf"|\b(?:{_KIN}|carer|lodger)\b (?:\w+ ){{0,2}}(?:hides?|hid|hiding|locks? away|locked away|locking away) (?:her|his|their) (?:food|meals|money|pension|tablets|medication|walking frame|frame|glasses|hearing aids?|phone)\b"
    # "care home staff shout at residents ok?" (the fifty-seventh benchmark, session 42)
    r"|\b(?:staff|carers?|care workers?|nurses?|workers?)\b (?:\w+ ){0,2}(?:shout\w*|scream\w*|yell\w*|swear\w*|snap\w*) at (?:the )?(?:residents|patients|old (?:people|folk|dears|ladies|men)|elderly|clients|service users|my (?:mum|dad|nan|gran|grandad|grandma|mother|father))\b"
    # staff who leave a lady in a dirty bed all night and laugh at her (the fifty-ninth benchmark, session 43)
    r"|\b(?:leave|leaves|left|leaving) (?:one |a |an |the |this |that )?(?:old |elderly |older |frail |poor )?(?:lady|man|woman|resident|gentleman|patient|person|chap|gent) in (?:a |her |his |their )?(?:dirty|soiled|wet|filthy|soaking|soaked) (?:bed|sheets|pad|pads|clothes|nappy|pants)\b"
    # a nephew who will not let the volunteers in any more (the sixty-second benchmark, session 45)
    rf"|\b(?:{_KIN}|husband|wife|partner|carer|lodger|brother|sister|family)\b (?:\w+ ){{0,2}}(?:will not|does not|refuses to|would not|no longer) let (?:the |our |any )?(?:volunteers?|carers?|us|anyone|anybody|nobody|visitors?|nurses?|district nurses?|social workers?|doctors?|the doctor|me) (?:in|see (?:her|him|them)|near (?:her|him|them))\b"
)
# Money taken from someone by pressure or threat: a power of attorney signed under pressure, a doorstep trader paid in
# cash and coming back for more, a grandson threatening him for money on giro day, a son taking her attendance
# allowance (the forty-eighth benchmark, session 38), said of anyone, named or not.
_MONEY_TAKEN = re.compile(
    r"\b(?:power of attorney|lpa|(?:his|her|their|my|a|the|new) will|deeds)\b.{0,40}\bunder (?:pressure|duress)\b|\bunder (?:pressure|duress)\b.{0,40}\b(?:power of attorney|lpa)\b"
    r"|\b(?:roof|gutters?|driveway|chimney|fence|trees?|windows?|patio)\b.{0,60}\b(?:paid|given|handed over|took|taken) (?:them |him |the man )?£ ?\d[\d ]*(?:k)?\b"
    r".{0,60}\b(?:coming back|come back|back tomorrow|for more|wants more|asking for more)\b"
    r"|\bthreaten\w* (?:him|her|them) for (?:money|cash|(?:his|her|their) (?:pension|benefits|money))\b"
    r"|\b(?:takes?|took|taking|keeps?|kept) (?:all )?(?:of )?(?:his|her|their) (?:attendance allowance|pip|carer s allowance|disability (?:benefits?|allowance))\b"
    # "Dorothy's daughter-in-law has her bank card and Dorothy keeps saying she cant afford the £3 lunch" (the fifty-second
    # benchmark, session 40)
    rf"|\b(?:{_KIN}|carer|neighbour|lodger)\b (?:has|has got|took|has taken|keeps|holds|is holding)"
    r" (?:her|his|their) (?:bank ?cards?|pension cards?|pin|cash ?cards?|post office card|card and pin)\b.{0,60}\b(?:can not afford|no money|skint|not eating|nothing left|cash machine)\b"
    # "borrowing" money from someone with dementia (session 41: caught before only by chance); a pensioner signed up for a
    # £3,000 plan she doesn't understand (the fifty-sixth benchmark, session 41)
    r"|\bsign(?:ed|s|ing)? up (?:for|to) (?:a |an )?£ ?\d[\d ]*(?:k)?\b.{0,40}\b(?:does not|did not|can not|could not|do not) (?:understand|remember|know what)\b"
    r"|\bborrow\w* (?:\w+ )?money (?:from|off) (?:\w+ ){1,3}(?:who (?:has|s)|with) (?:dementia|alzheimer\w*|learning disabilit\w*)\b"
    rf"|\b(?:carers?|home help|helper|cleaner)\b.{{0,10}}\b(?:stole|steals|stealing|nicked|nicking|took|taking) (?:my |his |her |our )?(?:{_GRANDPARENT}|mum|mam|dad|\w+ s)"
    r" ?s? (?:rings?|jewell?ery|money|cash|purse|wallet|bank card|pension|savings)\b"  # (the fiftieth benchmark, session 39)
    # a volunteer "borrowing" money from the older people she visits, a lady with dementia having given her nearly
    # £2,000 (the fifty-eighth benchmark, session 42)
    r"|\bborrow\w* (?:\w+ )?(?:money|cash) (?:from|off) (?:the |an |a )?(?:older|elderly|old|vulnerable|frail|housebound) (?:people|person|members|residents|clients|ladies|lady|man|men|woman|women|folk)\b"
    r"|\b(?:dementia|alzheimer\w*)\b.{0,40}\b(?:has |have )?(?:given|handed|lent|loaned) (?:her|him|them) (?:nearly |almost |over |about |around )?£ ?\d"
    # "I sign whatever my grandson tells me" (the sixtieth benchmark, session 44)
    r"|\b(?:i|he|she|they|mum|dad|nan|gran|grandad|grandma) (?:just |only )?(?:sign|signs|signed) (?:whatever|anything|everything|what ever|all the (?:papers|forms|cheques)) (?:my |his |her |their |the )?"
    rf"(?:{_KIN}|carer|lodger|neighbour|new friend|boyfriend|girlfriend) (?:\w+ )?(?:tells?|told|puts?|gives?|gave|says|said|brings?|brought|asks?|asked|wants?)\b"
    # a driver getting an elderly client to lend him money; a car given by a lady of 85 with dementia (the sixty-second
    # benchmark, session 45)
    r"|\b(?:getting|got|gets|asking|asked|asks|persuad\w*|pressur\w*) (?:an |a |the |one of (?:our|his|her|their) )?(?:elderly|older|old|vulnerable|frail|housebound) (?:\w+ )?(?:clients?|lady|ladies|man|men|woman|women|members?|residents?|person|people|gentleman) to (?:lend|give|loan) (?:him|her|them) (?:money|cash|£)"
    r"|\b(?:been )?given (?:\w+ ){0,2}(?:car|house|savings|jewell?ery|money|cash|£ ?\d[\d ]*k?)\b.{0,50}\b(?:with|has|who has|got) (?:dementia|alzheimer\w*)\b"
    # a neighbour pressuring someone with memory problems into a power of attorney; £5k missing from someone with
    # dementia (the sixty-third benchmark, session 45)
    r"|\bpressur\w* (?:\w+ ){0,4}into (?:signing|making|changing|giving) (?:\w+ ){0,4}(?:power of attorney|lpa|will|deeds|cheques?|bank details)\b"
    r"|\b(?:dementia|alzheimer\w*|memory problems)\b.{0,40}£ ?\d[\d ]*(?:k| ?grand)? (?:is |has |has been |s |was |went )?(?:missing|gone|unaccounted for)\b"
    # "Pat's been signing cheques for a stranger" (the sixty-seventh benchmark, session 49)
    r"|\b(?:sign\w*|writ\w*|wrote|hand\w*|giv\w*|gave) (?:\w+ ){0,2}(?:cheques?|checks|cash|money|bank cards?|pin) (?:to|for|out to|made out to|over to) (?:a |some |this |these )?"
    r"(?:total )?(?:strangers?|(?:man|woman|men|people|someone|bloke) (?:she|he|they) (?:met|does not know|do not know|hardly knows?|barely knows?))\b"
)
_SCAM_UNDER_WAY = re.compile(
    rf"\b{_CALLER}\b.{{0,60}}\b(?:making|made|telling|told|forcing|forced|pressuring|pressured) (?:\w+ ){{0,2}}(?:to )?(?:buy|purchase|get) (?:\w+ ){{0,3}}"
    r"(?:vouchers|gift ?cards|itunes cards|google play cards|steam cards|amazon cards)\b"
    # a caller who is not who they claim, with remote access to the computer (the twenty-seventh benchmark, session 24)
    r"|\b(?:claiming|claims|pretending|pretends) to be\b.{0,100}\b(?:remote access|access to (?:her|his|their) (?:computer|laptop|screen|bank))\b"
    # cash handed to a "police officer" at the door (the forty-second benchmark, session 35)
    r"|\b(?:given|gave|handed|handed over|paid|sent) (?:a |the |some )?(?:police officer|policeman|bank official|bank manager|courier|man from the bank|bloke from the bank|detective)\b.{0,10}£ ?\d"
    # thousands sent to someone claiming to be a grandson in trouble (the forty-third benchmark, session 36)
    r"|\b(?:sent|send|sending|transferred|paid|given|gave|handed over) (?:\w+ ){0,2}£ ?\d[\d ]*(?:k| ?grand)? (?:to|over to) (?:someone|somebody|a man|a woman|a (?:\w+ )?caller|a stranger) (?:claiming|pretending|saying|who (?:said|says|claimed|claims)) (?:to be|he is|she is|he was|she was)"
    # "uncle paying 'fees' to claim lottery win again" (the fifty-second benchmark, session 40)
    r"|\b(?:pay|pays|paying|paid|sent|sending|sends) (?:\w+ ){0,2}(?:fees?|tax|taxes|charges?|admin fees?) to (?:claim|release|get|collect|unlock) (?:(?:his|her|their|a|the) )?(?:lottery|prize|prizes|winnings|inheritance|jackpot|lotto)\b"
    # a transfer to "HMRC" happening now (the forty-seventh benchmark, session 38)
    r"|\b(?:transfer|payment|wire|bank transfer|wire transfer|money|savings)\b.{0,30}\b(?:to )?(?:hmrc|the taxman|the police|a safe account|microsoft|amazon|the bank)\b.{0,30}"
    r"\b(?:happening|going through|going out|right now|as we speak|on the phone now)\b"
    # "Bill's on the phone to fake bank NOW" (the forty-ninth benchmark, session 39)
    r"|\b(?:on the phone|on the line|talking) (?:to|with) (?:a |the |some )?(?:fake|scam|bogus|pretend|dodgy) (?:bank|police|policeman|hmrc|tax ?man|caller|amazon|microsoft)\b"
    # "hmrc scam, she's at the bank now" (the fifty-fifth benchmark, session 41)
    r"|\b(?:scam\w*|hmrc|fraudsters?|fake (?:bank|police|caller))\b.{0,40}\b(?:at|in|gone to|going to|on (?:her|his|their) way to|queuing (?:at|in)) the (?:bank|post office|cash ?point|building society|atm)\b.{0,15}\b(?:now|right now|as we speak)\b"
)


# Someone in a position of trust found to be a registered sex offender: the LADO's whether or not a
# child is named (the thirty-first benchmark, session 30). The worker must be the offender, said just
# before ("our caretaker is a registered sex offender"), not the one telling of a client who is.
# Where children meet, its people named by what they do there ("youth club councillor").
_CHILDRENS_GROUP = (
    r"(?:youth|kids|children s|holiday|breakfast|after school|football|swimming|scout|sunday school) (?:club|group|team|camp)"
)
_OFFENDER = re.compile(
    rf"(?:{_WORKER.pattern}|\b{_CHILDRENS_GROUP} \w+)(?: \w+)??(?: is| s| was)? (?:(?<!being )on (?:the |a )?sex offenders? (?:register|list)\b"
    r"|(?:is|s|was|been) (?:a )?(?:registered|convicted) sex offender\b|(?:is|s|was|been) (?:a )?convicted (?:paedophile|paedo|pedo)\b"
    # a tutor who "turned out to be on the barred list" (the fifty-eighth benchmark, session 42)
    r"|(?:turned out to be|turns out to be|turns out (?:he|she) (?:is|s|was)|was actually|has been) on the (?:\w+ )?barred list\b"
    # an assistant leader "cautioned for assaulting a child about 10 years ago" (the sixty-fourth benchmark, session 46)
    r"|(?:(?:has been |got |been )?(?:cautioned|convicted|arrested|charged|jailed|done)"
    # ... or has "old conviction for hurting a child" (the sixty-sixth benchmark, session 48)
    r"|(?:has|had|got|with) (?:an? )?(?:old |historic |historical |previous |past |spent |prior )?(?:conviction|caution)s?)"
    r" (?:for|over) (?:(?:\w+ ){0,2}(?:assault\w*|abus\w*|hurting|hitting|harming|indecen\w*|sexual\w*|groom\w*|touching|attacking)"
    r" (?:a |an |on a |of a )?(?:child|kid|boy|girl|minor|children|kids|boys|girls|teen\w*|pupils?)|(?:\w+ )?(?:child|indecent) (?:images|porn\w*|abuse|cruelty|neglect))\b)"
)
# Someone arrested or charged who still works with the group's children: "arrested volunteer still running our club"
# (the sixty-seventh benchmark, session 49); "can he still volunteer?" asks, and is not news.
_STILL_THERE_AFTER_ARREST = re.compile(
    rf"(?:\b(?:arrested|charged|on bail|under investigation|cautioned|convicted)\b (?:\w+ ){{0,2}}?(?:{_WORKER.pattern})(?: \w+)? (?:is |s )?still"
    rf"|(?:{_WORKER.pattern})(?: \w+){{0,3}}? (?:was|got|has been|s been|been|is|s|were|have been) (?:arrested|charged|on bail|bailed)\b.{{0,60}}\b(?:is |s |are )?still)"
    r"(?= (?:running|coaching|leading|helping|teaching|working|volunteering|coming|in charge|at (?:our|the) (?:club|group|session|camp)|with the (?:kids|children|boys|girls|team|juniors)))"
)
# An offence long ago is a risk now, not the past: "cautioned for assaulting a child about 10 years ago".
_YEARS_AGO = re.compile(
    r"\b(?:about |around |some |over |nearly |almost )?(?:\d+|a few|few|some|many|two|three|four|five|six|seven|eight|nine|ten|twenty) years ago\b"
)
# A child telling of someone who works with them, in their own words: no child is named, the writer is one ("our coach
# makes us shower with him": the sixtieth benchmark, session 44).
_TOLD_BY_THE_CHILD = re.compile(
    rf"(?:{_WORKER.pattern}) (?:\w+ ){{0,2}}(?:makes?|made|making|forces?|forced|gets?|got|tells?|told) (?:us|me|the (?:boys|girls|lads|kids)) (?:all )?(?:to )?"
    r"(?:shower|get changed|undress|strip|get naked|take (?:our|my) clothes off|sit on (?:his|her) (?:lap|knee)) (?:with|in front of|for) (?:him|her)\b"
)


def pattern_hits(norm: str, foreign: list[str] | None = None) -> list[str]:
    """Every route whose patterns match normalised text (in English or, by `crisis_languages`, in
    another language), most urgent first; `foreign` is `other_language_hits(norm)` when the
    caller has already searched for them."""
    hits = [route for route, pattern in _ROUTE_PATTERNS if pattern.search(norm)]
    foreign = other_language_hits(norm) if foreign is None else foreign
    hits += [route for route in foreign if route not in hits]
    child = bool(_CHILD.search(norm))
    if (
        (child and _WORKER.search(norm) and _ALLEGATION.search(norm))
        or _OFFENDER.search(norm)
        or _TOLD_BY_THE_CHILD.search(norm)
        or _STILL_THERE_AFTER_ARREST.search(norm)
    ):
        hits.append("allegation_against_worker")
    if child and _CHILD_HARM.search(norm) and "child_concern" not in hits:
        hits.append("child_concern")
    if (
        (_ADULT.search(norm) and _ADULT_HARM.search(norm))
        or _SCAM_UNDER_WAY.search(norm)
        or _HOME_UNFIT.search(norm)
        or _CUCKOOED.search(norm)
        or _SELF_NEGLECT.search(norm)
        or _CARE_FAILING.search(norm)
        or _MONEY_TAKEN.search(norm)
    ):
        hits.append("adult_at_risk")
    return sorted(hits, key=ROUTES.index)


def other_language_hits(norm: str) -> list[str]:
    """The routes whose crisis phrases in another language (`crisis_languages`) the text holds."""
    found = _OTHER_LANGUAGES.routes(norm)
    return [route for route in ROUTES if route in found]


def pattern_route(hits: list[str]) -> str | None:
    """The route the patterns alone give, from `pattern_hits`, or None."""
    # A child being harmed by a worker is the LADO's, even when it is also violence.
    if "allegation_against_worker" in hits and "suicide_self_harm" not in hits:
        return "allegation_against_worker"
    return hits[0] if hits else None


# Who is involved, each named by a marker word in `features()`.
_WHO = (("child", _CHILD), ("worker", _WORKER), ("adult", _ADULT), ("partner", _PARTNER), ("labour", _LABOUR))


def _pattern_marker(route: str) -> str:
    return f"xpat{route.replace('_', '')}x"


PLANNING_MARKER = "xplanningx"
# Every marker word `features()` can add (and only those: "xanax" is a word people type).
MARKERS = frozenset([_pattern_marker(r) for r in ROUTES] + [f"x{name}x" for name, _ in _WHO] + [PLANNING_MARKER])


def features(norm: str, hits: list[str] | None = None, planning: bool | None = None, text: str = "") -> str:
    """Normalised text plus marker words for who is involved and which patterns matched, so the
    classifier can weigh "a child" + "a volunteer" + "touched" together, and learn how far to
    trust each pattern. `hits` and `planning`: `pattern_hits` and `is_planning` already found for
    this text, if any (the detector reads both before it asks the classifier); `text`, the message as
    typed, for `is_planning`."""
    markers = [_pattern_marker(route) for route in (pattern_hits(norm) if hits is None else hits)]
    markers += [f"x{name}x" for name, pattern in _WHO if pattern.search(norm)]
    if is_planning(norm, text) if planning is None else planning:
        markers.append(PLANNING_MARKER)
    return f"{norm} {' '.join(markers)}".strip()


# An adult with care and support needs, by age, condition or care.
_CARE_NEEDS = re.compile(
    r"\b(?:elderly|older|frail|housebound|dementia|alzheimer\w*|disabled|disabilit\w*|learning difficult\w*|care home|carer|cared for"
    r"|wheelchairs?|multiple sclerosis|(?:has|has got|diagnosed with|living with) ms|parkinson\w*|motor neurone|epilep\w*|learning disabilit\w*|(?:severe|serious) mental illness"  # (the sixty-second and sixty-third benchmarks, session 45)
    rf"|in (?:his|her|their) (?:70s|80s|90s|seventies|eighties|nineties)|(?:[7-9]\d|1[01]\d) year old|{_GRANDPARENT})\b"
)


# Adults in someone's care, as a worker harming them is told: those with care needs, and where care is given.
_CARED_FOR = re.compile(
    rf"{_CARE_NEEDS.pattern}|\b(?:residents?|service users?|care workers?|carers?|patients?|care staff)\b"
    r"|\b(?:wheelchairs?|day centres?|supported living|adults? with (?:ld|learning \w+|autism|additional needs))\b"  # (the thirty-eighth benchmark, session 33)
)


# Signs that someone's life is at risk this minute, after an overdose or anything else: no waking, blue lips, fitting,
# slow breathing. A suicide hit beside them is immediate danger first, the crisis lines in a line after ("he took loads
# of pills now wont wake": the fifty-second benchmark, session 40; in the development sets 13 such messages were
# written as immediate danger and 2 as suicide).
_DANGER_NOW = re.compile(
    _STREET_OVERDOSE + "|"
    r"\b(?:(?:can not|could not) (?:wake|rouse) (?:him|her|them|\w+)|(?:is|s|are) not waking|(?:will not|wont) wake"
    r"|lips (?:are |have |gone |turning |going |turned )*(?:blue|purple|grey)|(?:blue|purple|grey) lips|fitting|not breathing|barely breathing|hardly breathing"
    rf"|{_HEAVY_BLEEDING}"  # (the sixty-third benchmark, session 45)
    r"|breathing (?:is |has |s )?(?:gone |going |really |very |so )*(?:slow|shallow)|unresponsive|not responding|unconscious|snoring"
    r"|eyes (?:are )?rolling|floppy|gurgl\w*)\b"
)
# Someone who has taken drugs or pills: 999 first, and since it may not have been an accident, the
# crisis lines as well (the development sets' overdoses told as a medical emergency).
_TAKEN_SOMETHING = re.compile(
    r"\b(?:took|taken|swallowed|swallowing|injected|had|necked|downed) (?:something|some(?: \w+)? (?:drugs|pills|tablets)|drugs|pills|tablets|heroin|spice|ketamine|a load)\b|"
    r"\b(?:took|taken|swallowed|swallowing|necked|downed) (?:approx |approximately |about |around |over |like |maybe )?\d+ (?!minutes|mins|hours|seconds|days|weeks|years|pounds|quid)\w+|"
    + _OVERDOSE
)


# A child exploited to carry or sell drugs: child criminal exploitation, which is modern slavery in law as well as a
# child protection matter (the fifty-second and fifty-third benchmarks' writers gave it one route each, not the same).
_EXPLOITED = re.compile(
    r"\b(?:county lines|going country|gone country|trap ?house|running (?:drugs|food|parcels|packages|lines)|deal(?:ing|s)? (?:drugs|for (?:older|a gang|them|him))"
    r"|burner phones?|owes? (?:the )?dealers|groomed into|pimp\w*)\b"
)


# Family who are "personally connected" (Domestic Abuse Act 2021, s.2): a grandson taking his nan's pension and
# threatening her is domestic abuse as well as an adult at risk (the sixty-fourth benchmark, session 46).
_RELATIVE = re.compile(rf"\b(?:{_KIN}|brother|sister)\b")


def safeguarding_overlap(norm: str, route: str | None) -> set[str]:
    """Routes a crisis also belongs to by who is in it, whatever the words of the harm: a child in
    any other crisis (violence at home, exploitation, a fire) is also a concern for children's
    services, and an adult at risk harmed by a partner or relative is also domestic abuse. Safeguarding
    practice treats these as both, so the reply names both routes' help. Likewise by what was done:
    someone who has taken drugs or pills in an emergency may have meant to, so the crisis lines follow 999."""
    overlap: set[str] = set()
    if route and route != "child_concern" and (route == "allegation_against_worker" or _CHILD.search(norm)):
        overlap.add("child_concern")  # a worker harming a child: children's services as well as the LADO
    if route == "domestic_abuse" and _CARE_NEEDS.search(norm):
        overlap.add("adult_at_risk")
    if route == "adult_at_risk" and (_PARTNER.search(norm) or _RELATIVE.search(norm)):
        overlap.add("domestic_abuse")
    if route == "child_concern" and _WORKER.search(norm):  # harmed by whom? the LADO's line too
        overlap.add("allegation_against_worker")
    if route == "child_concern" and _EXPLOITED.search(norm):  # county lines: modern slavery too (an NRM referral)
        overlap.add("modern_slavery")
    if route == "immediate_danger" and _TAKEN_SOMETHING.search(norm):  # by accident or not? the crisis lines too
        overlap.add("suicide_self_harm")
    return overlap


# Words of _URGENT that, in these phrases, speak of plans or of something over: "she is fine now",
# "should we report it now", "our emergency plan".
_NOT_URGENT = re.compile(
    # "for our training day, what if a volunteer finds someone collapsed in the toilets?" (the fifty-first benchmark, session 40)
    r"\b(?:what if|training (?:day|scenario|session)|scenario|hypothetically)\b.{0,60}\bin the toilets\b|"
    r"\b(?:fine|ok|okay|well|better|safe|home|recovered|sorted|resolved|all good|back|makes sense|made sense) now\b"
    r"|\b(?:should|do|can|must|would|could) (?:we|i) (?:\w+ )?(?:\w+ )?now\b"
    r"|\bhelp (?:me|us) (?:to )?(?:draft|write|with|plan|make|create|choose|word|design|find|understand|update|prepare|put together|thank)\b"
    r"|\bnow (?:that )?(?:he|she|they|he is|she is|they are|he has|she has|they have) (?:is |are |has |have )?(?:back|rejoined|returned|recovered|home|better|well)\b"
    r"|\bemergency (?:plan|plans|procedure|procedures|fund|funds|contacts?|numbers?|kit|exits?|lighting|training|first aid|grant|appeal|policy)\b"
    r"|\bquick (?:question|questions|query|queries|one|tip|tips|check|word|favour|look|read|quiz)\b"
    r"|\b(?:sorted|fixed|resolved|dealt with|repaired|replaced) (?:it|that|this|them)? ?now\b"
    r"|\b(?:on|at|for|in|of|per|during|after|before) (?:every|each) (?:shift|shifts)\b"
)


# "At netball training", "after football practice": where something is happening, not a course.
_AT_AN_EVENT = re.compile(
    r"\b(?:at|after|during|before|from|on the way to) (?:\w+ ){0,2}(?:training|practice|session|drill)\b|\bduring (?:the |a |our )?rehearsals?\b|\b(?:at|after|before) (?:the |a |our )?(?:choir|band|orchestra) rehearsals?\b"  # "kitchen on fire at choir rehearsal" (the sixty-fourth benchmark, session 46)
)


def word_count(norm: str) -> int:
    """How many words a normalised message holds, for the rule that a message too short for the
    classifier ("no", "nope") fires on patterns only. In a script written without spaces a run of
    characters is a sentence, not a word: about two characters make a word there, so
    "有人掉进河里了 快救命" (someone fell in the river, help) is the sentence it is, not two words
    (the thirty-third benchmark, session 31)."""
    count = 0
    for token in norm.split():
        unspaced = len(crisis_languages.UNSPACED_CHAR.findall(token))
        count += max(1, (unspaced + 1) // 2) if unspaced else 1
    return count


# "Thanks for the training. One thing, the coach...": what follows a change of subject is the news,
# so whether the message only plans is read from there.
_CHANGE_OF_SUBJECT = re.compile(
    r"\b(?:unrelated but|one (?:more |other )?thing|another thing|by the way|btw|anyway|oh and|on another note|separately|something else"
    r"|also|for info|fyi|and another|p ?s|ps|oh also|while i am here|while i have you|while i am writing|while i am on"
    r"|(?:while|as) i (?:was|am) (?:typing|writing)(?: this| that)?"  # "...while I was typing someone threw a brick" (the sixty-second benchmark, session 45)
    r"|(?:actually )?hang on|on a (?:separate|different|side) note|(?:a )?different thing"  # (the fifty-third benchmark, session 40)
    r"|(?:i am )?(?:only |partly |mainly |mostly |really )?asking (?:partly |mainly |mostly )?because|the reason i (?:am )?ask(?:ing)?|i ask because"
    r"|on a (?:more )?(?:worrying|serious|sadder|darker|sad|grimmer) note"  # (the sixty-third benchmark, session 45)
    # "a template lone working policy ... The reason is ..."; "a volunteer code of conduct? We need it because ..." (the
    # fifty-ninth benchmark, session 43)
    r"|the reason is|we need (?:it|this|one) because"
    r"|(?:a |an )?(?:bigger|another|different|more serious|real|new|separate|worse) (?:problem|issue|worry|concern))\b"  # (the thirty-ninth benchmark, session 34)
    # "the rota looks fine. one concern:" ("a concern" is what a policy asks about; "except" and "there's a complaint"
    # close as many calm messages as crises: the forty-first benchmark, session 35)
    r"|\b(?:one|small|slight|just one|only one) (?:concern|worry)\b"
    # "sorry never mind, someone's having a seizure" (the forty-third benchmark, session 36); "how do i add a photo to
    # the newsletter OMG someones just driven a car at the people" (the forty-sixth, session 37)
    r"|\b(?:never ?mind|scrap that|scratch that|forget that|ignore (?:that|my last|the above)|omg|oh my god)\b"
    # "only wondering because a child stopped coming"; "and last thing, ..." (the forty-fifth benchmark, session 37)
    r"|\b(?:(?:only |just )?wondering because|(?:and |one )?last thing)\b"
    # "no, the policy stuff can wait. my colleague's having a seizure" (the forty-ninth benchmark, session 39)
    r"|\b(?:that|it|this|forms|the (?:\w+ )?(?:stuff|thing|things|question|questions|form|forms|policy|booking|grant))(?: all)? can wait\b"
    # "ignore the DBS q. CARER STOLE NANS RINGS"; "park the funding q" (the fiftieth benchmark, session 39)
    r"|\b(?:ignore|park|parking|forget|scrap) (?:the|my) (?:\w+ )?(?:q|qs|question|questions|query|thing)\b"
)


def is_planning(norm: str, text: str = "") -> bool:
    """A message about policy, training, a hypothetical or the past, with nothing urgent in it.

    Read from what follows the last change of subject ("Thanks for the training. One thing, the
    coach..."), unless only an earlier part tells of a crisis: "he put his hands round my neck on
    Sunday. Anyway, do you have a leaflet?" asks for a leaflet about what it has just told.
    `text`, the message as typed, shows where its sentences end, which normalising hides: a
    sentence after the first that tells of a crisis, with nothing after it that plans or looks
    back, is news told after an ask ("Is there a template for accident forms? A 5 year old came in
    with a broken arm and mum's story keeps changing": the forty-third benchmark, session 36)."""
    parts = _CHANGE_OF_SUBJECT.split(norm)
    if not _plans(parts[-1]) or _URGENT.search(_NOT_URGENT.sub(" ", norm)):
        return False
    if _told_after_an_ask(text):  # read sentence by sentence only where the message would otherwise plan
        return False
    told = [part for part in parts[:-1] if _tells(part)] if not _tells(parts[-1]) else []
    return _plans(told[-1]) if told else True


# Where a typed sentence ends: a full stop, question or exclamation mark, or a dash between words (not a colon, which
# frames what follows: "Training scenario: a volunteer notices bruises"); and a "but" that turns from the ask to the news
# ("trying to book the community room for thurs but there's a guy outside swinging a knife": the forty-ninth benchmark,
# session 39).
_SENTENCE_END = re.compile(r"[.?!]+(?:\s+|$)|\s[-\u2013\u2014]+\s|,?\s+but\s+|\s\d[).]\s")
# The planning words an everyday ask is made of (the newsletter, a template, booking a room, a reference letter): beside
# them, news told in a later sentence is news. Every other planning word (a policy, a training scenario, a quiz, last
# week) frames the whole message, so an ask holding one keeps it a plan.
_ADMIN_ASK = re.compile(
    # (a template for a policy before "template" alone, which would leave the policy to frame the message: the
    # fifty-seventh benchmark, session 42)
    # (a checklist is asked for as a template is: "need a first aid kit checklist for the pavilion. random, but ...": the
    # fifty-ninth benchmark, session 43)
    r"\b(?:(?:template|example|sample|model) (?:for|of) (?:a |an |the |our )?(?:\w+ ){0,4}polic(?:y|ies)|newsletter|template|(?:to|can i|could i|can we|could we|want to|need to) book|(?:a|the|our|this|that|written|public|formal)"
    r" notice|notice ?boards?|poster|posters|leaflet|a reference|signage|accident forms?|accident book|(?:(?:public |employer s |employers )?liability )?insurance|(?:volunteer |staff )?handbook|certificate|badge|awareness"
    r"|risk assessments?|(?:lone work(?:er|ing)|evacuation) plans?|guidance|first aid (?:kits?|books?|logs?|box(?:es)?)|checklists?|grant (?:conditions|terms|criteria) for (?:\w+ ){0,2}training|(?:for|at) (?:a|the|our) film (?:nights?|club)|(?:training|course|mailing|waiting|volunteer|contact) list|where (?:do|can|would) (?:i|we) find (?:our|the|a) (?:\w+ )?(?:policy|policies|form|forms|procedure)|(?:does|do|would) (?:the|our) (?:\w+ ){0,2}polic(?:y|ies) (?:need to |have to |has to |want to )?(?:say|allow|cover|let)|(?:any )?tips on"
    # what goes in a policy is asked as a template is (the sixtieth benchmark, session 44)
    r"|what (?:should|do we|must|would) (?:go|goes|be|we put|i put) in (?:a|an|our|the) (?:\w+ ){0,3}polic(?:y|ies)"
    r"|(?:training|course) (?:dates?|times|slots|places|bookings?)|(?:get|book|have) \d+ places"  # (the forty-seventh benchmark, session 38)
    r"|(?:hold|run|do|have|organise|host|put on) (?:a |an |our |the )?(?:\w+ )?fundrais\w*"  # (the forty-ninth benchmark, session 39)
    r"|(?:fire )?extinguishers?|dbs (?:forms?|renewals?|applications?|numbers?|certificates?)"  # (the fiftieth benchmark, session 39)
    r"|do (?:we|i|they) need (?:a |an |our own )?(?:\w+ )?(?:licen[cs]es?|permits?|insurance)(?: to (?:show|play|screen|sell|serve) (?:\w+ ){0,2}\w+)?"  # (the forty-fourth benchmark, session 37; films: the sixty-fifth, session 46)
    r"|do (?:we|i|they) need (?:a |an )?dbs(?: checks?)?(?: for (?:\w+ )?\w+)?"  # (the fiftieth benchmark, session 39)
    # Gift Aid claimed on sponsorship money, DBS costs in a bid, whether we need a policy or permission (the fifty-eighth
    # benchmark, session 42)
    r"|claim(?:ing)? gift aid(?: on (?:the |our )?(?:\w+ ){0,3}(?:money|donations|income|sponsorship))?|(?:include|claim|cover|pay for|budget for) (?:the )?dbs (?:costs?|fees?|checks?)"
    r"|do (?:we|i|they) need (?:a |an |written |parental |parents )?(?:\w+ )?(?:polic(?:y|ies)|permission|consent)\b(?: (?:for|from) (?:\w+ ){0,2}\w+)?"
    r"|how (?:do|should|can) (?:we|i) report (?:a |an |the )?serious incident(?: on (?:it|the (?:annual )?return))?"  # to the Charity Commission (the sixty-fifth benchmark, session 46)
    # whether something may be done legally; "is that a DBS issue" asked of what a list has just told (the sixty-fourth
    # benchmark, session 46)
    r"|(?:can|could|may) (?:we|i|they) (?:\w+ ){1,6}legally|(?:is|was) (?:that|this|it) (?:a |an )?(?:dbs|safeguarding|police|lado|hr) (?:issue|matter|thing|question|problem)"
    # first aid training recommended for volunteers (the fifty-seventh benchmark, session 42)
    r"|(?:recommend|suggest|know of|find) (?:a |an |any |some |good |decent )?(?:first aid |food hygiene |fire (?:safety |marshal |warden )|manual handling |minibus |driver )?(?:training|courses?)(?: for (?:our |the )?(?:volunteers|staff|leaders|coaches|helpers|us))?)\b"
)


# Where a numbered list's item begins: "1) ...", "2. ...", "(3) ...".
_LIST_ITEM = re.compile(r"(?:^|\s)\(?\d{1,2}[).]\s")


def _told_in_a_list(text: str) -> bool:
    """Whether a numbered list tells of a crisis in an item of its own: the other items are asks of their own ("2) how
    often should DBS checks be renewed 3) one of our helpers at Brownies was seen taking photos of the girls on his own
    phone at the pool 4) when's the next trustee training": the sixty-fourth benchmark, session 46), so only the item
    itself or the list's heading ("Training scenarios:") can make it a plan."""
    parts = _LIST_ITEM.split(text)
    if len(parts) < 3:  # not a list: spare normalising every part of every message
        return False
    heading, *items = [normalise(part) for part in parts]
    if _plans(_ADMIN_ASK.sub(" ", heading)):
        return False
    return any(_tells(item) and not _plans(_ADMIN_ASK.sub(" ", item)) for item in items)


def _told_after_an_ask(text: str) -> bool:
    """Whether a later run of sentences tells of a crisis and does not plan, after sentences that only ask about
    something everyday (the last such run, so that "That's my goodbye really. Don't reply" is read as one), or a
    numbered list of asks tells of one in an item of its own (`_told_in_a_list`)."""
    if _told_in_a_list(text):
        return True
    sentences = [norm for part in _SENTENCE_END.split(text) if (norm := normalise(part))]
    # A danger to life in the whole message, read once: a later run of sentences may complete what the ask began.
    strong = _strong_hits(" ".join(sentences)) if len(sentences) > 1 else set()
    for start in range(len(sentences) - 1, 0, -1):
        asked, rest = " ".join(sentences[:start]), " ".join(sentences[start:])
        # The later sentences tell of it, or complete a danger to life the ask began ("is our insurance void if someone
        # dies on the premises? I'm thinking about doing it in the boiler room": the forty-ninth benchmark, session 39);
        # only those routes, since an ask's words complete the weaker ones as often in calm messages ("guidance on online
        # safety for a youth group chat? Should leaders be in it?").
        if _tells(rest) or (strong and strong - _strong_hits(asked)):
            return not _plans(rest) and not _plans(_ADMIN_ASK.sub(" ", asked))
    return False


def _strong_hits(part: str) -> set[str]:
    """The strong routes (a danger to life) the patterns find in this part of a message."""
    return set(pattern_hits(_IDIOMS.sub(" ", part))) & set(_STRONG_ROUTES)


def _plans(part: str) -> bool:
    if _OFFENDER.search(part):
        part = _YEARS_AGO.sub(" ", part)
    return bool(_PLANNING.search(_AT_AN_EVENT.sub(" ", part)))


def _tells(part: str) -> bool:
    """Whether this part of a message tells of a crisis by the patterns (an idiom's words are none)."""
    return bool(pattern_hits(_IDIOMS.sub(" ", part)))


# ---------------------------------------------------------------------------------------------
# The classifier


@dataclass(frozen=True)
class CrisisExamples:
    by_route: dict[str, tuple[str, ...]]
    near_misses: tuple[str, ...]


def load_examples(root: Path = KNOWLEDGE_DIR) -> CrisisExamples:
    data = yaml.safe_load((root / EXAMPLES_FILE).read_text(encoding="utf-8")) or {}
    routes = data.get("routes") or {}
    unknown = set(routes) - set(ROUTES)
    if unknown:
        raise ValueError(f"{EXAMPLES_FILE}: unknown routes {sorted(unknown)}; use {', '.join(ROUTES)}")
    return CrisisExamples(
        by_route={r: tuple(str(x) for x in routes.get(r) or []) for r in ROUTES},
        near_misses=tuple(str(x) for x in data.get("not_emergency") or []),
    )


def _without_markers(texts: list[str]) -> list[str]:
    """The message as written (normalised), for the sentence encoder: the marker words of
    `features()` mean something to the n-grams but are noise to a model of English."""
    return [" ".join(w for w in t.split() if w not in MARKERS) for t in texts]


def _features() -> FeatureUnion:
    """N-grams (word 1–2, character 2–5) and all-MiniLM-L6-v2 sentence vectors side by side. The
    n-grams carry typos, text-speak and the pattern markers; the sentence vectors carry meaning told
    without any crisis word ("I won't be around after Friday", "covered in bruises again"), which
    the n-grams of one set of writers do not reach in the next (README, "Safety first")."""
    return FeatureUnion(
        [
            ("ngrams", representation_features("ngrams")),
            ("meaning", make_pipeline(FunctionTransformer(_without_markers), SentenceEmbeddings())),
        ]
    )


def _head(x: Any, y: list[Any]) -> LogisticRegression:
    head = LogisticRegression(C=20.0, max_iter=3000, class_weight="balanced").fit(x, y)
    head.coef_ = np.asfortranarray(head.coef_)  # column-major: see bot.answers.retrieval._quick
    return head


class CrisisClassifier:
    """Two logistic regressions over the same `_features()` of `features(normalised text)`: is
    this a crisis at all (against near misses and every ordinary question), and if so which
    route (trained on the crisis paraphrases alone, so routes are told apart by what differs
    between them rather than by what they share against ordinary questions). One feature step
    for both, so a message is encoded once."""

    def __init__(self, texts: list[str], labels: list[str]) -> None:
        prepared = [features(normalise(t), text=t) for t in texts]
        self.features = _features().fit(prepared)
        x = self.features.transform(prepared)
        self.crisis = _head(x, [label != NONE for label in labels])
        rows = [i for i, label in enumerate(labels) if label != NONE]
        self.route = _head(x[rows], [labels[i] for i in rows])

    def encode_ahead(self, prepared: list[str]) -> None:
        """Encode many `features()` texts in batches now, for an evaluation set (development sets,
        the benchmark): several times faster than one by one. Their vectors are kept for the
        process's lifetime like the training texts', so never call this on what people send."""
        dict(self.features.transformer_list)["meaning"].fit(prepared)

    def predict(self, prepared: str) -> tuple[float, dict[str, float]]:
        """(probability it is a crisis, each route's probability if it is one), for `features()` text."""
        x = representation_transform(self.features, [prepared])
        crisis_p = float(self.crisis.predict_proba(x)[0][list(self.crisis.classes_).index(True)])
        routes = dict(zip((str(c) for c in self.route.classes_), (float(p) for p in self.route.predict_proba(x)[0])))
        return crisis_p, routes


_ANNOTATION = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


def everyday_replies(nlu_dir: Path = PROJECT_DIR / "data" / "nlu") -> list[str]:
    """Every hand-written NLU example that is not a question ("no", "yes please", "LS6 2AB",
    "the second one"): short replies the classifier must learn are not crises."""
    replies: list[str] = []
    for path in sorted(nlu_dir.glob("*.yml")):
        if path.name.startswith("generated"):
            continue
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if block.get("intent") in (None, "out_of_scope"):
                continue
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    replies.append(_ANNOTATION.sub(lambda m: m.group(1) or m.group(2) or "", line.strip()[2:]))
    return replies


# How people start a message after the assistant has spoken. The crisis paraphrases use them often
# ("no, he's not breathing"), so without ordinary questions that start the same way the classifier
# learns the opener itself as a sign of crisis ("no, just wondering about the AGM date").
OPENERS = ("no, ", "thanks, ", "ok but ", "not really, ", "sorry, ", "no thanks, ", "actually ", "yes but ", "cheers, ", "hmm ")


def with_openers(questions: list[str], every: int = 4) -> list[str]:
    """Every `every`-th ordinary question again with an opener in front (deterministic)."""
    return [OPENERS[i % len(OPENERS)] + q[:1].lower() + q[1:] for i, q in enumerate(questions[::every])]


def training_set(root: Path = KNOWLEDGE_DIR) -> tuple[list[str], list[str]]:
    """Crisis paraphrases per route, against near misses and every ordinary question we know: the
    articles' questions and their paraphrases, the triage cases, and everyday questions on other
    subjects (cooking, phones, trivia, my own tenancy). Without the last, a classifier that has
    only seen community-group questions and crises reads anything outside both as a crisis: it
    fired on 6.9% of a held-back half of those everyday questions ("longest river in the world",
    "12 stone in kg"), 2.2% once the other half was in training (README, "Safety first")."""
    from bot.answers.knowledge import load_articles, load_triage
    from bot.answers.retrieval import article_paraphrases, other_subjects, out_of_scope_examples

    examples = load_examples(root)
    texts: list[str] = []
    labels: list[str] = []
    for route, items in examples.by_route.items():
        texts += items
        labels += [route] * len(items)
    ordinary = list(examples.near_misses)
    for article in load_articles(root).values():
        ordinary += article.questions
    for case in load_triage(root).handoff_cases:
        ordinary += case.examples
    ordinary += [q for questions in article_paraphrases(root).values() for q in questions]
    ordinary += out_of_scope_examples()
    ordinary += other_subjects(root)
    ordinary += everyday_replies()
    ordinary += with_openers([q for article in load_articles(root).values() for q in article.questions])
    texts += ordinary
    labels += [NONE] * len(ordinary)
    return texts, labels


# ---------------------------------------------------------------------------------------------
# The detector


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
        literal = _IDIOMS.sub(" ", norm)
        foreign = other_language_hits(literal)
        hits = pattern_hits(literal, foreign)
        by_pattern = pattern_route(hits)
        looks_back = is_planning(norm, text)
        crisis_p, route_probs = self.classifier.predict(features(norm, hits, looks_back))
        news = _CHANGE_OF_SUBJECT.split(norm)[-1].strip()
        if news != norm and word_count(news) >= limits.CLASSIFIER_MIN_WORDS:
            # "Quick question about raffles. Also, I've been saving up my meds": what follows the
            # change of subject is read on its own too, and the surer reading counts.
            news_p, news_routes = self.classifier.predict(features(news, pattern_hits(_IDIOMS.sub(" ", news))))
            if news_p > crisis_p:
                crisis_p, route_probs = news_p, news_routes
        by_classifier = max(route_probs, key=route_probs.__getitem__)
        joking = (bool(_JOKING.search(norm)) and not _NOT_JOKING.search(norm)) or literal != norm
        planning = looks_back or joking
        # A crisis phrase in another language fires whatever the classifier says: the classifier
        # reads English and gives such a message next to nothing (the twenty-second benchmark:
        # "mum can't breathe" in Thai, 0.02), while not one of the development and training sets'
        # 30,000 calm texts, hundreds of them in other languages, holds a phrase (pattern-diff).
        strong = (
            (bool(set(hits) & set(_STRONG_ROUTES)) or bool(_MISSING_CHILD.search(literal)))
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
            if "suicide_self_harm" in hits and "immediate_danger" in hits and _DANGER_NOW.search(literal):
                route = "immediate_danger"  # the crisis lines follow in a line (`also`: a route the patterns hit)
            elif "suicide_self_harm" in hits:  # its message names the crisis lines and leads with 999
                route = "suicide_self_harm"
            elif crisis_p >= limits.CLASSIFIER_MIN or not hits:
                route = by_classifier
            else:
                route = by_pattern
        if route in ("child_concern", "adult_at_risk", "domestic_abuse") and _EMERGENCY_NOW.search(literal):
            route = "immediate_danger"  # the route's own help follows in a line (`also`: the route the patterns hit)
        if route == "allegation_against_worker" and _CARED_FOR.search(norm) and not _CHILD.search(norm):
            # The LADO hears of people who work with children; a worker or volunteer harming a care home's
            # resident or a disabled adult is adult social care's (the thirty-fifth benchmark, session 32).
            route = "adult_at_risk"
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


def _digest(texts: list[str], labels: list[str]) -> str:
    """Names the saved classifier after everything it depends on, this module's patterns and the
    other languages' phrases included (they are features), so any change refits it."""
    sources = (Path(__file__), Path(crisis_languages.__file__), crisis_languages.PHRASES_FILE)
    code = hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()
    return hashlib.sha256(json.dumps([texts, labels, code]).encode()).hexdigest()[:16]


def load_detector(root: Path = KNOWLEDGE_DIR) -> CrisisDetector:
    """The detector for the knowledge in `root`, its classifier fitted once and kept in models/
    under a name derived from what it was fitted on (`make` fits it before the servers start).
    A process loads it once (`bot.services.Services`)."""
    texts, labels = training_set(root)
    return CrisisDetector(load_or_fit("crisis", _digest(texts, labels), lambda: CrisisClassifier(texts, labels)))
