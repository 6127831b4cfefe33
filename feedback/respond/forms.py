"""Forms built from the questionnaire model: one small field builder per question type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_wtf import FlaskForm
from wtforms import Field, StringField, TextAreaField
from wtforms.validators import InputRequired, ValidationError

from feedback.i18n import number
from feedback.respond import messages
from surveys import Question, QuestionType
from surveys.model import AnswerValue


class ActionForm(FlaskForm):
    """A form with no fields, for buttons that change something (start, submit)."""


class ResumeForm(FlaskForm):
    code = StringField(validators=[InputRequired(message=messages.ENTER_CODE)])


class ChoiceField(Field):
    """One option, or nothing for a skipped question; a value not offered is an error."""

    def __init__(self, allowed: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.allowed = allowed
        self.data: Any = None

    def process_formdata(self, valuelist: list[str]) -> None:
        self.data = valuelist[0] if valuelist else None

    def pre_validate(self, form: FlaskForm) -> None:
        if self.data and self.data not in self.allowed:
            raise ValidationError(str(messages.NOT_AN_OPTION))


class MultiChoiceField(ChoiceField):
    def process_formdata(self, valuelist: list[str]) -> None:
        self.data = tuple(dict.fromkeys(v for v in valuelist if v))

    def process_data(self, value: Any) -> None:
        self.data = tuple(value or ())

    def pre_validate(self, form: FlaskForm) -> None:
        if any(value not in self.allowed for value in self.data):
            raise ValidationError(str(messages.NOT_AN_OPTION))


def max_length(limit: int) -> Callable[[FlaskForm, Field], None]:
    def check(form: FlaskForm, field: Field) -> None:
        length = len(field.data or "")
        if length > limit:
            counts = {"max": number(limit), "length": number(length)}
            raise ValidationError(str(messages.TOO_LONG % counts))

    return check


def _choice(question: Question) -> Field:
    return ChoiceField(question.values)


def _multi_choice(question: Question) -> Field:
    return MultiChoiceField(question.values)


def unix_newlines(value: str | None) -> str | None:
    # Browsers send a new line as two characters; count and keep it as one.
    return value.replace("\r\n", "\n") if value else value


def _text(question: Question) -> Field:
    # Otherwise kept exactly as typed, so the person's own words stand.
    return TextAreaField(filters=[unix_newlines], validators=[max_length(question.max_length)])


FIELD_BUILDERS: dict[QuestionType, Callable[[Question], Field]] = {
    QuestionType.SCALE: _choice,
    QuestionType.CHOICE: _choice,
    QuestionType.MULTI_CHOICE: _multi_choice,
    QuestionType.TEXT: _text,
}


def question_form(question: Question, answer: AnswerValue | None) -> FlaskForm:
    """A form for one question page, filled with the saved answer on GET."""
    fields = {}
    if question.is_answerable:
        fields[question.id] = FIELD_BUILDERS[question.type](question)
    form_class = type("QuestionForm", (FlaskForm,), fields)
    return form_class(data={question.id: answer} if answer is not None else None)


def submitted_answer(form: FlaskForm, question: Question) -> AnswerValue | None:
    if not question.is_answerable:
        return None
    value = form[question.id].data
    if isinstance(value, str) and not value.strip():
        return None
    return value or None
