"""`python -m bot run-scaled` (`make run-scaled`): the assistant scaled out on one machine.

nginx on one public port (SCALED_PORT) in front of RASA_REPLICAS Rasa servers (socket.io sticky by
client address, REST to the least busy), ACTION_REPLICAS action servers behind nginx too, and the
web app; PostgreSQL holds the conversations and our tables, Redis the per-conversation locks.
docs/scaling.md has the diagram and the reasons. The processes are started, watched and stopped
by the same launcher as `make run` (bot/launcher.py); this module adds what differs: the layout,
the checks before starting, the environment, and nginx's configuration (generated into DATA_DIR).
"""

from __future__ import annotations

import grp
import os
import pwd
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping
from urllib.parse import unquote, urlsplit

from bot import launcher, settings
from bot.launcher import Service, printable_database_url
from bot.settings import SettingsError

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/assistant_scaled"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
ENDPOINTS = "deploy/endpoints.scaled.yml"
NGINX = Path("/usr/sbin/nginx")
MAX_REPLICAS = 40  # the internal port blocks below hold this many each
LOOPBACK = "127.0.0.1"


class Unavailable(RuntimeError):
    """Something the scaled setup needs is missing or unreachable (one clear line)."""


@dataclass(frozen=True)
class Layout:
    """The scaled setup's settings: the stores, how many replicas, and the ports.

    One public port (nginx, for the chat and the web app); everything else listens on 127.0.0.1
    only, on ports counted from `base_port`: +0 nginx's upstream of the action servers, +1 the web
    app, +10... the Rasa replicas, +50... the action servers. The defaults (8000, 5100...) stay
    clear of `make run`'s (5005, 5055, 8080), so both can run at once.
    """

    database_url: str = DEFAULT_DATABASE_URL
    redis_url: str = DEFAULT_REDIS_URL
    rasa_replicas: int = 2
    action_replicas: int = 2
    port: int = 8000
    base_port: int = 5100

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Layout:
        env = settings._Reader(os.environ if environ is None else environ)
        d = cls()
        layout = cls(
            database_url=env.text("DATABASE_URL", "").strip() or d.database_url,
            redis_url=env.text("REDIS_URL", "").strip() or d.redis_url,
            rasa_replicas=env.number("RASA_REPLICAS", d.rasa_replicas, minimum=1),
            action_replicas=env.number("ACTION_REPLICAS", d.action_replicas, minimum=1),
            port=env.number("SCALED_PORT", d.port, minimum=1),
            base_port=env.number("SCALED_BASE_PORT", d.base_port, minimum=1),
        )
        if not layout.database_url.startswith(("postgresql://", "postgresql+psycopg2://")):
            raise SettingsError(
                "the scaled setup keeps its conversations in PostgreSQL: DATABASE_URL must be a postgresql://... URL, "
                f"not {printable_database_url(layout.database_url)}"
            )
        redis_parts(layout.redis_url)  # refused now if it cannot be read
        for name, count in (("RASA_REPLICAS", layout.rasa_replicas), ("ACTION_REPLICAS", layout.action_replicas)):
            if count > MAX_REPLICAS:
                raise SettingsError(f"{name} must be {MAX_REPLICAS} or fewer, not {count}")
        if layout.action_ports[-1] > 65535:
            raise SettingsError(f"SCALED_BASE_PORT must leave room for the internal ports, not {layout.base_port}")
        if layout.port in layout.internal_ports:
            raise SettingsError(f"SCALED_PORT {layout.port} is one of the internal ports counted from SCALED_BASE_PORT")
        return layout

    @property
    def actions_port(self) -> int:
        """nginx's upstream of the action servers: the action endpoint every Rasa replica calls."""
        return self.base_port

    @property
    def web_port(self) -> int:
        return self.base_port + 1

    @property
    def rasa_ports(self) -> list[int]:
        return [self.base_port + 10 + i for i in range(self.rasa_replicas)]

    @property
    def action_ports(self) -> list[int]:
        return [self.base_port + 50 + i for i in range(self.action_replicas)]

    @property
    def internal_ports(self) -> list[int]:
        return [self.actions_port, self.web_port, *self.rasa_ports, *self.action_ports]


