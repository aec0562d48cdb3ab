"""`python -m bot bench --only scaled` (part of `make bench`): the scaled setup under load.

For each replica count (RASA_REPLICAS = ACTION_REPLICAS = 1, 2, 3 by default) this starts
`python -m bot run-scaled` on free ports with a fresh PostgreSQL database (made by the launcher,
dropped afterwards) and Redis, warms every replica, then drives the same whole-handoff
conversation as the embedded speed bench (`bot.tooling.load.HANDOFF_CONVERSATION`) through nginx:
first a short ramp (5, 10, 20, 40, 80 people at once) to see where p95 per turn passes a few seconds,
then 200 people at once, after which the database is checked (`load.check_integrity`). While the
200 talk, every process of the setup is read from /proc: resident memory (the peak) and CPU time,
so each turn's CPU can be shared out between Rasa, the action servers, nginx, PostgreSQL and Redis.

Bounded: each start, warm-up and load has its deadline, and a further replica count is started
only when the last one's time fits in what is left of the budget. Loopback only: the load driver
refuses anything else, every server listens on 127.0.0.1 except nginx's public port, and SMTP is
left unset, so no notice leaves the machine.

The rate limits are set as generous as the speed bench's, so the load is measured, not throttled.
At the end it prints a sizing for all NAVCA members' websites from the measured figures and the
assumptions in `EXPECTED` and `BUSY` (docs/scaling.md, "Capacity").
"""

from __future__ import annotations

import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

from bot.scaled import NGINX, Layout, Unavailable, check_redis
from bot.settings import PROJECT_DIR
from bot.tooling import load
from bot.tooling.local_servers import alive, descendants, free_block, free_port, launch

POSTGRES_SERVER = "postgresql://postgres@127.0.0.1:5432"
REPLICA_COUNTS = (1, 2, 3)
USERS = 200
RAMP = (5, 10, 20, 40, 80)  # people at once before the 200, until p95 per turn passes P95_TARGET
P95_TARGET = 3.0  # seconds: "acceptable" p95 per turn
BUDGET = 45 * 60.0  # seconds for the whole bench; a further replica count starts only if it fits
START_DEADLINE = 600.0  # a changed knowledge base is fitted again before the servers start
WARM_DEADLINE = 180.0
RAMP_DEADLINE = 180.0
LOAD_DEADLINE = 600.0
STOP_DEADLINE = 90.0
SAMPLE_EVERY = 1.0  # seconds between reads of /proc during the 200-person run
# As the speed bench: one conversation's turns come faster than a person types. The per-address
# limit is generous too (every simulated person is 127.0.0.1, which is exempt by default anyway).
GENEROUS_LIMITS = {
    "RATE_LIMIT_PER_MINUTE": "100000",
    "RATE_LIMIT_BURST": "100000",
    "RATE_LIMIT_IP_PER_MINUTE": "100000",
    "RATE_LIMIT_IP_BURST": "100000",
}
KINDS = ("Rasa server", "action server", "nginx", "web app", "launcher", "PostgreSQL", "Redis")
MB = 2**20


# Pure parts (tests/tooling/test_scaled_bench.py) -------------------------------------------------


def process_kind(argv: Sequence[str], database: str = "") -> str | None:
    """Which part of the scaled setup a process is, from its command line (None: not ours).
    nginx and PostgreSQL rewrite theirs ("nginx: worker process", "postgres: 15/main: postgres
    DBNAME 127.0.0.1(5555) idle"); a PostgreSQL backend counts only when it serves `database`."""
    if not argv or not argv[0]:
        return None
    first = argv[0]
    if first.startswith("nginx:") or Path(first).name == "nginx":
        return "nginx"
    if first.startswith("postgres:"):
        return "PostgreSQL" if database and f" {database} " in f"{first} " else None
    if first.startswith("redis-server") or Path(first).name == "redis-server":
        return "Redis"
    module = argv[2] if len(argv) > 2 and argv[1] == "-m" else ""
    return {
        "rasa": "Rasa server",
        "bot.action_server": "action server",
        "bot.web": "web app",
        "bot": "launcher",
    }.get(module)


def cpu_seconds(stat: str, ticks_per_second: int) -> float:
    """User + system CPU of a process (all its threads) from its /proc/PID/stat line."""
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / ticks_per_second


