"""`python -m bot run`: start every process of the assistant, print where to find them, stop them all.

Three processes: the Rasa server (chat channels, dialogue), the action server (our actions, which
call into `bot`) and the web app (privacy notice, demo page, staff app). Ctrl-C stops all three.
The launcher itself runs the retention purge (at start, then daily), the email outbox and the
daily overdue digests (bot.records.overdue), and writes each process's
output to a log in DATA_DIR that rotates at midnight and keeps RETENTION_DAYS days.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Sequence

from sqlalchemy.engine import make_url

from bot import settings


@dataclass
class Service:
    name: str
    command: list[str]
    health_url: str

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(self.health_url, timeout=2) as resp:
                return bool(resp.status == 200)
        except OSError:
            return False


# OpenBLAS and OpenMP (NumPy: the sentence encoder, the classifiers), and TensorFlow's two pools as Rasa
# reads them (rasa.constants: DIETClassifier's inference).
THREAD_POOLS = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "TF_INTER_OP_PARALLELISM_THREADS",
    "TF_INTRA_OP_PARALLELISM_THREADS",
)


def environment() -> dict[str, str]:
    """The child processes' environment: every default filled in, so endpoints.yml can use it."""
    env = dict(os.environ)
    env["DATABASE_URL"] = settings.database_url()
    env["ACTIONS_PORT"] = str(settings.current().actions_port)
    # Rasa reports usage and errors to the internet unless told not to; nothing leaves this machine.
    env["RASA_TELEMETRY_ENABLED"] = "false"
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    # One thread per numeric pool in each server: a turn's matrices are small, and the Rasa server and
    # the action server run side by side on a few cores, so pools as wide as the machine only contend
    # (issue 14; `python -m bot bench --only speed` before and after in the README).
    for name in THREAD_POOLS:
        env.setdefault(name, "1")
    return env


def action_server_command(port: int) -> list[str]:
    return [sys.executable, "-m", "bot.action_server", "--actions", "actions", "--port", str(port)]


def rasa_server_command(
    port: int, cors: Sequence[str], endpoints: str = "endpoints.yml", interface: str | None = None
) -> list[str]:
    """`rasa run` with our model, channels and endpoints (the HTTP API stays off: no --enable-api)."""
    return [
        sys.executable,
        "-m",
        "rasa",
        "run",
        "--model",
        str(settings.MODEL_PATH),
        "--endpoints",
        endpoints,
        "--credentials",
        "credentials.yml",
        "--port",
        str(port),
        *(["--interface", interface] if interface else []),
        "--cors",
        *cors,
    ]


def web_app_command() -> list[str]:
    return [sys.executable, "-m", "bot.web"]


def services() -> list[Service]:
    config = settings.current()
    return [
        Service("action server", action_server_command(config.actions_port), f"http://localhost:{config.actions_port}/health"),
        Service(
            "Rasa server", rasa_server_command(config.rasa_port, config.cors_origins), f"http://localhost:{config.rasa_port}/"
        ),
        Service("web app", web_app_command(), f"http://localhost:{config.web_port}/healthz"),
    ]


def start(wanted: list[Service], timeout: float = 300.0, env: dict[str, str] | None = None) -> list[subprocess.Popen[bytes]]:
    """Start the services (in `env`, by default `environment()`) and wait until each answers its
    health URL; raise if one dies."""
    if not settings.MODEL_PATH.exists():
        raise SystemExit(f"No trained model at {settings.MODEL_PATH}: run `make run` (it trains first).")
    env = env or environment()
    settings.current().data_dir.mkdir(parents=True, exist_ok=True)
    procs: list[subprocess.Popen[bytes]] = []
    for service in wanted:
        procs.append(spawn(service, env))
    try:
        _wait_until_healthy(wanted, procs, timeout)
    except BaseException:  # a failure, or Ctrl-C during start-up: leave nothing running
        stop(procs)
        raise
    return procs