def redis_parts(url: str) -> dict[str, str]:
    """REDIS_URL (redis://[:password@]host[:port][/db]) as the variables the endpoints file reads."""
    parts = urlsplit(url)
    try:
        port = parts.port or 6379
    except ValueError:
        port = -1
    db = parts.path.strip("/") or "0"
    if parts.scheme != "redis" or not parts.hostname or port < 1 or not db.isdigit():
        raise SettingsError(f"REDIS_URL must look like redis://127.0.0.1:6379/0, not {printable_redis_url(url)!r}")
    return {
        "REDIS_HOST": parts.hostname,
        "REDIS_PORT": str(port),
        "REDIS_DB": db,
        "REDIS_PASSWORD": unquote(parts.password or ""),
    }


def printable_redis_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return parts._replace(netloc=f"{parts.username or ''}:***@{parts.netloc.rpartition('@')[2]}").geturl()


def environment(layout: Layout) -> dict[str, str]:
    """The child processes' environment: `make run`'s, pointed at the shared stores and nginx."""
    env = launcher.environment()
    public = env.get("PUBLIC_BASE_URL") or f"http://localhost:{layout.port}"
    ours = f"http://localhost:{layout.port} http://{LOOPBACK}:{layout.port}"
    env.update(
        DATABASE_URL=layout.database_url,
        ACTIONS_PORT=str(layout.actions_port),  # deploy/endpoints.scaled.yml: the action servers via nginx
        WEB_PORT=str(layout.web_port),
        # Where browsers reach the chat: nginx (the demo page's widget uses the page's host on it).
        RASA_PORT=str(layout.port),
        PUBLIC_BASE_URL=public,
        CORS_ORIGINS=f"{env.get('CORS_ORIGINS', '')} {ours}".strip(),
        # The replicas see nginx as every client: nginx sets X-Forwarded-For to the client's address
        # (overwritten, never appended), so the per-address rate limit counts the real client.
        TRUST_PROXY="1",
        SANIC_HOST=LOOPBACK,  # the action servers listen on loopback only (nginx reaches them)
        **redis_parts(layout.redis_url),
    )
    return env


def services(layout: Layout, env: Mapping[str, str], nginx_conf: Path) -> list[Service]:
    cors = settings.Settings.from_env(env).cors_origins
    return [
        *(
            Service(f"scaled action server {i}", launcher.action_server_command(port), f"http://{LOOPBACK}:{port}/health")
            for i, port in enumerate(layout.action_ports, 1)
        ),
        *(
            Service(
                f"scaled Rasa server {i}",
                launcher.rasa_server_command(port, cors, endpoints=ENDPOINTS, interface=LOOPBACK),
                f"http://{LOOPBACK}:{port}/",
            )
            for i, port in enumerate(layout.rasa_ports, 1)
        ),
        Service("scaled web app", launcher.web_app_command(), f"http://{LOOPBACK}:{layout.web_port}/healthz"),
        # nginx in the foreground, so the launcher watches and stops it like the others; its
        # health is the web app answering through it.
        Service(
            "scaled nginx",
            [str(NGINX), "-p", str(nginx_conf.parent), "-c", str(nginx_conf), "-e", "stderr", "-g", "daemon off;"],
            f"http://{LOOPBACK}:{layout.port}/healthz",
        ),
    ]


def _proxy_headers(*extra: str) -> str:
    # nginx inherits proxy_set_header only into a block that sets none, so each location has all.
    return "\n".join(
        f"            proxy_set_header {header};"
        for header in (
            "Host $http_host",
            # Overwrite, never append: the replicas trust the first address (TRUST_PROXY), so a
            # client must not be able to put one of its own choosing there.
            "X-Forwarded-For $remote_addr",
            "X-Forwarded-Proto $scheme",
            *extra,
        )
    )


