"""Theme coding with polarity and evidence, and routing of answers not in English."""

import pytest

from analysis import analyse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no idea what the panel was for", {"panel_understanding": "negative"}),
        (
            "They explained what the panel decided and why.",
            {"panel_understanding": "positive", "communication_and_information": "positive"},
        ),
        ("it all happened quickly", {"waiting_and_delay": "positive"}),
        ("we waited 4 months and it felt like forever", {"waiting_and_delay": "negative"}),
        ("the sessions really helped him", {"intervention_helped": "positive"}),
        ("nothing has changed at home", {"intervention_helped": "negative"}),
        ("she was lovely", {"worker_relationship": "positive"}),
        ("we had three different workers", {"worker_relationship": "negative"}),
        ("nobody asked what I thought", {"being_listened_to": "negative"}),
        ("they took my views seriously", {"being_listened_to": "positive"}),
        ("never told us what was happening", {"communication_and_information": "negative"}),
        ("nothing for us as parents", {"support_for_family": "negative"}),
        ("the parent sessions helped me cope", {"support_for_family": "positive"}),
        ("school and social services didn't talk to each other", {"joined_up_working": "negative"}),
        ("had to repeat it to everyone", {"joined_up_working": "negative"}),
        ("I felt judged", {"feelings_and_stigma": "negative"}),
        ("they used pictures because of his autism", {"needs_and_adjustments": "positive"}),
        ("there was no interpreter", {"needs_and_adjustments": "negative"}),
        ("that's all from me", {}),
    ],
)
def test_themes_and_polarity(text: str, expected: dict[str, str]) -> None:
    assert analyse(text, group="parent_carer", language="en").themes == expected


def test_evidence_names_the_words_that_triggered_a_theme() -> None:
    result = analyse("It took ages but Sam my worker was great", group="x", language="en")
    assert result.themes["waiting_and_delay"] == "negative"
    assert "took ages" in result.evidence["waiting_and_delay"]
    assert all("Sam" not in words for found in result.evidence.values() for words in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Czekaliśmy bardzo długo, a nikt nie odbierał telefonów.", "pl"),
        ("Mi-a plăcut de asistenta socială.", "ro"),
        ("سیشنز سے میرے بیٹے کو بہت فائدہ ہوا، شکریہ۔", "ur"),  # noqa: RUF001  (Urdu full stop)
        ("The worker was lovely", "fr"),
        ("لم يشرح لنا أحد ما هي اللجنة", "en"),
    ],
)
def test_answers_not_in_english_go_to_translation_without_themes(text: str, language: str) -> None:
    result = analyse(text, group="parent_carer", language=language)
    assert result.needs_translation is True
    assert result.themes == {}
    assert result.sentiment == "neutral"


@pytest.mark.parametrize("language", ["en", "EN", "en-GB", "en_GB"])
def test_english_codes_are_analysed(language: str) -> None:
    result = analyse("the worker was lovely", group="young_person", language=language)
    assert result.needs_translation is False
    assert result.themes == {"worker_relationship": "positive"}
