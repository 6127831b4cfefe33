"""Sample responses for `feedback serve --demo`, generated here, never read from elsewhere."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from surveys import QuestionType, Survey
from surveys.exchange import ResponseRecord

# Answers that read like what families write, with no real person in them.
FREE_TEXT = {
    "young_person": [
        "My worker was kind and always listened to me",
        "it took ages before anyone came",
        "They used pictures so I could understand",
        "I didn't know what the meeting was for",
        "less waiting",
        "the sessions helped me with my feelings",
        "nothing",
        "I liked that we could go for a walk and talk",
    ],
    "parent_carer": [
        "The worker built a real relationship with our son.",
        "We waited nearly four months to hear from the panel, which felt far too long.",
        "Nobody explained what the panel decided or why.",
        "The parent sessions helped me understand and cope.",
        "Clearer letters, and one person to call.",
        "School and social care did not seem to talk to each other.",
        "Kept informed at every step. Thank you.",
        "An interpreter at the first meeting would have helped my husband.",
    ],
}


def records(
    catalogue: dict[str, Survey], count: int = 24, seed: int = 2021
) -> Iterator[ResponseRecord]:
    # Repeatable sample data, not secrets: a seeded generator is what is wanted here.
    chance = random.Random(seed)  # noqa: S311
    surveys = sorted(catalogue.values(), key=lambda s: s.id)
    for number in range(count):
        survey = surveys[number % len(surveys)]
        referral = date(2025, 9, 1) + timedelta(days=chance.randint(0, 200))
        panel = referral + timedelta(days=chance.randint(14, 180))
        yield ResponseRecord(
            survey=survey.id,
            group=survey.group,
            mode=chance.choice(["self", "self", "assisted"]),
            language="en",
            submitted_at=datetime.combine(
                panel + timedelta(days=chance.randint(60, 120)), datetime.min.time()
            )
            + timedelta(hours=chance.randint(9, 19)),
            answers=_answers(survey, chance),
            case={"referral_date": referral, "panel_date": panel},
        )


def _answers(survey: Survey, chance: random.Random) -> dict[str, str | tuple[str, ...]]:
    answers: dict[str, str | tuple[str, ...]] = {}
    for question in survey.questions:
        if not question.is_shown(answers) or chance.random() < 0.1:
            continue
        if question.type is QuestionType.TEXT:
            if chance.random() < 0.7:
                answers[question.id] = chance.choice(FREE_TEXT[survey.group])
        elif question.type is QuestionType.MULTI_CHOICE:
            answers[question.id] = tuple(chance.sample(question.values, k=chance.randint(1, 2)))
        elif question.options:
            # Lean towards the favourable end, as real feedback does.
            weights = [len(question.values) - i for i in range(len(question.values))]
            answers[question.id] = chance.choices(question.values, weights=weights)[0]
    return answers
