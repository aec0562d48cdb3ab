"""Shared fixtures: the real servers, started the way a user starts them (`python -m bot run`)."""

from __future__ import annotations

import dataclasses
import os
from typing import Iterator

import pytest

from bot import settings
from bot.services import Services
from bot.settings import Settings
from bot.tooling.local_servers import PROJECT, Servers, free_port, start_servers, stop_servers  # noqa: F401 (used by tests)

# Rasa would send telemetry and error reports to the internet; tests and the app never do.
os.environ["RASA_TELEMETRY_ENABLED"] = "false"


# Another LIO's website that embeds the chat (the widget tests serve it on this port): the only
# origin besides the demo page that the test servers allow.
OTHER_SITE_PORT = free_port()


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    proc, srv = start_servers(tmp_path_factory.mktemp("run"), {"CORS_ORIGINS": f"http://127.0.0.1:{OTHER_SITE_PORT}"})
    yield srv
    stop_servers(proc)


@pytest.fixture(scope="session")
def services() -> Services:
    """The models one process shares (crisis detector, answer retriever, gazetteer), built once for the run."""
    return Services(settings.current())


def use_settings(monkeypatch: pytest.MonkeyPatch, **changes: object) -> Settings:
    """This process's settings with `changes`, for the test only (monkeypatch puts them back)."""
    changed = dataclasses.replace(settings.current(), **changes)  # type: ignore[arg-type]
    monkeypatch.setattr(settings, "_current", changed)
    return changed


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Markers from what a test uses, so none can be forgotten: `servers` (the real Rasa model, the
    action server and the web app, started once per run), `browser` (Debian's Chromium), and
    `slow` for both of those kinds (`make test-fast` leaves them out). `-m "not browser"` etc. select."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if "servers" in fixtures:
            item.add_marker(pytest.mark.servers)
            item.add_marker(pytest.mark.slow)
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
