"""Bad input gets a clear message and loses nothing already given."""

from __future__ import annotations

import pytest
from flask import Flask
from journey_helpers import start
from page_checks import ClientRequest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Answer

QUESTION = "/s/hsb-young-person/q/best_thing"


def saved_answers(app: Flask) -> dict[str, object]:
    with app.app_context():
        return {a.question_id: a.value for a in db.session.scalars(select(Answer))}


def test_an_answer_over_the_maximum_length_is_kept_and_explained(
    app: Flask, client_request: ClientRequest
) -> None:
    start(client_request, "hsb-young-person")
    too_long = "x" * 1001
    page = client_request.submit(QUESTION, {"best_thing": too_long}, expected_status=400)
    assert page.title.startswith("Error: What was the best thing")
    summary_link = page.select_one(".error-summary a")
    assert summary_link["href"] == "#best_thing"
    assert "1000 characters or fewer" in summary_link.get_text()
    assert "It is 1001 characters now" in page.text(".error-message")
    assert page.select_one("textarea#best_thing").get_text() == too_long
    assert "best_thing-error" in page.select_one("textarea")["aria-describedby"]
    assert saved_answers(app) == {}


def test_new_lines_count_once(app: Flask, client_request: ClientRequest) -> None:
    start(client_request, "hsb-young-person")
    text = ("a" * 499 + "\r\n") * 2
    client_request.submit(QUESTION, {"best_thing": text})
    assert saved_answers(app) == {"best_thing": ("a" * 499 + "\n") * 2}


@pytest.mark.parametrize(
    ("question", "value"),
    [("worker_listened", "amazing"), ("panel_known", "maybe"), ("worker_listened", "<b>")],
)
def test_an_unknown_choice_is_refused_with_a_message(
    app: Flask, client_request: ClientRequest, question: str, value: str
) -> None:
    start(client_request, "hsb-young-person")
    page = client_request.submit(f"/s/hsb-young-person/q/{question}", {question: value}, 400)
    assert "Choose one of the answers shown" in page.text(".error-summary")
    assert page.select_one(".error-summary a")["href"] == f"#{question}"
    assert page.select("input[checked]") == []
    assert saved_answers(app) == {}


def test_a_missing_csrf_token_keeps_the_typed_answer(
    app: Flask, client_request: ClientRequest
) -> None:
    start(client_request, "hsb-young-person")
    page = client_request.post(QUESTION, {"best_thing": "my worker"}, expected_status=400)
    assert "open for a long time" in page.text(".error-summary")
    assert page.select_one("textarea").get_text() == "my worker"
    assert page.select_one("input[name=csrf_token]")["value"]
    assert saved_answers(app) == {}


def test_a_stale_csrf_token_from_another_session_is_refused(
    app: Flask, client_request: ClientRequest
) -> None:
    start(client_request, "hsb-young-person")
    stale = app.test_client()
    stale.get("/s/hsb-young-person")
    other = ClientRequest(stale).get("/s/hsb-young-person")
    token = other.select_one("input[name=csrf_token]")["value"]
    page = client_request.post(QUESTION, {"best_thing": "hi", "csrf_token": token}, 400)
    assert page.select_one("textarea").get_text() == "hi"
    assert saved_answers(app) == {}


def test_starting_without_a_csrf_token_gets_the_expired_page(client_request: ClientRequest) -> None:
    page = client_request.post("/s/hsb-young-person", {}, expected_status=400)
    assert page.h1 == "This page has expired"
    assert "answers so far are saved" in page.text()


def test_sending_without_a_csrf_token_stores_nothing(
    app: Flask, client_request: ClientRequest
) -> None:
    start(client_request, "hsb-young-person")
    client_request.post("/s/hsb-young-person/check", {}, expected_status=400)
    check = client_request.get("/s/hsb-young-person/check")
    assert check.h1 == "Check your answers"


@pytest.mark.parametrize(
    "url",
    ["/s/no-such-survey", "/s/hsb-young-person/q/no_such_question", "/nowhere", "/s/x/check"],
)
def test_unknown_questionnaire_or_page_is_a_calm_404(
    client_request: ClientRequest, url: str
) -> None:
    start(client_request, "hsb-young-person")
    page = client_request.get(url, expected_status=404)
    assert page.h1 == "Page not found"


def test_a_question_page_without_a_started_response_goes_to_the_start(
    client_request: ClientRequest,
) -> None:
    page = client_request.get("/s/hsb-young-person/q/worker_listened", expected_status=302)
    assert page.response.location == "/s/hsb-young-person"


def test_a_hidden_question_is_passed_over(client_request: ClientRequest) -> None:
    start(client_request, "hsb-young-person")
    client_request.submit("/s/hsb-young-person/q/panel_known", {"panel_known": "no"})
    page = client_request.get("/s/hsb-young-person/q/panel_explained", expected_status=302)
    assert page.response.location == "/s/hsb-young-person/q/wait_length"


def test_script_is_stored_as_given_and_rendered_escaped(
    app: Flask, client_request: ClientRequest
) -> None:
    start(client_request, "hsb-young-person")
    hostile = "<script>alert(1)</script>"
    client_request.submit(QUESTION, {"best_thing": hostile})
    assert saved_answers(app) == {"best_thing": hostile}
    check = client_request.get("/s/hsb-young-person/check")
    assert check.select("main script") == []
    assert hostile in check.text(".answer-text")
    assert "&lt;script&gt;" in check.response.get_data(as_text=True)
    again = client_request.get(QUESTION)
    assert again.select_one("textarea").get_text() == hostile


def test_a_database_that_is_down_gets_a_503_that_says_answers_are_safe(
    app: Flask, client_request: ClientRequest, tmp_path: object
) -> None:
    start(client_request, "hsb-young-person")
    from feedback import create_app

    broken = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": app.config["SECRET_KEY"],
            "SQLALCHEMY_DATABASE_URI": "sqlite:////nonexistent-folder/feedback.sqlite3",
        }
    )
    cookie = client_request.client.get_cookie("session")
    assert cookie is not None
    down = broken.test_client()
    down.set_cookie("session", cookie.value)
    page = ClientRequest(down).get("/s/hsb-young-person/q/worker_listened", expected_status=503)
    with broken.app_context():
        db.engine.dispose()
    assert page.h1 == "Sorry, the service is not working right now"
    assert "Your answers so far are safe" in page.text()


def test_a_page_that_cannot_be_posted_to_is_a_calm_405(client_request: ClientRequest) -> None:
    page = client_request.post("/", {}, expected_status=405)
    assert page.h1 == "Page not found"
