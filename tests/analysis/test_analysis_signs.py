"""Weak signs of risk (`signs:` in safeguarding.yaml): to the rules, no one sign flags an
answer and two different signs do. Each case is written for the test."""

from pathlib import Path

import pytest

from analysis import analyse
from analysis.resources import DataFileError
from analysis.safeguarding import SIGNS_REASON, default_rules, find_disclosure, load_rules
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
    # The rules alone: the learned second reader may still send such an answer to a
    # person (a child newly wetting the bed), which test_analysis_reader.py covers.
    assert find_disclosure(segment(text), default_rules()) is None


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


# Half-said disclosures that fresh answers showed were missed, and look-alikes that
# fresh answers showed were flagged. Each case is written for the test.
HALF_SAID = [
    # self-harm and suicidal intent, half-said
    "the group dares you to do things to yourself and i did one",
    "she has been tying a scarf round her neck at night",
    "sometimes i think it would be easier for everyone if i just didnt come home",
    "i know how to make the thoughts stop for good now",
    "i used a blade from a sharpener on my arm again",
    # harm and threats
    "one of the carers pinches me when nobody is watching",
    "they hold my arms down when i get upset",
    "he was drunk and went for my son with a bottle",
    "if i stop doing the runs theyll hurt my mum",
    "he says hell post the pics i already sent if i block him",
    # a risk to another child
    "he keeps trying to get the little girl next door on her own",
    # two signs together
    "a teaching assistant gives me lifts and messages me at 2am",
    "i sleep in my clothes in case i need to get out fast and i dread bedtime",
    "her 20 year old ex keeps turning up outside the school and she goes off with him",
    "the older boys keep pinning me down in the toilets",
    "they hold her down and film it on their phones",
    "do what we say or else",
    "a van keeps stopping and the driver asks me to get in his van",
    "his dad is threatening to snatch him from school",
    "ive got my stuff packed and ready so i can leave the minute i get a chance",
    "something isnt right at his uncles, he comes back quiet",
    "he keeps trying to get the little boy from upstairs to come into the garage",
    "i owe these lads money and a man in a car waits outside my house",
    "whats even the point, i gave my games and my phone to my best friend",
    "the plan says she must not babysit but her nephews are left with her every sunday",
    "i keep getting the urges and i share a room with my little brother",
    "we were told he shouldnt be left with her, but she hides in the bathroom when he is in",
    "ive got pills stashed in my sock drawer just in case",
    "shes been saving up her mums painkillers",
    "she says she has a plan and a date and wont tell me more",
    "i found a bag of tablets hidden behind his wardrobe",
    "there was a note addressed to me in her room that i wasnt meant to find yet",
]

LOOK_ALIKES = [
    # the process, idioms and the worker coming round
    "the worker came round every week and it kept me going",
    "they asked a lot about self harm and suicide, which was fine",
    "the domestic abuse worker and the youth worker never spoke",
    "i threatened to complain to my mp about the wait",
    "she gets scared of the dark so we leave the landing light on",
    "i am not worried about anyone hurting her now",
    "if someone tried to groom me now i would know the signs",
    "this whole process is killing me",
    "the old house wasnt safe but we have moved",
    "if anyone was ever hurting me i would tell my worker",
    "he knows who to talk to if he ever feels unsafe",
    "we made a plan for if i feel like that again",
    "i was frightened of him back then but he has moved away to wales",
    "his dad hurt us and now he is in prison",
    "there were threats when it all first came out",
    "they let my dad stay in the room when i wanted him",
    "there were nasty comments back when the police first got involved",
    "we learned what to do if someone on a game asks for photos",
    "if anybody ever tried to hurt me i know who to tell",
    "what if it happens again, i asked, and they made a plan with us",
    "he said he would run off when he first heard about the panel",
    "the neighbours made threats after the incident but it has settled",
    "if anyone ever did threaten us i would not know who to ring at night",
    "they asked whether we keep any weapons at home, which felt silly",
    "i had dark thoughts back in 2021 but i am fine now",
    "we learned what to do if someone makes you feel unsafe",
    "it took my wife threatening to go to the papers before anyone moved",
    # a parent's fear of the process
    "I was terrified they would take him away from us at the panel",
]


@pytest.mark.parametrize("text", HALF_SAID)
def test_half_said_disclosures_are_flagged(text: str) -> None:
    flagged, _ = result(text)
    assert flagged, text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_flagged(text: str) -> None:
    flagged, reason = result(text)
    assert not flagged, reason
