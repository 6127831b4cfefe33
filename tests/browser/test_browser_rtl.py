"""Right-to-left pages in Chromium at 320 px: no axe violations, and a layout that is mirrored."""

from __future__ import annotations

from typing import Any

import pytest
from browser_helpers import (
    AUDITED,
    audit_the_other_pages,
    layout_problems,
    violations,
    walk,
)
from conftest import new_page

YOUNG_PERSON = {
    "worker_listened": "very_positive",
    "panel_known": "yes",
    "wait_length": "long_time",
    "wait_text": "انتظرت طويلا",
    "best_thing": "مددگار ورکر",
}
PARENT_CARER = {"relationship": "parent", "panel_purpose": "no", "what_went_well": "شكرا"}


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
    seen = len(walk(page, live_server, survey_id, answers, on_each_page=audit))
    audit(page)  # check your answers
    audit_the_other_pages(page, live_server, survey_id, text_question, "کم", audit)
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
