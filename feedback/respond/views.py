"""Routes of the respondent journey: read the request, call the model, store, render."""

from __future__ import annotations

from flask import abort, current_app, redirect, render_template, request, url_for
from werkzeug import Response as HttpResponse

from feedback import assisted, responses, safeguarding
from feedback.extensions import csrf
from feedback.respond import bp, journey, messages
from feedback.respond.forms import ActionForm, question_form, submitted_answer
from feedback.respond.save_and_return import show_code
from feedback.surveys_registry import all_surveys, survey_or_404
from surveys import Question, Survey
from surveys.model import Answers


@bp.get("/")
def home() -> str:
    return render_template("respond/home.html", surveys=all_surveys().values())


@bp.get("/s/<survey_id>")
def start(survey_id: str) -> str:
    survey = survey_or_404(survey_id)
    in_progress = journey.current_in_progress(survey) is not None
    return render_template(
        "respond/start.html",
        survey=survey,
        form=ActionForm(),
        in_progress=in_progress,
        may_start=in_progress or current_app.config["OPEN_LINKS"],
    )


@bp.post("/s/<survey_id>")
def begin(survey_id: str) -> HttpResponse:
    survey = survey_or_404(survey_id)
    if not current_app.config["OPEN_LINKS"] and journey.current_in_progress(survey) is None:
        return redirect(url_for(".start", survey_id=survey.id))
    if ActionForm().validate_on_submit():
        journey.begin(survey)
        return redirect(url_for(".carry_on", survey_id=survey.id))
    return redirect(url_for(".start", survey_id=survey.id))


@bp.get("/s/<survey_id>/carry-on")
def carry_on(survey_id: str) -> HttpResponse:
    """Straight to the first question not yet answered (after starting, or a resume code)."""
    survey = survey_or_404(survey_id)
    response = journey.current_in_progress(survey)
    if response is None:
        return _after_the_end(survey)
    return redirect(_first_open_page(survey, responses.answers_of(response)))


# CSRF for this page is checked by its own form, so that an expired page
# re-shows the answer typed instead of losing it on an error page.
@csrf.exempt
@bp.route("/s/<survey_id>/q/<question_id>", methods=["GET", "POST"])
def question(survey_id: str, question_id: str) -> HttpResponse | tuple[str, int] | str:
    survey = survey_or_404(survey_id)
    page = survey.question(question_id)
    if page is None:
        abort(404)
    response = journey.current_in_progress(survey)
    if response is None:
        return _after_the_end(survey)
    answers = responses.answers_of(response)
    if not page.is_shown(answers):
        return redirect(_page_after(survey, page, answers))
    form = question_form(page, answers.get(page.id))
    if form.validate_on_submit():
        journey.keep_language(response)
        responses.save_answer(response, page.id, submitted_answer(form, page))
        if request.form.get("then") == "save":
            return show_code(survey, response)
        return redirect(_after_saving(survey, page, answers, responses.answers_of(response)))
    if form.errors.pop("csrf_token", None):
        form.form_errors.append(str(messages.PAGE_EXPIRED))
    status = 400 if form.errors or form.form_errors else 200
    return render_template(
        "respond/question.html",
        survey=survey,
        question=page,
        form=form,
        changing=_changing(),
        response=response,
        consultant=assisted.assisting(response),
        observations=assisted.observations(response, page.id),
        **_position(survey, page, answers),
    ), status


@bp.get("/s/<survey_id>/check")
def check(survey_id: str) -> HttpResponse | str:
    survey = survey_or_404(survey_id)
    response = journey.current_in_progress(survey)
    if response is None:
        return _after_the_end(survey)
    answers = responses.answers_of(response)
    return render_template(
        "respond/check.html",
        survey=survey,
        route=[q for q in survey.route(answers) if q.is_answerable],
        answers=answers,
        form=ActionForm(),
    )


@bp.post("/s/<survey_id>/check")
def submit(survey_id: str) -> HttpResponse:
    survey = survey_or_404(survey_id)
    response = journey.current(survey)
    if response is None:
        return redirect(url_for(".start", survey_id=survey.id))
    if ActionForm().validate_on_submit():
        if response.status == "in_progress":
            journey.keep_language(response)
        if responses.submit(response, survey):
            safeguarding.flag_disclosures(response, survey)
        return redirect(url_for(".done", survey_id=survey.id))
    return redirect(url_for(".check", survey_id=survey.id))


@bp.get("/s/<survey_id>/done")
def done(survey_id: str) -> HttpResponse | str:
    survey = survey_or_404(survey_id)
    response = journey.current(survey)
    if response is None or response.status != "submitted":
        return redirect(url_for(".start", survey_id=survey.id))
    return render_template("respond/done.html", survey=survey)


@bp.get("/s/<survey_id>/privacy")
def privacy(survey_id: str) -> str:
    return render_template("respond/privacy.html", survey=survey_or_404(survey_id))


def _changing() -> bool:
    return request.args.get("change") == "1"


def _question_url(survey: Survey, page: Question, change: bool = False) -> str:
    flag = "1" if change else None  # url_for leaves out a None argument
    return url_for(".question", survey_id=survey.id, question_id=page.id, change=flag)


def _first_open_page(survey: Survey, answers: Answers) -> str:
    """Where a returning respondent carries on: the first question on their route not answered."""
    route = survey.route(answers)
    if not answers:
        return _question_url(survey, route[0])
    unanswered = [q for q in route if q.is_answerable and q.id not in answers]
    return (
        _question_url(survey, unanswered[0])
        if unanswered
        else url_for(".check", survey_id=survey.id)
    )


def _page_after(survey: Survey, page: Question, answers: Answers) -> str:
    following = survey.next_after(page.id, answers)
    if following is None or _changing():
        return url_for(".check", survey_id=survey.id)
    return _question_url(survey, following)


def _after_saving(survey: Survey, page: Question, before: Answers, after: Answers) -> str:
    """After a change from the check page, ask any question the change newly opened."""
    if not _changing():
        return _page_after(survey, page, after)
    earlier = {q.id for q in survey.route(before)}
    opened = [q for q in survey.route(after) if q.id not in earlier and q.id not in after]
    return (
        _question_url(survey, opened[0], change=True)
        if opened
        else url_for(".check", survey_id=survey.id)
    )


def _position(survey: Survey, page: Question, answers: Answers) -> dict[str, object]:
    route = survey.route(answers)
    previous = survey.previous_before(page.id, answers)
    if _changing():
        back = url_for(".check", survey_id=survey.id)
    elif previous is None:
        back = url_for(".start", survey_id=survey.id)
    else:
        back = _question_url(survey, previous)
    return {
        "number": [q.id for q in route].index(page.id) + 1,
        "total": len(route),
        "back_url": back,
    }


def _after_the_end(survey: Survey) -> HttpResponse:
    response = journey.current(survey)
    if response is not None and response.status == "submitted":
        return redirect(url_for(".done", survey_id=survey.id))
    return redirect(url_for(".start", survey_id=survey.id))
