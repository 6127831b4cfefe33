"""Both journeys in a real browser: without JavaScript, and with the keyboard only."""

from __future__ import annotations

from typing import Any

import pytest
from browser_helpers import click_and_load, walk
from conftest import new_page


@pytest.mark.parametrize("survey_id", ["hsb-young-person", "hsb-parent-carer"])
def test_a_journey_completes_with_javascript_off(
    browser: Any, live_server: str, clean_database: None, survey_id: str
) -> None:
    page = new_page(browser, width=320, javascript=False)
    answers = {"worker_listened": "positive", "relationship": "carer", "best_thing": "Jo"}
    seen = walk(page, live_server, survey_id, answers)
    assert len(seen) >= 10
    page.click("button:has-text('Send my answers')")
    assert page.locator("h1").inner_text() == "Thank you, your answers have been sent"
    page.context.close()


def tab_to(page: Any, test: str, limit: int = 60) -> None:
    """Press Tab until the focused element passes `test` (a JavaScript expression on `e`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(e => {test})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached an element where {test}")


def test_the_young_person_journey_completes_with_the_keyboard_only(
    phone: Any, live_server: str
) -> None:
    page = phone
    page.goto(f"{live_server}/s/hsb-young-person")
    tab_to(page, "e.textContent.trim() === 'Start now'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/q/worker_listened")
    while "/q/" in page.url:
        if page.locator("textarea").count():
            tab_to(page, "e.tagName === 'TEXTAREA'")
            page.keyboard.type("typed with keys")
        else:
            tab_to(page, "e.type === 'radio'")
            page.keyboard.press("Space")
            assert page.locator("input:checked").count() == 1
        tab_to(page, "e.textContent.trim() === 'Continue'")
        before = page.url
        page.keyboard.press("Enter")
        page.wait_for_url(lambda url, before=before: url != before)
    tab_to(page, "e.textContent.trim() === 'Send my answers'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/done")
    assert "typed with keys" not in page.content()  # the confirmation repeats nothing


def test_focus_is_visible_on_every_control(phone: Any, live_server: str) -> None:
    page = phone
    page.goto(f"{live_server}/s/hsb-young-person")
    click_and_load(page, "button:has-text('Start now')")
    tab_to(page, "e.type === 'radio'")
    label_style = page.evaluate(
        "getComputedStyle(document.activeElement.nextElementSibling).outlineStyle"
    )
    assert label_style == "solid"
