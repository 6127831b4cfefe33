"""Staff side: sign-in with two factors, invitations, assisted interviews, safeguarding, admin."""

from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/staff")

# Importing the route modules registers their views on the blueprint.
from feedback.staff import (  # noqa: E402, F401
    access,
    admin,
    assisted,
    invitations,
    responses,
    safeguarding,
    sign_in,
)

bp.before_app_request(access.load_staff)
