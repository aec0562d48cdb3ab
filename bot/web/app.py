"""The assistant's web app: privacy notice, the demo LIO page with the chat widget, the staff app.

Served by waitress (a production WSGI server in pure Python) on WEB_PORT. Each part is a Flask
blueprint in its own package: `bot.web.widget` (demo page and widget assets), `bot.web.staff` (the LIO
staff review app).
"""

from __future__ import annotations

from flask import Flask, Response, render_template

from bot import settings
from bot.settings import Settings, secret_key

__all__ = ["create_app", "main", "secret_key"]


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
