"""Fixtures: a fresh app and empty database per test, on SQLite or on PostgreSQL.

Set FEEDBACK_TEST_DATABASE_URL to run the suite against PostgreSQL; with
FEEDBACK_TEST_REQUIRE_DATABASE=1 (as in CI) an unreachable server fails the run
instead of skipping it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from database_helpers import empty_database, fresh_copy
from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import upgrade
from page_checks import ClientRequest

from feedback import create_app
from feedback.extensions import db


def pytest_report_header() -> str:
    return f"database: {_database_kind()}"


def _database_kind() -> str:
    url = os.environ.get("FEEDBACK_TEST_DATABASE_URL", "")
    return "PostgreSQL (" + url + ")" if url.startswith("postgresql") else "SQLite"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("FEEDBACK_TEST_DATABASE_URL")
    if not url:
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            # Start from nothing so that the migrations themselves are tested.
            connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
    except sa.exc.OperationalError as error:
        reason = f"no database answers at {url}: {type(error).__name__}"
        if os.environ.get("FEEDBACK_TEST_REQUIRE_DATABASE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def migrated_database(database_url: str) -> str:
    """A database at the newest migration: copied for each test (SQLite) or emptied after it."""
    app = create_app(_test_settings(database_url))
    with app.app_context():
        upgrade(directory=app.extensions["migrate"].directory)
        db.engine.dispose()
    return database_url


def _test_settings(database_url: str) -> dict[str, object]:
    return {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SECRET_KEY": "test-secret-key",
    }


@pytest.fixture
def app(migrated_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    monkeypatch.setenv("FEEDBACK_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(_test_settings(fresh_copy(migrated_database, tmp_path)))
    yield app
    with app.app_context():
        empty_database()
        db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def client_request(client: FlaskClient) -> ClientRequest:
    return ClientRequest(client)
