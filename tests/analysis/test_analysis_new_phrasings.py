"""Themes and sentiment on phrasings written for these tests (not from the corpora), so
that the codebook's phrases are checked as general rules."""

import pytest

from analysis import analyse


@pytest.mark.parametrize(
    ("text", "themes", "sentiment"),
    [
        (
            "didnt have a clue what the panel even was",
            {"panel_understanding": "negative"},
            "negative",
        ),
        (
            "the panel thing was explained well by my worker",
            {"panel_understanding": "positive", "communication_and_information": "positive"},
            "positive",
        ),
        (
            "We never found out what the panel decided about our son.",
            {"panel_understanding": "negative", "communication_and_information": "negative"},
            "negative",
        ),
        (
            "waited like 5 months for anything to happen",
            {"waiting_and_delay": "negative"},
            "negative",
        ),
        (
            "It all moved really fast once school got involved.",
            {"waiting_and_delay": "positive"},
            "positive",
        ),
        ("we were on a waiting list for ages", {"waiting_and_delay": "negative"}, "negative"),
        (
            "The referral sat with the duty team for weeks before anyone picked it up.",
            {"waiting_and_delay": "negative"},
            "negative",
        ),
        (
            "the sessions proper helped me sort my head out",
            {"intervention_helped": "positive"},
            "positive",
        ),
        (
            "Honestly nothing has changed at home since the work ended.",
            {"intervention_helped": "negative"},
            "negative",
        ),
        ("the work made no difference to him", {"intervention_helped": "negative"}, "negative"),
        (
            "He's a different boy now, much more settled.",
            {"intervention_helped": "positive"},
            "positive",
        ),
        (
            "my worker was sound, always had time for me",
            {"worker_relationship": "positive"},
            "positive",
        ),
        ("we had 4 social workers in a year", {"worker_relationship": "negative"}, "negative"),
        (
            "The worker never turned up when she said she would.",
            {"worker_relationship": "negative"},
            "negative",
        ),
        ("i trusted her", {"worker_relationship": "positive"}, "positive"),
        ("no one asked me what i wanted", {"being_listened_to": "negative"}, "negative"),
        (
            "They actually listened to what we had to say as parents.",
            {"being_listened_to": "positive"},
            "positive",
        ),
        ("felt like my opinion didnt matter", {"being_listened_to": "negative"}, "negative"),
        (
            "They ignored everything I said at the meeting.",
            {"being_listened_to": "negative"},
            "negative",
        ),
        (
            "we were never told what was going on",
            {"communication_and_information": "negative"},
            "negative",
        ),
        (
            "The letters were clear and easy to read.",
            {"communication_and_information": "positive"},
            "positive",
        ),
        (
            "Nobody rang us back for weeks.",
            {"communication_and_information": "negative"},
            "negative",
        ),
        (
            "they kept me updated the whole way through",
            {"communication_and_information": "positive"},
            "positive",
        ),
        (
            "As his mum I got nothing, no support at all.",
            {"support_for_family": "negative"},
            "negative",
        ),
        (
            "The parenting group was a lifeline for me.",
            {"support_for_family": "positive"},
            "positive",
        ),
        ("they helped my mum too which was nice", {"support_for_family": "positive"}, "positive"),
        (
            "His brothers got no help even though it affected them badly.",
            {"support_for_family": "negative"},
            "negative",
        ),
        (
            "The school and the social worker were always on the same page.",
            {"joined_up_working": "positive"},
            "positive",
        ),
        (
            "i had to tell my story like 5 times to different people",
            {"joined_up_working": "negative"},
            "negative",
        ),
        (
            "CAMHS and the HSB team never spoke to each other.",
            {"joined_up_working": "negative"},
            "negative",
        ),
        ("i felt like everyone was judging me", {"feelings_and_stigma": "negative"}, "negative"),
        (
            "I was so embarrassed going into that meeting.",
            {"feelings_and_stigma": "negative"},
            "negative",
        ),
        (
            "they never made me feel like a bad person",
            {"feelings_and_stigma": "positive"},
            "positive",
        ),
        (
            "i was worried people at school would find out",
            {"feelings_and_stigma": "negative"},
            "negative",
        ),
        (
            "They didn't think about his ADHD at all.",
            {"needs_and_adjustments": "negative"},
            "negative",
        ),
        (
            "my worker explained things simply because of my dyslexia",
            {"needs_and_adjustments": "positive", "communication_and_information": "positive"},
            "positive",
        ),
        (
            "We asked for an interpreter and never got one.",
            {"needs_and_adjustments": "negative"},
            "negative",
        ),
        (
            "they did the sessions at home because he struggles with new places",
            {"needs_and_adjustments": "positive"},
            "positive",
        ),
        (
            "the worker was nice but it took forever to start",
            {"worker_relationship": "positive", "waiting_and_delay": "negative"},
            "mixed",
        ),
        ("no comment", {}, "neutral"),
        ("dont know really", {}, "neutral"),
        ("n/a", {}, "neutral"),
        ("it was alright i guess", {}, "positive"),
        ("everything was fine", {}, "positive"),
        ("The meetings were at 9am on a Monday, which clashed with work.", {}, "negative"),
        ("i hated the first meeting but the rest were ok", {}, "mixed"),
    ],
)
def test_new_phrasings(text: str, themes: dict[str, str], sentiment: str) -> None:
    result = analyse(text, group="young_person", language="en")
    assert result.themes == themes
    assert result.sentiment == sentiment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an answer word, then a new statement
        ("Nothing perfect", "positive"),
        ("No everything was good", "positive"),
        ("Nothing staff brilliant", "positive"),
        ("No one listened", "negative"),
        ("Nothing helped", "negative"),
        # praise phrased with a negation
        ("I can't find anything that could be improved", "positive"),
        ("I honestly do not think that it could be improved.", "positive"),
        ("i wouldnt change anything", "positive"),
        ("couldn't have done more for us", "positive"),
        ("Nothing was too much trouble", "positive"),
        ("I was really well looked after", "positive"),
        ("keep doing what you are doing", "positive"),
        # suggestions are something found wanting
        ("Food could be a bit better", "negative"),
        ("The building could do with redecorating", "negative"),
        ("Answer the buzzer at night", "negative"),
        ("My only complaint is the noise", "negative"),
        ("Staff should listen more", "negative"),
        ("A phone call first would be a good idea", "negative"),
        # everyday feedback words
        ("Everything is marvellous", "positive"),
        ("very polite and knowledgeable", "positive"),
        ("the ward was chaotic and disorganised", "negative"),
        ("it was alright i guess", "positive"),
        ("not bad", "positive"),
        ("The meetings clashed with work", "negative"),
        # stock answers stay neutral (codebook: "nothing to add")
        ("none", "neutral"),
        ("no nothing", "neutral"),
        ("Ring me on 0115 496 0321 after 5pm.", "neutral"),
    ],
)
def test_general_sentiment_rules(text: str, expected: str) -> None:
    assert analyse(text, group="parent_carer", language="en").sentiment == expected
