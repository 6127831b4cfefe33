"""Walk a questionnaire through the test client the way a person would."""

from __future__ import annotations

from collections.abc import Mapping

from page_checks import ClientRequest, Page


def start(client_request: ClientRequest, survey_id: str) -> Page:
    return client_request.submit(f"/s/{survey_id}")


def current_path(page: Page) -> str:
    return page.response.request.path


def answer_pages(
    client_request: ClientRequest, survey_id: str, answers: Mapping[str, object]
) -> tuple[Page, list[str]]:
    """Start, then answer each page shown (skipping those not in `answers`) up to the check page."""
    page = start(client_request, survey_id)
    seen: list[str] = []
    while "/q/" in current_path(page):
        question_id = current_path(page).rsplit("/", 1)[1]
        seen.append(question_id)
        value = answers.get(question_id)
        data = {} if value is None else {question_id: value}
        page = client_request.submit(current_path(page), data)
        assert len(seen) < 40, "the journey does not end"
    assert current_path(page) == f"/s/{survey_id}/check"
    return page, seen


def send(client_request: ClientRequest, survey_id: str) -> Page:
    return client_request.submit(
        f"/s/{survey_id}/check", form=f"form[action='/s/{survey_id}/check']"
    )
