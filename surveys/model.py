"""The questionnaire model: frozen dataclasses and the skip logic between questions.

Plain Python with no web framework, so the respond journey, imports, exports
and reports all read the same definition.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeAlias

AnswerValue: TypeAlias = str | tuple[str, ...]
Answers: TypeAlias = Mapping[str, AnswerValue]

SCALE_VALUES: tuple[str, ...] = (
    "very_positive",
    "positive",
    "neutral",
    "negative",
    "very_negative",
    "dont_know",
)

GROUPS: tuple[str, ...] = ("young_person", "parent_carer")


class QuestionType(StrEnum):
    SCALE = "scale"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    TEXT = "text"
    INFO = "info"


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Condition:
    """Show a question only when an earlier answer is (or is not) one of some values.

    A skipped earlier question counts as "not one of the values".
    """

    question: str
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()

    def holds(self, answers: Answers) -> bool:
        given = answers.get(self.question)
        chosen = set(given) if isinstance(given, tuple) else {given} if given else set()
        if self.any_of:
            return bool(chosen & set(self.any_of))
        return not chosen & set(self.none_of)


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    title: str
    hint: str = ""
    options: tuple[Option, ...] = ()
    max_length: int = 0
    show_if: Condition | None = None

    @property
    def is_answerable(self) -> bool:
        return self.type is not QuestionType.INFO

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)

    def label_for(self, value: str) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        return value

    def is_shown(self, answers: Answers) -> bool:
        return self.show_if is None or self.show_if.holds(answers)


@dataclass(frozen=True)
class Section:
    """A block of plain words on the start page: a heading and its paragraphs."""

    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Survey:
    id: str
    version: str
    group: str
    title: str
    scale_style: str
    start: tuple[Section, ...]
    questions: tuple[Question, ...]
    privacy: tuple[Section, ...] = ()
    digest: str = field(default="", compare=False)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def answerable(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.is_answerable)

    def route(self, answers: Answers) -> tuple[Question, ...]:
        """The pages this person sees, in order, given what they have answered so far."""
        return tuple(q for q in self.questions if q.is_shown(answers))

    def next_after(self, question_id: str, answers: Answers) -> Question | None:
        """The next page this person sees after `question_id`, even if that one is now hidden."""
        ids = [q.id for q in self.questions]
        later = self.questions[ids.index(question_id) + 1 :] if question_id in ids else ()
        return next((q for q in later if q.is_shown(answers)), None)

    def previous_before(self, question_id: str, answers: Answers) -> Question | None:
        ids = [q.id for q in self.questions]
        earlier = self.questions[: ids.index(question_id)] if question_id in ids else ()
        return next((q for q in reversed(earlier) if q.is_shown(answers)), None)

    def shown_answers(self, answers: Answers) -> dict[str, AnswerValue]:
        """Answers to the questions still on this person's route, in question order."""
        return {q.id: answers[q.id] for q in self.route(answers) if q.id in answers}