def nginx_config(layout: Layout, folder: Path) -> str:
    """nginx's whole configuration: every path in `folder` (under DATA_DIR), none under /etc or /var."""
    rasa = "\n".join(f"        server {LOOPBACK}:{port}{FAILED_FOR};" for port in layout.rasa_ports)
    actions = "\n".join(f"        server {LOOPBACK}:{port}{FAILED_FOR};" for port in layout.action_ports)
    temp = "\n".join(f"    {kind}_temp_path {folder / (kind + '_temp')};" for kind in TEMP_KINDS)
    user = f"user {' '.join(_worker_user())};\n" if os.geteuid() == 0 else ""
    return f"""# Generated by `python -m bot run-scaled` (bot/scaled.py) at every start: change that, not this.
{user}worker_processes auto;
pid {folder / "nginx.pid"};
# Errors and the access log go to the launcher, which keeps them in DATA_DIR/scaled-nginx.log,
# rotated at midnight and deleted after RETENTION_DAYS like every other log.
error_log stderr warn;

events {{
    worker_connections 1024;
}}

http {{
    # Nothing is written to disk but the logs: request bodies stay in memory (none is bigger than
    # the limit), and responses are passed on as they come instead of spilling into temporary
    # files (a transcript or a CSV export never lands in one). The temporary folders must still
    # be named, or nginx would want its own under /var/lib.
    client_max_body_size 64k;  # a chat message is at most MAX_MESSAGE_CHARS; the staff forms are small
    client_body_buffer_size 64k;
    proxy_max_temp_file_size 0;
{temp}

    # Which replica took each request ($upstream_addr). No message text is in it: REST messages
    # travel in the body, socket.io ones inside the connection.
    log_format scaled '$remote_addr [$time_local] "$request" $status $body_bytes_sent upstream=$upstream_addr $request_time';
    access_log /dev/stdout scaled;
    server_tokens off;
    proxy_http_version 1.1;

    # socket.io: Engine.IO keeps a connection's session in the memory of the replica that opened
    # it, and a browser's connection is several requests (long-polling first, then the upgrade to
    # a websocket), so every request of one client must reach the same replica. Open-source nginx
    # can pin a client only by what each request carries: its address. `hash $remote_addr
    # consistent` rather than `ip_hash`: ip_hash uses only the first three parts of an IPv4 address
    # (a whole /24, say a mobile network's NAT pool, lands on one replica), while this hashes the
    # whole address, and the consistent (ketama) ring moves only a removed or added replica's share
    # of the clients instead of reshuffling them all.
    upstream rasa_socketio {{
        hash $remote_addr consistent;
        zone rasa_socketio 64k;
{rasa}
    }}

    # REST: each request is one whole turn that any replica can take (the tracker is in
    # PostgreSQL; the Redis lock store makes a conversation's turns wait for each other across
    # replicas), so each goes to the least busy replica.
    #
    # A replica that is down: a request that cannot reach it (connection refused: nothing was
    # sent) goes on to another (`proxy_next_upstream error timeout`, nginx's default, in the
    # locations below), and after one such failure the replica is left out for {FAIL_TIMEOUT}
    # (`max_fails=1 fail_timeout=...` on each server), then offered one request again; the
    # workers share what they learn (`zone`), so one failure leaves it out for all. A POST
    # that reached a replica which then died is never sent to another (nginx retries a request
    # that is not idempotent only with `non_idempotent`, left off): the turn may have been taken
    # and saved, so the client gets 502 and the person sends it again (docs/scaling.md, "Faults").
    upstream rasa_rest {{
        least_conn;
        zone rasa_rest 64k;
{rasa}
        keepalive 32;
    }}

    # The action servers, as the REST replicas above. With every one of them down, nginx answers
    # the Rasa servers 502 at once ("no live upstreams") until a server's fail_timeout has passed
    # and it answers again; the Rasa servers then reply by themselves (bot/rasa/mends.py).
    upstream actions {{
        least_conn;
        zone actions 64k;
{actions}
        keepalive 32;
        # Close an idle connection before the action server does (rasa_sdk's Sanic closes idle
        # ones after 5 s; nginx's default here is 60 s): otherwise a call can go out on a
        # connection just as it is closed, and nginx rightly does not send a POST again.
        keepalive_timeout 4s;
    }}

    upstream web {{
        server {LOOPBACK}:{layout.web_port};
        keepalive 8;
    }}

    map $http_upgrade $connection_upgrade {{
        default upgrade;
        ''      close;
    }}

    # The one public port: the chat channels and the web app (demo page, widget, staff app,
    # privacy notice) on one origin. Rasa's own pages (/, /version) stay internal.
    server {{
        listen {layout.port};

        location /socket.io/ {{
            proxy_pass http://rasa_socketio;
{_proxy_headers("Upgrade $http_upgrade", "Connection $connection_upgrade")}
            proxy_read_timeout 120s;  # an open websocket is quiet between Engine.IO's pings (25 s)
        }}

        location /webhooks/rest/ {{
            proxy_pass http://rasa_rest;
            proxy_next_upstream error timeout;  # only what never reached a replica, for a POST
{_proxy_headers('Connection ""')}
            proxy_read_timeout 300s;  # one turn, however busy the replicas are
        }}

        location / {{
            proxy_pass http://web;
{_proxy_headers('Connection ""')}
        }}
    }}

    # The action servers, for the Rasa replicas (loopback only).
    server {{
        listen {LOOPBACK}:{layout.actions_port};

        location / {{
            proxy_pass http://actions;
            proxy_next_upstream error timeout;  # as for REST: an action call is never run twice by nginx
{_proxy_headers('Connection ""')}
            proxy_read_timeout 300s;
        }}
    }}
}}
"""


