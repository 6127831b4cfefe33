"""Assisted interviews: what the consultant may do on a question page, kept apart from answers."""

from __future__ import annotations

from flask import g

from feedback.extensions import db
from feedback.models import Observation, Response, StaffUser


def assisting(response: Response) -> StaffUser | None:
    """The consultant running this interview, while they (not the young person) hold the device."""
    user = g.get("staff_user")
    if response.mode != "assisted" or user is None or response.assisted_by_id != user.id:
        return None
    return user


def observations(response: Response, question_id: str) -> list[Observation]:
    return [o for o in _all(response) if o.question_id == question_id]


def _all(response: Response) -> list[Observation]:
    return list(db.session.scalars(db.select(Observation).filter_by(response_id=response.id)))


def add_observation(response: Response, question_id: str, text: str, by: StaffUser) -> None:
    db.session.add(
        Observation(response_id=response.id, question_id=question_id, text=text, by_id=by.id)
    )
    db.session.commit()
