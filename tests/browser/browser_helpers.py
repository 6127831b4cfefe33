"""Walk the respondent journey in Chromium and audit each page with axe-core."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
TOUCH_TARGETS = ", ".join(
    [
        "button:not([hidden])",
        ".radios__label",
        ".checkboxes__label",
        ".back-link",
        ".quick-exit__button",
        ".summary-list__actions a",
        ".choice-link",
        ".footer-links a",
    ]
)
AXE = Axe()
AUDITED: list[str] = []  # every page view audited in this run, reported at the end


def violations(page: Any) -> list[str]:
    """Every WCAG 2.0, 2.1 and 2.2 A and AA rule that the page breaks, with where."""
    result = AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in result.response["violations"]
    ]


def layout_problems(page: Any) -> list[str]:
    """Horizontal scrolling, and touch targets smaller than 44 by 44 CSS pixels."""
    problems = []
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        problems.append(f"scrolls sideways by {overflow}px")
    for element in page.locator(TOUCH_TARGETS).all():
        box = element.bounding_box()
        if box and (box["width"] < 44 or box["height"] < 44):
            problems.append(f"{element.evaluate('e => e.outerHTML')[:80]} is {box}")
    return problems


def choose(page: Any, question_id: str, value: object) -> None:
    if isinstance(value, str) and page.locator(f"textarea#{question_id}").count():
        page.fill(f"textarea#{question_id}", value)
    elif value is not None:
        page.check(f"input[name={question_id}][value='{value}']")


def click_and_load(page: Any, selector: str) -> None:
    """Click, then wait for the next page's styles and scripts, not only its address."""
    page.click(selector)
    page.wait_for_load_state("load")


# Buttons by their place on the page, not their English words, so walks work in any language.
START = ".button--start"
CONTINUE = ".button-group button:not([name=then])"
SAVE_FOR_LATER = ".button-group button[name=then]"


def walk(
    page: Any,
    base: str,
    survey_id: str,
    answers: Mapping[str, object],
    on_each_page: Callable[[Any], None] = lambda page: None,
) -> list[str]:
    """From the start page to the check page, answering what `answers` holds."""
    page.goto(f"{base}/s/{survey_id}")
    on_each_page(page)
    click_and_load(page, START)
    seen = []
    while "/q/" in page.url:
        question_id = page.url.rsplit("/", 1)[1].split("?")[0]
        seen.append(question_id)
        on_each_page(page)
        choose(page, question_id, answers.get(question_id))
        click_and_load(page, CONTINUE)
        assert len(seen) < 40
    assert page.url.endswith(f"/s/{survey_id}/check"), page.url
    return seen


def audit_the_other_pages(
    page: Any,
    base: str,
    survey_id: str,
    text_question: str,
    short_answer: str,
    audit: Callable[[Any], None],
    error_title_prefix: str = "",
) -> None:
    """From the check page on: an error, the resume code, the resume page and its error,
    the confirmation and a page not found, each audited."""
    page.goto(f"{base}/s/{survey_id}/q/{text_question}")
    page.fill(f"#{text_question}", "x" * 2001)
    click_and_load(page, CONTINUE)
    assert page.locator(".error-summary").count() == 1
    assert page.title().startswith(error_title_prefix)
    audit(page)  # an error page
    page.fill(f"#{text_question}", short_answer)
    click_and_load(page, SAVE_FOR_LATER)
    assert page.locator(".resume-code").count() == 1
    audit(page)  # the resume code
    page.goto(f"{base}/resume")
    audit(page)
    page.fill("#code", "not a code")
    click_and_load(page, "main form button")
    audit(page)  # the resume error
    page.goto(f"{base}/s/{survey_id}/check")
    click_and_load(page, f"form[action='/s/{survey_id}/check'] button")
    assert "/done" in page.url
    audit(page)  # confirmation
    page.goto(f"{base}/no-such-page")
    audit(page)
