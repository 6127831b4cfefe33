"""Save and come back later: show a resume code, and carry on from one."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, redirect, render_template, request, url_for
from werkzeug import Response as HttpResponse

from feedback import rate_limit, resume
from feedback.models import Response
from feedback.respond import bp, journey, messages
from feedback.respond.forms import ActionForm, ResumeForm
from feedback.surveys_registry import all_surveys, survey_or_404
from surveys import Survey

GUESSING_WINDOW = timedelta(minutes=15)


def show_code(survey: Survey, response: Response) -> str:
    """The page with a new code; shown straight away, never kept in the session."""
    return render_template(
        "respond/saved.html",
        survey=survey,
        code=resume.issue(response),
        days=current_app.config["RESUME_CODE_DAYS"],
    )


@bp.post("/s/<survey_id>/save")
def save_for_later(survey_id: str) -> HttpResponse | str:
    survey = survey_or_404(survey_id)
    response = journey.current_in_progress(survey)
    if response is None or not ActionForm().validate_on_submit():
        return redirect(url_for(".start", survey_id=survey.id))
    return show_code(survey, response)


@bp.route("/resume", methods=["GET", "POST"])
def resume_with_code() -> HttpResponse | tuple[str, int] | str:
    form = ResumeForm()
    limit = current_app.config["RESUME_ATTEMPTS_PER_15_MINUTES"]
    if request.method == "POST" and rate_limit.is_limited("resume", limit, GUESSING_WINDOW):
        return render_template("respond/too_many_tries.html"), 429
    if form.validate_on_submit():
        response = resume.redeem(form.code.data or "")
        if response is not None:
            survey = all_surveys()[response.survey_id]
            journey.resume(survey, response)
            return redirect(url_for(".carry_on", survey_id=survey.id))
        rate_limit.record_failure("resume", GUESSING_WINDOW)
        form.code.errors = [str(messages.CODE_NOT_FOUND)]
    status = 400 if form.errors else 200
    return render_template("respond/resume.html", form=form), status