def machine_busy_seconds(proc_stat: str, ticks_per_second: int) -> float:
    """CPU seconds the whole machine has been busy (every core, every process), from /proc/stat."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in proc_stat.split("\n", 1)[0].split()[1:9])
    return (user + nice + system + irq + softirq + steal) / ticks_per_second


def fits_in_budget(elapsed: float, budget: float, last_setup: float, margin: float = 1.5) -> bool:
    """Whether another replica count may start: the last one's time, with a margin (more replicas
    start slower), must fit in what is left."""
    return elapsed + last_setup * margin <= budget


@dataclass(frozen=True)
class Demand:
    """How much all NAVCA members' websites would ask of the assistant at the busiest moment.
    Every field is an assumption (docs/scaling.md says why each was chosen), none is measured."""

    members: int = 181  # NAVCA's members: local infrastructure organisations (LIOs), one website each
    conversations_per_member_per_day: float = 20.0
    turns_per_conversation: float = 9.0  # HANDOFF_CONVERSATION's length; most chats are shorter
    peak_hour_share: float = 0.2  # share of a day's conversations in its busiest hour
    peak_factor: float = 3.0  # the busiest minute of that hour against the hour's average

    @property
    def peak_turns_per_second(self) -> float:
        per_day = self.members * self.conversations_per_member_per_day * self.turns_per_conversation
        return per_day * self.peak_hour_share / 3600 * self.peak_factor


@dataclass(frozen=True)
class Sizing:
    peak_turns_per_second: float
    replicas: int  # Rasa servers, with as many action servers
    cores: float
    memory_mb: float


def size(
    demand: Demand,
    turns_per_second_per_replica: float,
    cpu_ms_per_turn: float,
    mb_per_replica: float,
    fixed_mb: float,
    headroom: float = 0.5,
    minimum_replicas: int = 2,
) -> Sizing:
    """Replicas, cores and memory for `demand`'s peak, planning to use only `headroom` of the
    measured capacity (a replica's turns per second, and every process's CPU per turn); at least
    `minimum_replicas` so that losing one is not losing the chat."""
    peak = demand.peak_turns_per_second
    replicas = max(minimum_replicas, math.ceil(peak / (turns_per_second_per_replica * headroom)))
    cores = peak * cpu_ms_per_turn / 1000 / headroom
    return Sizing(peak, replicas, cores, replicas * mb_per_replica + fixed_mb)


# Reading /proc --------------------------------------------------------------------------------


def _argv(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


@dataclass
class Seen:
    kind: str
    first_cpu: float
    last_cpu: float
    peak_rss: int  # bytes


@dataclass
class Sampler:
    """The setup's processes (the launcher's descendants, this run's PostgreSQL backends, Redis)
    read from /proc every SAMPLE_EVERY seconds: CPU used since the start and peak resident memory."""

    launcher_pid: int
    database: str
    seen: dict[int, Seen] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _ticks: int = field(default_factory=lambda: os.sysconf("SC_CLK_TCK"))
    _page: int = field(default_factory=lambda: os.sysconf("SC_PAGE_SIZE"))
    machine: float = 0.0  # CPU seconds the whole machine was busy while sampled
    began: float = 0.0
    seconds: float = 0.0  # how long it sampled

    def _ours(self) -> dict[int, str]:
        found: dict[int, str] = {}
        for pid in descendants(self.launcher_pid) | {self.launcher_pid}:
            kind = process_kind(_argv(pid))
            if kind:
                found[pid] = kind
        for stat in Path("/proc").glob("[0-9]*/stat"):
            pid = int(stat.parent.name)
            if pid not in found:
                kind = process_kind(_argv(pid), self.database)
                if kind in ("PostgreSQL", "Redis"):
                    found[pid] = kind
        return found

    def read(self, first: bool = False) -> None:
        for pid, kind in self._ours().items():
            try:
                cpu = cpu_seconds(Path(f"/proc/{pid}/stat").read_text(), self._ticks)
                rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * self._page
            except (OSError, IndexError, ValueError):
                continue
            if pid not in self.seen:  # a process started during the run (a new connection) used nothing before
                self.seen[pid] = Seen(kind, cpu if first else 0.0, cpu, rss)
            else:
                self.seen[pid].last_cpu = cpu
                self.seen[pid].peak_rss = max(self.seen[pid].peak_rss, rss)

    def __enter__(self) -> Sampler:
        self.read(first=True)
        self.machine = -machine_busy_seconds(Path("/proc/stat").read_text(), self._ticks)
        self.began = time.monotonic()

        def loop() -> None:
            while not self._stop.wait(SAMPLE_EVERY):
                self.read()

        self._thread = threading.Thread(target=loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        self.read()
        self.machine += machine_busy_seconds(Path("/proc/stat").read_text(), self._ticks)
        self.seconds = time.monotonic() - self.began

    def cpu(self) -> dict[str, float]:
        """CPU seconds each kind of process used while sampled."""
        used: dict[str, float] = {}
        for s in self.seen.values():
            used[s.kind] = used.get(s.kind, 0.0) + s.last_cpu - s.first_cpu
        return used

    def memory(self) -> dict[str, list[int]]:
        """Each kind's processes' peak resident memory (bytes), one entry per process."""
        found: dict[str, list[int]] = {}
        for s in self.seen.values():
            found.setdefault(s.kind, []).append(s.peak_rss)
        return found


def _own_cpu() -> float:
    return cpu_seconds(Path("/proc/self/stat").read_text(), os.sysconf("SC_CLK_TCK"))


# Starting and stopping the setup ---------------------------------------------------------------


@dataclass
class Running:
    proc: subprocess.Popen[str]
    layout: Layout
    public: str
    data_dir: Path
    database_url: str
    start_seconds: float
    output: list[str]


def drop_database(database_url: str, server: str = POSTGRES_SERVER) -> None:
    import sqlalchemy as sa

    name = database_url.rsplit("/", 1)[1]
    engine = sa.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name})
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
    finally:
        engine.dispose()


def check_stack(server: str = POSTGRES_SERVER) -> None:
    """nginx, Redis and PostgreSQL are there (Unavailable, one line, when not)."""
    import sqlalchemy as sa

    if not NGINX.exists():
        raise Unavailable(f"nginx is not installed ({NGINX}; `make nginx`)")
    check_redis(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")
    engine = sa.create_engine(f"{server}/postgres", connect_args={"connect_timeout": 5})
    try:
        with engine.connect():
            pass
    except sa.exc.OperationalError as exc:
        raise Unavailable(f"PostgreSQL at {server} is unreachable") from exc
    finally:
        engine.dispose()


@contextmanager
def running(replicas: int, tmp: Path, server: str = POSTGRES_SERVER) -> Iterator[Running]:
    """run-scaled with `replicas` Rasa servers and as many action servers on free ports and a fresh
    database (the launcher makes it; dropped afterwards); everything it started is stopped after."""
    data_dir = tmp / f"replicas-{replicas}"
    data_dir.mkdir()
    if (PROJECT_DIR / "var" / "postcodes" / "keys.npy").exists():  # the index `make` built: not built again
        shutil.copytree(PROJECT_DIR / "var" / "postcodes", data_dir / "postcodes")
    database_url = f"{server}/assistant_scaled_bench_{uuid.uuid4().hex[:10]}"
    layout = Layout(
        database_url=database_url,
        rasa_replicas=replicas,
        action_replicas=replicas,
        port=free_port(),
        base_port=free_block(replicas),
    )
    env = dict(
        os.environ,
        DATA_DIR=str(data_dir),
        DATABASE_URL=database_url,
        RASA_REPLICAS=str(replicas),
        ACTION_REPLICAS=str(replicas),
        SCALED_PORT=str(layout.port),
        SCALED_BASE_PORT=str(layout.base_port),
        SMTP_HOST="",  # no notice leaves the machine
        **GENEROUS_LIMITS,
    )
    for inherited in ("PUBLIC_BASE_URL", "PUBLIC_RASA_URL"):
        env.pop(inherited, None)
    began = time.monotonic()
    try:
        launched = launch("run-scaled", env, timeout=START_DEADLINE)  # stops what it started if it fails
    except BaseException:
        drop_database(database_url, server)
        raise
    proc = launched.proc
    started = descendants(proc.pid)
    try:
        yield Running(
            proc, layout, f"http://127.0.0.1:{layout.port}", data_dir, database_url, time.monotonic() - began, launched.output
        )
    finally:
        ours = {pid for pid in started | descendants(proc.pid) if alive(pid)}
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=STOP_DEADLINE)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for pid in ours:  # only what this run started, and only if the launcher left it
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        drop_database(database_url, server)


def rest_turns_per_replica(data_dir: Path) -> Counter[str]:
    """How many REST turns nginx's log says each Rasa replica (port) took."""
    path = data_dir / "scaled-nginx.log"
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return Counter(re.findall(r'"POST /webhooks/rest/webhook[^"]*" \d+ \d+ upstream=127\.0\.0\.1:(\d+)', text))


