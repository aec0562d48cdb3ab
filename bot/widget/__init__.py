"""The embeddable chat widget and the demo LIO page (Flask blueprint mounted at /)."""
from flask import Blueprint, render_template

bp = Blueprint("widget", __name__, template_folder="templates", static_folder="static", static_url_path="/widget/static")


@bp.get("/")
def index() -> str:
    return render_template("index.html")
