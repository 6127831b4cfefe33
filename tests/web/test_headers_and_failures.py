"""Privacy headers on every page, and a calm page for an unexpected failure."""

from __future__ import annotations

import logging

import pytest
from flask import Flask
from journey_helpers import start
from page_checks import ClientRequest


def test_pages_send_no_referrer_a_strict_policy_and_are_not_cached(
    client_request: ClientRequest,
) -> None:
    headers = client_request.get("/s/hsb-young-person").response.headers
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Cache-Control"] == "no-store"
    assert "Strict-Transport-Security" not in headers


def test_session_cookie_is_http_only_and_same_site(client_request: ClientRequest) -> None:
    page = start(client_request, "hsb-young-person")
    cookie = client_request.client.get_cookie("session")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax"
    assert page.status == 200


def test_an_unexpected_failure_is_a_calm_500_with_no_answers_in_the_log(
    app: Flask,
    client_request: ClientRequest,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    start(client_request, "hsb-young-person")

    def broken(*args: object) -> None:
        raise RuntimeError("my secret answer")

    monkeypatch.setattr("feedback.responses.save_answer", broken)
    with caplog.at_level(logging.ERROR):
        page = client_request.submit(
            "/s/hsb-young-person/q/best_thing", {"best_thing": "my secret answer"}, 500
        )
    assert page.h1 == "Sorry, there is a problem with the service"
    assert "RuntimeError" in caplog.text
    assert "my secret answer" not in caplog.text
