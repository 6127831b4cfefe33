"""Judged signals, verdict sentences and the wordings found missing on fresh labelled
answers written outside the repository. Each case here is written for the test."""

import pytest

from analysis import analyse
from analysis.durations import durations_days


def coded(text: str, group: str = "parent_carer") -> dict[str, str]:
    return analyse(text, group=group, language="en").themes


@pytest.mark.parametrize(
    ("text", "theme", "polarity"),
    [
        # a worker or the help named in words that judge it
        ("our key worker was an absolute gem", "worker_relationship", "positive"),
        ("the youth worker was moody and late every week", "worker_relationship", "negative"),
        ("the group work was a waste of an afternoon", "intervention_helped", "negative"),
        ("honestly the sessions were ace", "intervention_helped", "positive"),
        # the judgement of the words nearest, not of a signal of another theme
        (
            "my worker was dead kind and never made me feel judged",
            "worker_relationship",
            "positive",
        ),
    ],
)
def test_judged_signals_take_the_judgement_around_them(
    text: str, theme: str, polarity: str
) -> None:
    assert coded(text).get(theme) == polarity


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # named but not judged
        ("my social worker came on a Tuesday", "worker_relationship"),
        ("the sessions were after school on Thursdays", "intervention_helped"),
        # the judgement is of something else said with it
        (
            "the risk assessment was thorough and the worker went through it with us",
            "worker_relationship",
        ),
        ("the sessions were after school and it took ages to get them", "intervention_helped"),
    ],
)
def test_judged_signals_alone_code_nothing(text: str, theme: str) -> None:
    assert theme not in coded(text)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Assessment to panel took a couple of weeks. Superb.", "positive"),
        ("The panel sat four months after the referral. Not good enough.", "negative"),
    ],
)
def test_a_short_verdict_judges_the_statement_before_it(text: str, polarity: str) -> None:
    assert coded(text)["waiting_and_delay"] == polarity


def test_a_longer_sentence_after_a_fact_is_not_a_verdict_on_it() -> None:
    themes = coded("The panel sat six weeks after the assessment. Our worker was lovely to us.")
    assert themes["waiting_and_delay"] == "neutral"


@pytest.mark.parametrize(
    ("text", "theme", "polarity"),
    [
        ("had to tell my story to about six different people", "joined_up_working", "negative"),
        ("camhs and school kept each other up to speed", "joined_up_working", "positive"),
        ("the police said one thing and the school said the opposite", "joined_up_working",
         "negative"),
        ("i was told off in front of my whole class about it", "feelings_and_stigma", "negative"),
        ("nobody at school ever found out, they kept it well private", "feelings_and_stigma",
         "positive"),
        ("they let me choose where we met", "being_listened_to", "positive"),
        ("they talked about me like i wasnt even there", "being_listened_to", "negative"),
        ("not once did anyone ring us back", "communication_and_information", "negative"),
        ("they speak too fast with many difficult words", "communication_and_information",
         "negative"),
        ("Nothing at all for his little sister, who was hurt the most.", "support_for_family",
         "negative"),
        ("my brother got to see a counsellor of his own", "support_for_family", "positive"),
        ("the workbooks were way above his reading age", "needs_and_adjustments", "negative"),
        ("they booked a Polish interpreter every time", "needs_and_adjustments", "positive"),
        ("i still dont get what the panel is", "panel_understanding", "negative"),
        ("it has changed the way he thinks about other people", "intervention_helped",
         "positive"),
        ("we were left hanging for months", "waiting_and_delay", "negative"),
        ("it came much sooner than we expected", "waiting_and_delay", "positive"),
    ],
)  # fmt: skip
def test_fresh_wordings_of_each_theme(text: str, theme: str, polarity: str) -> None:
    assert coded(text).get(theme) == polarity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 wks then the panel", [14]),
        ("it was 3mths before anyone rang", [90]),
        ("about a yr in total", [365]),
        ("a month for the panel, then two more months for a worker", [30, 60]),
        ("he is 4 yrs old", []),
    ],
)
def test_durations_as_texted(text: str, expected: list[int]) -> None:
    assert durations_days(text) == expected


@pytest.mark.parametrize(
    ("text", "theme", "polarity"),
    [
        ("the sessions were borin and didnt change nothin", "intervention_helped", "negative"),
        ("i still dont get what the pannel is for", "panel_understanding", "negative"),
        ("the man who came out had a lovely way with our boy", "worker_relationship",
         "positive"),
        ("my worker changed four times in a year", "worker_relationship", "negative"),
        ("left two voicemails last week and heard nothing", "communication_and_information",
         "negative"),
        ("only I got the letters, his dad was never told", "communication_and_information",
         "negative"),
        ("they never gave me a chance to say anything", "being_listened_to", "negative"),
        ("the chair read what I had written and changed their mind", "being_listened_to",
         "positive"),
        ("the report made him sound like a predator", "feelings_and_stigma", "negative"),
        ("school blamed social care and social care blamed camhs", "joined_up_working",
         "negative"),
        ("he is calmer at home since the sessions", "intervention_helped", "positive"),
        ("nobody from the team asked how his brothers were coping", "support_for_family",
         "negative"),
        ("Within 36 hours someone rang us. Excellent.", "waiting_and_delay", "positive"),
        ("took 4 months to get a worker!!! disgraceful", "waiting_and_delay", "negative"),
    ],
)  # fmt: skip
def test_further_fresh_wordings(text: str, theme: str, polarity: str) -> None:
    assert coded(text).get(theme) == polarity


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("He finished the programme in the summer.", "intervention_helped"),
        ("pointless", "intervention_helped"),
        ("can someone please call me back", "communication_and_information"),
    ],
)
def test_mentions_without_judgement_code_nothing(text: str, theme: str) -> None:
    assert theme not in coded(text)


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("Gave it 3/10.", "negative"),
        ("9 out of 10 from me", "positive"),
        ("no idea tbh", "neutral"),
        ("I don't have anything else to add, thank you.", "neutral"),
        ("Most of that time was spent waiting.", "negative"),
        ("the first session was on a Monday", "neutral"),
    ],
)
def test_sentiment_of_ratings_and_plain_statements(text: str, sentiment: str) -> None:
    assert analyse(text, group="parent_carer", language="en").sentiment == sentiment


