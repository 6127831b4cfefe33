"""Disclosures of current risk: every free-text answer is read by the analysis engine at submission.

A flagged answer goes to the safeguarding leads' queue at once.
"""

from __future__ import annotations

from sqlalchemy import select

from analysis import analyse
from feedback.extensions import db
from feedback.models import Response, SafeguardingFlag, utcnow
from surveys import QuestionType, Survey


def flag_disclosures(response: Response, survey: Survey) -> int:
    flagged = 0
    for answer in response.answers:
        question = survey.question(answer.question_id)
        if question is None or question.type is not QuestionType.TEXT:
            continue
        result = analyse(answer.value, group=response.group, language=response.language)
        if result.safeguarding:
            reason = (result.safeguarding_reason or "possible current risk")[:256]
            db.session.add(
                SafeguardingFlag(response_id=response.id, question_id=question.id, reason=reason)
            )
            flagged += 1
    db.session.commit()
    return flagged


def open_flags() -> list[SafeguardingFlag]:
    return list(
        db.session.scalars(
            select(SafeguardingFlag)
            .where(SafeguardingFlag.reviewed_at.is_(None))
            .order_by(SafeguardingFlag.created_at)
        )
    )


def mark_reviewed(flag: SafeguardingFlag, by_id: int) -> None:
    flag.reviewed_by_id = by_id
    flag.reviewed_at = utcnow()
    db.session.commit()
