"""The web app: the privacy notice, the demo LIO page with the chat widget, the staff app.

Modules: `app` (the application factory, served by waitress), `widget` (the demo page and the
widget's assets), `staff` (the LIO staff review app), `templates`.
May import: `bot.settings`, `bot.records`, `bot.places`, `bot.answers` and this package. Never `bot.tooling`.
"""

from __future__ import annotations

from flask import current_app, has_app_context

from bot import settings
from bot.settings import Settings


def app_settings() -> Settings:
    """The settings the app serving this request was made with (`create_app(settings)`); outside a
    request (the `staff` command, tests of the rules themselves), this process's settings."""
    if not has_app_context():
        return settings.current()
    found = current_app.config["ASSISTANT_SETTINGS"]
    assert isinstance(found, Settings)
    return found