# The bench -----------------------------------------------------------------------------------


@dataclass
class Measured:
    replicas: int
    held: load.LoadResult
    clean: bool  # the database holds what the integrity check wants, for every conversation that finished

    @property
    def passed(self) -> bool:
        """Issue 14's pass: no errors, every conversation finished and every tracker and handoff clean."""
        return self.clean and not self.held.errors and len(self.held.references) == self.held.users

    best_ramp: tuple[int, float, float] | None  # (people at once, turns/s, p95) of the busiest ramp step with p95 ≤ target
    cpu_ms_per_turn: dict[str, float]
    memory: dict[str, list[int]]


def _mb(values: Sequence[int]) -> str:
    return f"{max(values) / MB:,.0f}"


def measure(setup: Running, users: int) -> Measured:
    n = setup.layout.rasa_replicas
    print(
        f"Scaled setup, {n} Rasa server{'s' * (n > 1)} + {n} action server{'s' * (n > 1)} behind nginx (started in {setup.start_seconds:.0f}s):"
    )
    # Every replica's first turns load what each loads lazily; least_conn spreads these over all.
    warm = load.run_load(setup.public, 3 * n, load.HANDOFF_CONVERSATION, "scaled-warm", deadline=WARM_DEADLINE, stagger=0.0)
    if warm.errors:
        print("  warm-up: " + "; ".join(warm.errors[:3]))
    best: tuple[int, float, float] | None = None
    for people in (r for r in RAMP if r < users):
        step = load.run_load(setup.public, people, load.HANDOFF_CONVERSATION, f"scaled-ramp{people}", deadline=RAMP_DEADLINE)
        print("  " + step.line(f"ramp, {people} at once"))
        p95 = step.percentile(0.95)
        if step.errors or p95 > P95_TARGET:
            break
        if best is None or step.throughput > best[1]:
            best = (people, step.throughput, p95)
    database = setup.database_url.rsplit("/", 1)[1]
    own = _own_cpu()
    with Sampler(setup.proc.pid, database) as sampler:
        held = load.run_load(
            setup.public, users, load.HANDOFF_CONVERSATION, "scaled-handoff", deadline=LOAD_DEADLINE, stagger=5.0
        )
    own = _own_cpu() - own
    print("  " + held.line(f"{users} people each to a stored handoff"))
    for error in held.errors[:5]:
        print("    " + error)
    integrity = load.check_integrity(setup.database_url, held, load.HANDOFF_CONVERSATION)
    print(
        f"  {integrity.line()} ({'clean' if integrity.clean else 'NOT clean'}; {len(held.references)} of {users} given a handoff reference)"
    )
    for bad in (integrity.out_of_order_or_foreign + integrity.handoffs_not_once)[:5]:
        print("    " + bad)
    spread = rest_turns_per_replica(setup.data_dir)
    print("  REST turns per Rasa replica (nginx's log, whole run): " + ", ".join(f":{p} {c}" for p, c in sorted(spread.items())))
    memory = sampler.memory()
    print(
        f"  resident memory, peak during the {users} (MB): "
        + "; ".join(
            f"{kind} {_mb(memory[kind])}" + (f" (the largest of {len(memory[kind])})" if len(memory[kind]) > 1 else "")
            for kind in ("Rasa server", "action server", "web app", "launcher")
            if kind in memory
        )
        + (
            f"; nginx (master and {len(memory['nginx']) - 1} workers together) {sum(memory['nginx']) / MB:,.0f}"
            if "nginx" in memory
            else ""
        )
    )
    turns = max(1, len(held.turns))
    cpu = {kind: seconds * 1000 / turns for kind, seconds in sampler.cpu().items()}
    cpu["load driver"] = own * 1000 / turns
    print(
        "  CPU per turn (ms): "
        + ", ".join(f"{kind} {cpu[kind]:.0f}" for kind in (*KINDS, "load driver") if kind in cpu)
        + f"; all {sum(cpu.values()):.0f} (the load driver shares the machine's cores)"
    )
    others = max(0.0, sampler.machine - sum(sampler.cpu().values()) - own)
    print(
        f"  the whole machine was busy {sampler.machine / max(sampler.seconds, 1e-9):.2f} cores on average during the {users}; "
        f"everything else on it (not this setup, its database connections, Redis or the load driver) "
        f"{others / max(sampler.seconds, 1e-9):.2f} cores"
    )
    return Measured(n, held, integrity.clean, best, cpu, memory)


