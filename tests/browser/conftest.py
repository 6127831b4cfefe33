"""Browser fixtures: the site served on a local port, and Chromium driven by Playwright.

Chromium comes from the system (Debian's `chromium` package), never downloaded.
Without it these tests are skipped with a reason, except where
FEEDBACK_TEST_REQUIRE_BROWSER=1 (as in CI), where they fail.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from database_helpers import empty_database, fresh_copy
from flask import Flask
from werkzeug.serving import make_server

from feedback import create_app
from feedback.extensions import db

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
NEUTRAL_PAGE = b"<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1></html>"


def chromium_path() -> str | None:
    return os.environ.get("FEEDBACK_CHROMIUM") or shutil.which("chromium")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from browser_helpers import AUDITED

    if AUDITED:
        terminalreporter.write_line(f"axe: {len(AUDITED)} page views audited with no violations")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.path):
            item.add_marker(pytest.mark.browser)


class _Neutral(BaseHTTPRequestHandler):
    """Stands in for the neutral site that quick exit goes to, on another origin."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(NEUTRAL_PAGE)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def neutral_site() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Neutral)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/weather"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def live_app(
    migrated_database: str, neutral_site: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Flask]:
    database = fresh_copy(migrated_database, tmp_path_factory.mktemp("live"))
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": database,
            "SECRET_KEY": "browser-test",
            "QUICK_EXIT_URL": neutral_site,
        }
    )
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(scope="session")
def live_server(live_app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = chromium_path()
    if path is None:
        reason = "no Chromium: install Debian's package (apt-get install -y chromium)"
        if os.environ.get("FEEDBACK_TEST_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def clean_database(live_app: Flask) -> Iterator[None]:
    yield
    with live_app.app_context():
        empty_database()


def new_page(browser: Any, width: int = 375, javascript: bool = True) -> Any:
    context = browser.new_context(
        viewport={"width": width, "height": 740}, java_script_enabled=javascript
    )
    return context.new_page()


@pytest.fixture
def phone(browser: Any, live_server: str, clean_database: None) -> Iterator[Any]:
    page = new_page(browser)
    yield page
    page.context.close()
