"""Quick exit clears the respondent's session on the server and in the browser."""

from __future__ import annotations

import pytest
from flask import Flask
from journey_helpers import start
from page_checks import ClientRequest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Response

RESPONDENT_PAGES = [
    "/",
    "/s/hsb-young-person",
    "/s/hsb-young-person/privacy",
    "/s/hsb-young-person/q/worker_listened",
    "/s/hsb-young-person/check",
    "/resume",
    "/nowhere",
]


@pytest.mark.parametrize("url", RESPONDENT_PAGES)
def test_every_respondent_page_has_a_quick_exit_link_that_works_without_script(
    client_request: ClientRequest, url: str
) -> None:
    start(client_request, "hsb-young-person")
    page = client_request.get(url, expected_status=404 if url == "/nowhere" else 200)
    link = page.select_one("[data-quick-exit] a")
    assert link["href"] == "/exit"
    assert link.get_text(strip=True) == "Exit this page"
    assert page.select_one("script[src]")["src"] == "/static/respond.js"


def test_quick_exit_forgets_the_response_on_the_server_and_leaves_for_a_neutral_site(
    app: Flask, client_request: ClientRequest
) -> None:
    start(client_request, "hsb-young-person")
    client_request.submit("/s/hsb-young-person/q/worker_listened", {"worker_listened": "positive"})
    left = client_request.client.get("/exit")
    assert left.status_code == 303
    assert left.location == "https://www.bbc.co.uk/weather"
    assert left.headers["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    with app.app_context():
        response = db.session.scalars(select(Response)).one()
        assert response.session_digest is None
        assert [a.question_id for a in response.answers] == ["worker_listened"]
    back = client_request.get("/s/hsb-young-person/q/understood_why", expected_status=302)
    assert back.response.location == "/s/hsb-young-person"


def test_an_old_session_cookie_is_useless_after_quick_exit(
    app: Flask, client_request: ClientRequest
) -> None:
    start(client_request, "hsb-young-person")
    cookie = client_request.client.get_cookie("session")
    assert cookie is not None
    client_request.client.get("/exit")
    replay = app.test_client()
    replay.set_cookie("session", cookie.value)
    again = replay.get("/s/hsb-young-person/q/worker_listened")
    assert again.status_code == 302 and again.location == "/s/hsb-young-person"


def test_the_exit_address_is_a_setting(app: Flask, client_request: ClientRequest) -> None:
    app.config["QUICK_EXIT_URL"] = "https://www.google.co.uk/"
    assert client_request.client.get("/exit").location == "https://www.google.co.uk/"


def test_the_start_page_explains_quick_exit_before_the_first_question(
    client_request: ClientRequest,
) -> None:
    text = client_request.get("/s/hsb-young-person").text()
    assert "Exit this page" in text and "Shift key 3 times" in text
