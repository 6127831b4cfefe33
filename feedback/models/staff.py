"""Staff accounts and sessions, invitations, assisted-interview notes, flags and the audit trail."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.clock import utcnow
from feedback.models.responses import Response

ROLES = ("consultant", "analyst", "safeguarding_lead", "admin")


class StaffUser(db.Model):  # type: ignore[name-defined]
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    # Space-separated role names from ROLES; a person may hold several.
    roles: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str | None] = mapped_column(String(256))
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_confirmed_at: Mapped[datetime | None]
    # The 30-second step of the last code accepted, so that no code works twice.
    totp_last_step: Mapped[int | None]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A one-time link for a new account to choose its password, kept as a hash.
    setup_digest: Mapped[str | None] = mapped_column(String(64), unique=True)
    setup_expires_at: Mapped[datetime | None]

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(self.roles.split())

    def has_role(self, *roles: str) -> bool:
        return bool(self.role_set & set(roles))


class StaffSession(db.Model):  # type: ignore[name-defined]
    """A signed-in browser, held on the server so that sign-out and timeouts revoke it."""

    __tablename__ = "staff_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id", ondelete="CASCADE"))
    # "password" until the one-time code is given, then "complete".
    stage: Mapped[str] = mapped_column(String(16), default="password")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    # Set while a young person holds the device during an assisted interview.
    locked_at: Mapped[datetime | None]

    user: Mapped[StaffUser] = relationship(lazy="joined")


class Invitation(db.Model):  # type: ignore[name-defined]
    """A personal link to one questionnaire, for one young person or parent/carer."""

    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    survey_id: Mapped[str] = mapped_column(String(64))
    group: Mapped[str] = mapped_column(String(16))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    # Pseudonymous: the service's own case reference, never a name.
    case_reference: Mapped[str | None] = mapped_column(String(64))
    referral_date: Mapped[date | None]
    panel_date: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("response.id", ondelete="SET NULL"), unique=True
    )

    created_by: Mapped[StaffUser] = relationship()
    response: Mapped[Response | None] = relationship()

    @property
    def status(self) -> str:
        if self.response is None:
            return "not started"
        return "submitted" if self.response.status == "submitted" else "in progress"


class Observation(db.Model):  # type: ignore[name-defined]
    """A consultant's note during an assisted interview, kept apart from the person's answers."""

    __tablename__ = "observation"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    by_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class SafeguardingFlag(db.Model):  # type: ignore[name-defined]
    """An answer that may disclose a current risk: a safeguarding lead must see it."""

    __tablename__ = "safeguarding_flag"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    reviewed_at: Mapped[datetime | None]

    response: Mapped[Response] = relationship()


class AuditEvent(db.Model):  # type: ignore[name-defined]
    """Who did what to which record, when (UTC). Append-only: the database refuses changes."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    # "staff", "cli" or "anonymous": who acted when there is no account.
    actor_kind: Mapped[str] = mapped_column(String(16), default="staff")
    action: Mapped[str] = mapped_column(String(48), index=True)
    record_type: Mapped[str | None] = mapped_column(String(32))
    record_id: Mapped[str | None] = mapped_column(String(64))

    actor: Mapped[StaffUser | None] = relationship()