TEMP_KINDS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
FAIL_TIMEOUT = "10s"
FAILED_FOR = f" max_fails=1 fail_timeout={FAIL_TIMEOUT}"  # each replica: one failure leaves it out this long


def _worker_user() -> tuple[str, str]:
    """Run as root, nginx's workers drop to `nobody` (and its group, `nogroup` on Debian)."""
    nobody = pwd.getpwnam("nobody")
    return nobody.pw_name, grp.getgrgid(nobody.pw_gid).gr_name


def write_nginx_config(layout: Layout, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "nginx.conf"
    conf.write_text(nginx_config(layout, folder), encoding="utf-8")
    return conf


def check_ports(layout: Layout) -> None:
    for port, host in [(layout.port, ""), *((p, LOOPBACK) for p in layout.internal_ports)]:
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((host, port))
            except OSError:
                what = "SCALED_PORT" if port == layout.port else "an internal port counted from SCALED_BASE_PORT"
                raise Unavailable(f"port {port} ({what}) is already in use; is the scaled setup already running?") from None


def check_redis(url: str) -> None:
    import redis  # type: ignore[import-untyped]  # (Rasa's dependency; no type information)

    parts = redis_parts(url)
    client = redis.Redis(
        host=parts["REDIS_HOST"],
        port=int(parts["REDIS_PORT"]),
        db=int(parts["REDIS_DB"]),
        password=parts["REDIS_PASSWORD"] or None,
        socket_connect_timeout=5,
        socket_timeout=5,
    )
    try:
        client.ping()
    except redis.RedisError as exc:
        reason = str(exc).rstrip(".")
        raise Unavailable(f"Redis at {printable_redis_url(url)} is unreachable ({reason}); start it or set REDIS_URL") from None
    finally:
        client.close()


def ensure_database(url: str) -> bool:
    """Create the PostgreSQL database if it does not exist yet (True when it was created)."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    def engine(target: sa.engine.URL) -> sa.engine.Engine:
        return sa.create_engine(target, future=True, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})

    def unreachable(exc: Exception) -> Unavailable:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        return Unavailable(f"PostgreSQL at {printable_database_url(url)} is unreachable ({reason}); start it or set DATABASE_URL")

    wanted = make_url(url)
    first = engine(wanted)
    try:
        with first.connect():
            return False
    except sa.exc.OperationalError as exc:
        if "does not exist" not in str(exc):
            raise unreachable(exc) from None
    finally:
        first.dispose()
    admin = engine(wanted.set(database="postgres"))
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE DATABASE {admin.dialect.identifier_preparer.quote(wanted.database or '')}"))
        return True
    except sa.exc.ProgrammingError as exc:  # made meanwhile by someone else: as good
        if "already exists" in str(exc):
            return False
        raise unreachable(exc) from None
    except sa.exc.OperationalError as exc:
        raise unreachable(exc) from None
    finally:
        admin.dispose()


def fit_models() -> bool:
    """The answer retriever and the crisis classifier fitted once (`python -m bot knowledge fit`,
    seconds when `make` has already fitted them), so the replicas only load them, instead of each
    fitting the same models at once when the knowledge has changed."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", "knowledge", "fit"], cwd=settings.PROJECT_DIR, capture_output=True, text=True
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"Cannot start: the answer and crisis models could not be fitted ({last}).", file=sys.stderr)
        return False
    print("Answer retriever and crisis classifier ready.", flush=True)
    return True


