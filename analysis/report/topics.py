"""The five headline topics and the closed questions behind them.

The table in the scenarios README, as data: for each topic and group, the question
asked, the answers that count as favourable and those that count as an answer at all.
"Don't know", "not sure" and a skipped question are not answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from surveys.exchange import ResponseRecord

YOUNG_PERSON = "young_person"
PARENT_CARER = "parent_carer"
GROUPS = (YOUNG_PERSON, PARENT_CARER)
GROUP_NOUNS = {YOUNG_PERSON: "young people", PARENT_CARER: "parents and carers"}

NOT_ANSWERS = frozenset({"dont_know", "not_sure"})
SCALE_FAVOURABLE = frozenset({"very_positive", "positive"})


@dataclass(frozen=True)
class Question:
    """One group's question for a topic and the answers that are favourable."""

    id: str
    favourable: frozenset[str]


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    favourable: str  # what the favourable answer means, after "most parents and carers"
    unfavourable: str
    questions: Mapping[str, Question]


TOPICS: tuple[Topic, ...] = (
    Topic(
        "overall_experience",
        "Overall experience",
        "said the process had been a positive experience",
        "did not say the process had been a positive experience",
        {PARENT_CARER: Question("overall_experience", SCALE_FAVOURABLE)},
    ),
    Topic(
        "waiting_and_delay",
        "Waiting and delay",
        "did not feel they had waited too long",
        "felt they had waited too long",
        {
            PARENT_CARER: Question("wait_too_long", frozenset({"no"})),
            YOUNG_PERSON: Question("wait_length", frozenset({"no_wait", "a_bit"})),
        },
    ),
    Topic(
        "panel_understanding",
        "Understanding the panel",
        "understood the panel's purpose and outcomes",
        "did not understand the panel's purpose or outcomes",
        {
            PARENT_CARER: Question("panel_purpose", frozenset({"yes"})),
            YOUNG_PERSON: Question("panel_explained", SCALE_FAVOURABLE),
        },
    ),
    Topic(
        "intervention_child",
        "The intervention and the child",
        "felt the intervention had been positive for the child",
        "did not feel the intervention had been positive for the child",
        {
            PARENT_CARER: Question("intervention_child", SCALE_FAVOURABLE),
            YOUNG_PERSON: Question("help_helped", SCALE_FAVOURABLE),
        },
    ),
    Topic(
        "intervention_family",
        "The intervention and the family",
        "felt the intervention had been positive for the family",
        "did not feel the intervention had been positive for the family",
        {
            PARENT_CARER: Question("intervention_family", SCALE_FAVOURABLE),
            YOUNG_PERSON: Question("family_helped", SCALE_FAVOURABLE),
        },
    ),
)
TOPIC_IDS = tuple(topic.id for topic in TOPICS)


def topic(topic_id: str) -> Topic:
    return next(each for each in TOPICS if each.id == topic_id)


@dataclass(frozen=True)
class Tally:
    favourable: int
    answered: int

    @property
    def unfavourable(self) -> int:
        return self.answered - self.favourable


def tally(question: Question, records: Iterable[ResponseRecord]) -> Tally:
    """Favourable answers and definite answers to one question."""
    answers = [record.answers.get(question.id) for record in records]
    given = [a for a in answers if isinstance(a, str) and a and a not in NOT_ANSWERS]
    return Tally(sum(1 for a in given if a in question.favourable), len(given))
