"""Slow down guessing: count failed attempts per source in a sliding window, in the database.

Kept in the database so that every server process sees the same count.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from flask import current_app, request
from sqlalchemy import delete, func, select

from feedback.extensions import db
from feedback.models import Attempt, utcnow


def source() -> str:
    """Who is trying, as a keyed hash of their address: counted, never stored readable."""
    key = current_app.config["SECRET_KEY"].encode()
    address = (request.remote_addr or "unknown").encode()
    return hmac.new(key, address, hashlib.sha256).hexdigest()


def is_limited(kind: str, limit: int, window: timedelta) -> bool:
    since = utcnow() - window
    count = db.session.scalar(
        select(func.count())
        .select_from(Attempt)
        .where(Attempt.kind == kind, Attempt.source == source(), Attempt.at >= since)
    )
    return (count or 0) >= limit


def record_failure(kind: str, window: timedelta) -> None:
    # Old attempts are of no further use; clearing them here keeps the table small.
    db.session.execute(delete(Attempt).where(Attempt.at < utcnow() - window))
    db.session.add(Attempt(kind=kind, source=source()))
    db.session.commit()
