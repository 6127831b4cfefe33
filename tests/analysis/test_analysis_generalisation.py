"""Lessons from a second independent held-out set (personas: a literal autistic child, a
slangy teenager with emoji, a formal kinship carer, an angry father, a parent writing
English as a second language, a teenager writing fragments). Each general rule added for
a cause of error found there is checked here on paraphrases written for these tests,
never on the held-out sentences."""

from __future__ import annotations

import pytest

from analysis import analyse
from analysis.durations import durations_days
from analysis.engine import Analysis
from analysis.redact import redact


def _run(text: str, group: str = "young_person", language: str = "en") -> Analysis:
    return analyse(text, group=group, language=language)


# Recall first: a harm word with a sign that it is happening now ("still", "again",
# "tonight", "this week"), self-harm euphemisms, "everyone would be better off", adults
# online asking for pictures, and the same in other languages.
NOW_DISCLOSURES = [
    ("en", "my stepdad grabbed me by the arm again on saturday"),
    ("en", "i'm scared to be in the flat tonight"),
    ("en", "he still hurts her when he has had a drink"),
    ("en", "did it to my legs again last night, dont want to say more"),
    ("en", "my wrists are bad again this week"),
    ("en", "sometimes I think my family would be better off, worse lately"),
    ("en", "a grown man on an app keeps asking my daughter for photos"),
    ("en", "some older guy online wants pics of me"),
    ("en", "Some nights I think they would all be better off. Not sleeping."),
    ("ro", "Un bărbat adult îi scrie fiicei mele și îi cere poze."),
    ("pl", "Dorosły mężczyzna pisze do syna i prosi o zdjęcia, to nadal się dzieje."),
]

NOT_DISCLOSURES = [
    "Now I'm not scared of the panel at all",
    "Now he understands it was wrong to touch anyone without asking",
    "I was frightened of the meeting but now it is fine",
    "We still keep in touch with the worker every week",
    "The sessions got cut short again this week",
    "It still hurts that nobody asked me",
    "I'm still worried my mates will find out",
    "He got kicked out of college last year and the wait for help was long",
    "She still beats herself up about what happened",
    "We are still waiting and I am scared of what the decision will be",
    "They would be better off with one worker the whole way through",
]


@pytest.mark.parametrize(("language", "text"), NOW_DISCLOSURES)
def test_harm_now_is_flagged(language: str, text: str) -> None:
    assert _run(text, language=language).safeguarding, text


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_negated_past_process_and_idiom_are_not_flagged(text: str) -> None:
    result = _run(text)
    assert not result.safeguarding, result.safeguarding_reason


# Personal details in every format.
PERSONAL_DETAILS = [
    ("ring me on 0115-496-0456 please", "0115-496-0456"),
    ("my mobile is +44 (0)7700 900456", "7700 900456"),
    ("call 00447700900456 any time", "00447700900456"),
    ("text 07700900789 after school", "07700900789"),
    ("my number is 0 7 7 0 0 9 0 0 4 5 6", "4 5 6"),
    ("office line 0115.496.0789", "0115.496.0789"),
    ("tbh bex was a legend", "bex"),
    ("ngl amber was the best", "amber"),
    ("dazza from the youth team sorted it", "dazza"),
    ("my daughters name is oksana and she is 9", "oksana"),
    ("send it to Flat 4, 22 Mill Court please", "Flat 4"),
    ("our case reference is hs44120", "hs44120"),
]


@pytest.mark.parametrize(("text", "detail"), PERSONAL_DETAILS)
def test_personal_details_in_all_formats_are_redacted(text: str, detail: str) -> None:
    assert detail not in redact(text)


def test_verbs_after_worker_are_not_names() -> None:
    assert "texted" in redact("My worker texted me the night before")


# Emoji and slang as sentiment; a declining answer is neutral.
SENTIMENT = [
    ("the group was mint 💜", "positive"),
    ("sessions were dead good", "positive"),
    ("the meetings were long and mid", "negative"),
    ("the panel 😡", "negative"),
    ("waited forever 🙄", "negative"),
    ("no thanks im fine 👍", "neutral"),
    ("Nothing else to add, thanks.", "neutral"),
    ("Happy to be contacted. Weekends are best.", "neutral"),
    ("nobody at school noticed 👌", "positive"),
    ("I'll give them this, the worker listened", "positive"),
]


