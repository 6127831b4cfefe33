"""Server-side staff sessions: a new id at each sign-in, idle and absolute timeouts, revocation."""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask import current_app, session
from sqlalchemy import select

from feedback.accounts import digest
from feedback.extensions import db
from feedback.models import StaffSession, StaffUser, utcnow
from feedback.respond.journey import SESSION_KEY as JOURNEYS_KEY

SESSION_KEY = "staff"


def begin(user: StaffUser) -> StaffSession:
    """After the password: a fresh session id, waiting for the code.

    Nothing is carried over but the interview in progress on this device, so that a
    consultant who takes the device back after a hand-over carries on with it.
    """
    interview = session.get(JOURNEYS_KEY)
    session.clear()
    if interview:
        session[JOURNEYS_KEY] = interview
    token = secrets.token_urlsafe(32)
    staff_session = StaffSession(digest=digest(token), user=user)
    db.session.add(staff_session)
    db.session.commit()
    session[SESSION_KEY] = token
    return staff_session


def current() -> StaffSession | None:
    token = session.get(SESSION_KEY)
    if not token:
        return None
    found = db.session.scalar(select(StaffSession).filter_by(digest=digest(token)))
    if found is None or found.revoked_at is not None or not found.user.active:
        return None
    if _timed_out(found):
        end(found)
        return None
    found.last_seen_at = utcnow()
    db.session.commit()
    return found


def _timed_out(staff_session: StaffSession) -> bool:
    now = utcnow()
    idle = timedelta(minutes=current_app.config["STAFF_IDLE_MINUTES"])
    absolute = timedelta(hours=current_app.config["STAFF_ABSOLUTE_HOURS"])
    return now - staff_session.last_seen_at > idle or now - staff_session.created_at > absolute


def complete(staff_session: StaffSession) -> None:
    staff_session.stage = "complete"
    staff_session.locked_at = None
    db.session.commit()


def lock(staff_session: StaffSession) -> None:
    """Hand the device over: staff pages need the password and code again."""
    staff_session.locked_at = utcnow()
    staff_session.stage = "password"
    db.session.commit()


def end(staff_session: StaffSession) -> None:
    staff_session.revoked_at = utcnow()
    db.session.commit()
    session.pop(SESSION_KEY, None)
