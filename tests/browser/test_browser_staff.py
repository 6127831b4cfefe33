"""Staff pages in Chromium: axe at 1280 and 375 px, and an assisted interview with a hand-over."""

from __future__ import annotations

from typing import Any

import pyotp
import pytest
from browser_helpers import AUDITED, click_and_load, violations
from conftest import new_page
from flask import Flask

from feedback import accounts
from feedback.extensions import db
from feedback.models import ROLES

PASSWORD = "correct horse battery staple"
EMAIL = "lead@council.example"


@pytest.fixture
def staff_member(live_app: Flask, clean_database: None) -> str:
    with live_app.app_context():
        # The live database is shared by the browser tests (and not emptied on SQLite).
        user = accounts.find(EMAIL) or accounts.create(EMAIL, list(ROLES), PASSWORD)
        accounts.new_totp_secret(user)
        return user.totp_secret or ""


def sign_in(page: Any, base: str, secret: str) -> None:
    page.goto(f"{base}/staff/sign-in")
    page.fill("#email", EMAIL)
    page.fill("#password", PASSWORD)
    click_and_load(page, "button:has-text('Continue')")
    page.fill("#code", pyotp.TOTP(secret).now())
    click_and_load(page, "button:has-text('Sign in')")
    assert page.locator("h1").inner_text() == "Staff home"


@pytest.mark.parametrize("width", [1280, 375])
def test_staff_pages_pass_axe(
    browser: Any, live_server: str, staff_member: str, width: int
) -> None:
    page = new_page(browser, width=width)
    page.goto(f"{live_server}/staff/sign-in")
    problems = violations(page)
    sign_in(page, live_server, staff_member)
    page.goto(f"{live_server}/staff/invitations/new")
    click_and_load(page, "button:has-text('Create invitation')")
    pages = ["/staff/", "/staff/invitations", "/staff/invitations/new", "/staff/responses",
             "/staff/safeguarding", "/staff/users", "/staff/users/new", "/staff/audit"]  # fmt: skip
    problems += violations(page)  # the invitation link and QR code
    for path in pages:
        page.goto(live_server + path)
        problems += [f"{path}: {problem}" for problem in violations(page)]
        AUDITED.append(f"{width}px {path}")
    page.goto(f"{live_server}/staff/invitations")
    click_and_load(page, "table a")
    problems += violations(page)
    assert problems == []
    page.context.close()


def test_an_assisted_interview_with_a_hand_over_completes(
    browser: Any, live_server: str, staff_member: str, live_app: Flask
) -> None:
    page = new_page(browser, width=1024)
    sign_in(page, live_server, staff_member)
    page.goto(f"{live_server}/staff/invitations/new")
    page.select_option("#survey", "hsb-young-person")
    click_and_load(page, "button:has-text('Create invitation')")
    click_and_load(page, "text=Back to the invitation")
    page.fill("#others_present", "parent")
    click_and_load(page, "button:has-text('Start an assisted interview')")
    assert "/q/worker_listened" in page.url
    page.fill("#observation", "Quiet at first")
    click_and_load(page, "button:has-text('Add observation')")
    page.check("input[value=positive]")
    click_and_load(page, "button:has-text('Continue')")
    click_and_load(page, "button:has-text('Hand the device over')")
    assert page.locator(".assisted-panel").count() == 0
    while "/q/" in page.url:
        click_and_load(page, "button:has-text('Continue')")
    click_and_load(page, "button:has-text('Send my answers')")
    assert page.locator("h1").inner_text() == "Thank you, your answers have been sent"
    page.goto(f"{live_server}/staff/invitations")
    assert "/staff/sign-in" in page.url  # staff pages stay locked until signing in again
    with live_app.app_context():
        from feedback.models import Response

        # The newest response: the live database is shared by the browser tests.
        response = db.session.scalars(db.select(Response).order_by(Response.id.desc())).first()
        assert response is not None
        assert response.mode == "assisted" and response.status == "submitted"
    page.context.close()
