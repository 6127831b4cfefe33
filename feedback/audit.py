"""The audit trail: one append-only event for every sign-in, view, export, change and deletion.

Events name the record by type and id only: never an answer, a name or a token.
"""

from __future__ import annotations

from flask import g, has_request_context

from feedback.extensions import db
from feedback.models import AuditEvent, StaffUser


def record(
    action: str,
    record_type: str | None = None,
    record_id: object = None,
    *,
    actor: StaffUser | None = None,
    actor_kind: str | None = None,
) -> None:
    if actor is None and has_request_context():
        actor = getattr(g, "staff_user", None)
    db.session.add(
        AuditEvent(
            actor_id=actor.id if actor else None,
            actor_kind=actor_kind or ("staff" if actor else "anonymous"),
            action=action,
            record_type=record_type,
            record_id=None if record_id is None else str(record_id),
        )
    )
    db.session.commit()
