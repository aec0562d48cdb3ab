"""A bounded load driver for the chat's REST channel, and the checks that nothing was lost.

Many simulated people talk at once, each holding a whole conversation (question → answer →
complex case → consent → handoff), over the real REST channel. The driver only talks to this
machine (loopback), stops by itself at its deadline, and afterwards reads the database to prove
the run was clean: every conversation's events hold exactly its own messages, in order, once, and
every consented handoff is stored exactly once, under the reference the person was given. Used by
`make bench` (on the embedded default, beside Rasa's starter bot) and by the load and fault tests.

With `resends`, a simulated person does what the widget's user does when a message fails (an
HTTP error, a dropped connection, or the assistant's own "sorry, something went wrong", payload
kind `error`): sends the same message again, after a short pause. Such a message may then be
stored more than once (the first try may have been taken before it failed), and the integrity
check allows exactly that: a message that was resent k times may be stored 1 to k+1 times, one
that succeeded at its first try exactly once.
"""

from __future__ import annotations

import asyncio
import json
import math
import statistics
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence
from urllib.parse import urlparse

import aiohttp
import sqlalchemy as sa

LOOPBACK = {"localhost", "127.0.0.1", "::1"}
REST_PATH = "/webhooks/rest/webhook"
ERROR_KIND = "error"  # bot.vocabulary.PayloadKind.ERROR: the assistant saying something went wrong
RESEND_PAUSE = 1.0  # seconds before a failed message is sent again, doubling each time


@dataclass(frozen=True)
class Step:
    """One message a simulated person sends, and the payload kind its replies must include."""

    text: str
    expect: str | None = None


# Question → answer → complex case → consent → a stored handoff: the heaviest path a person takes.
HANDOFF_CONVERSATION: tuple[Step, ...] = (
    Step("hello"),
    Step("how do we register as a charity", "answer"),
    Step("our treasurer has been taking money from the group account for months", "handoff_offer"),
    Step("/affirm", "ask_location"),
    Step("our postcode is LS6 2AB", "consent"),
    Step("/affirm"),
    Step("07700 900123"),
    Step('/choose_method{"contact_method":"text"}'),
    Step("money has gone missing and the treasurer won't show us the statements", "handoff_created"),
)

# Seven turns of ordinary questions, for throughput.
QUESTIONS_CONVERSATION: tuple[Step, ...] = (
    Step("hi"),
    Step("how do we register as a charity", "answer"),
    Step("can we claim gift aid on raffle tickets"),
    Step("do our volunteers need a dbs check"),
    Step("what mileage can we pay volunteers"),
    Step("thanks"),
    Step("how do we run an agm"),
)

# Rasa's starter bot (`rasa init`) knows greetings, moods, "are you a bot" and goodbyes.
STARTER_CONVERSATION: tuple[Step, ...] = (
    Step("hello"),
    Step("I am feeling sad"),
    Step("yes"),
    Step("are you a bot?"),
    Step("I am great"),
    Step("no"),
    Step("bye"),
)


@dataclass
class TurnTime:
    user: int
    step: int
    seconds: float


@dataclass
class Resend:
    """A message sent again because its first try failed (what the person saw, in `reason`)."""

    user: int
    step: int
    reason: str


