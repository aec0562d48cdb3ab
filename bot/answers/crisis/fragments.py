"""Pieces of pattern shared by several routes: who (a child, kin, a grandparent), pills and drugs,
times of year, the signs of a stroke. One place for each, so a route's pattern and its neighbour's
read a word the same way.
"""

from __future__ import annotations

import re

_P = r"(?:he|she|they|someone|somebody|a man|a woman|a lady|a guy|a child|a kid|my \w+|our \w+|the \w+|\w+)"


_HIM = r"(?:him|her|them|me|us|you|someone|somebody|everyone|people|my \w+|our \w+|the \w+)"


CHILD_WORDS = (
    r"child|children|childs|kid|kids|kiddie|(?<!(?<!year )\bold )boys?|girl|girls|lad|teen|teens|teenage|teenager|teenagers|young person|young people"
    r"|youngster|young carers?|pupil|son|daughter|baby|toddler|little ones?|little boy|little girl|infant|youth|(?:[1-9]|1[0-7]) year olds?"
    r"|under ?18s?|under ?(?:[4-9]|1[0-7])s|minor|scout|scouts|cub|cubs|beavers|brownie|brownies|rainbows|u ?\d{1,2}s|u ?(?:[6-9]|1[0-8])|juniors|schoolkids|schoolchildren|schoolgirls?|schoolboys?|junior (?:players?|members?|swimmers?|runners?|parkrunners?|footballers?|ringers?|girls?|boys?|keepers?|goalies?|goalkeepers?|bowlers?|batters?)|grandson|granddaughter|niece|nephew|bairns?|stepson|stepdaughter|students?(?! (?:volunteers?|volunteering|nurses?|social workers?|doctors?|midwi\w+|paramedics?|teachers?|placements?|union|loans?)\b)|pupils|young members"
    r"|choirboys?|choirgirls?|choristers?|altar (?:boys?|girls?|servers?)"  # (the forty-third benchmark, session 36)
    r"|young uns?|younguns?|nippers?"  # (the forty-fourth benchmark, session 37)
    r"|weans?"  # Scots (the forty-sixth benchmark, session 37)
    r"|(?:year|yr) ?(?:[1-9]|1[0-3])s?"
    # an age in words; "an old boy" at the shed is a man (the sixty-second benchmark, session 45)
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) year olds?"
)


CHILD = re.compile(
    rf"\b({CHILD_WORDS})\b|\b(?:he|she|they|i) (?:is|are|am) (?:only |just )?(?:[1-9]|1[0-7])\b(?! ?(?:minutes|mins|hours|pounds|quid|grand|k\b|%|am\b|pm\b))"
)


# An age under 18 said of someone named ("my daughter is 16", "a 15yo"): a child, whatever the place (a hospice shop).
AGED_UNDER_18 = re.compile(
    r"\b(?:is|are|am|aged|age) (?:only |just )?(?:[1-9]|1[0-7])\b(?! ?(?:minutes|mins|hours|pounds|quid|grand|k\b|%|am\b|pm\b|years? (?:ago|since|now)))"
    r"|\b(?:[1-9]|1[0-7]) ?(?:yo|y o|year olds?|yr olds?|years old)\b"
)


# Fragments said in either order beside each other, named once (the twenty-fifth and twenty-sixth benchmarks, session 23).
NO_WAY_FORWARD = r"(?:no longer|can not|do not) see (?:any|a) (?:way forward|way out|future)"


ARRANGEMENTS_MADE = r"(?:made|making) (?:my (?:own |final )?|own |final )arrangements"


ARM_WEAK = r"(?:can not|could not) (?:lift|raise|move) (?:his|her|their|my) (?:left |right )?arm"


SPEECH_WRONG = r"(?:slurr\w*|droop\w*|can not (?:speak|talk)|words (?:are )?(?:all )?(?:wrong|jumbled|muddled))"


WENT_IN = r"(?:fell|fallen|gone|went) in"  # into the water (a fall in, or after it, not surfacing)


NOT_SURFACED = r"(?:not|never)(?: yet)? (?:re)?surfaced\b"


# Bleeding that will not stop: immediate danger, and danger now beside a suicide hit (the sixty-third benchmark, session 45).
HEAVY_BLEEDING = r"(?:(?:will not|wont|can not) stop (?:the )?bleed\w*|blood (?:is |s )?(?:spurting|pumping|pouring|gushing|squirting|pulsing))"