def prepare(layout: Layout) -> None:
    """Everything checked and made ready before any server starts, each failure one clear line."""
    if not NGINX.exists():
        raise Unavailable(f"nginx is not installed ({NGINX}): `make run-scaled` installs Debian's package")
    check_ports(layout)
    check_redis(layout.redis_url)
    if ensure_database(layout.database_url):
        print(f"Created the database {printable_database_url(layout.database_url)}.", flush=True)


def run() -> int:
    launcher.stop_on_signals()
    began = time.monotonic()
    print("Starting the assistant scaled out (this takes about a minute)...", flush=True)
    try:
        layout = Layout.from_env()
        env = environment(layout)
        folder = settings.current().data_dir / "nginx"
        wanted = services(layout, env, folder / "nginx.conf")
        prepare(layout)
    except SettingsError as exc:
        print(f"Cannot start: {exc}. See docs/scaling.md.", file=sys.stderr)
        return 2
    except Unavailable as exc:
        print(f"Cannot start: {exc}.", file=sys.stderr)
        return 1
    # This process's own work (the LIO directory below, the retention purge, the outbox) uses the
    # same database as the servers.
    os.environ["DATABASE_URL"] = layout.database_url
    if not launcher.migrate(layout.database_url):
        return 1
    # The LIO directory loaded once here, before the action servers would each load it at their
    # first handoff, all at once, into the same tables.
    from bot.places.lios import sync_directory

    print(f"LIO directory: {sync_directory()} LIOs.", flush=True)
    if not fit_models():
        return 1
    write_nginx_config(layout, folder)
    try:
        procs = launcher.start(wanted, env=env)
    except KeyboardInterrupt:
        print("\nStopped during start-up; nothing is left running.", flush=True)
        return 0
    except RuntimeError as exc:  # a server died or never answered: the others are stopped already
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 1
    public, internal = f"http://localhost:{layout.port}", f"http://{LOOPBACK}"
    return launcher.serve(
        procs,
        began,
        restarter=launcher.Restarter(wanted, env),
        where=[
            f"Chat (REST):        POST {public}/webhooks/rest/webhook",
            f"Chat (socket.io):   {public}/socket.io",
            f"Action server:      {internal}:{layout.actions_port}/health",
            f"Demo LIO page with the chat widget: {public}/",
            f"Staff review app:   {public}/staff/",
            f"Privacy notice:     {public}/privacy",
            f"Database:           {printable_database_url(layout.database_url)}",
            f"Lock store:         Redis {printable_redis_url(layout.redis_url)}",
            f"Behind nginx:       {layout.rasa_replicas} Rasa replicas (socket.io sticky by client address, REST to the least busy): "
            + ", ".join(f"{internal}:{p}/" for p in layout.rasa_ports),
            f"                    {layout.action_replicas} action servers: "
            + ", ".join(f"{internal}:{p}/health" for p in layout.action_ports),
            f"                    the web app: {internal}:{layout.web_port}/healthz",
            f"Logs:               {settings.current().data_dir}/scaled-*.log (nginx's names the replica of each request)",
        ],
    )