@dataclass
class LoadResult:
    users: int
    turns: list[TurnTime] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    senders: list[str] = field(default_factory=list)
    wall_seconds: float = 0.0
    timed_out: bool = False
    resent: list[Resend] = field(default_factory=list)
    references: dict[int, str] = field(default_factory=dict)  # user -> the handoff reference they were given

    @property
    def throughput(self) -> float:
        return len(self.turns) / self.wall_seconds if self.wall_seconds else 0.0

    def percentile(self, q: float) -> float:
        return percentile([t.seconds for t in self.turns], q)

    def line(self, name: str) -> str:
        return (
            f"{name}: {self.users} users, {len(self.turns)} turns in {self.wall_seconds:.1f}s = "
            f"{self.throughput:.1f} turns/s; per turn p50 {self.percentile(0.5) * 1000:.0f} ms, "
            f"p95 {self.percentile(0.95) * 1000:.0f} ms; errors {len(self.errors)}"
            + (f"; messages sent again {len(self.resent)}" if self.resent else "")
            + (" (stopped at its deadline)" if self.timed_out else "")
        )


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile by the nearest-rank rule (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def check_loopback(base_url: str) -> None:
    """The driver must never be pointed at someone else's server."""
    host = urlparse(base_url).hostname or ""
    if host not in LOOPBACK:
        raise ValueError(f"The load driver only talks to this machine, not {host!r}")


def new_sender(label: str) -> str:
    return f"{label}-{uuid.uuid4().hex}"


def kinds(replies: list[dict[str, Any]]) -> list[str]:
    return [r["custom"]["kind"] for r in replies if isinstance(r.get("custom"), dict) and "kind" in r["custom"]]


class HttpError(RuntimeError):
    """A turn answered with another status than 200 (its status decides whether to send again)."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body[:200]}")
        self.status = status


async def say(session: aiohttp.ClientSession, base_url: str, sender: str, text: str) -> list[dict[str, Any]]:
    async with session.post(base_url + REST_PATH, json={"sender": sender, "message": text}) as resp:
        body = await resp.text()
        if resp.status != 200:
            raise HttpError(resp.status, body)
        replies: list[dict[str, Any]] = json.loads(body)
        return replies


def failed_turn(exc: BaseException | None, replies: list[dict[str, Any]]) -> str | None:
    """Why a turn failed in a way a person would answer by sending the message again (None if it
    did not): a server error, a dropped or timed-out connection, or the assistant's apology."""
    if exc is not None:
        if isinstance(exc, HttpError) and exc.status < 500:
            return None  # refused for what was sent (too long, too fast...): sending it again won't help
        if isinstance(exc, (HttpError, aiohttp.ClientError, asyncio.TimeoutError)):
            return f"{type(exc).__name__}: {exc}"
        return None
    if ERROR_KIND in kinds(replies):
        return f"the assistant's apology: {next(r.get('text', '') for r in replies if kinds([r]) == [ERROR_KIND])[:80]!r}"
    return None


async def _timed_say(session: aiohttp.ClientSession, base_url: str, sender: str, text: str) -> float:
    """Seconds for one message's replies to come back."""
    began = time.perf_counter()
    await say(session, base_url.rstrip("/"), sender, text)
    return time.perf_counter() - began


async def _converse(
    session: aiohttp.ClientSession,
    base_url: str,
    user: int,
    sender: str,
    script: Sequence[Step],
    result: LoadResult,
    resends: int = 0,
) -> None:
    for i, step in enumerate(script):
        where = f"user {user} step {i} ({step.text[:30]!r})"
        for attempt in range(resends + 1):
            began = time.perf_counter()
            replies: list[dict[str, Any]] = []
            try:
                replies = await say(session, base_url, sender, step.text)
                error: Exception | None = None
            except Exception as exc:  # sent again below, or counted and this person stops, as a person would
                error = exc
            failed = failed_turn(error, replies)
            if failed and attempt < resends:  # sent again, as the person would
                result.resent.append(Resend(user, i, failed))
                await asyncio.sleep(RESEND_PAUSE * 2**attempt)
                continue
            if error is not None:
                result.errors.append(f"{where}: {type(error).__name__}: {error}")
                return
            if failed:
                result.errors.append(f"{where}: {failed}")
                return
            break
        result.turns.append(TurnTime(user, i, time.perf_counter() - began))
        if not replies:
            result.errors.append(f"{where}: no reply")
            return
        if step.expect and step.expect not in kinds(replies):
            result.errors.append(f"{where}: expected {step.expect}, got {kinds(replies)}")
            return
        reference = next((r["custom"].get("reference") for r in replies if kinds([r]) == ["handoff_created"]), None)
        if reference:
            result.references[user] = str(reference)


async def _run(
    base_url: str, users: int, script: Sequence[Step], label: str, deadline: float, stagger: float, resends: int
) -> LoadResult:
    result = LoadResult(users=users, senders=[new_sender(label) for _ in range(users)])
    connector = aiohttp.TCPConnector(limit=users, force_close=False)
    timeout = aiohttp.ClientTimeout(total=deadline)
    began = time.perf_counter()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def person(user: int) -> None:
            await asyncio.sleep(stagger * user / max(1, users))
            await _converse(session, base_url, user, result.senders[user], script, result, resends)

        tasks = [asyncio.create_task(person(u)) for u in range(users)]
        done, pending = await asyncio.wait(tasks, timeout=deadline)
        for task in pending:
            task.cancel()
        if pending:
            result.timed_out = True
            await asyncio.gather(*pending, return_exceptions=True)
            result.errors.append(f"{len(pending)} conversations unfinished at the {deadline:.0f}s deadline")
    result.wall_seconds = time.perf_counter() - began
    return result


def run_load(
    base_url: str,
    users: int,
    script: Sequence[Step] = HANDOFF_CONVERSATION,
    label: str = "load",
    deadline: float = 900.0,
    stagger: float = 1.0,
    resends: int = 0,
) -> LoadResult:
    """`users` people at once (arriving over `stagger` seconds), each holding `script` to its end,
    sending a failed message again up to `resends` times (see the module's docstring)."""
    check_loopback(base_url)
    return asyncio.run(_run(base_url.rstrip("/"), users, script, label, deadline, stagger, resends))


def one_at_a_time(targets: Mapping[str, tuple[str, Sequence[str]]], rounds: int) -> dict[str, list[float]]:
    """Seconds per reply for one person, each message in a new conversation. `targets` names each
    server's (base URL, messages to cycle through); each round sends one message to each in turn,
    so that whatever else the machine does falls on all of them alike."""
    for base_url, _ in targets.values():
        check_loopback(base_url)

    async def go() -> dict[str, list[float]]:
        times: dict[str, list[float]] = {name: [] for name in targets}
        async with aiohttp.ClientSession() as session:
            for i in range(rounds):
                for name, (base_url, texts) in targets.items():
                    times[name].append(await _timed_say(session, base_url, new_sender("latency"), texts[i % len(texts)]))
        return times

    return asyncio.run(go())


def one_long_conversation(base_url: str, texts: Sequence[str], label: str = "long") -> list[float]:
    """Seconds per reply for one person holding one conversation of `texts`, in order."""
    check_loopback(base_url)

    async def go() -> list[float]:
        sender = new_sender(label)
        async with aiohttp.ClientSession() as session:
            return [await _timed_say(session, base_url, sender, text) for text in texts]

    return asyncio.run(go())


@dataclass
class Integrity:
    """What the database holds after a load run, conversation by conversation."""

    conversations: int
    out_of_order_or_foreign: list[str]
    handoffs_not_once: list[str]

    @property
    def clean(self) -> bool:
        return not self.out_of_order_or_foreign and not self.handoffs_not_once

    def line(self) -> str:
        return (
            f"integrity: {self.conversations} conversations; events not exactly their own messages in order: "
            f"{len(self.out_of_order_or_foreign)}; handoffs not stored exactly once: {len(self.handoffs_not_once)}"
        )


def check_integrity(database_url: str, result: LoadResult, script: Sequence[Step]) -> Integrity:
    """Each finished conversation's user events are exactly its script, in order, each message once
    (or, for one sent again after a failure, once per try at most); and when the script ends in a
    stored handoff, exactly one handoff row exists for it, under the reference the person was given."""
    finished = _finished_senders(result, script)
    wants_handoff = any(step.expect == "handoff_created" for step in script)
    bad_events: list[str] = []
    bad_handoffs: list[str] = []
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            for user, sender in finished:
                rows = conn.execute(
                    sa.text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' ORDER BY id"), {"s": sender}
                ).fetchall()
                texts = [json.loads(row[0]).get("text") for row in rows]
                tries = {i: 1 + sum(1 for r in result.resent if r.user == user and r.step == i) for i in range(len(script))}
                if not stored_as_sent(texts, [step.text for step in script], tries):
                    bad_events.append(f"{sender}: {texts}")
                if wants_handoff:
                    stored = [
                        row[0]
                        for row in conn.execute(sa.text("SELECT reference FROM handoffs WHERE sender_id = :s"), {"s": sender})
                    ]
                    if stored != [result.references.get(user)]:
                        bad_handoffs.append(f"{sender}: stored {stored}, given {result.references.get(user)}")
    finally:
        engine.dispose()
    return Integrity(len(finished), bad_events, bad_handoffs)


def stored_as_sent(stored: Sequence[str], script: Sequence[str], tries: Mapping[int, int]) -> bool:
    """Whether the stored messages are the script in order, message i stored between once and
    `tries[i]` times in a row (a message sent again may have been taken before its try failed)."""
    at = 0
    for i, text in enumerate(script):
        times = 0
        while at < len(stored) and stored[at] == text and times < tries.get(i, 1):
            at, times = at + 1, times + 1
        if times == 0:
            return False
    return at == len(stored)


def _finished_senders(result: LoadResult, script: Sequence[Step]) -> list[tuple[int, str]]:
    """(user, sender) of each conversation that reached the end of its script."""
    steps_done: dict[int, int] = {}
    for turn in result.turns:
        steps_done[turn.user] = steps_done.get(turn.user, 0) + 1
    return [(user, sender) for user, sender in enumerate(result.senders) if steps_done.get(user) == len(script)]


def summary(times: Sequence[float]) -> str:
    return (
        f"p50 {percentile(times, 0.5) * 1000:.0f} ms, p95 {percentile(times, 0.95) * 1000:.0f} ms "
        f"(mean {statistics.fmean(times) * 1000:.0f} ms, n={len(times)})"
        if times
        else "no turns"
    )