def spawn(service: Service, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start one service in its own process group (so it is stopped whole), its output to its log."""
    proc = subprocess.Popen(
        service.command,
        cwd=settings.PROJECT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    assert proc.stdout is not None
    _pump_to_log(proc.stdout, log_path(service))
    return proc


class Restarter:
    """Starts a server again when it dies, while the others carry on: the scaled setup's way, where
    nginx sends the work to the survivors meanwhile (`make run` stops everything instead, so a
    failure on a developer's machine is seen at once). What a dead server left running in its
    process group is stopped first. The pause before a restart doubles while a server keeps dying
    soon after starting (5 s, 10 s, ... at most a minute), so one that cannot start does not take
    the machine's CPU with it."""

    FIRST_PAUSE = 5.0
    LONGEST_PAUSE = 60.0
    STEADY = 120.0  # a server that ran this long before dying starts again after the first pause

    def __init__(self, services: list[Service], env: dict[str, str]) -> None:
        self.services = services
        self.env = env
        now = time.monotonic()
        self.started = [now for _ in services]
        self.pause = [self.FIRST_PAUSE for _ in services]
        self.due: dict[int, float] = {}  # service index -> when to start it again

    def check(self, procs: list[subprocess.Popen[bytes]]) -> None:
        """Notice dead servers and start each again when its pause is over (`procs` is updated)."""
        now = time.monotonic()
        for i, proc in enumerate(procs):
            name = self.services[i].name
            if i in self.due:
                if now >= self.due[i]:
                    del self.due[i]
                    procs[i] = spawn(self.services[i], self.env)
                    self.started[i] = now
                    print(f"Started the {name} again.", flush=True)
            elif proc.poll() is not None:
                # What it left behind goes too (nginx's workers outlive their master and would keep
                # the port from the new one): its process group, which only it and its children use.
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                if now - self.started[i] >= self.STEADY:
                    self.pause[i] = self.FIRST_PAUSE
                self.due[i] = now + self.pause[i]
                print(
                    f"The {name} stopped (exit code {proc.returncode}); starting it again in {self.pause[i]:.0f}s. "
                    f"See {log_path(self.services[i])}",
                    file=sys.stderr,
                    flush=True,
                )
                self.pause[i] = min(self.LONGEST_PAUSE, self.pause[i] * 2)


def log_path(service: Service) -> Path:
    return settings.current().data_dir / f"{service.name.replace(' ', '-')}.log"


def log_handler(path: Path) -> logging.handlers.TimedRotatingFileHandler:
    """A log file that starts afresh at midnight and keeps RETENTION_DAYS old ones."""
    handler = logging.handlers.TimedRotatingFileHandler(
        path, when="midnight", backupCount=max(1, settings.current().retention_days), encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(message)s"))
    return handler


def _pump_to_log(stream: IO[bytes], path: Path) -> None:
    """Copy a process's output to `path`, rotated at midnight and kept RETENTION_DAYS days: logs
    can hold what went wrong for someone, so they go when their conversation would."""
    handler = log_handler(path)

    def pump() -> None:
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip("\n")
            handler.emit(logging.LogRecord("service", logging.INFO, "", 0, line, None, None))
        handler.close()

    threading.Thread(target=pump, name=f"log-{path.name}", daemon=True).start()


def printable_database_url(url: str) -> str:
    """The database URL with any password masked, for printing."""
    try:
        return str(make_url(url).render_as_string(hide_password=True))
    except Exception:  # not a URL SQLAlchemy can read: print nothing of it
        return "(set by DATABASE_URL)"


def _wait_until_healthy(wanted: list[Service], procs: list[subprocess.Popen[bytes]], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pending = list(zip(wanted, procs))
    while pending:
        for service, proc in list(pending):
            if proc.poll() is not None:
                raise RuntimeError(
                    f"The {service.name} stopped during start-up; see {settings.current().data_dir}/{service.name.replace(' ', '-')}.log"
                )
            if service.healthy():
                pending.remove((service, proc))
        if time.monotonic() > deadline:
            raise RuntimeError(f"Timed out waiting for: {', '.join(s.name for s, _ in pending)}")
        time.sleep(0.5)


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def stop_on_signals() -> None:
    """Stop everything on Ctrl-C, and also when asked to by a service manager (SIGTERM) or a
    closed terminal (SIGHUP); Ctrl-C works even when the shell started us with SIGINT ignored."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGHUP, interrupt)


def migrate(database_url: str) -> bool:
    """The schema first, once, before any server (which would otherwise each try); one clear line
    instead of a traceback when the database cannot be upgraded."""
    from bot.records import db

    try:
        revision = db.upgrade(database_url)
    except Exception as exc:  # noqa: BLE001 - one clear line, not a traceback
        print(
            f"The database at {printable_database_url(database_url)} could not be upgraded: {type(exc).__name__}: {exc}",
            file=sys.stderr,
        )
        return False
    print(f"Database schema at revision {revision}.", flush=True)
    return True


def serve(procs: list[subprocess.Popen[bytes]], began: float, where: list[str], restarter: Restarter | None = None) -> int:
    """With the servers up: run the launcher's own jobs (retention purge, outbox, overdue digests),
    print the ready line and `where` everything is, then wait; Ctrl-C or SIGTERM stops them all,
    and so does a server that dies, unless a `restarter` starts it again."""
    from bot.records.outbox import start_worker, stop_worker
    from bot.records.overdue import start_digests, stop_digests
    from bot.records.retention import start_daily_purge, stop_daily_purge

    try:
        start_daily_purge()
        start_worker()
        start_digests()
        print(
            f"\nReady in {time.monotonic() - began:.0f}s.\n"
            + "".join(f"  {line}\n" for line in where)
            + "Press Ctrl-C to stop everything.",
            flush=True,
        )
        while restarter or all(p.poll() is None for p in procs):
            if restarter:
                restarter.check(procs)
            time.sleep(1)
        print("A process stopped unexpectedly; stopping the rest. See the logs.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopping...", flush=True)
        return 0
    finally:
        stop_digests()
        stop_worker()
        stop_daily_purge()
        stop(procs)


def run() -> int:
    stop_on_signals()
    began = time.monotonic()
    print("Starting the assistant (this takes about half a minute)...", flush=True)
    if not migrate(settings.database_url()):
        return 1
    try:
        procs = start(services())
    except KeyboardInterrupt:
        print("\nStopped during start-up; nothing is left running.", flush=True)
        return 0
    base, config = "http://localhost", settings.current()
    return serve(
        procs,
        began,
        [
            f"Chat (REST):        POST {base}:{config.rasa_port}/webhooks/rest/webhook",
            f"Chat (socket.io):   {base}:{config.rasa_port}/socket.io",
            f"Action server:      {base}:{config.actions_port}/health",
            f"Demo LIO page with the chat widget: {base}:{config.web_port}/",
            f"Staff review app:   {base}:{config.web_port}/staff/",
            f"Privacy notice:     {base}:{config.web_port}/privacy",
            f"Database:           {printable_database_url(settings.database_url())}",
            f"Logs:               {config.data_dir}/*.log",
        ],
    )
