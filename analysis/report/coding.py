"""Every free-text answer run through the analysis engine, tied to who gave it."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analysis.engine import Analysis, analyse
from surveys.exchange import ResponseRecord
from surveys.model import QuestionType, Survey


@dataclass(frozen=True)
class CodedAnswer:
    id: str  # stable across runs and sources, so an analyst can approve it as a quote
    respondent: int  # position of the response in the report's records
    group: str
    question: str
    analysis: Analysis


def code_answers(
    records: Sequence[ResponseRecord], catalogue: Mapping[str, Survey]
) -> list[CodedAnswer]:
    coded = []
    for index, record in enumerate(records):
        for question, text in text_answers(record, catalogue[record.survey]):
            result = analyse(text, group=record.group, language=record.language)
            coded.append(
                CodedAnswer(answer_id(record, question), index, record.group, question, result)
            )
    return coded


def text_answers(record: ResponseRecord, survey: Survey) -> list[tuple[str, str]]:
    answers = []
    for key, value in record.answers.items():
        question = survey.question(key)
        is_text = question is not None and question.type is QuestionType.TEXT
        if is_text and isinstance(value, str) and value.strip():
            answers.append((key, value))
    return answers


def answer_id(record: ResponseRecord, question: str) -> str:
    """'q-' and ten hex digits from the questionnaire, the time submitted and the question."""
    key = f"{record.survey}|{record.submitted_at.isoformat()}|{question}"
    return "q-" + hashlib.sha256(key.encode()).hexdigest()[:10]
