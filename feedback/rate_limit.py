"""Slow down guessing: count failed attempts per source in a sliding window, in the database.

Kept in the database so that every server process sees the same count. A source
is a keyed hash (of an address, or of an account), never the thing itself.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from flask import current_app, request
from sqlalchemy import delete, func, select

from feedback.extensions import db
from feedback.models import Attempt, utcnow


def key_for(text: str) -> str:
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()


def address() -> str:
    return key_for("address:" + (request.remote_addr or "unknown"))


def is_limited(kind: str, limit: int, window: timedelta, sources: list[str] | None = None) -> bool:
    since = utcnow() - window
    for source in sources or [address()]:
        count = db.session.scalar(
            select(func.count())
            .select_from(Attempt)
            .where(Attempt.kind == kind, Attempt.source == source, Attempt.at >= since)
        )
        if (count or 0) >= limit:
            return True
    return False


def record_failure(kind: str, window: timedelta, sources: list[str] | None = None) -> None:
    # Old attempts are of no further use; clearing them here keeps the table small.
    db.session.execute(delete(Attempt).where(Attempt.at < utcnow() - window))
    for source in sources or [address()]:
        db.session.add(Attempt(kind=kind, source=source))
    db.session.commit()
