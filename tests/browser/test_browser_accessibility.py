"""Every respondent page, at 320 and 375 CSS pixels, against WCAG 2.2 A and AA with axe."""

from __future__ import annotations

from typing import Any

import pytest
from browser_helpers import AUDITED, audit_the_other_pages, layout_problems, violations, walk
from conftest import new_page

YOUNG_PERSON = {
    "worker_listened": "very_positive",
    "panel_known": "yes",
    "wait_length": "long_time",
    "wait_text": "It took ages",
    "best_thing": "Talking",
}
PARENT_CARER = {"relationship": "parent", "panel_purpose": "no", "what_went_well": "Kind staff"}


class Auditor:
    def __init__(self, width: int) -> None:
        self.width = width
        self.problems: list[str] = []

    def __call__(self, page: Any) -> None:
        found = violations(page) + layout_problems(page)
        AUDITED.append(f"{self.width}px {page.url}")
        self.problems += [f"{page.url}: {problem}" for problem in found]


@pytest.fixture(params=[320, 375], ids=lambda width: f"{width}px")
def audited(request: pytest.FixtureRequest, browser: Any, clean_database: None) -> Any:
    page = new_page(browser, width=request.param)
    yield page, Auditor(request.param)
    page.context.close()


@pytest.mark.parametrize(
    ("survey_id", "answers", "text_question"),
    [
        ("hsb-young-person", YOUNG_PERSON, "best_thing"),
        ("hsb-parent-carer", PARENT_CARER, "what_went_well"),
    ],
)
def test_every_page_of_the_journey_passes_axe(
    audited: Any, live_server: str, survey_id: str, answers: dict[str, str], text_question: str
) -> None:
    page, audit = audited
    page.goto(f"{live_server}/")
    audit(page)
    page.goto(f"{live_server}/s/{survey_id}/privacy")
    audit(page)
    walk(page, live_server, survey_id, answers, on_each_page=audit)
    audit(page)  # check your answers
    audit_the_other_pages(
        page,
        live_server,
        survey_id,
        text_question,
        "Shorter now",
        audit,
        error_title_prefix="Error:",
    )
    assert audit.problems == []
    journey_pages = len([a for a in answers if a != text_question]) + 3
    assert len([a for a in AUDITED if a.startswith(f"{audit.width}px")]) >= journey_pages
