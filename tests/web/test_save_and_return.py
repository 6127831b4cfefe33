"""Save and come back later with a code of three words and a number."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from journey_helpers import start
from page_checks import ClientRequest, Page
from sqlalchemy import select

from feedback import resume
from feedback.extensions import db
from feedback.models import ResumeCode, utcnow


def save_from_a_question(client_request: ClientRequest) -> tuple[Page, str]:
    start(client_request, "hsb-young-person")
    page = client_request.submit(
        "/s/hsb-young-person/q/worker_listened", {"worker_listened": "positive", "then": "save"}
    )
    return page, page.text(".resume-code").removeprefix("Your code is:").strip()


def test_a_code_carries_at_least_40_bits_and_reads_as_three_words_and_a_number() -> None:
    assert resume.entropy_bits() >= 40
    words = resume.words()
    assert len(set(words)) == len(words) == 1024
    parts = resume.new_code().split()
    assert len(parts) == 4 and all(p in words for p in parts[:3]) and parts[3].isdigit()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Apple Tiger Cloud 4821", "apple tiger cloud 4821"),
        ("apple-tiger-cloud-4821", "apple tiger cloud 4821"),
        ("  APPLE,tiger.cloud4821 ", "apple tiger cloud 4821"),
        ("appletigercloud 4821", "appletigercloud 4821"),
    ],
)
def test_a_code_is_understood_however_it_is_typed(typed: str, stored: str) -> None:
    assert resume.normalise(typed) == stored


def test_saving_keeps_the_answer_and_shows_a_code_stored_only_as_a_hash(
    app: Flask, client_request: ClientRequest
) -> None:
    page, code = save_from_a_question(client_request)
    assert page.h1 == "Your answers are saved"
    assert "30 days" in page.text()
    with app.app_context():
        stored = db.session.scalars(select(ResumeCode)).one()
        assert code not in stored.code_digest and len(stored.code_digest) == 64
        assert [a.value for a in stored.response.answers] == ["positive"]


def test_a_code_carries_on_in_another_browser_at_the_first_open_question(
    app: Flask, client_request: ClientRequest
) -> None:
    _, code = save_from_a_question(client_request)
    other = ClientRequest(app.test_client())
    page = other.submit("/resume", {"code": code.upper().replace(" ", "-")})
    assert page.response.request.path == "/s/hsb-young-person/q/understood_why"
    back = other.get("/s/hsb-young-person/q/worker_listened")
    assert [i["value"] for i in back.select("input[checked]")] == ["positive"]
    first = client_request.get("/s/hsb-young-person/q/understood_why", expected_status=302)
    assert first.response.location == "/s/hsb-young-person"  # only one browser at a time


def test_a_code_works_after_quick_exit(client_request: ClientRequest) -> None:
    _, code = save_from_a_question(client_request)
    client_request.client.get("/exit")
    page = client_request.submit("/resume", {"code": code})
    assert page.response.request.path == "/s/hsb-young-person/q/understood_why"


def test_the_check_page_offers_a_code_too(client_request: ClientRequest) -> None:
    start(client_request, "hsb-young-person")
    page = client_request.submit(
        "/s/hsb-young-person/check", form="form[action='/s/hsb-young-person/save']"
    )
    assert page.h1 == "Your answers are saved"


@pytest.mark.parametrize("typed", ["", "wrong words here 1234"])
def test_a_wrong_or_empty_code_gets_a_message_and_keeps_what_was_typed(
    client_request: ClientRequest, typed: str
) -> None:
    page = client_request.submit("/resume", {"code": typed}, expected_status=400)
    assert page.title.startswith("Error: Carry on with your code")
    assert page.select_one(".error-summary a")["href"] == "#code"
    assert page.select_one("input#code")["value"] == typed


def test_an_expired_code_does_not_work(app: Flask, client_request: ClientRequest) -> None:
    _, code = save_from_a_question(client_request)
    with app.app_context():
        stored = db.session.scalars(select(ResumeCode)).one()
        stored.expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
    client_request.submit("/resume", {"code": code}, expected_status=400)


def test_a_code_stops_working_once_the_answers_are_sent(client_request: ClientRequest) -> None:
    _, code = save_from_a_question(client_request)
    client_request.submit(
        "/s/hsb-young-person/check", form="form[action='/s/hsb-young-person/check']"
    )
    client_request.submit("/resume", {"code": code}, expected_status=400)


def test_a_new_code_replaces_the_old_one(app: Flask, client_request: ClientRequest) -> None:
    _, first = save_from_a_question(client_request)
    _, second = save_from_a_question(client_request)
    assert first != second
    client_request.submit("/resume", {"code": first}, expected_status=400)
    client_request.submit("/resume", {"code": second})


def test_guessing_is_limited_per_address(app: Flask, client_request: ClientRequest) -> None:
    _, code = save_from_a_question(client_request)
    app.config["RESUME_ATTEMPTS_PER_15_MINUTES"] = 3
    for _ in range(3):
        client_request.submit("/resume", {"code": "apple apple apple 1111"}, expected_status=400)
    limited = client_request.submit("/resume", {"code": code}, expected_status=429)
    assert limited.h1 == "Too many tries"
    elsewhere = ClientRequest(app.test_client())
    form = elsewhere.get("/resume").select_one("input[name=csrf_token]")["value"]
    response = elsewhere.client.post(
        "/resume",
        data={"code": code, "csrf_token": form},
        environ_base={"REMOTE_ADDR": "10.0.0.9"},
    )
    assert response.status_code == 302
