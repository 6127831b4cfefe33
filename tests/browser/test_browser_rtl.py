"""Right-to-left pages in Chromium at 320 px: no axe violations, and a layout that is mirrored."""

from __future__ import annotations

from typing import Any

import pytest
from browser_helpers import AUDITED, choose, click_and_load, layout_problems, violations
from conftest import new_page

YOUNG_PERSON = {
    "worker_listened": "very_positive",
    "panel_known": "yes",
    "wait_length": "long_time",
    "wait_text": "انتظرت طويلا",
    "best_thing": "مددگار ورکر",
}
PARENT_CARER = {"relationship": "parent", "panel_purpose": "no", "what_went_well": "شكرا"}
CONTINUE = ".button-group button:not([name=then])"


def mirror_problems(page: Any) -> list[str]:
    """What is not mirrored: the page's direction, the back link, the radio buttons."""
    problems = []
    if page.evaluate("document.documentElement.dir") != "rtl":
        problems.append("the page is not right to left")
    width = page.evaluate("document.documentElement.clientWidth")
    back = page.locator(".back-link")
    if back.count():
        box = back.bounding_box()
        if box["x"] + box["width"] < width * 0.75 or box["x"] < width / 2 - box["width"]:
            problems.append(f"the back link is not on the right: {box}")
    for item in page.locator(".radios__item, .checkboxes__item").all():
        control = item.locator("input").bounding_box()
        label = item.locator("label").bounding_box()
        if control and label and control["x"] < label["x"] + label["width"] / 2:
            problems.append("a radio button is on the left of its label")
            break
    return problems


class RightToLeftAuditor:
    def __init__(self, language: str) -> None:
        self.language = language
        self.problems: list[str] = []

    def __call__(self, page: Any) -> None:
        found = violations(page) + layout_problems(page) + mirror_problems(page)
        AUDITED.append(f"320px {self.language} {page.url}")
        self.problems += [f"{page.url}: {problem}" for problem in found]


@pytest.fixture
def narrow_phone(browser: Any, live_server: str, clean_database: None) -> Any:
    page = new_page(browser, width=320)
    yield page
    page.context.close()


def walk_in(page: Any, base: str, survey_id: str, answers: dict[str, str], audit: Any) -> int:
    """Start to the check page by the buttons' places, not their English words."""
    page.goto(f"{base}/s/{survey_id}")
    audit(page)
    click_and_load(page, ".button--start")
    seen = 0
    while "/q/" in page.url:
        seen += 1
        audit(page)
        question_id = page.url.rsplit("/", 1)[1].split("?")[0]
        choose(page, question_id, answers.get(question_id))
        click_and_load(page, CONTINUE)
        assert seen < 40
    assert page.url.endswith(f"/s/{survey_id}/check"), page.url
    return seen


@pytest.mark.parametrize("language", ["ur", "ar"])
@pytest.mark.parametrize(
    ("survey_id", "answers", "text_question"),
    [
        ("hsb-young-person", YOUNG_PERSON, "best_thing"),
        ("hsb-parent-carer", PARENT_CARER, "what_went_well"),
    ],
)
def test_every_right_to_left_page_passes_axe_and_is_mirrored(
    narrow_phone: Any,
    live_server: str,
    language: str,
    survey_id: str,
    answers: dict[str, str],
    text_question: str,
) -> None:
    page, audit = narrow_phone, RightToLeftAuditor(language)
    page.goto(f"{live_server}/?lang={language}")
    audit(page)
    page.goto(f"{live_server}/s/{survey_id}/privacy")
    audit(page)
    seen = walk_in(page, live_server, survey_id, answers, audit)
    audit(page)  # check your answers
    page.goto(f"{live_server}/s/{survey_id}/q/{text_question}")
    page.fill(f"#{text_question}", "x" * 2001)
    click_and_load(page, CONTINUE)
    assert page.locator(".error-summary").count() == 1
    audit(page)  # an error
    page.fill(f"#{text_question}", "کم")
    click_and_load(page, ".button-group button[name=then]")
    assert page.locator(".resume-code").count() == 1
    audit(page)  # the resume code
    page.goto(f"{live_server}/resume")
    audit(page)
    page.fill("#code", "not a code")
    click_and_load(page, "main form button")
    audit(page)  # the resume error
    page.goto(f"{live_server}/s/{survey_id}/check")
    click_and_load(page, f"form[action='/s/{survey_id}/check'] button")
    assert "/done" in page.url
    audit(page)  # confirmation
    page.goto(f"{live_server}/no-such-page")
    audit(page)
    assert audit.problems == []
    assert seen >= len(answers)


def test_the_back_arrow_points_to_the_right_in_right_to_left(
    narrow_phone: Any, live_server: str
) -> None:
    page = narrow_phone
    page.goto(f"{live_server}/s/hsb-parent-carer/privacy?lang=ar")
    arrow = page.evaluate(
        "getComputedStyle(document.querySelector('.back-link'), '::before').transform"
    )
    # rotate(45deg) of the top and right borders: a chevron that points right, away from the text.
    assert arrow.startswith("matrix(0.707107, 0.707107, -0.707107, 0.707107"), arrow
    page.goto(f"{live_server}/s/hsb-parent-carer/privacy?lang=en")
    arrow = page.evaluate(
        "getComputedStyle(document.querySelector('.back-link'), '::before').transform"
    )
    assert arrow.startswith("matrix(0.707107, -0.707107, 0.707107, 0.707107"), arrow
