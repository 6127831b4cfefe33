"""Responses as the respondent builds them: started, answered page by page, submitted once."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select, update

from feedback.extensions import db
from feedback.models import Answer, Response, SurveyVersion, utcnow
from surveys import Survey
from surveys.model import AnswerValue


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def survey_version(survey: Survey) -> SurveyVersion:
    """The stored row for this exact wording, made the first time it is used."""
    found = db.session.scalar(
        select(SurveyVersion).filter_by(survey_id=survey.id, digest=survey.digest)
    )
    if found is None:
        found = SurveyVersion(survey_id=survey.id, version=survey.version, digest=survey.digest)
        db.session.add(found)
        db.session.flush()
    return found


def start(survey: Survey, language: str) -> tuple[Response, str]:
    """A new response and the token that the respondent's browser session keeps for it."""
    response = Response(
        survey_version=survey_version(survey), group=survey.group, language=language
    )
    db.session.add(response)
    return response, new_session(response)


def new_session(response: Response) -> str:
    """Link the response to a new browser session; any earlier session loses it."""
    token = secrets.token_urlsafe(32)
    response.session_digest = digest(token)
    db.session.commit()
    return token


def end_session(token: str) -> None:
    """Unlink a browser session from its response on the server (quick exit)."""
    db.session.execute(
        update(Response).where(Response.session_digest == digest(token)).values(session_digest=None)
    )
    db.session.commit()


def find(survey: Survey, token: str | None) -> Response | None:
    if not token:
        return None
    response = db.session.scalar(select(Response).filter_by(session_digest=digest(token)))
    if response is None or response.survey_id != survey.id:
        return None
    return response


def answers_of(response: Response) -> dict[str, AnswerValue]:
    return {
        answer.question_id: tuple(answer.value) if isinstance(answer.value, list) else answer.value
        for answer in response.answers
    }


def save_answer(response: Response, question_id: str, value: AnswerValue | None) -> None:
    """Store one page's answer at once, so that nothing given is lost; None means skipped."""
    existing = next((a for a in response.answers if a.question_id == question_id), None)
    if value in (None, "", ()):
        if existing is not None:
            response.answers.remove(existing)
    elif existing is None:
        response.answers.append(Answer(question_id=question_id, value=_storable(value)))
    else:
        existing.value = _storable(value)
    db.session.commit()


def submit(response: Response, survey: Survey) -> bool:
    """Mark the response submitted; False when it already was (a double tap or a second tab).

    Answers to questions that a later change took off the route are dropped,
    so that what is stored is what the person saw on the check page.
    """
    if response.status == "in_progress":
        on_route = survey.shown_answers(answers_of(response))
        for answer in [a for a in response.answers if a.question_id not in on_route]:
            response.answers.remove(answer)
    result = db.session.execute(
        update(Response)
        .where(Response.id == response.id, Response.status == "in_progress")
        .values(status="submitted", submitted_at=utcnow())
    )
    db.session.commit()
    return bool(getattr(result, "rowcount", 0))


def _storable(value: AnswerValue) -> str | list[str]:
    return list(value) if isinstance(value, tuple) else value
