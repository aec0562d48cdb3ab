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

The package holds one module per route's patterns (`suicide`, `immediate`, `children`, `workers`,
`adults`, `domestic`, `slavery`, with the pieces they share in `fragments`), how a message is typed
(`normalising`) and told (`reading`), the patterns' verdict (`patterns`), the other languages' phrases
(`languages`), the classifier (`classifier`), and the detector that weighs both (`detector`, with its
thresholds in `thresholds`). What the rest of the project uses is imported here.
"""

from .children import MISSING_CHILD
from .classifier import (
    MARKERS,
    PLANNING_MARKER,
    CrisisClassifier,
    CrisisExamples,
    everyday_replies,
    features,
    load_examples,
    training_set,
    with_openers,
)
from .detector import CrisisDetector, Detection, load_detector
from .normalising import normalise
from .patterns import other_language_hits, pattern_hits, pattern_route, safeguarding_overlap
from .reading import IDIOMS, is_planning, word_count
from .routes import CHECKED, ENTITY, EXAMPLES_FILE, INTENT, NONE, ROUTES

__all__ = [
    "CHECKED",
    "ENTITY",
    "EXAMPLES_FILE",
    "INTENT",
    "MARKERS",
    "NONE",
    "PLANNING_MARKER",
    "ROUTES",
    "IDIOMS",
    "MISSING_CHILD",
    "CrisisClassifier",
    "CrisisDetector",
    "CrisisExamples",
    "Detection",
    "everyday_replies",
    "features",
    "is_planning",
    "load_detector",
    "load_examples",
    "normalise",
    "other_language_hits",
    "pattern_hits",
    "pattern_route",
    "safeguarding_overlap",
    "training_set",
    "with_openers",
    "word_count",
]
