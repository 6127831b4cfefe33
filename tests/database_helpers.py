"""A fresh database for each test: a copy of a migrated SQLite file, or an emptied PostgreSQL.

PostgreSQL is emptied with TRUNCATE, which the audit trail's append-only
trigger (a row-level DELETE and UPDATE guard) rightly does not stop.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlalchemy as sa

from feedback.extensions import db

SQLITE = "sqlite:///"


def fresh_copy(migrated_url: str, folder: Path) -> str:
    if not migrated_url.startswith(SQLITE):
        return migrated_url
    copy = folder / "test.sqlite3"
    shutil.copyfile(migrated_url.removeprefix(SQLITE), copy)
    return SQLITE + str(copy)


def empty_database() -> None:
    """Inside an app context: remove every row, where the database is shared between tests."""
    db.session.remove()
    if db.engine.dialect.name != "postgresql":
        return
    tables = ", ".join(f'"{table.name}"' for table in db.metadata.sorted_tables)
    with db.engine.begin() as connection:
        connection.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