# A person's children, grandchildren and their partners, one list for every pattern that names who harms an older
# relative (who hides her food, takes her card, won't let volunteers in, tells her what to sign).
KIN = (
    r"(?:son in law|daughter in law|grandsons?|granddaughters?|grandchild\w*|stepsons?|stepdaughters?|sons?|daughters?"
    r"|nephews?|nieces?)"
)


# A grandparent as people name one.
GRANDPARENT = r"(?:nana|nan|granny|gran|grandad|grandma|grandpa)"


OVERDOSE = r"\boverdos(?!ing (?:him|her|them|\w+ s) )|\boverdoes|\bover dose"  # also in TAKEN_SOMETHING


# Someone else's belongings, as given away before a farewell (session 20).
THEIR_BELONGINGS = r"(?:away )?(?:all )?(?:of )?(?:his|her|their) (?:personal )?(?:effects|belongings|possessions|things|stuff)\b"


# Things someone carries, found left somewhere: by water with no sign of their owner they are 999 first
# (`immediate`), and with a note beside them a farewell (`suicide`) (the seventy-fifth benchmark, session 53).
LEFT_BELONGINGS = r"(?:bag|handbag|phone|mobile|coat|jacket|shoes|wallet|purse|keys|clothes)"


# Lookaheads for a message from its start: the person is not found, and nothing says they turned up or the things were
# someone else's everyday loss (an owner, lost property). One reading for both routes that read left belongings.
OWNER_UNACCOUNTED_FOR = (
    r"(?=.*\b(?:can not find|could not find|no sign of|nowhere to be (?:seen|found)|not answering|gone missing)\b)"
    r"(?!.*\b(?:owner|owners|lost property|handed (?:it |them )?in|found (?:him|her|them)|(?:is|s|was|got) back)\b)"
)


# Medicines by name or kind: the one list every pattern of doses, overdoses and stockpiles names (the sixtieth
# benchmark, session 44; one list since session 52, where seven patterns had kept their own shorter ones).
DRUG_NAMES = (
    r"pills|tablets|paracetamol|ibuprofen|nurofen|aspirin|co ?codamol|codeine|insulin|sertraline|citalopram|fluoxetine|amitriptyline"
    r"|propranolol|mirtazapine|zopiclone|quetiapine|venlafaxine|lithium|diazepam|tramadol|morphine|methadone|oxycodone|meds|medication"
    r"|medicines?|sleeping pills|antidepressants|painkillers"
)
DRUGS = "(?:" + DRUG_NAMES + ")"


OF_WHOSE = r"(?:of (?:my|his|her|these|the) )?"


# Words that give a farewell an ordinary reason: a move, a retirement, a new job (session 32).
MOVING_ON = r"moving|moved|move|retir\w*|leaving|new job|emigrat\w*|relocat\w*|university|uni"


# A last time somewhere "for good" ("Last time at bowls, I reckon. For good.": the forty-fifth benchmark, session 37): a
# farewell to the suicide patterns, so not a look back to the planning words.
AT_IT_FOR_GOOD = r"(?:at|in) (?:\w+ ){1,3}(?:i reckon |i think |probably )?for good\b"


# The months, and the times of year people name a date by ("not around by July", "in March" as the past).
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"


TIMES_OF_YEAR = rf"{MONTHS}|christmas|easter|(?:the )?summer|spring|autumn|winter"


# Medicine hidden as a threat ("hides my meds to punish me", "if I don't do what she says"): abuse, not a dose put by.
AS_A_THREAT = r"(?:punish|if i (?:do not|will not)|unless i)"


# How long a fit has lasted, in minutes.
FOR_MINUTES = (
    r"(?:over |more than |about |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) ?(?:mins?|minutes)\b"
)


# Tablets taken all at once as they were prescribed, not as an overdose ("all his tablets at once with his lunch, as his
# GP advised": a calm look-alike, session 44).
NOT_AS_PRESCRIBED = (
    r"(?! (?:with|after|before|at) (?:his|her|their|the|a|my) (?:lunch|breakfast|dinner|tea|meals?|food)\b"
    r"| as (?:his|her|their|the|my) (?:gp|doctor|pharmacist|nurse|consultant)\b)"
)


# Bleach or poison swallowed is a suicide attempt unless it was an accident or a small child's (`IMMEDIATE` has those).
SWALLOWED_NOT_AFTER = (
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
