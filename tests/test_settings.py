"""Settings read from the environment: defaults, derived values, and a clear refusal of bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import PROJECT_DIR, Settings, SettingsError


def test_defaults_are_the_embedded_setup() -> None:
    s = Settings.from_env({})
    assert (s.rasa_port, s.actions_port, s.web_port, s.retention_days) == (5005, 5055, 8080, 180)
    assert s.data_dir == PROJECT_DIR / "var" and s.database == ""
    assert s.privacy_url == "http://localhost:8080/privacy" and s.staff_base_url == "http://localhost:8080/staff"
    assert s.rate_limit_exempt == frozenset({"127.0.0.1", "::1"}) and not s.trust_proxy and not s.secure_cookies


def test_derived_values_follow_what_they_derive_from(tmp_path: Path) -> None:
    s = Settings.from_env(
        {
            "WEB_PORT": "9000",
            "PUBLIC_BASE_URL": "https://chat.example.org/",
            "CORS_ORIGINS": "https://a.org, https://b.org/",
            "DATA_DIR": str(tmp_path),
        }
    )
    assert s.privacy_url == "https://chat.example.org/privacy"
    assert s.cors_origins == (
        "https://a.org",
        "https://b.org",
        "https://chat.example.org",
        "http://localhost:9000",
        "http://127.0.0.1:9000",
    )
    assert s.database_url == f"sqlite:///{tmp_path / 'assistant.db'}"
    assert Settings.from_env({"DATABASE_URL": "postgresql://x@h/db"}).database_url == "postgresql://x@h/db"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("RETENTION_DAYS", "six months", "RETENTION_DAYS must be a whole number, not 'six months'"),
        ("RETENTION_DAYS", "-1", "RETENTION_DAYS must be 0 or more, not -1"),
        ("WEB_PORT", "0", "WEB_PORT must be 1 or more, not 0"),
        ("RATE_LIMIT_PER_MINUTE", "fast", "RATE_LIMIT_PER_MINUTE must be a number, not 'fast'"),
        ("SECURE_COOKIES", "maybe", "SECURE_COOKIES must be 1 (on) or 0 (off), not 'maybe'"),
    ],
)
def test_a_bad_value_is_refused_by_name(name: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError) as err:
        Settings.from_env({name: value})
    assert str(err.value) == message


def test_secrets_stay_out_of_printed_settings() -> None:
    printed = repr(Settings.from_env({"SECRET_KEY": "k3y-very-secret", "SMTP_PASSWORD": "pw-very-secret"}))
    assert "very-secret" not in printed


def test_a_bad_value_stops_the_command_line_with_one_clear_line() -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, RETENTION_DAYS="six months")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "db", "current"], env=env, capture_output=True, text=True, cwd=PROJECT_DIR
    )
    assert done.returncode == 2
    assert (
        done.stderr.strip()
        == "Cannot start: RETENTION_DAYS must be a whole number, not 'six months'. See the configuration table in README.md."
    )
