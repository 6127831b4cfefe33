"""Disclosures of current risk are flagged with a reason; talk about the past is not."""

import pytest

from analysis import analyse


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("im not ok. i keep thinking about ending it", "self-harm or suicidal thoughts"),
        ("i scratch my arms when it gets bad", "self-harm or suicidal thoughts"),
        ("nobody would care if i was gone", "self-harm or suicidal thoughts"),
        ("She's stopped eating and wants to disappear.", "self-harm or suicidal thoughts"),
        ("i want to kill myself", "self-harm or suicidal thoughts"),
        ("my mums partner said hell make me regret it", "harm, abuse or threats happening now"),
        ("someone said they'd jump me on the way home", "harm, abuse or threats happening now"),
        ("my stepdad hits me when he's drunk", "harm, abuse or threats happening now"),
        ("i dont wanna go home tonight, its not safe there", "feeling unsafe now"),
        ("I don't feel we're safe in the house.", "feeling unsafe now"),
        ("he's been messaging her friend, who's 9, asking to meet up", "risk to another child"),
    ],
)
def test_disclosures_are_flagged(text: str, reason: str) -> None:
    result = analyse(text, group="young_person", language="en")
    assert result.safeguarding is True
    assert result.safeguarding_reason is not None
    assert result.safeguarding_reason.startswith(reason)
    assert result.themes == {}
    assert result.sentiment == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "I felt safe with her",
        "its not like anyones threatening me, the questions were just nosy",
        "im not scared of anyone, i was just scared of getting in trouble",
        "she asked about when my dad used to hit my mum, thats over now",
        "Our son hurt his cousin, which is why we're here.",
        "The words 'risk' and 'harm' were all over the report.",
        "in the end it was fine",
        "the worksheets were for little kids",
    ],
)
def test_tricky_non_disclosures_are_not_flagged(text: str) -> None:
    result = analyse(text, group="young_person", language="en")
    assert result.safeguarding is False
    assert result.safeguarding_reason is None


def test_disclosure_in_another_language_answer_is_still_checked() -> None:
    result = analyse("Mi-e frică. i want to kill myself", group="young_person", language="ro")
    assert result.needs_translation is True
    assert result.safeguarding is True
