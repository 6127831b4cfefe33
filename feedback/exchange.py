"""Responses in and out of the database in the exchange format of DESIGN.md."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from sqlalchemy import select

from feedback import responses
from feedback.extensions import db
from feedback.models import Answer, Response, SurveyVersion
from surveys import Survey
from surveys.exchange import ResponseRecord

FIXED_COLUMNS = (
    "survey",
    "group",
    "mode",
    "language",
    "submitted_at",
    "referral_date",
    "panel_date",
)
# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def submitted_records(survey_id: str | None = None) -> Iterator[ResponseRecord]:
    query = (
        select(Response)
        .join(Response.survey_version)
        .where(Response.status == "submitted")
        .order_by(Response.submitted_at, Response.id)
    )
    if survey_id:
        query = query.where(SurveyVersion.survey_id == survey_id)
    for response in db.session.scalars(query).unique():
        yield to_record(response)


def to_record(response: Response) -> ResponseRecord:
    if response.submitted_at is None:
        raise ValueError("only submitted responses are exchanged")
    case = {
        key: day
        for key, day in (
            ("referral_date", response.referral_date),
            ("panel_date", response.panel_date),
        )
        if day is not None
    }
    return ResponseRecord(
        survey=response.survey_id,
        group=response.group,
        mode=response.mode,
        language=response.language,
        submitted_at=response.submitted_at,
        answers=responses.answers_of(response),
        case=case,
    )


def store_records(records: Iterable[ResponseRecord], catalogue: dict[str, Survey]) -> int:
    """Store every record in one transaction: all of them or, on any failure, none."""
    count = 0
    try:
        for record in records:
            db.session.add(_response_from(record, catalogue[record.survey]))
            count += 1
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return count


def new_records(records: list[ResponseRecord]) -> list[ResponseRecord]:
    """The records not already stored: importing the same file twice, or a file that
    overlaps an earlier one, must not count a family's answers twice. A response is the
    same when every field of the exchange format is the same, the submission time to
    the second included."""
    stored = {_fingerprint(record) for record in submitted_records()}
    return [record for record in records if _fingerprint(record) not in stored]


def _fingerprint(record: ResponseRecord) -> str:
    return json.dumps(record.to_json_dict(), sort_keys=True, ensure_ascii=False)


def _response_from(record: ResponseRecord, survey: Survey) -> Response:
    return Response(
        survey_version=responses.survey_version(survey),
        group=record.group,
        mode=record.mode,
        language=record.language,
        status="submitted",
        started_at=record.submitted_at,
        submitted_at=record.submitted_at,
        referral_date=record.case.get("referral_date"),
        panel_date=record.case.get("panel_date"),
        answers=[
            Answer(question_id=key, value=list(value) if isinstance(value, tuple) else value)
            for key, value in record.answers.items()
        ],
    )


def csv_text(records: Iterable[ResponseRecord], catalogue: dict[str, Survey]) -> str:
    """One row per response, a column per question id across the questionnaires."""
    question_ids = list(
        dict.fromkeys(q.id for survey in catalogue.values() for q in survey.answerable)
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*FIXED_COLUMNS, *question_ids])
    for record in records:
        flat = record.to_json_dict()
        case = flat.get("case", {})
        answers = flat["answers"]
        row = [*(flat.get(c, case.get(c, "")) for c in FIXED_COLUMNS)]
        row += [_cell(answers.get(qid, "")) for qid in question_ids]
        writer.writerow(row)
    return out.getvalue()


def _cell(value: str | list[str]) -> str:
    text = "; ".join(value) if isinstance(value, list) else value
    return "'" + text if text.startswith(FORMULA_STARTS) else text
