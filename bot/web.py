"""The assistant's web app: the privacy notice now; the demo page and the staff app build on it.

Served by waitress (a production WSGI server in pure Python) on WEB_PORT.
"""
from __future__ import annotations

from flask import Flask, render_template

from bot import settings


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/privacy")
    def privacy() -> str:
        return render_template("privacy.html", retention_days=settings.RETENTION_DAYS)

    @app.get("/")
    def index() -> str:
        return render_template("index.html", rasa_port=settings.RASA_PORT)

    @app.after_request
    def security_headers(resp):  # type: ignore[no-untyped-def]
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        return resp

    return app


def main() -> None:
    from waitress import serve

    serve(create_app(), host="0.0.0.0", port=settings.WEB_PORT, threads=8)


if __name__ == "__main__":
    main()
