"""Quick exit in the browser: by the button and by Shift three times."""

from __future__ import annotations

from typing import Any

import pytest
from browser_helpers import click_and_load


def part_way(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/s/hsb-young-person")
    click_and_load(page, "button:has-text('Start now')")
    page.check("input[value=positive]")
    page.click("button:has-text('Continue')")
    page.wait_for_url("**/q/understood_why")


def press_shift_three_times(page: Any) -> None:
    for _ in range(3):
        page.keyboard.press("Shift")


@pytest.mark.parametrize(
    "leave",
    [lambda page: page.click("text=Exit this page"), press_shift_three_times],
    ids=["button", "shift-three-times"],
)
def test_quick_exit_leaves_and_back_does_not_return_to_the_questions(
    phone: Any, live_server: str, neutral_site: str, leave: Any
) -> None:
    page = phone
    part_way(page, live_server)
    leave(page)
    page.wait_for_url(neutral_site)
    assert page.title() == "Weather"
    assert page.context.cookies() == []
    page.go_back()
    page.wait_for_load_state()
    assert "/q/" not in page.url
    assert page.locator("input[type=radio]").count() == 0
    page.goto(f"{live_server}/s/hsb-young-person/q/understood_why")
    assert page.url == f"{live_server}/s/hsb-young-person"


def test_the_exit_button_stays_in_view_when_the_page_scrolls(phone: Any, live_server: str) -> None:
    page = phone
    page.set_viewport_size({"width": 320, "height": 400})
    page.goto(f"{live_server}/s/hsb-young-person")
    page.mouse.wheel(0, 2000)
    page.wait_for_function("window.scrollY > 100")
    box = page.locator(".quick-exit__button").bounding_box()
    assert box is not None and 0 <= box["y"] < 100
