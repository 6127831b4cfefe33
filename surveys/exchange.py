"""The response exchange format of DESIGN.md: one JSON object per line.

Checks a record against the questionnaires and turns it into a typed
`ResponseRecord`, and back. Used by import, export and the demo data alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from surveys.model import GROUPS, AnswerValue, Question, QuestionType, Survey

MODES = ("self", "assisted")
RECORD_KEYS = {"survey", "group", "mode", "language", "submitted_at", "case", "answers"}
CASE_KEYS = ("referral_date", "panel_date")


class RecordError(ValueError):
    """A record that does not fit the exchange format; the message says why."""


@dataclass(frozen=True)
class ResponseRecord:
    survey: str
    group: str
    mode: str
    language: str
    submitted_at: datetime
    answers: Mapping[str, AnswerValue]
    case: Mapping[str, date] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "survey": self.survey,
            "group": self.group,
            "mode": self.mode,
            "language": self.language,
            "submitted_at": self.submitted_at.isoformat(timespec="seconds"),
        }
        if self.case:
            record["case"] = {key: day.isoformat() for key, day in self.case.items()}
        record["answers"] = {
            key: list(value) if isinstance(value, tuple) else value
            for key, value in self.answers.items()
        }
        return record


@dataclass(frozen=True)
class LineError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def parse_record(data: Any, catalogue: Mapping[str, Survey]) -> ResponseRecord:
    if not isinstance(data, dict):
        raise RecordError("a response must be a JSON object")
    unknown = sorted(set(data) - RECORD_KEYS)
    if unknown:
        raise RecordError(f"unknown field {', '.join(unknown)}")
    survey = catalogue.get(data.get("survey"))  # type: ignore[arg-type]
    if survey is None:
        raise RecordError(f"unknown survey {data.get('survey')!r}")
    group = _one_of(data, "group", GROUPS)
    if group != survey.group:
        raise RecordError(f"group {group!r} does not match survey {survey.id!r}")
    language = data.get("language", "en")
    if not isinstance(language, str) or not 2 <= len(language) <= 8:
        raise RecordError("language must be a language code such as 'en'")
    return ResponseRecord(
        survey=survey.id,
        group=group,
        mode=_one_of(data, "mode", MODES),
        language=language,
        submitted_at=_datetime(data.get("submitted_at")),
        answers=_answers(data.get("answers"), survey),
        case=_case(data.get("case")),
    )


def read_records(
    lines: Iterable[str], catalogue: Mapping[str, Survey]
) -> tuple[list[ResponseRecord], list[LineError]]:
    """Every record in a JSON-lines text, and every line that could not be read."""
    records: list[ResponseRecord] = []
    errors: list[LineError] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(parse_record(json.loads(line), catalogue))
        except json.JSONDecodeError as error:
            errors.append(LineError(number, f"not valid JSON ({error.msg})"))
        except RecordError as error:
            errors.append(LineError(number, str(error)))
    return records, errors


def write_records(records: Iterable[ResponseRecord]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record.to_json_dict(), ensure_ascii=False) + "\n"


def check_answer(question: Question, value: Any) -> AnswerValue:
    """The answer as stored, or a RecordError saying why it cannot be."""
    if question.type is QuestionType.TEXT:
        if not isinstance(value, str):
            raise RecordError(f"answers.{question.id} must be text")
        if len(value) > question.max_length:
            raise RecordError(f"answers.{question.id} is longer than {question.max_length}")
        return value
    if question.type is QuestionType.MULTI_CHOICE:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RecordError(f"answers.{question.id} must be a list of options")
        for item in value:
            _check_option(question, item)
        return tuple(value)
    _check_option(question, value)
    return str(value)


def _check_option(question: Question, value: Any) -> None:
    if value not in question.values:
        allowed = ", ".join(question.values)
        raise RecordError(f"answers.{question.id}: {value!r} is not one of {allowed}")


def _answers(data: Any, survey: Survey) -> dict[str, AnswerValue]:
    if not isinstance(data, dict):
        raise RecordError("answers must be a JSON object")
    answers: dict[str, AnswerValue] = {}
    for key, value in data.items():
        question = survey.question(key)
        if question is None or not question.is_answerable:
            raise RecordError(f"answers.{key} is not a question of {survey.id!r}")
        answers[key] = check_answer(question, value)
    return answers


def _one_of(data: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    value = data.get(key)
    if value not in allowed:
        raise RecordError(f"{key} must be one of {', '.join(allowed)}, not {value!r}")
    return str(value)


def _datetime(value: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise RecordError(f"submitted_at {value!r} is not a date and time") from None
    if moment.tzinfo is not None:  # stored as naive UTC, like every time in the database
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _case(data: Any) -> dict[str, date]:
    if data is None:
        return {}
    if not isinstance(data, dict) or set(data) - set(CASE_KEYS):
        raise RecordError(f"case may hold only {', '.join(CASE_KEYS)}")
    try:
        return {key: date.fromisoformat(str(data[key])) for key in CASE_KEYS if key in data}
    except ValueError:
        raise RecordError("case dates must be written as YYYY-MM-DD") from None
