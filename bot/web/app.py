"""The assistant's web app: privacy notice, the demo LIO page with the chat widget, the staff app.

Served by waitress (a production WSGI server in pure Python) on WEB_PORT. Each part is a Flask
blueprint in its own package: `bot.web.widget` (demo page and widget assets), `bot.web.staff` (the LIO
staff review app).
"""

from __future__ import annotations

import os
import secrets

from flask import Flask, Response, render_template

from bot import settings
from bot.settings import Settings


def secret_key(config: Settings) -> str:
    """SECRET_KEY from the settings, else one generated once and kept in the data directory."""
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


def create_app(config: Settings | None = None) -> Flask:
    """The web app for `config` (this process's settings from the environment by default)."""
    from bot.web.staff import bp as staff_bp
    from bot.web.widget import bp as widget_bp

    config = config or settings.current()
    app = Flask(__name__)
    app.config.update(
        ASSISTANT_SETTINGS=config,
        SECRET_KEY=secret_key(config),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.secure_cookies,
    )
    app.register_blueprint(widget_bp)
    app.register_blueprint(staff_bp, url_prefix="/staff")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/privacy")
    def privacy() -> str:
        return render_template("privacy.html", retention_days=config.retention_days)

    @app.after_request
    def security_headers(resp: Response) -> Response:
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        return resp

    return app


def main() -> None:
    from waitress import serve

    config = settings.current()
    serve(create_app(config), host="0.0.0.0", port=config.web_port, threads=8)


if __name__ == "__main__":
    main()
