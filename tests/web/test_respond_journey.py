"""Both questionnaires completed end to end with the test client."""

from __future__ import annotations

import json

from flask import Flask
from journey_helpers import answer_pages, send, start
from page_checks import ClientRequest
from sqlalchemy import func, select

from feedback import exchange
from feedback.extensions import db
from feedback.models import Response

YOUNG_PERSON = {
    "worker_listened": "very_positive",
    "understood_why": "positive",
    "panel_known": "yes",
    "panel_explained": "neutral",
    "wait_length": "long_time",
    "wait_text": "It took ages.",
    "help_helped": "positive",
    "family_helped": "dont_know",
    "best_thing": "My worker",
    "change_one_thing": "Less waiting",
    "anything_else": "No",
}

PARENT_CARER = {
    "relationship": "foster_carer",
    "overall_experience": "positive",
    "kept_informed": "negative",
    "panel_purpose": "partly",
    "panel_outcome": "no",
    "time_to_panel": "3_6_months",
    "wait_too_long": "yes",
    "intervention_child": "very_positive",
    "intervention_family": "positive",
    "worker_relationship": "very_positive",
    "what_went_well": "The worker was lovely",
    "what_could_improve": "Explain the panel",
    "anything_else": "Thank you",
}


def exported(app: Flask) -> list[dict[str, object]]:
    with app.app_context():
        return [r.to_json_dict() for r in exchange.submitted_records()]


def test_home_links_to_each_questionnaire_by_id(client_request: ClientRequest) -> None:
    page = client_request.get("/")
    links = [a["href"] for a in page.select("main a")]
    assert links == ["/s/hsb-parent-carer", "/s/hsb-young-person"]


def test_start_page_says_who_asks_why_and_the_limits_of_confidentiality(
    client_request: ClientRequest,
) -> None:
    text = client_request.get("/s/hsb-young-person").text()
    assert "This is not a test" in text
    assert "we have to tell someone who can help" in text
    assert "0800 1111" in text


def test_young_person_completes_every_question(app: Flask, client_request: ClientRequest) -> None:
    check, seen = answer_pages(client_request, "hsb-young-person", YOUNG_PERSON)
    assert seen == list(YOUNG_PERSON)
    assert "It took ages." in check.text()
    done = send(client_request, "hsb-young-person")
    assert done.h1 == "Thank you, your answers have been sent"
    [record] = exported(app)
    assert record["answers"] == YOUNG_PERSON
    assert record["group"] == "young_person" and record["mode"] == "self"
    assert record["language"] == "en"


def test_parent_carer_completes_every_question(app: Flask, client_request: ClientRequest) -> None:
    _, seen = answer_pages(client_request, "hsb-parent-carer", PARENT_CARER)
    assert seen == list(PARENT_CARER)
    send(client_request, "hsb-parent-carer")
    [record] = exported(app)
    assert record["survey"] == "hsb-parent-carer"
    assert record["answers"] == PARENT_CARER


def test_panel_explained_is_skipped_for_a_young_person_who_did_not_know(
    app: Flask, client_request: ClientRequest
) -> None:
    answers = {**YOUNG_PERSON, "panel_known": "no", "wait_length": "no_wait"}
    _, seen = answer_pages(client_request, "hsb-young-person", answers)
    assert "panel_explained" not in seen
    assert "wait_text" not in seen
    send(client_request, "hsb-young-person")
    [record] = exported(app)
    assert set(record["answers"]) == set(YOUNG_PERSON) - {"panel_explained", "wait_text"}


def test_every_question_can_be_skipped(app: Flask, client_request: ClientRequest) -> None:
    check, seen = answer_pages(client_request, "hsb-parent-carer", {})
    assert seen == list(PARENT_CARER)
    assert check.text().count("Skipped") == len(PARENT_CARER)
    send(client_request, "hsb-parent-carer")
    [record] = exported(app)
    assert record["answers"] == {}


def test_each_answer_is_saved_as_its_page_is_submitted(
    app: Flask, client_request: ClientRequest
) -> None:
    page = start(client_request, "hsb-young-person")
    client_request.submit(page.response.request.path, {"worker_listened": "negative"})
    with app.app_context():
        response = db.session.scalars(select(Response)).one()
        assert response.status == "in_progress"
        assert [(a.question_id, a.value) for a in response.answers] == [
            ("worker_listened", "negative")
        ]


def test_pages_show_progress_and_a_back_link(client_request: ClientRequest) -> None:
    start(client_request, "hsb-young-person")
    page = client_request.get("/s/hsb-young-person/q/understood_why")
    assert "Question 2 of 11" in page.text("legend")
    assert page.select_one("a.back-link")["href"] == "/s/hsb-young-person/q/worker_listened"
    first = client_request.get("/s/hsb-young-person/q/worker_listened")
    assert first.select_one("a.back-link")["href"] == "/s/hsb-young-person"


