"""Staff accounts and sign-in for tests, the way a person signs in: password, then code."""

from __future__ import annotations

import time

import pyotp
from flask import Flask
from page_checks import ClientRequest, Page

from feedback import accounts
from feedback.extensions import db
from feedback.models import StaffUser

PASSWORD = "correct horse battery staple"


def make_user(app: Flask, *roles: str, email: str | None = None) -> int:
    with app.app_context():
        user = accounts.create(email or f"{'-'.join(roles)}@council.example", list(roles), PASSWORD)
        return user.id


def totp_now(app: Flask, user_id: int) -> str:
    """A code the app will accept now: this step's, or the next if this one was used."""
    with app.app_context():
        user = db.session.get(StaffUser, user_id)
        assert user is not None and user.totp_secret
        totp = pyotp.TOTP(user.totp_secret)
        step = int(time.time() // totp.interval)
        if user.totp_last_step is not None and user.totp_last_step >= step:
            step = user.totp_last_step + 1
        return totp.at(step * totp.interval)


def sign_in(client_request: ClientRequest, app: Flask, user_id: int) -> Page:
    with app.app_context():
        user = db.session.get(StaffUser, user_id)
        assert user is not None
        email = user.email
    page = client_request.submit("/staff/sign-in", {"email": email, "password": PASSWORD})
    assert page.response.request.path == "/staff/two-factor"
    return client_request.submit("/staff/two-factor", {"code": totp_now(app, user_id)})
