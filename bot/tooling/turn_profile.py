"""`python -m bot profile`: where the time of one turn goes, and how it grows with a conversation.

The trained model is loaded in this process the way `rasa run` loads it (our endpoints: the SQL
tracker store and the action server, which is started for the run); each stage of Rasa's message
processing is timed by wrapping the method that does it, and one person holds one long
conversation of ordinary questions. The report gives each stage's milliseconds per turn at the
start of the conversation and late in it.
"""

from __future__ import annotations

import asyncio
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

from bot.settings import MODEL_PATH, PROJECT_DIR
from bot.tooling.local_servers import free_port, wait_until_up

# Cycled through for as long as the conversation runs.
QUESTIONS = (
    "how do we register as a charity",
    "can we claim gift aid on raffle tickets",
    "do our volunteers need a dbs check",
    "what mileage can we pay volunteers",
    "how do we run an agm",
    "thanks",
    "what insurance does a community group need",
    "can trustees be paid",
    "how do we write a safeguarding policy",
    "what is a cio",
)

_stage_times: dict[str, float] = defaultdict(float)


def _timed(stage: str, func: Callable[..., Any]) -> Callable[..., Any]:
    if asyncio.iscoroutinefunction(func):

        @functools.wraps(func)
        async def wrapper_async(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return await func(*args, **kwargs)
            finally:
                _stage_times[stage] += time.perf_counter() - began

        return wrapper_async

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            _stage_times[stage] += time.perf_counter() - began

    return wrapper


def _instrument() -> None:
    """Wrap the methods that do each stage (Rasa 3.6's names)."""
    from rasa.core.actions.action import RemoteAction
    from rasa.core.policies.memoization import MemoizationPolicy
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.core.policies.ted_policy import TEDPolicy
    from rasa.core.processor import MessageProcessor
    from rasa.core.tracker_store import SQLTrackerStore

    stages: list[tuple[Any, str, str]] = [
        (MessageProcessor, "handle_message", "total"),
        (MessageProcessor, "parse_message", "NLU pipeline"),
        (MessageProcessor, "_predict_next_with_tracker", "policies (all, with the ensemble)"),
        (RulePolicy, "predict_action_probabilities", "  RulePolicy"),
        (MemoizationPolicy, "predict_action_probabilities", "  MemoizationPolicy"),
        (TEDPolicy, "predict_action_probabilities", "  TEDPolicy"),
        (RemoteAction, "run", "action server round trip"),
        (SQLTrackerStore, "_retrieve", "tracker store read"),
        (SQLTrackerStore, "save", "tracker store write"),
    ]
    for owner, name, stage in stages:
        setattr(owner, name, _timed(stage, owner.__dict__[name]))


def _start_action_server(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, DATA_DIR=str(data_dir), ACTIONS_PORT=str(port))
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.action_server", "--actions", "actions", "--port", str(port)],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_until_up(proc, f"http://localhost:{port}/health", "the action server")
    return proc


async def _converse(turns: int) -> list[dict[str, float]]:
    from rasa.core.agent import load_agent
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.utils import AvailableEndpoints

    agent = await load_agent(model_path=str(MODEL_PATH), endpoints=AvailableEndpoints.read_endpoints("endpoints.yml"))
    per_turn: list[dict[str, float]] = []
    sender = f"profile-{os.getpid()}-{time.time_ns()}"
    for i in range(turns + 1):
        _stage_times.clear()
        await agent.handle_message(UserMessage(QUESTIONS[i % len(QUESTIONS)], CollectingOutputChannel(), sender))
        if i:  # the first turn also warms caches
            per_turn.append(dict(_stage_times))
    return per_turn


def report(per_turn: list[dict[str, float]], early: range, late: range) -> str:
    stages = list(per_turn[0])
    lines = [
        f"{'stage':40} {'turns ' + str(early.start + 1) + '–' + str(early.stop):>14} {'turns ' + str(late.start + 1) + '–' + str(late.stop):>14}"
    ]
    for stage in stages:
        a = statistics.median(t.get(stage, 0.0) for t in per_turn[early.start : early.stop]) * 1000
        b = statistics.median(t.get(stage, 0.0) for t in per_turn[late.start : late.stop]) * 1000
        lines.append(f"{stage:40} {a:11.1f} ms {b:11.1f} ms")
    return "\n".join(lines)


def main(turns: int = 60) -> int:
    import logging

    logging.disable(logging.WARNING)
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # as `rasa run` without --debug: no debug lines per event
    with tempfile.TemporaryDirectory(prefix="profile-") as tmp:
        port = free_port()
        os.environ.update(
            DATA_DIR=tmp,
            ACTIONS_PORT=str(port),
            DATABASE_URL=os.environ.get("DATABASE_URL") or f"sqlite:///{Path(tmp) / 'assistant.db'}",
            RASA_TELEMETRY_ENABLED="false",
        )
        server = _start_action_server(Path(tmp), port)
        try:
            _instrument()
            per_turn = asyncio.run(_converse(turns))
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"One conversation of {turns} questions, median per turn (stages nest: 'total' holds the rest):")
    print(report(per_turn, range(0, 10), range(turns - 10, turns)))
    return 0
