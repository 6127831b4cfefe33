"""What a young person is told, in words a 9-year-old can read, and neutral page titles."""

from __future__ import annotations

import pytest
from journey_helpers import answer_pages, send
from page_checks import ClientRequest
from reading_level import flesch_kincaid_grade

# Flesch-Kincaid grade 4 is a reading age of about 9 to 10.
HIGHEST_GRADE = 4.0
UNSAFE_IN_A_TITLE = ("sexual", "hsb", "harm", "abuse", "offend")


def paragraphs(page_text: list[str]) -> str:
    return " ".join(text if text.endswith((".", "?", "!")) else text + "." for text in page_text)


@pytest.mark.parametrize("url", ["/s/hsb-young-person", "/s/hsb-young-person/privacy"])
def test_young_person_pages_read_at_about_age_nine(client_request: ClientRequest, url: str) -> None:
    page = client_request.get(url)
    text = paragraphs([p.get_text(" ", strip=True) for p in page.select("main p.body")])
    grade = flesch_kincaid_grade(text)
    assert grade <= HIGHEST_GRADE, f"{url} reads at grade {grade}: {text}"


def test_young_person_questions_read_at_about_age_nine() -> None:
    from surveys import load_surveys

    survey = load_surveys()["hsb-young-person"]
    text = paragraphs(
        [q.title for q in survey.questions] + [o.label for o in survey.answerable[0].options]
    )
    assert flesch_kincaid_grade(text) <= HIGHEST_GRADE


def test_the_privacy_page_says_who_sees_answers_and_when_we_must_tell(
    client_request: ClientRequest,
) -> None:
    text = client_request.get("/s/hsb-young-person/privacy").text()
    for needed in ["Who sees your answers", "we have to tell someone who can help", "0800 1111"]:
        assert needed in text
    parent = client_request.get("/s/hsb-parent-carer/privacy").text()
    assert "safeguarding lead" in parent and "How long we keep it" in parent


def test_the_local_contact_comes_from_settings(client_request: ClientRequest) -> None:
    client_request.client.application.config.update(
        LOCAL_HELP_NAME="Notts duty team", LOCAL_HELP_PHONE="0115 000 0000"
    )
    text = client_request.get("/s/hsb-young-person").text()
    assert "Notts duty team: 0115 000 0000" in text


def test_no_title_on_the_journey_names_what_the_help_was_for(client_request: ClientRequest) -> None:
    titles = [client_request.get(url).title for url in ["/", "/s/hsb-young-person", "/resume"]]
    check, _ = answer_pages(client_request, "hsb-young-person", {})
    titles.append(check.title)
    titles.append(send(client_request, "hsb-young-person").title)
    for title in titles:
        assert not any(word in title.lower() for word in UNSAFE_IN_A_TITLE), title


def test_no_question_title_names_what_the_help_was_for() -> None:
    from surveys import load_surveys

    for survey in load_surveys().values():
        for title in [survey.title, *(q.title for q in survey.questions)]:
            assert not any(word in title.lower() for word in UNSAFE_IN_A_TITLE), title
