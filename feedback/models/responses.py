"""Questionnaire versions, responses, their answers and resume codes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.clock import utcnow


class SurveyVersion(db.Model):  # type: ignore[name-defined]
    """One exact wording of a questionnaire, so each answer can be read against the words asked."""

    __tablename__ = "survey_version"
    __table_args__ = (UniqueConstraint("survey_id", "digest"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str] = mapped_column(String(32))
    first_used_at: Mapped[datetime] = mapped_column(default=utcnow)


class Response(db.Model):  # type: ignore[name-defined]
    __tablename__ = "response"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_version_id: Mapped[int] = mapped_column(ForeignKey("survey_version.id"), index=True)
    group: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(16), default="self")
    language: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16), default="in_progress", index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]
    # Hash of the respondent's browser-session token; the token itself is never stored.
    session_digest: Mapped[str | None] = mapped_column(String(64), unique=True)
    referral_date: Mapped[date | None]
    panel_date: Mapped[date | None]
    # Assisted interviews: the consultant who helped, and who else was there.
    assisted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    others_present: Mapped[str | None] = mapped_column(String(200))

    survey_version: Mapped[SurveyVersion] = relationship(lazy="joined")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", order_by="Answer.id"
    )

    @property
    def survey_id(self) -> str:
        return self.survey_version.survey_id


class Answer(db.Model):  # type: ignore[name-defined]
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    # A string for one choice or text, a list for several choices.
    value: Mapped[Any] = mapped_column(JSON)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    response: Mapped[Response] = relationship(back_populates="answers")


class ResumeCode(db.Model):  # type: ignore[name-defined]
    """A short code to carry on later, kept only as a keyed hash, one per response."""

    __tablename__ = "resume_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), unique=True
    )
    code_digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]

    response: Mapped[Response] = relationship()


class Attempt(db.Model):  # type: ignore[name-defined]
    """A failed try at something guessable (a resume code), counted to slow down guessing.

    `source` is a keyed hash of the address it came from, never the address itself.
    """

    __tablename__ = "attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
