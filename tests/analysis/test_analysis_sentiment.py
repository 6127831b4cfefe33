"""Overall sentiment rules: negation, contrast, sarcasm and idiom."""

import pytest

from analysis import analyse
from analysis.lexicon import misspelt_judgement


def sentiment(text: str) -> str:
    return analyse(text, group="young_person", language="en").sentiment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negation
        ("the sessions were not helpful", "negative"),
        ("it wasn't bad at all", "positive"),
        ("i wasnt nervous with her", "positive"),
        ("never felt judged", "positive"),
        # contrast
        ("lovely but it took ages", "mixed"),
        ("Staff were kind but the whole process felt disjointed.", "mixed"),
        ("she was chill to talk to but the wait before was long", "mixed"),
        # sarcasm
        ("oh brilliant, only took five months", "negative"),
        ("great, only took a year to hear anything", "negative"),
        ("thanks for nothing", "negative"),
        # idiom
        ("took ages", "negative"),
        ("spot on", "positive"),
        ("couldn't fault them", "positive"),
        ("lowkey helped tbh", "positive"),
        ("we were left in the dark", "negative"),
        ("the whole thing was a nightmare", "negative"),
        ("10/10 would recommend", "positive"),
        # no judgement
        ("no further comments", "neutral"),
        ("No thanks", "neutral"),
        ("dunno", "neutral"),
        ("Our case was open for 3 years in total.", "neutral"),
    ],
)
def test_overall_sentiment(text: str, expected: str) -> None:
    assert sentiment(text) == expected


@pytest.mark.parametrize(
    ("better", "worse"),
    [
        ("the worker was great", "the worker was rude"),
        ("couldn't fault them", "it took ages"),
        ("spot on", "a nightmare"),
    ],
)
def test_score_orders_answers(better: str, worse: str) -> None:
    high = analyse(better, group="parent_carer", language="en").score
    low = analyse(worse, group="parent_carer", language="en").score
    assert -1.0 <= low < 0 < high <= 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the sessions were helpfull", "positive"),
        ("she was amazin", "positive"),
        ("exellent service", "positive"),
        ("my worker was realy freindly", "positive"),
        ("the letters were usless", "negative"),
        ("it was terible", "negative"),
        ("a dissapointing wait", "negative"),
        ("it was gud", "positive"),
        # a misspelling that could be a word judging either way judges nothing
        ("appalling", "negative"),
        ("the waiting room was painted", "neutral"),
    ],
)
def test_misspelt_judgements_are_read(text: str, expected: str) -> None:
    assert sentiment(text) == expected


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("helpfull", "helpful"),
        ("horible", "horrible"),
        ("lovley", "lovely"),
        ("appaling", None),  # appalling or appealing
        ("painted", None),  # an everyday word is never a misspelling
        ("cousin", None),
    ],
)
def test_misspelling_is_one_letter_from_a_judging_word(word: str, meant: str | None) -> None:
    assert misspelt_judgement(word) == meant
