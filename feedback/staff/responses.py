"""Analysts: submitted responses without case references, free text only after redaction."""

from __future__ import annotations

from flask import Response as HttpResponse
from flask import abort, render_template
from sqlalchemy import select

from analysis import redact
from feedback import audit, exchange
from feedback.extensions import db
from feedback.models import Response
from feedback.staff import bp
from feedback.staff.access import requires
from feedback.surveys_registry import all_surveys
from surveys import QuestionType, Survey
from surveys.exchange import ResponseRecord


def analyst_view(record: ResponseRecord) -> ResponseRecord:
    """The record an analyst may see: no case dates or references, free text redacted."""
    survey = all_surveys()[record.survey]
    answers = {
        key: redact(value) if _is_text(survey, key) and isinstance(value, str) else value
        for key, value in record.answers.items()
    }
    return ResponseRecord(
        survey=record.survey,
        group=record.group,
        mode=record.mode,
        language=record.language,
        submitted_at=record.submitted_at,
        answers=answers,
    )


def _is_text(survey: Survey, question_id: str) -> bool:
    question = survey.question(question_id)
    return question is not None and question.type is QuestionType.TEXT


@bp.get("/responses")
@requires("analyst")
def response_list() -> str:
    submitted = (
        db.session.scalars(
            select(Response)
            .where(Response.status == "submitted")
            .order_by(Response.submitted_at.desc())
        )
        .unique()
        .all()
    )
    return render_template("staff/responses.html", responses=submitted, surveys=all_surveys())


@bp.get("/responses/<int:response_id>")
@requires("analyst")
def response_detail(response_id: int) -> str:
    response = db.session.get(Response, response_id)
    if response is None or response.status != "submitted":
        abort(404)
    audit.record("response_viewed", "response", response.id)
    record = analyst_view(exchange.to_record(response))
    return render_template(
        "staff/response.html", response=response, record=record, survey=all_surveys()[record.survey]
    )


@bp.get("/responses/export.csv")
@requires("analyst")
def response_export() -> HttpResponse:
    records = [analyst_view(r) for r in exchange.submitted_records()]
    audit.record("responses_exported", "response", f"{len(records)} responses")
    return HttpResponse(
        exchange.csv_text(records, all_surveys()),
        mimetype="text/csv",
        headers={
            "Content-Disposition": "attachment; filename=responses.csv",
            "Cache-Control": "no-store",
        },
    )