@pytest.mark.parametrize(("text", "label"), SENTIMENT)
def test_emoji_slang_and_neutral_answers(text: str, label: str) -> None:
    assert _run(text).sentiment == label


# A need or a past state described is not a complaint about the service.
POSITIVE_WITH_A_NEED = [
    "they let me draw instead of talk because i get nervous, that was good",
    "The sessions helped and now he can tell us when he is upset",
    "the sessions helped me see why what i did was wrong",
    "Meeting other carers made me feel less isolated and less guilty.",
]


@pytest.mark.parametrize("text", POSITIVE_WITH_A_NEED)
def test_a_described_need_is_not_negative(text: str) -> None:
    assert _run(text, group="parent_carer").sentiment == "positive"


# Themes in the personas' wording: (text, theme, polarity).
THEMES = [
    # formal paragraphs
    ("The worker conducted every visit with great patience.", "worker_relationship", "positive"),
    ("She handled a painful history with real sensitivity.", "worker_relationship", "positive"),
    ("I was not once offered any support in my own right.", "support_for_family", "negative"),
    (
        "The agencies cooperated really well from the first meeting.",
        "joined_up_working",
        "positive",
    ),
    ("The school and the police each wrote their own plan.", "joined_up_working", "negative"),
    (
        "The teacher refused to share anything with the social worker.",
        "joined_up_working",
        "negative",
    ),
    ("I was invited to give my views before the meeting.", "being_listened_to", "positive"),
    ("My concerns were written into the plan.", "being_listened_to", "positive"),
    ("The reports used dense technical language.", "communication_and_information", "negative"),
    ("The panel's outcome was explained to him with drawings.", "panel_understanding", "positive"),
    # English as a second language
    ("Nobody explain me what happen next.", "communication_and_information", "negative"),
    ("Nobody ask if we need translator.", "needs_and_adjustments", "negative"),
    ("For me as father there was no support.", "support_for_family", "negative"),
    ("It was very long time before first meeting.", "waiting_and_delay", "negative"),
    ("We waited only 5 days, very good.", "waiting_and_delay", "positive"),
    # fragments and slang
    ("Panel? No idea.", "panel_understanding", "negative"),
    ("Could walk about. Helped.", "needs_and_adjustments", "positive"),
    ("Brain zoned off after ten minutes.", "needs_and_adjustments", "negative"),
    ("my sister got nothing, no one checked on her", "support_for_family", "negative"),
    ("my worker was mint", "worker_relationship", "positive"),
    ("everyone was staring at me after", "feelings_and_stigma", "negative"),
    ("couldn't have asked for faster", "waiting_and_delay", "positive"),
    ("not one of the tasks was simplified for him", "needs_and_adjustments", "negative"),
    ("the group taught me how to stay safe online", "intervention_helped", "positive"),
    ("he's just the same as before the sessions", "intervention_helped", "negative"),
    ("Nobody could tell us why it was taking so long", "communication_and_information", "negative"),
    # not knowing what the panel decided, as the dev corpus codes "kept out of the loop
    # ... including what the panel decided"
    ("I would like to know what the panel decided", "panel_understanding", "negative"),
    (
        "My worker texted me the day before each session",
        "communication_and_information",
        "positive",
    ),
]


@pytest.mark.parametrize(("text", "theme", "polarity"), THEMES)
def test_persona_wording_codes_themes(text: str, theme: str, polarity: str) -> None:
    result = _run(text, group="parent_carer")
    assert result.themes.get(theme) == polarity, (result.themes, result.evidence)


THEMES_NOT_CODED = [
    ("We only found out the outcome from a letter", "feelings_and_stigma"),
    ("i was on edge cos i get anxious in new places", "feelings_and_stigma"),
    ("She talked slowly so I could follow", "waiting_and_delay"),
    ("The sessions were too long for him", "waiting_and_delay"),
]


@pytest.mark.parametrize(("text", "theme"), THEMES_NOT_CODED)
def test_wording_that_is_not_the_theme(text: str, theme: str) -> None:
    assert theme not in _run(text, group="parent_carer").themes


def test_another_month_is_a_duration() -> None:
    assert durations_days("six weeks for the panel and another month for the letter") == [42, 30]
    assert durations_days("a further week") == [7]
