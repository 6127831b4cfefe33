"""Which response belongs to this browser: a token per questionnaire in the signed session."""

from __future__ import annotations

from flask import session
from flask_babel import get_locale

from feedback import responses
from feedback.models import Response
from surveys import Survey

SESSION_KEY = "journeys"


def current(survey: Survey) -> Response | None:
    return responses.find(survey, session.get(SESSION_KEY, {}).get(survey.id))


def current_in_progress(survey: Survey) -> Response | None:
    response = current(survey)
    return response if response is not None and response.status == "in_progress" else None


def remember(survey: Survey, token: str) -> None:
    """This browser carries on the response that `token` belongs to."""
    session[SESSION_KEY] = {**session.get(SESSION_KEY, {}), survey.id: token}


def resume(survey: Survey, response: Response) -> None:
    """Carry on in this browser with a response found by its resume code."""
    remember(survey, responses.new_session(response))


def leave() -> None:
    """Quick exit: forget every response on the server as well as in the browser."""
    for token in session.get(SESSION_KEY, {}).values():
        responses.end_session(token)
    session.clear()


def keep_language(response: Response) -> None:
    """Record the language of the page just answered: someone who switches finishes in it."""
    response.language = str(get_locale())


def begin(survey: Survey) -> Response:
    """Carry on with this browser's unfinished response, or start a new one."""
    response = current_in_progress(survey)
    if response is None:
        response, token = responses.start(survey, language=str(get_locale()))
        remember(survey, token)
    return response
