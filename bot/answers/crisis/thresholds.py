"""The crisis detector's decision thresholds, kept apart from the rest of the package on purpose.

The classifier is saved under a name derived from the package's other modules (its patterns are
features), so any edit there refits it (about six minutes on two cores). These numbers only decide what the fitted
classifier's probability means, so choosing them again on the development sets
(tests/answers/crisis_dev*.yml, never the benchmark) must not cost a refit.
"""

from __future__ import annotations

# The classifier alone fires above this (0.25 since it reads sentence vectors too: the threshold at
# which the twelve development sets' false alarms are what they were with n-grams alone at 0.4, 1.8%).
CLASSIFIER_MIN = 0.25
# A strong pattern (suicide, immediate danger, a missing child) fires on its own unless the classifier
# is this sure the message is not a crisis (an idiom or an old story the patterns cannot tell apart).
STRONG_PATTERN_MIN = 0.05
# Another route this likely (or matched by a pattern) is named too: suicide's crisis lines after
# immediate danger's 999, say, when a message could be either.
ALSO_MIN = 0.1
# Below this many words ("no", "nope") the classifier has too little to go on: patterns only.
CLASSIFIER_MIN_WORDS = 3
# ... and a message shorter than that ("cutting", "overdosed") when it is all but sure.
SHORT_CLASSIFIER_MIN = 0.9
# A pattern for one of the less certain routes (abuse, exploitation) needs this much agreement.
WEAK_PATTERN_CLASSIFIER_MIN = 0.3
# Where a message only plans, looks back or jokes, a pattern hit needs this much agreement ...
PLANNING_CLASSIFIER_MIN = 0.5
# ... and the classifier alone this much.
PLANNING_ALONE_MIN = 0.8


def alone_min(words: int) -> float:
    """How sure the classifier must be to fire alone (no pattern hit, no planning) on a message of
    this many words."""
    return SHORT_CLASSIFIER_MIN if words < CLASSIFIER_MIN_WORDS else CLASSIFIER_MIN
