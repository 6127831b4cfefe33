"""Invitations: a personal link to one questionnaire that opens at most one response.

The token is 32 random bytes, kept only as a hash; it expires, and once the
response is sent the link stops working.
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta

from flask import current_app
from sqlalchemy import select

from feedback import responses
from feedback.accounts import digest
from feedback.extensions import db
from feedback.models import Invitation, Response, StaffUser, utcnow
from surveys import Survey


def create(
    survey: Survey,
    by: StaffUser,
    case_reference: str | None = None,
    referral_date: date | None = None,
    panel_date: date | None = None,
) -> tuple[Invitation, str]:
    token = secrets.token_urlsafe(32)
    days = current_app.config["INVITATION_DAYS"]
    invitation = Invitation(
        digest=digest(token),
        survey_id=survey.id,
        group=survey.group,
        created_by=by,
        case_reference=case_reference or None,
        referral_date=referral_date,
        panel_date=panel_date,
        expires_at=utcnow() + timedelta(days=days),
    )
    db.session.add(invitation)
    db.session.commit()
    return invitation, token


def usable(token: str) -> Invitation | None:
    """The invitation behind a link, unless it is unknown, expired or already used."""
    invitation = db.session.scalar(select(Invitation).filter_by(digest=digest(token)))
    if invitation is None or invitation.expires_at < utcnow():
        return None
    if invitation.response is not None and invitation.response.status == "submitted":
        return None
    return invitation


def open_response(
    invitation: Invitation, survey: Survey, language: str, mode: str = "self"
) -> tuple[Response, str]:
    """The invitation's one response (made on first use), linked to a new browser session."""
    response = invitation.response
    if response is None:
        response = Response(
            survey_version=responses.survey_version(survey),
            group=survey.group,
            language=language,
            mode=mode,
            referral_date=invitation.referral_date,
            panel_date=invitation.panel_date,
        )
        db.session.add(response)
        invitation.response = response
    return response, responses.new_session(response)


def link(token: str) -> str:
    return f"/i/{token}"


def renew(invitation: Invitation) -> str:
    """A new link for the same invitation, when the first was lost; the old one stops working."""
    token = secrets.token_urlsafe(32)
    invitation.digest = digest(token)
    invitation.expires_at = utcnow() + timedelta(days=current_app.config["INVITATION_DAYS"])
    db.session.commit()
    return token
