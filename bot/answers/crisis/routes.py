"""The crisis routes and the names the NLU pipeline gives a detected crisis.

Route ids, in the order a message matching several is signposted: the first can save a life soonest
(suicide's message itself leads with 999 when life is at risk now).
"""

from __future__ import annotations

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
