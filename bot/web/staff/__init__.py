"""The LIO staff review app (Flask blueprint mounted at /staff).

Security is the main feature: every request passes `csrf.protect`, `auth.load_user` and
`auth.enforce_two_factor` before any view, every response gets the headers in `security_headers`,
every handoff is fetched through `workflow.visible`, and every staff account an administrator
touches through `team.manageable` (see docs/staff.md for the rules and the tests that prove them).
"""

from __future__ import annotations

from bot.web.staff import views, views_sign_in, views_team  # noqa: F401  (their routes register themselves on the blueprint)
from bot.web.staff.blueprint import bp

__all__ = ["bp"]
