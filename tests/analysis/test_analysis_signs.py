"""Weak signs of risk (`signs:` in safeguarding.yaml): no one sign flags an answer, two
different signs do. Each case is written for the test."""

from pathlib import Path

import pytest

from analysis import analyse
from analysis.resources import DataFileError
from analysis.safeguarding import SIGNS_REASON, find_disclosure, load_rules
from analysis.text import segment


def result(text: str) -> tuple[bool, str | None]:
    found = analyse(text, group="young_person", language="en")
    return found.safeguarding, found.safeguarding_reason


@pytest.mark.parametrize(
    "text",
    [
        # secrecy with adult contact
        "a lad off xbox buys me robux and says its our secret",
        # night-time with secrecy
        "my brother gets into my bed at night and says i am not allowed to tell",
        # adult contact with being alone
        "this bloke from the chippy gives her vapes and waits till nobody is home",
        # a plea with the person who harmed coming near
        "please do something, my uncle who hurt me is moving back in",
        # changes in a child with a plea
        "she has stopped sleeping and keeps wetting the bed, can someone ring me urgently",
        # exploitation: money, carrying, debt
        "older boys pay him to carry packages round the estate and now he owes them",
        # self-harm hidden in drawing
        "i scratch into my arms under my jumper, with a pin from art",
    ],
)
def test_two_different_signs_flag_an_answer(text: str) -> None:
    flagged, reason = result(text)
    assert flagged, text
    assert reason


@pytest.mark.parametrize(
    "text",
    [
        # one sign alone is not enough
        "we had the meeting at night because of my shifts",
        "please ring me about the next appointment",
        "he has started wetting the bed since the move",
        # the same sign said twice is still one sign
        "the ward was noisy at night and the lights were bright at night",
        # one sign that the words of another overlap ("lying awake") counts once
        "i lie awake worrying what the village would say",
        # signs dated to the past
        "when we were first referred he stayed over at his dads, that was years ago",
    ],
)
def test_one_sign_does_not_flag_an_answer(text: str) -> None:
    flagged, reason = result(text)
    assert not flagged, reason


def test_the_reason_names_the_signs() -> None:
    _, reason = result("a man i met on a game sends me gift cards")
    assert reason is not None
    assert reason.startswith(SIGNS_REASON)
    assert "gift cards" in reason


def test_a_council_can_set_its_own_signs(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(
        "rules: [{reason: risk, phrases: [hits me]}]\n"
        "signs: {secrecy: [our secret], night: [at night]}\n",
        encoding="utf-8",
    )
    rules = load_rules(path)
    assert find_disclosure(segment("he comes round at night, its our secret"), rules)
    assert find_disclosure(segment("he comes round at night"), rules) is None


@pytest.mark.parametrize(
    ("yaml_text", "problem"),
    [
        ("rules: [{reason: r, phrases: [a]}]\nsigns: [a]", "signs must be a mapping"),
        ("rules: [{reason: r, phrases: [a]}]\nsigns: {night: []}", "no phrases"),
        ("rules: [{reason: r, phrases: [a]}]\nsigns: {night: ['a (']}", "signs 'night'"),
    ],
)
def test_bad_signs_are_rejected(tmp_path: Path, yaml_text: str, problem: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(DataFileError, match=problem):
        load_rules(path)


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes that fresh answers showed were flagged
        "the worker came round every week and it kept me going",
        "they asked a lot about self harm and suicide, which was fine",
        "the domestic abuse worker and the youth worker never spoke",
        "i threatened to complain to my mp about the wait",
        "she gets scared of the dark so we leave the landing light on",
        "i am not worried about anyone hurting her now",
        "if someone tried to groom me now i would know the signs",
        "this whole process is killing me",
        "the old house wasnt safe but we have moved",
    ],
)
def test_look_alikes_are_not_flagged(text: str) -> None:
    flagged, reason = result(text)
    assert not flagged, reason
