"""Opening an invitation link: the one response it allows, in this browser."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, redirect, render_template, url_for
from flask_babel import get_locale
from werkzeug import Response as HttpResponse

from feedback import invitations, rate_limit
from feedback.respond import bp, journey
from feedback.surveys_registry import all_surveys

GUESSING_WINDOW = timedelta(minutes=15)


@bp.get("/i/<token>")
def invitation(token: str) -> HttpResponse | tuple[str, int]:
    limit = current_app.config["RESUME_ATTEMPTS_PER_15_MINUTES"]
    if rate_limit.is_limited("invitation", limit, GUESSING_WINDOW):
        return render_template("respond/too_many_tries.html"), 429
    found = invitations.usable(token)
    if found is None:
        # Unknown, used and expired links all get the same calm page and status.
        rate_limit.record_failure("invitation", GUESSING_WINDOW)
        return render_template("respond/link_not_working.html"), 404
    survey = all_surveys()[found.survey_id]
    _, session_token = invitations.open_response(found, survey, language=str(get_locale()))
    journey.remember(survey, session_token)
    return redirect(url_for(".start", survey_id=survey.id))
