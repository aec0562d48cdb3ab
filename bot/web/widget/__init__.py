"""The embeddable chat widget and the demo LIO page (Flask blueprint mounted at /).

The widget is two files of our own, `static/chat-widget.js` and `static/chat-widget.css`, served at
/widget/static/. An LIO website embeds it with one script tag (see docs/widget.md); the script then
loads its stylesheet and the socket.io client from this same web app, never from a CDN. The
socket.io client is the npm package installed by `make run` (`npm ci`) into node_modules.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import Blueprint, Response, abort, render_template, request, send_from_directory

from bot import settings
from bot.web import app_settings

bp = Blueprint("widget", __name__, template_folder="templates", static_folder="static", static_url_path="/widget/static")

SOCKET_IO_DIST = settings.PROJECT_DIR / "node_modules" / "socket.io-client" / "dist"
VENDOR_FILES = {"socket.io.min.js", "socket.io.min.js.map"}
_HOSTNAME = re.compile(r"^[A-Za-z0-9.-]{1,253}$|^\[[0-9A-Fa-f:.]{2,45}\]$")


def rasa_url() -> str:
    """Where browsers open the chat: PUBLIC_RASA_URL, else this page's host name on RASA_PORT."""
    if app_settings().public_rasa_url:
        return app_settings().public_rasa_url
    hostname = urlsplit(f"//{request.host}").hostname or "localhost"
    host = f"[{hostname}]" if ":" in hostname else hostname
    if not _HOSTNAME.match(host):
        host = "localhost"
    return f"{request.scheme}://{host}:{app_settings().rasa_port}"


@bp.get("/")
def index() -> str:
    """A demo LIO home page (fictional "Voluntary Action Demo") with the chat embedded."""
    return render_template(
        "index.html",
        widget={
            "src": request.host_url.rstrip("/") + "/widget/static/chat-widget.js",
            "server": rasa_url(),
            "lio": app_settings().demo_lio_id,
            "title": app_settings().demo_title,
            "colour": app_settings().demo_colour,
        },
    )


@bp.get("/widget/vendor/<name>")
def vendor(name: str) -> Response:
    """The socket.io browser client from the npm package (the widget loads it from here)."""
    if name not in VENDOR_FILES:
        abort(404)
    if not (SOCKET_IO_DIST / name).exists():
        abort(404, description="The socket.io client is not installed: run `make run` (it runs npm ci).")
    return send_from_directory(SOCKET_IO_DIST, name, max_age=24 * 3600)
