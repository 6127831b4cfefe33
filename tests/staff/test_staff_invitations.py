"""Invitations, assisted interviews and what each role may see."""

from __future__ import annotations

import json
import logging

import pytest
from flask import Flask
from page_checks import ClientRequest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from staff_helpers import PASSWORD, make_user, sign_in, totp_now

from feedback import exchange
from feedback.extensions import db
from feedback.models import AuditEvent, Invitation, Observation, Response, SafeguardingFlag

DISCLOSURE = "my step dad hits me when mum is out and i am scared to go home"


def create_invitation(client_request: ClientRequest, survey: str = "hsb-young-person") -> str:
    page = client_request.submit(
        "/staff/invitations/new",
        {"survey": survey, "case_reference": "CR-2026-0042", "referral_date": "2026-09-01",
         "panel_date": "2026-10-20"},
    )  # fmt: skip
    link = page.text("#invitation-link")
    assert page.select_one("img.qr")["alt"]
    return link.removeprefix("http://localhost")


def answer_and_send(client: ClientRequest, answers: dict[str, str]) -> None:
    page = client.submit("/s/hsb-young-person")
    while "/q/" in page.response.request.path:
        question = page.response.request.path.rsplit("/", 1)[1]
        data = {question: answers[question]} if question in answers else {}
        page = client.submit(page.response.request.path, data)
    client.submit("/s/hsb-young-person/check", form="form[action='/s/hsb-young-person/check']")


@pytest.fixture
def consultant(app: Flask, client_request: ClientRequest) -> int:
    user_id = make_user(app, "consultant")
    sign_in(client_request, app, user_id)
    return user_id


def test_an_invitation_link_opens_one_response_and_then_stops_working(
    app: Flask, client_request: ClientRequest, consultant: int
) -> None:
    link = create_invitation(client_request)
    with app.app_context():
        invitation = db.session.scalars(select(Invitation)).one()
        assert link.rsplit("/", 1)[1] not in invitation.digest
    family = ClientRequest(app.test_client())
    start = family.get(link, expected_status=302)
    assert start.response.location == "/s/hsb-young-person"
    answer_and_send(family, {"worker_listened": "positive"})
    [record] = [r.to_json_dict() for r in _records(app)]
    assert record["case"] == {"referral_date": "2026-09-01", "panel_date": "2026-10-20"}
    used = ClientRequest(app.test_client()).get(link, expected_status=404)
    unknown = ClientRequest(app.test_client()).get("/i/not-a-real-token", expected_status=404)
    assert used.text() == unknown.text()
    listing = client_request.get("/staff/invitations")
    assert "submitted" in listing.text("table")


def _records(app: Flask) -> list[exchange.ResponseRecord]:
    with app.app_context():
        return list(exchange.submitted_records())


def test_an_expired_invitation_gets_the_same_calm_page(
    app: Flask, client_request: ClientRequest, consultant: int
) -> None:
    link = create_invitation(client_request)
    with app.app_context():
        invitation = db.session.scalars(select(Invitation)).one()
        invitation.expires_at = invitation.created_at
        db.session.commit()
    page = ClientRequest(app.test_client()).get(link, expected_status=404)
    assert page.h1 == "This link does not work"


def test_guessing_invitation_links_is_limited(app: Flask, client_request: ClientRequest) -> None:
    for number in range(10):
        client_request.get(f"/i/guess-{number}", expected_status=404)
    client_request.get("/i/one-more", expected_status=429)


