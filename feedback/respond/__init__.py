"""The public respondent journey: start, one question a page, check, submit, done."""

from flask import Blueprint

bp = Blueprint("respond", __name__)

# Importing the route modules registers their views on the blueprint.
from feedback.respond import (  # noqa: E402, F401
    invitation_link,
    quick_exit,
    save_and_return,
    views,
)