def test_saved_answer_is_shown_again_when_going_back(client_request: ClientRequest) -> None:
    start(client_request, "hsb-young-person")
    client_request.submit("/s/hsb-young-person/q/worker_listened", {"worker_listened": "neutral"})
    page = client_request.get("/s/hsb-young-person/q/worker_listened")
    assert [i["value"] for i in page.select("input[checked]")] == ["neutral"]


def test_nothing_is_preselected(client_request: ClientRequest) -> None:
    start(client_request, "hsb-young-person")
    page = client_request.get("/s/hsb-young-person/q/worker_listened")
    assert len(page.select("input[type=radio]")) == 6
    assert page.select("input[checked]") == []


def test_change_from_the_check_page_returns_to_it(
    app: Flask, client_request: ClientRequest
) -> None:
    check, _ = answer_pages(client_request, "hsb-parent-carer", PARENT_CARER)
    change = next(
        a["href"] for a in check.select(".summary-list__actions a") if "kept_informed" in a["href"]
    )
    back_on_check = client_request.submit(change, {"kept_informed": "very_positive"})
    assert back_on_check.response.request.path == "/s/hsb-parent-carer/check"
    send(client_request, "hsb-parent-carer")
    [record] = exported(app)
    assert record["answers"]["kept_informed"] == "very_positive"


def test_a_change_that_opens_a_question_asks_it_before_the_check_page(
    app: Flask, client_request: ClientRequest
) -> None:
    answer_pages(client_request, "hsb-young-person", {**YOUNG_PERSON, "panel_known": "no"})
    opened = client_request.submit(
        "/s/hsb-young-person/q/panel_known?change=1", {"panel_known": "yes"}
    )
    assert opened.response.request.path == "/s/hsb-young-person/q/panel_explained"
    back = client_request.submit(
        "/s/hsb-young-person/q/panel_explained?change=1", {"panel_explained": "positive"}
    )
    assert back.response.request.path == "/s/hsb-young-person/check"


def test_a_change_that_hides_a_question_drops_its_answer(
    app: Flask, client_request: ClientRequest
) -> None:
    answer_pages(client_request, "hsb-young-person", YOUNG_PERSON)
    client_request.submit("/s/hsb-young-person/q/panel_known?change=1", {"panel_known": "no"})
    send(client_request, "hsb-young-person")
    [record] = exported(app)
    assert "panel_explained" not in record["answers"]


def count_responses(app: Flask) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Response)) or 0


def test_submitting_twice_stores_one_response(app: Flask, client_request: ClientRequest) -> None:
    check, _ = answer_pages(client_request, "hsb-young-person", YOUNG_PERSON)
    token = check.select_one("main form input[name=csrf_token]")["value"]
    for _ in range(3):  # a double tap, then back and send again
        client_request.post("/s/hsb-young-person/check", {"csrf_token": token})
    assert count_responses(app) == 1
    assert len(exported(app)) == 1


def test_a_second_tab_after_sending_goes_to_the_confirmation(
    app: Flask, client_request: ClientRequest
) -> None:
    check, _ = answer_pages(client_request, "hsb-young-person", YOUNG_PERSON)
    token = check.select_one("main form input[name=csrf_token]")["value"]
    send(client_request, "hsb-young-person")
    late = client_request.client.post(
        "/s/hsb-young-person/q/anything_else",
        data={"csrf_token": token, "anything_else": "changed my mind"},
        follow_redirects=True,
    )
    assert late.request.path == "/s/hsb-young-person/done"
    assert exported(app)[0]["answers"]["anything_else"] == "No"


def test_starting_again_after_sending_makes_a_new_response(
    app: Flask, client_request: ClientRequest
) -> None:
    answer_pages(client_request, "hsb-young-person", YOUNG_PERSON)
    send(client_request, "hsb-young-person")
    start(client_request, "hsb-young-person")
    assert count_responses(app) == 2
    assert len(exported(app)) == 1


def test_returning_to_the_start_page_carries_on_where_you_left_off(
    client_request: ClientRequest,
) -> None:
    start(client_request, "hsb-young-person")
    client_request.submit("/s/hsb-young-person/q/worker_listened", {"worker_listened": "positive"})
    start_page = client_request.get("/s/hsb-young-person")
    assert start_page.text("main form button") == "Carry on where you left off"
    carried_on = start(client_request, "hsb-young-person")
    assert carried_on.response.request.path == "/s/hsb-young-person/q/understood_why"


def test_export_is_json_lines_with_the_design_ids(
    app: Flask, client_request: ClientRequest
) -> None:
    answer_pages(client_request, "hsb-young-person", YOUNG_PERSON)
    send(client_request, "hsb-young-person")
    with app.app_context():
        from surveys.exchange import write_records

        [line] = list(write_records(exchange.submitted_records()))
    record = json.loads(line)
    assert list(record) == ["survey", "group", "mode", "language", "submitted_at", "answers"]
