"""The public respondent journey: start, one question a page, check, submit, done."""

from flask import Blueprint

bp = Blueprint("respond", __name__)

from feedback.respond import views  # noqa: E402, F401  (views register on the blueprint)
