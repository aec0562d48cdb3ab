"""The LIO staff review app (Flask blueprint mounted at /staff).

Security is the main feature: every request passes `csrf.protect` and `auth.load_user` before
any view, every response gets the headers in `security_headers`, and every handoff is fetched
through `workflow.visible` (see docs/staff.md for the rules and the tests that prove them).
"""

from __future__ import annotations

from bot.web.staff import views  # noqa: F401  (its routes register themselves on the blueprint)
from bot.web.staff.blueprint import bp

__all__ = ["bp"]
