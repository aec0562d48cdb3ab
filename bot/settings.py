"""Settings from the environment, with the embedded defaults a new user gets from `make run`.

One place for every knob, so the README's configuration table and the code cannot drift apart.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = Path(os.environ.get("KNOWLEDGE_DIR", PROJECT_DIR / "knowledge"))
# Everything the running assistant writes (SQLite database, logs) lives here; git-ignored.
DATA_DIR = Path(os.environ.get("DATA_DIR", PROJECT_DIR / "var"))
MODELS_DIR = PROJECT_DIR / "models"
MODEL_PATH = MODELS_DIR / "assistant.tar.gz"


def database_url() -> str:
    """Tracker store and handoff records share one database, chosen by DATABASE_URL."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DATA_DIR / 'assistant.db'}"


RASA_PORT = int(os.environ.get("RASA_PORT", "5005"))
ACTIONS_PORT = int(os.environ.get("ACTIONS_PORT", "5055"))
WEB_PORT = int(os.environ.get("WEB_PORT", "8080"))
# Where people read what we store about them; linked from the first message.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", f"http://localhost:{WEB_PORT}").rstrip("/")
PRIVACY_URL = os.environ.get("PRIVACY_URL", f"{PUBLIC_BASE_URL}/privacy")
# Origins allowed to open the chat from a browser (the LIO websites embedding the widget).
CORS_ORIGINS = os.environ.get("CORS_ORIGINS", "*")
# How long a conversation stays in the tracker store and a handoff in the database.
RETENTION_DAYS = int(os.environ.get("RETENTION_DAYS", "180"))
# Email notices of new handoffs (a link to the staff app, never the transcript).
SMTP_HOST = os.environ.get("SMTP_HOST", "")  # empty: notices are logged, not sent
SMTP_PORT = int(os.environ.get("SMTP_PORT", "25"))
SMTP_USER = os.environ.get("SMTP_USER", "")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
SMTP_STARTTLS = os.environ.get("SMTP_STARTTLS", "0") == "1"
MAIL_FROM = os.environ.get("MAIL_FROM", "assistant@localhost")
STAFF_BASE_URL = os.environ.get("STAFF_BASE_URL", f"{PUBLIC_BASE_URL}/staff")
# Web app: session signing key (generated into DATA_DIR when unset) and cookie security.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
SECURE_COOKIES = os.environ.get("SECURE_COOKIES", "0") == "1"  # set to 1 behind HTTPS
# Staff review app: sign-in security (see docs/staff.md).
STAFF_SESSION_MINUTES = int(os.environ.get("STAFF_SESSION_MINUTES", "30"))  # signed out after this idle time
STAFF_SESSION_MAX_HOURS = int(os.environ.get("STAFF_SESSION_MAX_HOURS", "12"))  # and after this long in any case
STAFF_LOCKOUT_ATTEMPTS = int(os.environ.get("STAFF_LOCKOUT_ATTEMPTS", "5"))  # failed sign-ins for one email...
STAFF_LOCKOUT_MINUTES = int(os.environ.get("STAFF_LOCKOUT_MINUTES", "15"))  # ...within this time pause it this long
# Chat widget (docs/widget.md): the Rasa URL browsers connect to; empty means the demo page's own
# host name on RASA_PORT (right for `make run`; set it to the public https URL behind a proxy).
PUBLIC_RASA_URL = os.environ.get("PUBLIC_RASA_URL", "").strip().rstrip("/")
# The LIO directory id, title and brand colour the demo page (/) embeds the widget with.
DEMO_LIO_ID = os.environ.get("DEMO_LIO_ID", "voluntary-action-leeds")
DEMO_TITLE = os.environ.get("DEMO_TITLE", "Ask Voluntary Action Demo")
DEMO_COLOUR = os.environ.get("DEMO_COLOUR", "#1d4f91")
