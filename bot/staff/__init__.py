"""The LIO staff review app (Flask blueprint mounted at /staff)."""
from flask import Blueprint

bp = Blueprint("staff", __name__, template_folder="templates")