# The sizing's two cases (docs/scaling.md, "Capacity"): what we expect, and a busy case five times
# the conversations with sharper peaks. Both are assumptions.
EXPECTED = Demand()
BUSY = Demand(conversations_per_member_per_day=100.0, peak_factor=5.0)
HEADROOM = 0.5  # plan to use half of the measured capacity


def sizing_lines(
    runs: Sequence[Measured], demands: Sequence[tuple[str, Demand]] = (("expected", EXPECTED), ("busy", BUSY))
) -> list[str]:
    """The sizing for each demand from the one-replica run (one Rasa server and one action server
    with the machine's two cores)."""
    one = next((r for r in runs if r.replicas == 1), None)
    if one is None or one.best_ramp is None:
        return ["Sizing: needs the one-replica run with a ramp step within the p95 target."]
    per_replica = one.best_ramp[1]
    server_cpu = sum(ms for kind, ms in one.cpu_ms_per_turn.items() if kind != "load driver")
    mb_per_replica = (max(one.memory.get("Rasa server", [0])) + max(one.memory.get("action server", [0]))) / MB
    fixed_mb = (
        sum(one.memory.get("nginx", [0])) + max(one.memory.get("web app", [0])) + max(one.memory.get("launcher", [0]))
    ) / MB
    lines = [
        f"Sizing from the one-replica run: {per_replica:.1f} turns/s per replica (Rasa + action server) with p95 ≤ {P95_TARGET:g}s, "
        f"{server_cpu:.0f} ms CPU per turn over all server processes (PostgreSQL and Redis included), "
        f"{mb_per_replica:,.0f} MB per replica; planned at {HEADROOM:.0%} of capacity"
    ]
    for name, demand in demands:
        sized = size(demand, per_replica, server_cpu, mb_per_replica, fixed_mb, headroom=HEADROOM)
        lines.append(
            f"  {name}: {demand.members} LIO websites × {demand.conversations_per_member_per_day:g} conversations a day × "
            f"{demand.turns_per_conversation:g} turns, {demand.peak_hour_share:.0%} in the busiest hour, its busiest minute "
            f"{demand.peak_factor:g}× the hour's average = peak {sized.peak_turns_per_second:.1f} turns/s: "
            f"{sized.replicas} Rasa replicas + {sized.replicas} action servers, {sized.cores:.1f} cores "
            f"({sized.cores * HEADROOM:.1f} busy at peak), {sized.memory_mb:,.0f} MB for our processes "
            "(PostgreSQL and Redis not included)"
        )
    return lines


