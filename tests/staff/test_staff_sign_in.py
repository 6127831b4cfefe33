"""Signing in with a password and a one-time code; lock-out, timeouts and sign-out."""

from __future__ import annotations

from datetime import timedelta

import pyotp
import pytest
from flask import Flask
from page_checks import ClientRequest
from sqlalchemy import select
from staff_helpers import PASSWORD, make_user, sign_in, totp_now

from feedback import accounts
from feedback.extensions import db
from feedback.models import AuditEvent, StaffSession, StaffUser


def actions(app: Flask) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_first_sign_in_sets_up_two_factor_then_asks_for_the_code(
    app: Flask, client_request: ClientRequest
) -> None:
    user_id = make_user(app, "analyst")
    page = client_request.submit(
        "/staff/sign-in", {"email": "ANALYST@council.example ", "password": PASSWORD}
    )
    assert page.h1 == "Set up two-factor sign-in"
    assert page.select_one("img.qr")["src"].startswith("data:image/svg+xml")
    assert client_request.client.get("/staff/").status_code == 302  # not signed in yet
    wrong = client_request.submit("/staff/two-factor", {"code": "000000"}, expected_status=400)
    assert "That code is not right" in wrong.text(".error-summary")
    home = client_request.submit("/staff/two-factor", {"code": totp_now(app, user_id)})
    assert home.h1 == "Staff home"
    assert actions(app)[-2:] == ["two_factor_failed", "sign_in"]
    with app.app_context():
        assert db.session.get(StaffUser, user_id).totp_confirmed_at is not None  # type: ignore[union-attr]


def test_a_wrong_password_gets_one_message_and_an_audit_event(
    app: Flask, client_request: ClientRequest
) -> None:
    make_user(app, "analyst")
    for email in ("analyst@council.example", "nobody@council.example"):
        page = client_request.submit(
            "/staff/sign-in", {"email": email, "password": "wrong password"}, 400
        )
        assert "Enter a correct email address and password" in page.text(".error-summary")
    assert actions(app) == ["sign_in_failed", "sign_in_failed"]


def test_ten_failures_lock_the_account_for_any_address(
    app: Flask, client_request: ClientRequest
) -> None:
    make_user(app, "admin")
    for _ in range(10):
        client_request.submit(
            "/staff/sign-in", {"email": "admin@council.example", "password": "nope"}, 400
        )
    elsewhere = ClientRequest(app.test_client())
    form = elsewhere.get("/staff/sign-in").select_one("[name=csrf_token]")["value"]
    response = elsewhere.client.post(
        "/staff/sign-in",
        data={"email": "admin@council.example", "password": PASSWORD, "csrf_token": form},
        environ_base={"REMOTE_ADDR": "10.1.1.1"},
    )
    assert response.status_code == 429
    assert actions(app)[-1] == "sign_in_refused_too_many"


def test_signing_in_starts_a_new_session_and_signing_out_revokes_it(
    app: Flask, client_request: ClientRequest
) -> None:
    client_request.get("/s/hsb-young-person")
    before = client_request.client.get_cookie("session")
    user_id = make_user(app, "admin")
    sign_in(client_request, app, user_id)
    signed_in = client_request.client.get_cookie("session")
    assert before is not None and signed_in is not None and before.value != signed_in.value
    token = client_request.get("/staff/").select_one("[name=csrf_token]")["value"]
    client_request.post("/staff/sign-out", {"csrf_token": token})
    replay = app.test_client()
    replay.set_cookie("session", signed_in.value)
    assert replay.get("/staff/users").status_code == 302
    with app.app_context():
        assert db.session.scalars(select(StaffSession)).one().revoked_at is not None
    assert actions(app)[-1] == "sign_out"


@pytest.mark.parametrize(
    ("idle", "age", "still_signed_in"),
    [
        (timedelta(minutes=29), timedelta(hours=1), True),
        (timedelta(minutes=31), timedelta(hours=1), False),
        (timedelta(minutes=1), timedelta(hours=12, minutes=1), False),
    ],
)
def test_idle_and_absolute_timeouts(
    app: Flask,
    client_request: ClientRequest,
    monkeypatch: pytest.MonkeyPatch,
    idle: timedelta,
    age: timedelta,
    still_signed_in: bool,
) -> None:
    sign_in(client_request, app, make_user(app, "admin"))
    with app.app_context():
        staff_session = db.session.scalars(select(StaffSession)).one()
        frozen = staff_session.last_seen_at + idle
        staff_session.created_at = frozen - age  # signed in `age` before the frozen moment
        db.session.commit()
    monkeypatch.setattr("feedback.staff.sessions.utcnow", lambda: frozen)
    expected = 200 if still_signed_in else 302
    assert client_request.client.get("/staff/users").status_code == expected


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short", "at least 8 characters"),
        ("password1", "less common password"),
        ("qwertyuiop", "less common password"),
        ("x" * 129, "128 characters or fewer"),
    ],
)
def test_weak_passwords_are_refused(password: str, problem: str) -> None:
    assert problem in " ".join(accounts.password_problems(password))


def test_long_passphrases_are_welcome() -> None:
    assert accounts.password_problems("a quiet kestrel over the tarn " * 2 + "at dawn") == []
    assert accounts.hash_password(PASSWORD).startswith("$argon2id$")


def test_a_set_up_link_works_once(app: Flask, client_request: ClientRequest) -> None:
    with app.app_context():
        user = accounts.create("new@council.example", ["consultant"])
        token = accounts.issue_setup_link(user)
    page = client_request.submit(
        f"/staff/set-up/{token}", {"password": "short", "confirm": "short"}, 400
    )
    assert "at least 8 characters" in page.text(".error-summary")
    client_request.submit(f"/staff/set-up/{token}", {"password": PASSWORD, "confirm": PASSWORD})
    client_request.get(f"/staff/set-up/{token}", expected_status=404)
    with app.app_context():
        user = accounts.find("new@council.example")
        assert user is not None and user.setup_expires_at is None


def test_the_first_administrator_is_created_from_the_command_line(app: Flask) -> None:
    from click.testing import CliRunner
    from flask.cli import ScriptInfo

    from feedback.cli import main

    script = ScriptInfo(create_app=lambda: app)
    args = ["users", "create", "--email", "Boss@Council.example", "--role", "admin",
            "--role", "analyst"]  # fmt: skip
    weak = CliRunner().invoke(main, [*args, "--password", "password1"], obj=script)
    assert weak.exit_code == 1 and "less common password" in weak.output
    made = CliRunner().invoke(main, args, obj=script, input=f"{PASSWORD}\n{PASSWORD}\n")
    assert made.exit_code == 0, made.output
    assert "Created boss@council.example (analyst admin)" in made.output
    assert actions(app) == ["account_created"]


def test_a_one_time_code_works_only_once(app: Flask, client_request: ClientRequest) -> None:
    user_id = make_user(app, "analyst")
    sign_in(client_request, app, user_id)
    with app.app_context():
        user = db.session.get(StaffUser, user_id)
        assert user is not None and user.totp_last_step is not None
        used = pyotp.TOTP(user.totp_secret or "").at(user.totp_last_step * 30)
    again = ClientRequest(app.test_client())
    again.submit("/staff/sign-in", {"email": "analyst@council.example", "password": PASSWORD})
    page = again.submit("/staff/two-factor", {"code": used}, expected_status=400)
    assert "That code is not right" in page.text(".error-summary")
