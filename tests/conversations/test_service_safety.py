"""Small guards of the service (issue 11): secrets, log files, the NLU's length cap."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

import pytest

from bot import settings


def test_database_url_is_printed_without_its_password() -> None:
    from bot.launcher import printable_database_url

    printed = printable_database_url("postgresql://assistant:s3cr3t-pass@db.example.org:5432/assistant")
    assert "s3cr3t-pass" not in printed and "assistant@db.example.org" in printed.replace(":***", "")
    assert printable_database_url("sqlite:////tmp/a.db") == "sqlite:////tmp/a.db"


def test_generated_secret_key_is_private_from_the_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.web import app as web

    config = dataclasses.replace(settings.current(), secret_key="", data_dir=tmp_path)
    old = os.umask(0o000)  # even with a permissive umask
    try:
        key = web.secret_key(config)
    finally:
        os.umask(old)
    path = tmp_path / "secret_key"
    assert len(key) == 64 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert web.secret_key(config) == key  # kept, not regenerated
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]  # no temporary file left behind


def test_log_files_rotate_daily_and_keep_the_retention_period(tmp_path: Path) -> None:
    from bot.launcher import log_handler

    handler = log_handler(tmp_path / "Rasa-server.log")
    assert handler.when == "MIDNIGHT" and handler.backupCount == settings.current().retention_days
    handler.close()


def test_the_nlu_sees_at_most_max_tokens_words() -> None:
    from rasa.shared.nlu.training_data.message import Message

    from bot.rasa.components import MAX_TOKENS, MessageLengthGuard

    guard = MessageLengthGuard(MessageLengthGuard.get_default_config())
    long, short, blob = (
        Message(data={"text": "word " * 5000}),
        Message(data={"text": "he isn't breathing"}),
        Message(data={"text": "x" * 100_000}),
    )
    guard.process([long, short, blob])
    assert len(long.get("text").split()) == MAX_TOKENS
    assert short.get("text") == "he isn't breathing"
    assert len(blob.get("text")) <= MAX_TOKENS * 20