def main(replica_counts: Sequence[int] | None = None, users: int | None = None, budget: float = BUDGET) -> int:
    counts = replica_counts or tuple(int(v) for v in os.environ.get("BENCH_SCALED_REPLICAS", "").split()) or REPLICA_COUNTS
    users = users or int(os.environ.get("BENCH_SCALED_USERS") or USERS)
    try:
        check_stack()
    except Unavailable as exc:
        print(f"Scaled bench skipped: {exc}.")
        return 0
    cores = os.cpu_count() or 1
    print(
        f"Scaled setup under load: {users} people at once, each a whole conversation to a stored handoff, through nginx; "
        f"this machine has {cores} cores, shared by every server, PostgreSQL, Redis and the load driver"
    )
    began = time.monotonic()
    runs: list[Measured] = []
    last = 0.0
    failed = False
    with tempfile.TemporaryDirectory(prefix="scaled-bench-") as tmp:
        for n in counts:
            elapsed = time.monotonic() - began
            if last and not fits_in_budget(elapsed, budget, last):
                print(
                    f"{n} replicas: skipped, it would not fit in the bench's {budget / 60:.0f} minutes ({elapsed / 60:.0f} used)"
                )
                continue
            setup_began = time.monotonic()
            try:
                with running(n, Path(tmp)) as setup:
                    runs.append(measure(setup, users))
            except RuntimeError as exc:
                print(f"{n} replicas: {exc}")
                failed = True
            last = time.monotonic() - setup_began
    print(
        f"\n{'replicas':>8} {'turns/s':>8} {'p50 s':>7} {'p95 s':>7} {'errors':>6}  integrity  pass  best ramp step within p95 {P95_TARGET:g}s"
    )
    for r in runs:
        ramp = f"{r.best_ramp[0]} at once: {r.best_ramp[1]:.1f} turns/s, p95 {r.best_ramp[2]:.2f}s" if r.best_ramp else "none"
        print(
            f"{r.replicas:>8} {r.held.throughput:>8.1f} {r.held.percentile(0.5):>7.2f} {r.held.percentile(0.95):>7.2f} "
            f"{len(r.held.errors):>6}  {'clean' if r.clean else 'NOT CLEAN':9}  {'yes' if r.passed else 'no':4}  {ramp}"
        )
    if any(r.replicas > cores for r in runs):
        print(
            f"(More replicas than this machine's {cores} cores cannot add throughput: they share the same cores, so those "
            "rows show this machine's limit, not what a replica with cores of its own would add.)"
        )
    print("\n".join(sizing_lines(runs)))
    return 0 if not failed and all(r.passed for r in runs) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
