"""`make run`'s Rasa server with its action server down (never started here): every message still
gets a reply over REST, never silence or an error page. A crisis gets its signposting, built by the
Rasa server itself from the NLU's route; anything else one apology with 999 and the way to a local
support organisation (bot.rasa.mends). The scaled setup's version of this, with the action servers
killed in the middle of conversations, is in tests/test_scaled_faults.py."""

from __future__ import annotations

import os
import signal
import subprocess
from typing import Iterator

import pytest

from bot import launcher
from bot.tooling.local_servers import PROJECT, Servers, conversation_id, free_port, wait_until_up

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def without_actions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """The Rasa server as `python -m bot run` starts it, its action endpoint a port nobody serves."""
    tmp = tmp_path_factory.mktemp("actions-down")
    port, nobody = free_port(), free_port()
    env = {
        **launcher.environment(),
        "DATA_DIR": str(tmp),
        "DATABASE_URL": f"sqlite:///{tmp / 'assistant.db'}",
        "RASA_PORT": str(port),
        "ACTIONS_PORT": str(nobody),
    }
    with open(tmp / "rasa.log", "wb") as log:
        proc = subprocess.Popen(
            launcher.rasa_server_command(port, ["*"]),
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_until_up(proc, f"http://127.0.0.1:{port}/", "Rasa server")
            yield Servers(f"http://127.0.0.1:{port}", f"http://127.0.0.1:{nobody}", "", env, tmp)
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def test_a_question_gets_one_apology_with_999_and_the_lio_finder(without_actions: Servers) -> None:
    replies = without_actions.say("actions-down-question", "how do we register as a charity")
    assert len(replies) == 1, replies
    assert replies[0]["custom"] == {"kind": "error", "reason": "unavailable"}
    text = replies[0]["text"]
    assert text.startswith("Sorry, I can't look that up just now.") and "999" in text and "https://navca.org.uk" in text
    assert "Traceback" not in text and "action" not in text.lower()


def test_a_greeting_is_not_met_with_silence(without_actions: Servers) -> None:
    replies = without_actions.say("actions-down-hello", "hello")
    assert [r["custom"]["kind"] for r in replies] == ["error"]


@pytest.mark.parametrize(
    ("text", "route", "number"),
    [
        ("someone’s collapsed in the hall and isnt breathing", "immediate_danger", "999"),
        ("i dont want to be here anymore, ive got the pills ready", "suicide_self_harm", "116 123"),
        ("my partner hits me and wont let me leave the house", "domestic_abuse", "0808 2000 247"),
    ],
)
def test_a_crisis_is_still_signposted_first(without_actions: Servers, text: str, route: str, number: str) -> None:
    replies = without_actions.say(conversation_id(f"actions-down-{route}"), text)
    assert (replies[0]["custom"]["kind"], replies[0]["custom"]["type"]) == ("emergency", route)
    assert number in replies[0]["text"]
    assert "error" not in [r["custom"]["kind"] for r in replies]  # the signposting, not an apology


def test_the_rasa_server_log_says_what_failed(without_actions: Servers) -> None:
    without_actions.say("actions-down-log", "can we claim gift aid on raffle tickets")
    log = (without_actions.data_dir / "rasa.log").read_text(encoding="utf-8", errors="replace")
    assert "The action server could not run action_answer" in log
    assert "raffle" not in log  # what the person typed stays out of the log