def test_an_assisted_interview_with_a_hand_over(
    app: Flask, client_request: ClientRequest, consultant: int
) -> None:
    create_invitation(client_request)
    detail = client_request.get("/staff/invitations")
    detail_url = detail.select_one("table a")["href"]
    first = client_request.submit(detail_url, {"others_present": "foster carer"},
                                  form="form[action$='/assisted']")  # fmt: skip
    assert first.response.request.path == "/s/hsb-young-person/q/worker_listened"
    assert "For the worker" in first.text(".assisted-panel")
    client_request.submit(
        "/s/hsb-young-person/q/worker_listened",
        {"text": "Looked at the floor, then said yes"},
        form="form[action$='/observation']",
    )
    client_request.submit("/s/hsb-young-person/q/worker_listened", {"worker_listened": "positive"})
    handed = client_request.submit(
        "/s/hsb-young-person/q/understood_why", form="form[action$='/hand-over']"
    )
    assert handed.select(".assisted-panel") == []  # the young person sees no staff tools
    assert client_request.client.get("/staff/invitations").status_code == 302
    client_request.submit("/s/hsb-young-person/q/understood_why", {"understood_why": "neutral"})
    back = client_request.submit(
        "/staff/sign-in", {"email": "consultant@council.example", "password": PASSWORD}
    )
    client_request.submit(back.response.request.path, {"code": totp_now(app, consultant)})
    assert client_request.client.get("/staff/invitations").status_code == 200
    client_request.submit(
        "/s/hsb-young-person/check", form="form[action='/s/hsb-young-person/check']"
    )
    [record] = [r.to_json_dict() for r in _records(app)]
    assert record["mode"] == "assisted"
    assert record["answers"] == {"worker_listened": "positive", "understood_why": "neutral"}
    with app.app_context():
        note = db.session.scalars(select(Observation)).one()
        assert note.text == "Looked at the floor, then said yes"
        response = db.session.scalars(select(Response)).one()
        assert response.assisted_by_id == consultant and response.others_present == "foster carer"


def test_who_sees_what(app: Flask, client_request: ClientRequest, consultant: int) -> None:
    link = create_invitation(client_request)
    family = ClientRequest(app.test_client())
    family.get(link, expected_status=302)
    answer_and_send(family, {"best_thing": "Talking to Sarah Jones", "anything_else": DISCLOSURE})
    assert "Talking to" not in client_request.client.get("/staff/invitations").get_data(
        as_text=True
    )

    analyst = ClientRequest(app.test_client())
    sign_in(analyst, app, make_user(app, "analyst"))
    listing = analyst.get("/staff/responses")
    response_page = analyst.get(listing.select_one("table a")["href"])
    assert "Talking to [name]" in response_page.text()
    assert "Sarah" not in response_page.text() and "CR-2026-0042" not in response_page.text()
    csv_text = analyst.client.get("/staff/responses/export.csv").get_data(as_text=True)
    assert "Sarah" not in csv_text and "2026-09-01" not in csv_text

    lead = ClientRequest(app.test_client())
    sign_in(lead, app, make_user(app, "safeguarding_lead"))
    queue = lead.get("/staff/safeguarding")
    flag_page = lead.get(queue.select_one("table a")["href"])
    assert "CR-2026-0042" in flag_page.text() and DISCLOSURE in flag_page.text()
    lead.submit(flag_page.response.request.path, form="form[action$='/reviewed']")
    with app.app_context():
        assert db.session.scalars(select(SafeguardingFlag)).one().reviewed_at is not None

    admin = ClientRequest(app.test_client())
    sign_in(admin, app, make_user(app, "admin"))
    assert admin.client.get(response_page.response.request.path).status_code == 403
    trail = admin.get("/staff/audit")
    audited = ["invitation_created", "response_viewed", "responses_exported", "sign_in",
               "safeguarding_flag_viewed", "safeguarding_flag_reviewed"]  # fmt: skip
    for action in audited:
        assert action in trail.text("table")
    exported = admin.client.get("/staff/audit.csv?action=response_viewed").get_data(as_text=True)
    assert exported.count("response_viewed") == 1


def test_the_audit_trail_refuses_changes(app: Flask, client_request: ClientRequest) -> None:
    make_user(app, "admin")
    client_request.submit(
        "/staff/sign-in", {"email": "admin@council.example", "password": "wrong"}, 400
    )
    with app.app_context():
        assert db.session.scalars(select(AuditEvent)).one().action == "sign_in_failed"
        for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(DBAPIError, match="append-only"):
                db.session.execute(text(statement))
            db.session.rollback()


def test_logs_hold_no_answers_passwords_tokens_or_session_ids(
    app: Flask, client_request: ClientRequest, caplog: pytest.LogCaptureFixture, consultant: int
) -> None:
    caplog.set_level(logging.DEBUG)
    link = create_invitation(client_request)
    family = ClientRequest(app.test_client())
    family.get(link, expected_status=302)
    answer_and_send(family, {"best_thing": "my secret words", "anything_else": DISCLOSURE})
    cookie = client_request.client.get_cookie("session")
    assert cookie is not None
    secrets = [PASSWORD, link.rsplit("/", 1)[1], "my secret words", "scared to go home",
               cookie.value, "CR-2026-0042"]  # fmt: skip
    logged = caplog.text + json.dumps([r.getMessage() for r in caplog.records])
    assert [s for s in secrets if s in logged] == []
