"""The stored data, as typed SQLAlchemy 2 models."""

from feedback.models.clock import utcnow
from feedback.models.responses import Answer, Attempt, Response, ResumeCode, SurveyVersion
from feedback.models.staff import (
    ROLES,
    AuditEvent,
    Invitation,
    Observation,
    SafeguardingFlag,
    StaffSession,
    StaffUser,
)

__all__ = [
    "ROLES",
    "Answer",
    "Attempt",
    "AuditEvent",
    "Invitation",
    "Observation",
    "Response",
    "ResumeCode",
    "SafeguardingFlag",
    "StaffSession",
    "StaffUser",
    "SurveyVersion",
    "utcnow",
]