@pytest.mark.parametrize(
    ("text", "theme", "polarity"),
    [
        ("naebody asked me a thing, they talked aboot him like i wasnae there",
         "being_listened_to", "negative"),
        ("took canny long for owt to happen", "waiting_and_delay", "negative"),
        ("me worker was boss", "worker_relationship", "positive"),
        ("our lad thinks the world of her", "worker_relationship", "positive"),
        ("school and social care worked hand in glove", "joined_up_working", "positive"),
        ("there was nowt for dads", "support_for_family", "negative"),
        ("the videos were meant for adults and went right over his head",
         "needs_and_adjustments", "negative"),
    ],
)  # fmt: skip
def test_regional_speech(text: str, theme: str, polarity: str) -> None:
    assert coded(text).get(theme) == polarity


@pytest.mark.parametrize(
    ("text", "theme", "polarity"),
    [
        ("she rang every Monday just to check in", "communication_and_information",
         "positive"),
        ("we had a named contact who actually answered her phone",
         "communication_and_information", "positive"),
        ("they said someone would call back and no one ever did",
         "communication_and_information", "negative"),
        ("it took four months for the panel to even look at it", "waiting_and_delay",
         "negative"),
        ("waited about five weeks which was fine", "waiting_and_delay", "positive"),
        ("since doing the sessions i can talk to my dad without shouting",
         "intervention_helped", "positive"),
        ("i asked for a new worker and the new one is way better", "worker_relationship",
         "positive"),
        ("I was told grandparents can't attend the panel", "being_listened_to", "negative"),
        ("felt like we were being investigated ourselves", "feelings_and_stigma",
         "negative"),
        ("the school nurse was never invited to the meetings", "joined_up_working",
         "negative"),
        ("the worker explained everything in Urdu for my mother", "needs_and_adjustments",
         "positive"),
    ],
)  # fmt: skip
def test_wordings_from_the_latest_fresh_set(text: str, theme: str, polarity: str) -> None:
    assert coded(text).get(theme) == polarity


def test_a_parents_group_named_takes_the_judgement_around_it() -> None:
    assert (
        coded("The parents' group was in the day and I work, so no use to us.")[
            "support_for_family"
        ]
        == "negative"
    )
    assert coded("The parents' group was a godsend.")["support_for_family"] == "positive"


@pytest.mark.parametrize(
    ("text", "theme", "polarity"),
    [
        ("the difference in her is remarkable", "intervention_helped", "positive"),
        ("he has gone backwards since it finished", "intervention_helped", "negative"),
        ("six sessions barely scratched the surface", "intervention_helped", "negative"),
        ("his file got lost between teams", "joined_up_working", "negative"),
        ("school and the police dealt with it together", "joined_up_working", "positive"),
        ("grandparents were included in the planning", "support_for_family", "positive"),
        ("the parent workshops were really good", "support_for_family", "positive"),
        ("she talked us through who sits on the panel", "panel_understanding", "positive"),
        ("we never got a copy of the panel's decision", "panel_understanding", "negative"),
        ("The panel recommended group work.", "panel_understanding", "neutral"),
        ("it took six months to be seen by anyone", "waiting_and_delay", "negative"),
        ("a letter came with another child's name on it", "communication_and_information",
         "negative"),
    ],
)  # fmt: skip
def test_wordings_from_the_last_rounds(text: str, theme: str, polarity: str) -> None:
    assert coded(text).get(theme) == polarity


@pytest.mark.parametrize(
    ("text", "theme", "polarity"),
    [
        ("it felt like the workers were on our side", "worker_relationship", "positive"),
        ("i stopped getting into fights since the sessions", "intervention_helped", "positive"),
        ("the materials were aimed at primary kids and he is 15", "needs_and_adjustments",
         "negative"),
        ("school kept saying they didnt know about the plan", "joined_up_working",
         "negative"),
        ("i liked that nobody at school found out why i was off", "feelings_and_stigma",
         "positive"),
        ("they took our concerns about her autism seriously", "being_listened_to",
         "positive"),
    ],
)  # fmt: skip
def test_wordings_from_the_final_rounds(text: str, theme: str, polarity: str) -> None:
    assert coded(text).get(theme) == polarity


def test_a_shame_it_took_so_long_is_not_stigma() -> None:
    themes = coded("Good that they adapted things, shame it took eleven months to get there.")
    assert "feelings_and_stigma" not in themes
    assert themes["waiting_and_delay"] == "negative"


@pytest.mark.parametrize(
    ("text", "theme", "polarity", "sentiment"),
    [
        # the theme's phrase holds the words that judge the clause, so it reads the clause
        ("Not once did I feel judged.", "feelings_and_stigma", "positive", "positive"),
        # an intensifier is not a judgement: "dead good" is good
        ("the sessions were dead good", "intervention_helped", "positive", "positive"),
    ],
)
def test_a_theme_phrase_reads_its_clause(
    text: str, theme: str, polarity: str, sentiment: str
) -> None:
    found = analyse(text, group="parent_carer", language="en")
    assert found.themes.get(theme) == polarity
    assert found.sentiment == sentiment
